/** The languages a page is read as. */
export type PageLanguage = 'en' | 'zh'

/**
 * Tell an English page from a Chinese one by its script (the common Han blocks and the
 * Latin letters are counted): Chinese when Han characters are
 * at least a fifth of the Han and Latin letters together (a Chinese character carries
 * about as much as a whole English word, so a page with a Chinese menu and English
 * paragraphs still reads as English).
 *
 * @param text - the page, or its body.
 * @returns `'zh'` or `'en'`.
 * @example
 *   detectLanguage('商会举行年会 Annual meeting') //=> 'zh'
 */
export function detectLanguage(text: string): PageLanguage {
  if (!/[\u3400-\u9fff\uf900-\ufaff]/.test(text)) return 'en'
  let hanCount = 0
  let latinCount = 0
  // The first thousand characters (headline, meta lines, the opening) tell the language.
  const end = Math.min(text.length, 1000)
  for (let index = 0; index < end; index++) {
    const code = text.charCodeAt(index)
    if (
      (code >= 0x41 && code <= 0x5a) ||
      (code >= 0x61 && code <= 0x7a) ||
      (code >= 0xc0 && code <= 0x24f)
    ) {
      latinCount++
    } else if (
      (code >= 0x4e00 && code <= 0x9fff) ||
      (code >= 0x3400 && code <= 0x4dbf) ||
      (code >= 0xf900 && code <= 0xfaff)
    ) {
      hanCount++
    }
  }
  if (hanCount === 0) return 'en'
  return hanCount * 5 >= hanCount + latinCount ? 'zh' : 'en'
}

// Characters whose traditional and simplified forms differ, common in news pages. All
// stand in the Basic Multilingual Plane, one UTF-16 unit each.
const traditionalOnly =
  '們個為這來時會國發對說經與學後開關動實現點體係書長間問題機應區報導電話網頁產業貿協設戰稅總線領導鄉縣聯織傳統議員計劃劃際環價證選舉歲當層單據廣'
const simplifiedOnly =
  '们个为这来时会国发对说经与学后开关动实现点体书长间问题机应区报导电话网页产业贸协设战税总线领导乡县联织传统议员计划际环价证选举岁当层单据广'

// What each CJK Unified Ideograph (U+4E00 to U+9FFF, where both lists stand) says: 1 for
// a traditional-only character, -1 for a simplified-only one. A page is read by looking
// its characters up here: a pattern with the `g` flag makes a match for every character
// found, which on a Chinese page costs ten times more.
const firstIdeograph = 0x4e00
const lastIdeograph = 0x9fff
const scriptOf = /*#__PURE__*/ scriptTable()

function scriptTable(): Int8Array {
  const table = new Int8Array(lastIdeograph - firstIdeograph + 1)
  for (const character of traditionalOnly) table[character.charCodeAt(0) - firstIdeograph] = 1
  for (const character of simplifiedOnly) table[character.charCodeAt(0) - firstIdeograph] = -1
  return table
}

/**
 * Whether a Chinese text is written in traditional characters.
 *
 * @param text - Chinese text.
 * @returns `true` when traditional-only characters outnumber simplified-only ones.
 */
export function isTraditional(text: string): boolean {
  // Traditional-only characters counted up, simplified-only ones down.
  let balance = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= firstIdeograph && code <= lastIdeograph) {
      balance += scriptOf[code - firstIdeograph] as number
    }
  }
  return balance > 0
}
