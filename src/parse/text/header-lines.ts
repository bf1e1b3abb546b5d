import { compiledOnce } from '../_lib/compiled-once.js'
import { findRelativeTime } from '../_lib/find-relative-time.js'
import { hasHan } from '../_lib/han.js'
import { relativeUnits } from '../vocabulary/dates.js'
import { defaultVocabulary, type Vocabulary } from '../vocabulary/vocabulary.js'
import { hasWords } from './shape.js'

const escapeRegExp = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const alternatives = (words: ReadonlyArray<string>) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')

// The patterns of a vocabulary's page parts, built once per vocabulary: credit openers
// ("Photo by", "摄影" and the other credits that name no author, then the credit words of
// page layouts: "Image", "Courtesy", "图片来源"), picture agencies and name particles.
const patternsOf = compiledOnce((vocabulary: Vocabulary) => {
  const { creditOpeners, pictureAgencies } = vocabulary.pageParts
  const openers = [
    ...vocabulary.roles.notAuthors.map((word) => word.replace(/ by$/i, '').toLowerCase()),
    ...creditOpeners.map((word) => word.toLowerCase()),
  ].filter((word, index, all) => all.indexOf(word) === index)
  const hanOpener = alternatives(openers.filter((word) => /\p{Script=Han}/u.test(word)))
  const latinOpener = alternatives(openers.filter((word) => !/\p{Script=Han}/u.test(word)))
  return {
    // "Photo: Jane Doe", "Image by Getty Images", "PHOTOGRAPH: AHMAD GHARABLI/AFP",
    // "Photo courtesy of the chamber", "图片来源：新华社".
    opening: new RegExp(
      `^[(（[【]?\\s*(?:(?:${latinOpener})\\s*(?:by\\b|courtesy\\b|credits?\\b|[:：/|])|(?:${hanOpener})\\s*[:：/／|]|(?:${hanOpener})$)`,
      'iu',
    ),
    // A credit that ends in an agency: "Evan Vucci/AP Photo", "Spencer Platt/Getty Images".
    agencyEnd: new RegExp(`(?:^|[/／|\\s(（])(?:${alternatives(pictureAgencies)})[)）\\]]?$`, 'u'),
    openerWords: new Set(openers),
    particles: new Set(vocabulary.pageParts.nameParticles),
  }
})
// A bare "Name/Agency" or "Agency/Name" credit: capitalised words around one to three
// slashes, with no space beside them ("Chuck Burton/AP", "SIA/EFAK/YPPOA") unless in
// brackets ("(Jane Doe / Example Times)"); a breadcrumb's "Home / World" is not one.
const creditWords = String.raw`\p{Lu}[\p{L}'’.-]*(?: [\p{L}'’.-]+){0,4}`
const slashCredit = new RegExp(
  `^(?:[(（]${creditWords}(?: ?/ ?${creditWords}){1,3}[)）]|${creditWords}(?:/${creditWords}){1,3})$`,
  'u',
)

const sentenceEnd = /[.!?。！？]$/u

/**
 * Whether a line is a photo or image credit: `Photo: Jane Doe`, `Image by Getty Images`,
 * `Evan Vucci/AP Photo`, `(Jane Doe / The Example Times)`, `图片来源：新华社`.
 *
 * @param text - a tidied line.
 * @param vocabulary - the credit words and agencies read (default: `defaultVocabulary`).
 * @returns `true` for a credit line.
 * @example
 *   isCreditLine('Jane Doe/AP Photo') //=> true
 *   isCreditLine('The chamber opened an office.') //=> false
 */
export function isCreditLine(text: string, vocabulary: Vocabulary = defaultVocabulary): boolean {
  if (text.length > 90 || sentenceEnd.test(text)) return false
  const { opening, agencyEnd } = patternsOf(vocabulary)
  if (opening.test(text)) return true
  if (hasHan(text)) return false
  return !hasWords(text, 11) && (agencyEnd.test(text) || slashCredit.test(text))
}

/**
 * Whether a line ends in a credit after a bar, a full stop or inside brackets, as a
 * caption does: `The plant at dawn. Jane Doe/AP`, `The plant | Photo by Jane Doe`,
 * `The plant at dawn (Jane Doe/Reuters)`.
 *
 * @param text - a tidied line.
 * @param vocabulary - the credit words and agencies read (default: `defaultVocabulary`).
 * @returns `true` for a line ending in a credit.
 * @example
 *   endsWithCredit('The plant at dawn. Jane Doe/AP') //=> true
 */
