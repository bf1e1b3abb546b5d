import { wordAlternation } from '../_lib/word-pattern.js'
import { roleVocabulary } from '../vocabulary/roles.js'
import { thresholds } from '../vocabulary/thresholds.js'

const han = '\\p{Script=Han}'

// "(记者 张乔甫)", "(中央社記者吳柏緯台北10日電)", "【本報記者牛寅虎長春十二日電】",
// "〔記者巫其倫／台北報導〕"
const bracketed = new RegExp(
  `[(（【[〔［][^()（）【】[\\]〔〕［］]{0,16}?(?:记者|記者)\\s*(${han}{2,})`,
  'u',
)
// What follows a reporter's name on a byline: "报道" (reported), or where from.
const reported = '(?:报道|報導|报导|報道)'
// "台灣新聞網記者楊川欽/台中報導", "记者 王磊 报道", "聯合報 記者林宸誼／即時報導"
const bylineLine = new RegExp(
  `^((?:\\S{1,12}\\s)?\\S{0,12}?)(?:记者|記者)\\s*(${han}{2,4})\\s*((?:[/／]\\s*${han}{2,6}\\s*)?${reported}?)$`,
  'u',
)
// "本报讯 记者张三报道 昨日……": a credit without brackets at a paragraph's start,
// before its first sentence.
const openingCredit = new RegExp(
  `^[^。，,]{0,12}?(?:记者|記者)\\s*(${han}{2,4}?)\\s*(?:[/／]\\s*${han}{2,6}\\s*)?${reported}`,
  'u',
)
// "图为会场。新华社记者 张三 摄", "（记者 张三 摄）": a photo credit, a photographer.
const photoCredit = new RegExp(
  `(?:(?:记者|記者)\\s*)?(${han}{2,4}?)\\s*(?:[/／]\\s*)?(?:摄影?|攝影?)\\s*(?:[)）]\\s*)?$`,
  'u',
)

/**
 * Find a reporter's name in the opening or closing bracket of a Chinese article, on a
 * byline line, or in a credit without brackets at a paragraph's start:
 * `本报讯(记者 张乔甫)`, `(中央社記者吳柏緯台北10日電)`, `【本報記者牛寅虎長春十二日電】`,
 * `〔記者巫其倫／台北報導〕`, `台灣新聞網記者楊川欽/台中報導`, `本报讯 记者张三报道 昨日`.
 * A photo credit (`记者 张三 摄`) names a photographer, not a reporter.
 *
 * A name runs to the first character that is not Han; when place names follow it
 * without a break, the name is taken as its first three characters, the most common
 * length of Chinese names.
 *
 * @param text - the first characters of a paragraph, or a byline line.
 * @returns the name, or `undefined`.
 * @example
 *   findReporter('(中央社記者吳柏緯台北10日電)財團法人') //=> '吳柏緯'
 */
export function findReporter(text: string): string | undefined {
  const byline = bylineLine.exec(text)
  if (byline?.[2]) return byline[2]
  const opening = openingCredit.exec(text)
  if (opening?.[1]) return opening[1]
  const match = bracketed.exec(text)
  if (!match?.[1]) return undefined
  const run = match[1]
  const characters = Array.from(run)
  const name = characters.length <= 3 ? run : characters.slice(0, 3).join('')
  // "（记者 张三 摄）": the bracket credits a photo.
  const after = text.slice((match.index ?? 0) + match[0].length - run.length + name.length)
  return /^\s*(?:[/／]\s*)?(?:摄|攝)/u.test(after) ? undefined : name
}

/**
 * Read a Chinese byline line (`台灣新聞網記者楊川欽/台中報導`, `聯合報 記者林宸誼／即時報導`):
 * the reporter's name, and the text around it (the outlet, where it was reported from).
 *
 * @param text - a tidied line, or a part of one between dates.
 * @returns the name and the rest, or `undefined` when the text is not a byline line.
 * @example
 *   readReporterLine('聯合報 記者林宸誼／即時報導') //=> { name: '林宸誼', rest: ['聯合報', '即時報導'] }
 */
export function readReporterLine(text: string): { name: string; rest: string[] } | undefined {
  const match = bylineLine.exec(text)
  if (!match?.[2]) return undefined
  const rest = [match[1], match[3]]
    .map((part) => (part ?? '').replace(/^[\s/／]+/u, '').trim())
    .filter((part) => part !== '')
  return { name: match[2], rest }
}

/**
 * Whether a line is a Chinese byline line (`台灣新聞網記者楊川欽/台中報導`).
 *
 * @param text - a tidied line.
 * @returns `true` for a byline line.
 */
export function isReporterLine(text: string): boolean {
  return bylineLine.test(text)
}

/**
 * Find a photo credit at the end of a paragraph, as Chinese pages print under a photo
 * (`图为会场。新华社记者 张三 摄`, `（记者 张三 摄）`): the paragraph is the photo's
 * caption, and the name is a photographer's, not an author's. The reporter's own credit
 * then stands in one of the next paragraphs; which ones to search is the caller's choice.
 *
 * @param text - a paragraph.
 * @returns the photographer's name, or `undefined` when the paragraph ends with no photo
 *   credit.
 * @example
 *   findPhotoCredit('图为交易会现场。记者 张三 摄') //=> '张三'
 */
export function findPhotoCredit(text: string): string | undefined {
  const tail = text.slice(-24)
  const match = photoCredit.exec(tail)
  if (!match?.[1]) return undefined
  // The name follows a break: a space, a full stop, a bracket or the word 记者.
  const before = tail.slice(0, match.index + match[0].indexOf(match[1]))
  return before === '' || /(?:[\s。.!！?？)）(（]|记者|記者)$/u.test(before) ? match[1] : undefined
}

// A caption's closing bracket: "（資料照）", "（图片来源：新华社）", "(Photo: Xinhua)".
const captionEnd = new RegExp(
  `[(（][^()（）]{0,20}?(?:${wordAlternation(roleVocabulary.captionMarks)})[^()（）]{0,30}[)）]\\s*$`,
  'iu',
)

/**
 * Whether a paragraph is a photo's caption: it ends with a bracket naming a photo's
 * origin (`（資料照）`, `（图片来源：新华社）`) or with a photo credit (`记者 张三 摄`).
 *
 * @param text - a paragraph.
 * @returns `true` for a caption.
 * @example
 *   isPhotoCaption('交易会现场。（资料图）') //=> true
 */
export function isPhotoCaption(text: string): boolean {
  return captionEnd.test(text.slice(-60)) || findPhotoCredit(text) !== undefined
}

/**
 * Find the reporter credited at the start of an article's first paragraphs: in the first
 * paragraph (`本报讯（记者 张三）`, `记者张三报道`), or, when the first is a photo's
 * caption, in the second (`…（資料照）` then `〔記者李四／台北報導〕…`).
 *
 * @param paragraphs - the article's first paragraphs, in order (at least the first two
 *   when there are two).
 * @returns the reporter's name, or `undefined`.
 * @example
 *   findOpeningReporter(['会场一角。（资料图）', '本报讯（记者 张三）昨日……']) //=> '张三'
 */
export function findOpeningReporter(paragraphs: ReadonlyArray<string>): string | undefined {
  const [first, second] = paragraphs
  if (first === undefined) return undefined
  const own = findReporter(first.slice(0, thresholds.reporterOpening))
  if (own !== undefined || second === undefined || !isPhotoCaption(first)) return own
  return findReporter(second.slice(0, thresholds.reporterOpening))
}
