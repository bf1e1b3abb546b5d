// One generated page: a template's layout with a new headline, names, date and body.
import { type PageDate, redate } from './date-forms.js'
import type { Random } from './random.js'
import { makeHeadline, makeParagraph, type SentencePool } from './sentences.js'
import type { PageTemplate } from './templates.js'
import { headlinePatterns, wordKinds } from './vocabulary.js'

/** What {@link makePage} needs besides the template. */
export interface MakePageOptions {
  /** The sentences of the template's language. */
  pool: SentencePool
  /** The page's length in UTF-8 bytes, reached within a few bytes (at least one paragraph is written). */
  targetBytes: number
  /** The year of the page's date. */
  year: number
}

/** A generated page, and what it says, for checking what a parser reads from it. */
export interface MadePage {
  text: string
  /** The headline, or `undefined` when the template has none (a page that fails). */
  headline: string | undefined
  /** The date written in every place the template had one. */
  date: PageDate
  /** How many paragraphs were generated. */
  paragraphs: number
}

const bytesOf = (text: string): number => Buffer.byteLength(text)

/**
 * Make a page from a template: the headline, the people credited and every date are
 * replaced, and the body is filled with varied paragraphs up to the target length (the
 * last one cut at a word, or for Chinese at a character, to fit).
 *
 * @param template - the fixture's template.
 * @param random - the page's generator.
 * @param options - the sentences, the length and the year.
 * @returns the page.
 */
export function makePage(
  template: PageTemplate,
  random: Random,
  { pool, targetBytes, year }: MakePageOptions,
): MadePage {
  const date: PageDate = {
    year,
    month: 1 + random.below(12),
    day: 1 + random.below(28),
    hour: 8 + random.below(11),
    minute: random.below(60),
  }
  const headline = template.headline
    ? makeHeadline(headlinePatterns[pool.language], pool.language, random)
    : undefined
  const people = swapPeople(template.people, wordKinds[pool.language].people?.words ?? [], random)
  const vary = (part: string): string => {
    if (template.fails) return part
    let varied = redate(part, date)
    for (const [name, replacement] of people) varied = varied.replaceAll(name, replacement)
    // Last, so that a name in the new headline stays as it was written.
    if (template.headline && headline) {
      varied = varied.replaceAll(template.headline, writeHeadline(template, headline))
    }
    return varied
  }
  const before = vary(template.before)
  const after = vary(template.after)
  const kept = template.kept.map((block) => (template.fails ? block : redate(block, date)))
  const generated: string[] = []
  let length = bytesOf(before) + bytesOf(after) + bytesOf(kept.join(template.joiner))
  while (generated.length === 0 || length < targetBytes) {
    const paragraph = makeParagraph(pool, random)
    const room = targetBytes - length - bytesOf(template.joiner)
    // The first paragraph is written whole when too little room is left to cut it.
    const cut = bytesOf(paragraph) <= room ? paragraph : cutTo(paragraph, room)
    if (cut === undefined && generated.length > 0) break
    generated.push(cut ?? paragraph)
    length += bytesOf(template.joiner) + bytesOf(cut ?? paragraph)
  }
  return {
    text: before + placeBlocks(template, kept, generated, random).join(template.joiner) + after,
    headline,
    date,
    paragraphs: generated.length,
  }
}

// A different name for each person credited.
function swapPeople(
  people: ReadonlyArray<string>,
  names: ReadonlyArray<string>,
  random: Random,
): Map<string, string> {
  const left = names.filter((name) => !people.includes(name))
  return new Map(
    people.map((name) => {
      const picked = left.length > 0 ? left.splice(random.below(left.length), 1)[0] : undefined
      return [name, picked ?? name]
    }),
  )
}

function writeHeadline(template: PageTemplate, headline: string): string {
  if (template.headline?.startsWith('#')) return `# ${headline}`
  // A front-matter value in double quotes is YAML whatever the words.
  return template.format === 'markdown' ? JSON.stringify(headline) : headline
}

// The kept blocks and the generated paragraphs, in order: a text page's dateline stays
// first; a Markdown file's blocks keep their order with paragraphs between them.
function placeBlocks(
  template: PageTemplate,
  kept: string[],
  generated: string[],
  random: Random,
): string[] {
  if (template.format === 'text' || template.fails) return [...kept, ...generated]
  const after = kept.map((): string[] => [])
  for (const paragraph of generated) after[random.below(kept.length)]?.push(paragraph)
  return kept.flatMap((block, index) => [block, ...(after[index] ?? [])])
}

// The start of a paragraph that fits in `room` bytes, ended as a sentence, or `undefined`
// when too little would be left to read as a paragraph.
function cutTo(paragraph: string, room: number): string | undefined {
  if (room < 24) return undefined
  const chinese = /\p{Script=Han}/u.test(paragraph)
  // The longest start that fits, found by halving.
  let [low, high] = [0, paragraph.length]
  while (low < high) {
    const middle = Math.ceil((low + high) / 2)
    if (bytesOf(paragraph.slice(0, middle)) <= room - 3) low = middle
    else high = middle - 1
  }
  let end = low
  if (!chinese) end = paragraph.lastIndexOf(' ', end)
  if (end <= 0) return undefined
  const start = paragraph.slice(0, end).replace(/[\s,，、;；]+$/u, '')
  return `${start}${chinese ? '。' : '.'}`
}
