/** The words of a byline printed without a label's colon. */
export interface BylineVocabulary {
  /** Words that may stand before a name without a colon, as in `By Xin Zhiming`. */
  words: ReadonlyArray<string>
  /**
   * Verbs of a byline whose date stands between the verb and `by`: `Posted on May 5,
   * 2020 by John Smith`.
   */
  postedVerbs: ReadonlyArray<string>
}

/**
 * Byline words of English news pages. Each byline word is also an author label
 * (`By: Jane Doe`), so {@link defaultLabels} lists them under `author`.
 */
export const bylineVocabulary: BylineVocabulary = {
  words: ['By', 'Written by', 'Reported by', 'Posted by'],
  postedVerbs: ['Posted', 'Published', 'Written', 'Updated'],
}
