import type { NewsArticle } from '../schema/article.js'

/** What `generateId` is given to name an entry. */
export interface GenerateIdOptions {
  /** The file's path relative to `base`, with `/` separators, such as `2019/annual-meeting.txt`. */
  entry: string
  /** The folder the files are read from, as a `file:` URL ending in `/`. */
  base: URL
  /** The article read from the file. */
  data: NewsArticle
}

// What github-slugger (which Astro's glob() loader uses) removes from a heading: anything
// but letters, marks, numbers, connectors, dashes and spaces.
const notSlug = /[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu

/**
 * Make a slug of one path segment as Astro's glob() loader does: lower case, punctuation
 * and symbols removed, each space a dash. Letters of every script are kept.
 *
 * @param segment - a file or folder name without its extension.
 * @returns the slug (empty when the name has no letter, number, dash or underscore).
 * @example
 *   slugSegment('Annual Meeting (2019)') //=> 'annual-meeting-2019'
 */
export function slugSegment(segment: string): string {
  return segment.toLowerCase().replace(notSlug, '').replace(/ /g, '-')
}

/**
 * The default id of an entry: its path relative to `base` without the extension, each
 * segment a slug, and a final `/index` dropped, as Astro's glob() loader names entries:
 * `2019/Annual Meeting.txt` is `2019/annual-meeting`. A segment with nothing left is kept
 * as an underscore, so that an id is never empty.
 *
 * @param options - the entry's path (the base and the article are not used).
 * @returns the id.
 * @example
 *   defaultGenerateId({ entry: 'zh/商会年会.md', base, data }) //=> 'zh/商会年会'
 */
export function defaultGenerateId(options: GenerateIdOptions): string {
  const withoutExtension = options.entry.replace(/(?<=[^/])\.[^./]*$/, '')
  const id = withoutExtension
    .split('/')
    .map((segment) => slugSegment(segment) || '_')
    .join('/')
    .replace(/\/index$/, '')
  return id
}
