import { compiledOnce } from '../_lib/compiled-once.js'
import { execAll } from '../_lib/exec-all.js'
import { wordAlternation } from '../_lib/word-pattern.js'
import { defaultVocabulary, type Vocabulary } from '../vocabulary/vocabulary.js'

const han = '\\p{Script=Han}'

const patternsOf = compiledOnce((vocabulary: Vocabulary) => {
  const { roles } = vocabulary
  const reporter = `(?:${wordAlternation(roles.chineseReporters)})`
  const photo = `(?:${wordAlternation(roles.chinesePhotoCredits)})`
  // What follows a reporter's name on a byline: "报道" (reported), or where from.
  const reported = `(?:${wordAlternation(roles.chineseReported)})`
  return {
    /**
     * "(记者 张乔甫)", "(中央社記者吳柏緯台北10日電)", "【本報記者牛寅虎長春十二日電】",
     * "〔記者巫其倫／台北報導〕"
     */
    bracketed: new RegExp(
      `[(（【[〔［][^()（）【】[\\]〔〕［］]{0,16}?${reporter}\\s*(${han}{2,})`,
      'gu',
    ),
    /** "台灣新聞網記者楊川欽/台中報導", "记者 王磊 报道", "聯合報 記者林宸誼／即時報導" */
    bylineLine: new RegExp(
      `^((?:\\S{1,12}\\s)?\\S{0,12}?)${reporter}\\s*(${han}{2,4})\\s*((?:[/／]\\s*${han}{2,6}\\s*)?${reported}?)$`,
      'u',
    ),
    /**
     * "本报讯 记者张三报道 昨日……": a credit without brackets at a paragraph's start,
     * before its first sentence.
     */
    openingCredit: new RegExp(
      `^[^。，,]{0,20}?${reporter}\\s*(${han}{2,4}?)\\s*(?:[/／]\\s*${han}{2,6}\\s*)?${reported}`,
      'u',
    ),
    /** "图为会场。新华社记者 张三 摄", "（记者 张三 摄）": a photo credit, a photographer. */
    photoCredit: new RegExp(
      `(?:${reporter}\\s*)?(${han}{2,4}?)\\s*(?:[/／]\\s*)?${photo}\\s*(?:[)）]\\s*)?$`,
      'u',
    ),
    photoAfter: new RegExp(`^\\s*(?:[/／]\\s*)?${photo}`, 'u'),
    /** A reporter's word anywhere (`记者`). */
    reporterWord: new RegExp(reporter, 'u'),
    /** A photographer's name follows a break: a space, a full stop, a bracket, a reporter's word. */
    breakBefore: new RegExp(`(?:[\\s。.!！?？)）(（]|${reporter})$`, 'u'),
    /** A caption's closing bracket: "（資料照）", "（图片来源：新华社）", "(Photo: Xinhua)". */
    captionEnd: new RegExp(
      `[(（][^()（）]{0,20}?(?:${wordAlternation(roles.captionMarks)})[^()（）]{0,30}[)）]\\s*$`,
      'iu',
    ),
  }
})
patternsOf(defaultVocabulary)

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
 * @param vocabulary - the reporter, credit and caption words (default: `defaultVocabulary`).
 * @returns the name, or `undefined`.
 * @example
 *   findReporter('(中央社記者吳柏緯台北10日電)財團法人') //=> '吳柏緯'
 */
export function findReporter(
  text: string,
  vocabulary: Vocabulary = defaultVocabulary,
): string | undefined {
  const { bylineLine, openingCredit, bracketed, photoAfter } = patternsOf(vocabulary)
  const byline = bylineLine.exec(text)
  if (byline?.[2]) return byline[2]
  const opening = openingCredit.exec(text)
  if (opening?.[1]) return opening[1]
  // "（记者 张三 摄）": a bracket that credits a photo is passed over for the next one.
  for (const match of execAll(bracketed, text)) {
    const run = match[1] ?? ''
    const characters = Array.from(run)
    const name = characters.length <= 3 ? run : characters.slice(0, 3).join('')
    const after = text.slice(match.index + match[0].length - run.length + name.length)
    if (!photoAfter.test(after)) return name
  }
  return undefined
}

