const han = '\\p{Script=Han}'

// "(记者 张乔甫)", "(中央社記者吳柏緯台北10日電)", "【本報記者牛寅虎長春十二日電】"
const bracketed = new RegExp(`[(（【[][^()（）【】[\\]]{0,16}?(?:记者|記者)\\s*(${han}{2,})`, 'u')
// "台灣新聞網記者楊川欽/台中報導", "记者 王磊 报道"
const bylineLine = new RegExp(
  `^[^\\s]{0,12}?(?:记者|記者)\\s*(${han}{2,4})\\s*(?:[/／]\\s*${han}{2,6}\\s*)?(?:报道|報導|报导|報道|摄影|攝影)?$`,
  'u',
)

/**
 * Find a reporter's name in the opening or closing bracket of a Chinese article, or
 * on a byline line: `本报讯(记者 张乔甫)`, `(中央社記者吳柏緯台北10日電)`,
 * `【本報記者牛寅虎長春十二日電】`, `台灣新聞網記者楊川欽/台中報導`.
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
  if (byline?.[1]) return byline[1]
  const match = bracketed.exec(text)
  if (!match?.[1]) return undefined
  const run = match[1]
  const characters = Array.from(run)
  return characters.length <= 3 ? run : characters.slice(0, 3).join('')
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