export function endsWithCredit(text: string, vocabulary: Vocabulary = defaultVocabulary): boolean {
  const tail = text.slice(-90)
  const { bar, dot, dotSpace, bracket } = lastMarks(tail)
  // "… at dawn. Jane Doe/AP", and "… on October 11.PHOTOGRAPH: JANE DOE/AP" glued.
  const stop = Math.max(dotSpace, dot - 1)
  const start = Math.max(bar + 3, stop + 2, bracket + 1)
  if (start <= 1) return false
  const credit = tail.slice(start).trim()
  return credit !== '' && isCreditLine(credit, vocabulary)
}

// Where a text's last " | ", ".", ". " and " (" stand (-1 for none). A line's text is a
// slice of the page, whose characters are slow to read one by one: the marks are found
// by a pattern, as four lastIndexOf calls would, in one pass.
function lastMarks(text: string): { bar: number; dot: number; dotSpace: number; bracket: number } {
  let bar = -1
  let dot = -1
  let dotSpace = -1
  let bracket = -1
  creditMarks.lastIndex = 0
  for (let found = creditMarks.exec(text); found; found = creditMarks.exec(text)) {
    const at = found.index
    if (found[0] === '.') {
      dot = at
      if (text.charAt(at + 1) === ' ') dotSpace = at
    } else if (text.charAt(at + 1) === '(') bracket = at
    else bar = at
  }
  creditMarks.lastIndex = 0
  return { bar, dot, dotSpace, bracket }
}

// A full stop, or a space before a bar and a space or before a bracket; the space is the
// match, so that marks sharing it (" | (") are each found.
const creditMarks = /\.| (?=\| |\()/g

// "min", "mins", "minute", "minutes": the words of the minute among the relative units.
const minuteWords = Object.keys(relativeUnits).filter(
  (word) => relativeUnits[word] === 'minute' && word.length > 1,
)
const readingTime = new RegExp(
  `^(?:\\d{1,3} ?-? ?(?:${alternatives(minuteWords)})\\.? read|(?:阅读|閱讀)(?:时间|時間|需要|约|約)? ?[:：]? ?\\d{1,3} ?(?:分钟|分鐘)|\\d{1,3} ?(?:分钟|分鐘)(?:阅读|閱讀))$`,
  'iu',
)

/**
 * Whether a line gives the time an article takes to read: `5 Min Read`, `11 minute read`,
 * `阅读 3 分钟`.
 *
 * @param text - a tidied line.
 * @returns `true` for a reading time.
 * @example
 *   isReadingTime('5 Min Read') //=> true
 */
export function isReadingTime(text: string): boolean {
  return readingTime.test(text)
}

/**
 * Whether a line is a time relative to now, printed where a page gives its date:
 * `2 hours ago`, `Updated 5 minutes ago`, `3小时前`, `just now`. It cannot date the
 * article, but it marks the header. A few words around it (`Updated`, `Posted`) may
 * stand on the line.
 *
 * @param text - a tidied line.
 * @param vocabulary - the header limits read (default: `defaultVocabulary`).
 * @returns `true` for a relative time.
 * @example
 *   isRelativeTime('2 hours ago') //=> true
 */
export function isRelativeTime(text: string, vocabulary: Vocabulary = defaultVocabulary): boolean {
  const { headerLimits } = vocabulary.pageParts
  if (text.length > headerLimits.relativeTimeLine) return false
  const found = findRelativeTime(text)
  if (!found) return false
  const rest = `${text.slice(0, found.start)}${text.slice(found.end)}`.trim()
  return rest.length <= headerLimits.relativeTimeWords && !/\d/.test(rest)
}

// A name word: a capitalised word ("Jane", "O'Neil", "Smith-Jones") or an initial
// ("Q."); or a particle of a name ("de", "van", "bin").
const capitalisedWord = /^(?:\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.)$/u

/**
 * Whether a line is a person's name alone: two to four capitalised words (`Jane Q. Doe`,
 * `JANE DOE`, `Lisa de Moraes`), with no digits or punctuation besides initials.
 *
 * @param text - a tidied line.
 * @param vocabulary - the header limits and credit words read (default: `defaultVocabulary`).
 * @returns `true` for a name-shaped line.
 * @example
 *   isNameLine('Jane Q. Doe') //=> true
 *   isNameLine('Share this story') //=> false
 */
export function isNameLine(text: string, vocabulary: Vocabulary = defaultVocabulary): boolean {
  const { headerLimits } = vocabulary.pageParts
  const { openerWords, particles } = patternsOf(vocabulary)
  if (text.length > headerLimits.nameLength) return false
  const words = text.split(' ')
  const { least, most } = headerLimits.nameWords
  if (words.length < least || words.length > most) return false
  if (particles.has(words[0] ?? '') || particles.has(words[words.length - 1] ?? '')) return false
  return words.every(
    (word) =>
      (capitalisedWord.test(word) || particles.has(word)) && !openerWords.has(word.toLowerCase()),
  )
}
