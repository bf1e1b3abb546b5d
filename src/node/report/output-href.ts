import { join, posix, relative, sep } from 'node:path'

// Half of a surrogate pair: no character, and encodeURIComponent throws on it.
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/**
 * Write a relative path as a URL path: each segment percent-encoded, so that a file
 * named `a b#1?.html` is linked as `a%20b%231%3F.html` and a name such as
 * `javascript:x` cannot be read as a scheme. Half surrogates become U+FFFD.
 *
 * @param path - a path with `/` between its segments.
 * @returns the URL path.
 * @example
 *   encodePath('2019/a b#1?.html') //=> '2019/a%20b%231%3F.html'
 */
export function encodePath(path: string): string {
  return path
    .replace(loneSurrogate, '\uFFFD')
    .split('/')
    .map((segment) => (segment === '.' || segment === '..' ? segment : encodeURIComponent(segment)))
    .join('/')
}

/**
 * The link from a report to one output: the output's path relative to the report's
 * folder, percent-encoded per segment.
 *
 * @param reportFolder - the folder the report is written to (absolute).
 * @param outputFolder - the output folder of the run (absolute).
 * @param output - the output, relative to `outputFolder`, with `/` between folders.
 * @returns the relative URL.
 * @example
 *   outputHref('/work', '/work/site', 'en/a b.html') //=> 'site/en/a%20b.html'
 */
export function outputHref(reportFolder: string, outputFolder: string, output: string): string {
  const path = relative(reportFolder, join(outputFolder, ...output.split('/')))
  return encodePath(path.split(sep).join('/'))
}

/**
 * The link from a report to one output when the report's folder is not known: the
 * output folder as given, then the output, which resolves for a report written in the
 * folder the run was started from.
 *
 * @param outputFolder - the output folder, as the report gives it.
 * @param output - the output, relative to it.
 * @returns the relative URL.
 * @example
 *   defaultOutputHref('site', 'en/1.html') //=> 'site/en/1.html'
 */
export function defaultOutputHref(outputFolder: string, output: string): string {
  return encodePath(posix.join(outputFolder.split(sep).join('/'), output))
}
