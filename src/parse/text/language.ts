/** The languages a page is read as. */
export type PageLanguage = 'en' | 'zh'

const han = /\p{Script=Han}/gu
const latin = /\p{Script=Latin}/gu

/**
 * Tell an English page from a Chinese one by its script: Chinese when Han characters are
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
  const hanCount = text.match(han)?.length ?? 0
  const latinCount = text.match(latin)?.length ?? 0
  if (hanCount === 0) return 'en'
  return hanCount * 5 >= hanCount + latinCount ? 'zh' : 'en'
}

// Characters whose traditional and simplified forms differ, common in news pages.
const traditionalOnly =
  /[們個為這來時會國發對說經與學後開關動實現點體係書長間問題機應區報導電話網頁產業貿協設戰稅總線領導鄉縣聯織傳統議員計劃劃際環價證選舉歲當層單據廣]/gu
const simplifiedOnly =
  /[们个为这来时会国发对说经与学后开关动实现点体书长间问题机应区报导电话网页产业贸协设战税总线领导乡县联织传统议员计划际环价证选举岁当层单据广]/gu

/**
 * Whether a Chinese text is written in traditional characters.
 *
 * @param text - Chinese text.
 * @returns `true` when traditional-only characters outnumber simplified-only ones.
 */
export function isTraditional(text: string): boolean {
  const traditional = text.match(traditionalOnly)?.length ?? 0
  const simplified = text.match(simplifiedOnly)?.length ?? 0
  return traditional > simplified
}