/**
 * Read a Chinese byline line (`台灣新聞網記者楊川欽/台中報導`, `聯合報 記者林宸誼／即時報導`):
 * the reporter's name, and the text around it (the outlet, where it was reported from).
 *
 * @param text - a tidied line, or a part of one between dates.
 * @param vocabulary - the reporter, credit and caption words (default: `defaultVocabulary`).
 * @returns the name and the rest, or `undefined` when the text is not a byline line.
 * @example
 *   readReporterLine('聯合報 記者林宸誼／即時報導') //=> { name: '林宸誼', rest: ['聯合報', '即時報導'] }
 */
export function readReporterLine(
  text: string,
  vocabulary: Vocabulary = defaultVocabulary,
): { name: string; rest: string[] } | undefined {
  const match = patternsOf(vocabulary).bylineLine.exec(text)
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
 * @param vocabulary - the reporter, credit and caption words (default: `defaultVocabulary`).
 * @returns `true` for a byline line.
 */
export function isReporterLine(text: string, vocabulary: Vocabulary = defaultVocabulary): boolean {
  // A byline line holds a reporter's word: a line without one is passed over by one
  // scan, rather than by trying the byline's opening at each way of sharing it out.
  const { reporterWord, bylineLine } = patternsOf(vocabulary)
  return reporterWord.test(text) && bylineLine.test(text)
}

/**
 * Find a photo credit at the end of a paragraph, as Chinese pages print under a photo
 * (`图为会场。新华社记者 张三 摄`, `（记者 张三 摄）`): the paragraph is the photo's
 * caption, and the name is a photographer's, not an author's. The reporter's own credit
 * then stands in one of the next paragraphs; which ones to search is the caller's choice.
 *
 * @param text - a paragraph.
 * @param vocabulary - the reporter, credit and caption words (default: `defaultVocabulary`).
 * @returns the photographer's name, or `undefined` when the paragraph ends with no photo
 *   credit.
 * @example
 *   findPhotoCredit('图为交易会现场。记者 张三 摄') //=> '张三'
 */
export function findPhotoCredit(
  text: string,
  vocabulary: Vocabulary = defaultVocabulary,
): string | undefined {
  const { photoCredit, breakBefore } = patternsOf(vocabulary)
  const tail = text.slice(-24)
  const match = photoCredit.exec(tail)
  if (!match?.[1]) return undefined
  // The name follows a break: a space, a full stop, a bracket or the word 记者.
  const before = tail.slice(0, match.index + match[0].indexOf(match[1]))
  return before === '' || breakBefore.test(before) ? match[1] : undefined
}

/**
 * Whether a paragraph is a photo's caption: it ends with a bracket naming a photo's
 * origin (`（資料照）`, `（图片来源：新华社）`) or with a photo credit (`记者 张三 摄`).
 *
 * @param text - a paragraph.
 * @param vocabulary - the reporter, credit and caption words (default: `defaultVocabulary`).
 * @returns `true` for a caption.
 * @example
 *   isPhotoCaption('交易会现场。（资料图）') //=> true
 */
export function isPhotoCaption(text: string, vocabulary: Vocabulary = defaultVocabulary): boolean {
  const { captionEnd } = patternsOf(vocabulary)
  return captionEnd.test(text.slice(-60)) || findPhotoCredit(text, vocabulary) !== undefined
}

/**
 * Find the reporter credited at the start of an article's first paragraphs: in the first
 * paragraph (`本报讯（记者 张三）`, `记者张三报道`), or, when the first is a photo's
 * caption, in the second (`…（資料照）` then `〔記者李四／台北報導〕…`).
 *
 * @param paragraphs - the article's first paragraphs, in order (at least the first two
 *   when there are two).
 * @param vocabulary - the reporter, credit and caption words (default: `defaultVocabulary`).
 * @returns the reporter's name, or `undefined`.
 * @example
 *   findOpeningReporter(['会场一角。（资料图）', '本报讯（记者 张三）昨日……']) //=> '张三'
 */
export function findOpeningReporter(
  paragraphs: ReadonlyArray<string>,
  vocabulary: Vocabulary = defaultVocabulary,
): string | undefined {
  const [first, second] = paragraphs
  if (first === undefined) return undefined
  const opening = vocabulary.thresholds.reporterOpening
  const own = findReporter(first.slice(0, opening), vocabulary)
  if (own !== undefined || second === undefined || !isPhotoCaption(first, vocabulary)) return own
  return findReporter(second.slice(0, opening), vocabulary)
}
