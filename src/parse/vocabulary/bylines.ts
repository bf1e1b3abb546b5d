/** The words of a byline printed without a label's colon. */
export interface BylineVocabulary {
  /** Words that may stand before a name without a colon, as in `By Xin Zhiming`. */
  words: ReadonlyArray<string>
  /**
   * Verbs of a byline whose date stands between the verb and `by`: `Posted on May 5,
   * 2020 by John Smith`.
   */
  postedVerbs: ReadonlyArray<string>
  /**
   * Kinds of piece that may stand before `by` in a byline (`Analysis by Jane Doe`,
   * `Opinion by ...`), besides the byline words.
   */
  pieceKinds: ReadonlyArray<string>
  /** Words after which a byline's names have ended: a follow or contact button. */
  stops: ReadonlyArray<string>
  /** What may follow a name as a part of it, after a comma or not (`Mary-Kate O'Neil, Jr.`). */
  nameSuffixes: ReadonlyArray<string>
}

/**
 * Byline words of English news pages. Each byline word is also an author label
 * (`By: Jane Doe`), so {@link defaultLabels} lists them under `author`.
 */
export const bylineVocabulary: BylineVocabulary = {
  words: ['By', 'Written by', 'Reported by', 'Posted by'],
  postedVerbs: ['Posted', 'Published', 'Written', 'Updated'],
  pieceKinds: [
    'Analysis',
    'Opinion',
    'Commentary',
    'Review',
    'Interview',
    'Essay',
    'Column',
    'Perspective',
    'Words',
    'Text',
    'Story',
    'Report',
    'Reporting',
  ],
  stops: ['Follow', 'Follow on', 'Follow us', 'Contact', 'Email', 'E-mail', '关注', '關注'],
  nameSuffixes: ['Jr.', 'Jr', 'Sr.', 'Sr', 'II', 'III', 'IV', 'PhD', 'Ph.D.', 'MD', 'M.D.', 'Esq.'],
}
