import { inputFormats } from '../node/formats.js'
import type { BuiltInProfileName } from '../parse/profiles/built-in-profiles.js'
import type { PageLanguage } from '../parse/text/language.js'
import { resolveTextOptions } from '../parse/text/options.js'
import { resolveHtmlOptions } from '../render/html/options.js'
import type { HtmlOptions } from '../render/index.js'
import { invalidArgument, readOptions } from '../schema/_lib/options.js'
import type { SiteProfile } from '../schema/site-profile.js'
import { defaultGenerateId, type GenerateIdOptions } from './entry-id.js'

/** Options for {@link newsArticleLoader}. */
export interface NewsArticleLoaderOptions {
  /**
   * The folder the article files are in: a path relative to the project root (the
   * folder of `astro.config.mjs`), an absolute path, or a `file:` URL (default: `'.'`,
   * the project root).
   */
  base?: string | URL | null | undefined
  /**
   * A glob pattern, or several, for the files under `base`, as Astro's glob() loader
   * takes them (picomatch syntax; not starting with `/` or `../`)
   * (default: {@link defaultPattern}, every `.txt`, `.text`, `.md`, `.markdown`, `.mdx`
   * and `.json` file).
   */
  pattern?: string | ReadonlyArray<string> | null | undefined
  /** The site profile text pages are read with, as for `parseText` (default: none). */
  profile?: SiteProfile | BuiltInProfileName | null | undefined
  /** The IANA zone of times printed without offset, in text pages and front matter (default: `'Asia/Shanghai'`, or the profile's). */
  timeZone?: string | null | undefined
  /** The language of text pages, `'en'` or `'zh'` (default: detected from each page). */
  language?: PageLanguage | null | undefined
  /** The encoding of every file, a WHATWG label such as `'gbk'` (default: detected per file, as the parsers do). */
  encoding?: string | null | undefined
  /**
   * Fail the load (and so `astro build`) on a file from which no article can be read,
   * rather than logging its diagnostics and leaving it out (default: `false`).
   */
  strict?: boolean | null | undefined
  /**
   * The options of `renderHtml` for each entry's `rendered.html`, which Astro's
   * `render(entry)` shows; `false` stores no HTML (default: `{}`, the default rendering).
   */
  html?: HtmlOptions | false | null | undefined
  /**
   * Name an entry; ids must be unique in the collection (default:
   * {@link defaultGenerateId}, the path without its extension, as slugs).
   */
  generateId?: ((options: GenerateIdOptions) => string) | null | undefined
}

/** The options, checked, with their defaults. */
export interface LoaderSettings {
  base: string | URL
  patterns: string[]
  parse: {
    profile: SiteProfile | BuiltInProfileName | undefined
    timeZone: string | undefined
    language: PageLanguage | undefined
    encoding: string | undefined
  }
  strict: boolean
  html: HtmlOptions | false
  generateId: (options: GenerateIdOptions) => string
  /** What besides a file's bytes decides its entry, for the digest. */
  fingerprint: string
}

/** Every extension of the formats the loader reads, as one glob pattern. */
export const defaultPattern = `**/*.{${Object.values(inputFormats)
  .flat()
  .map((extension) => extension.slice(1))
  .join(',')}}`

const loaderOptionNames = [
  'base',
  'pattern',
  'profile',
  'timeZone',
  'language',
  'encoding',
  'strict',
  'html',
  'generateId',
] as const

/**
 * Check the loader's options and apply their defaults: a bad call fails when the
 * collection is defined, not in the middle of a build.
 *
 * @param options - what the caller passed.
 * @param version - the library's version, part of every entry's digest.
 * @returns the settings.
 * @throws {TypeError | RangeError} naming the option that is wrong, or unknown.
 */
export function resolveLoaderOptions(options: unknown, version: string): LoaderSettings {
  const given = readOptions(options, loaderOptionNames)
  const base = given.base ?? '.'
  if (typeof base !== 'string' && !(base instanceof URL)) {
    throw invalidArgument('base', base, 'a folder path or a file: URL')
  }
  if (base instanceof URL ? base.protocol !== 'file:' : base === '') {
    throw invalidArgument('base', base, 'a folder path or a file: URL', 'range')
  }
  const patterns = readPatterns(given.pattern ?? defaultPattern)
  const parse = {
    profile: (given.profile ?? undefined) as SiteProfile | BuiltInProfileName | undefined,
    timeZone: (given.timeZone ?? undefined) as string | undefined,
    language: (given.language ?? undefined) as PageLanguage | undefined,
    encoding: (given.encoding ?? undefined) as string | undefined,
  }
  // The text parser's checks cover all four, with its messages.
  resolveTextOptions(parse)
  const strict = given.strict ?? false
  if (typeof strict !== 'boolean') throw invalidArgument('strict', strict, 'true or false')
  const html = readHtml(given.html)
  const generateId = given.generateId ?? defaultGenerateId
  if (typeof generateId !== 'function') {
    throw invalidArgument('generateId', generateId, 'a function that returns an id')
  }
  const fingerprint = JSON.stringify({ version, parse, html })
  return {
    base,
    patterns,
    parse,
    strict,
    html,
    generateId: generateId as LoaderSettings['generateId'],
    fingerprint,
  }
}

function readPatterns(pattern: unknown): string[] {
  const expected = 'a glob pattern such as "**/*.md", or a list of them'
  const patterns = typeof pattern === 'string' ? [pattern] : pattern
  if (
    !Array.isArray(patterns) ||
    patterns.length === 0 ||
    patterns.some((item) => typeof item !== 'string')
  ) {
    throw invalidArgument('pattern', pattern, expected)
  }
  for (const item of patterns as string[]) {
    // A pattern reaches out of base only through base itself: no absolute pattern and no
    // `..` segment anywhere, escaped (`.\\.`) or not. The load also leaves out any match
    // outside base, should a glob form spell one another way.
    const segments = item.replaceAll(/\\(.)/g, '$1').split('/')
    if (item === '' || item.startsWith('/') || /^[A-Za-z]:/.test(item) || segments.includes('..')) {
      throw invalidArgument(
        'pattern',
        item,
        'a pattern relative to `base`, not empty, not absolute and with no .. segment (set `base` instead)',
        'range',
      )
    }
  }
  return [...(patterns as string[])]
}

function readHtml(html: unknown): HtmlOptions | false {
  if (html === false) return false
  if (html === undefined || html === null) return {}
  if (typeof html !== 'object' || Array.isArray(html)) {
    throw invalidArgument('html', html, 'the options of renderHtml, or false')
  }
  // The renderer's checks (the headline only titles a whole page), its messages naming
  // the option under `html`.
  try {
    resolveHtmlOptions(html, 'headline')
  } catch (error) {
    if (!(error instanceof TypeError || error instanceof RangeError)) throw error
    const message = error.message.replace(/`([^`]+)`/, '`html.$1`')
    throw error instanceof RangeError ? new RangeError(message) : new TypeError(message)
  }
  return html as HtmlOptions
}
