/**
 * The words and shapes of the parts of a page that stand around an article's headline:
 * photo credits and the length limits of the header block. Data only: the layout stage
 * (`src/parse/text/layout.ts`) reads them; reading and relative times use the units of
 * `dates.ts`.
 */

/**
 * Words that open a photo or image credit line besides those of
 * `roleVocabulary.notAuthors` (`Photo`, `摄影`): `Image by Getty Images`,
 * `Photograph by Tyrone Turner`, `图片来源：新华社`.
 */
export const creditOpeners: ReadonlyArray<string> = [
  'photograph',
  'photography',
  'image',
  'images',
  'picture',
  'graphic',
  'video',
  'courtesy',
  'credit',
  '图片来源',
  '圖片來源',
  '图片',
  '圖片',
  '供图',
  '資料照',
]

/**
 * Names of picture agencies that end a credit line on their own (`Evan Vucci/AP Photo`,
 * `Getty Images`, `Jane Doe / Reuters`).
 */
export const pictureAgencies: ReadonlyArray<string> = [
  'Getty Images',
  'Getty',
  'Shutterstock',
  'iStock',
  'AP Photo',
  'AP',
  'Reuters',
  'AFP',
  'EPA',
  'Xinhua',
  'IC',
  'Alamy',
  'Bloomberg',
]

/**
 * Small words inside a person's name printed alone under a headline (`Lisa de Moraes`,
 * `Ludwig van Beethoven`): a name neither opens nor ends with one.
 */
export const nameParticles: ReadonlyArray<string> = [
  'de',
  'del',
  'da',
  'di',
  'van',
  'von',
  'der',
  'den',
  'bin',
  'al',
  'le',
  'la',
]

/** How far the layout stage looks around a headline for its header block. */
export const headerLimits: HeaderLimits = {
  /** Entries between two meta lines of one header block, at most (buttons, a repeated title). */
  gap: 3,
  /** Entries read above a header block for its headline. */
  above: 10,
  /** Text lines (decks, captions, buttons) read above a header block for its headline. */
  textBetween: 4,
  /** Entries between the header block and the first line of running text, at most. */
  toBody: 40,
  /** Entries between the header block and running text that stands right under it. */
  nearBody: 8,
  /** Lines with a date a header block prints at most (published, updated); more make a list of stories. */
  mostDates: 2,
  /** Entries over and under a header searched for lines like its own (a list of stories). */
  listReach: 8,
  /** Dated or bylined lines (a header's own and those within reach) that make a list of stories. */
  listItems: 3,
  /** Words of an unlabelled name printed in a byline's place (`Jane Q. Doe`). */
  nameWords: { least: 2, most: 4 },
  /** Characters of such a name, at most. */
  nameLength: 40,
  /** Entries under the body's first paragraph in which a caption or credit makes it a standfirst over the lead photo. */
  standfirst: 3,
  /** Words of a line as long as a sentence, that opens the body over running text. */
  sentenceWords: 10,
  /** Characters of a line opening with a date label whose date was not read, at most. */
  dateLabelLine: 120,
  /** Characters of a line holding a relative time (`Updated 2 hours ago`), at most. */
  relativeTimeLine: 40,
  /** Characters of words beside a relative time on its line (`Updated`), at most. */
  relativeTimeWords: 12,
}

/** The layout stage's limits, by name (the defaults are `defaultVocabulary.pageParts.headerLimits`). */
export interface HeaderLimits {
  readonly gap: number
  readonly above: number
  readonly textBetween: number
  readonly toBody: number
  readonly nearBody: number
  readonly mostDates: number
  readonly listReach: number
  readonly listItems: number
  readonly nameWords: { readonly least: number; readonly most: number }
  readonly nameLength: number
  readonly standfirst: number
  readonly sentenceWords: number
  readonly dateLabelLine: number
  readonly relativeTimeLine: number
  readonly relativeTimeWords: number
}

/** The words and limits of the parts of a page around a headline, as one vocabulary family. */
export interface PagePartsVocabulary {
  /** Words that open a photo or image credit line (see {@link creditOpeners}). */
  readonly creditOpeners: ReadonlyArray<string>
  /** Picture agencies that end a credit line (see {@link pictureAgencies}). */
  readonly pictureAgencies: ReadonlyArray<string>
  /** Small words inside a name printed alone (see {@link nameParticles}). */
  readonly nameParticles: ReadonlyArray<string>
  /** How far the layout stage looks around a headline (the defaults are `defaultVocabulary.pageParts.headerLimits`). */
  readonly headerLimits: HeaderLimits
}

/**
 * The page-part family of `defaultVocabulary`: credit words, picture agencies and the
 * header block's limits, read by the layout stage.
 *
 * @example
 *   pagePartsVocabulary.creditOpeners.includes('courtesy') //=> true
 */
export const pagePartsVocabulary: PagePartsVocabulary = {
  creditOpeners,
  pictureAgencies,
  nameParticles,
  headerLimits,
}
