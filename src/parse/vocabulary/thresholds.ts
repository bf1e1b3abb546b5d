/**
 * The lengths and counts the text parser's rules compare lines with, in UTF-16 units
 * unless a name says words or Han characters. Each is named after what it tells apart.
 */
export const thresholds = {
  /** A line longer than this is running text, never furniture, a meta line or a headline. */
  shortLineLength: 200,
  /** A line reads as a sentence (furniture never does) with at least this many words... */
  sentenceWords: 4,
  /**
   * ...and at least this share of them starting with a small letter: running text is
   * mostly small words ("is", "the"), notices mostly names ("All Rights Reserved").
   */
  sentenceSmallWordShare: 0.6,
  /** A Chinese line ending like a sentence reads as one with at least this many Han characters. */
  sentenceHanCharacters: 10,
  /** An English line this long is a paragraph. */
  paragraphLength: 160,
  /** An English line ending like a sentence is a paragraph with at least this many words. */
  paragraphWords: 10,
  /** A Chinese line with this many Han characters is a paragraph. */
  paragraphHanCharacters: 40,
  /** A Chinese line ending like a sentence is a paragraph from this length... */
  paragraphSentenceLength: 20,
  /** ...with at least this many Han characters. */
  paragraphSentenceHanCharacters: 12,
  /** The most unlabelled text a meta line with a label may carry. */
  metaLooseText: 40,
  /** The most unlabelled text a Chinese line holding only a date may carry. */
  metaDateLooseTextZh: 30,
  /** The most unlabelled words a line holding only a date may carry. */
  metaDateLooseWords: 6,
  /** Unlabelled text longer than this, with sentence punctuation, makes a labelled line a paragraph. */
  metaSentenceText: 12,
  /** A Chinese headline has at least this many Han characters... */
  headlineHanCharacters: 4,
  /** ...and at most this many characters. */
  headlineLengthZh: 90,
  /** An English headline has at least this many characters... */
  headlineMinLength: 6,
  /** ...at most this many... */
  headlineMaxLength: 220,
  /** ...at least this many words... */
  headlineMinWords: 2,
  /** ...and at most this many. */
  headlineMaxWords: 30,
  /**
   * An English headline may end in `?` or `!` with at most this many words; longer, or
   * with a sentence stop inside it, it is running text.
   */
  headlineEndWords: 16,
  /** A Chinese headline may end in `！` or `？` with at most this many Han characters. */
  headlineEndHanCharacters: 29,
  /** A line in capitals with at least this many words is shouting, not a headline. */
  shoutingWords: 3,
  /** A headline wrapped over two lines has at most this many characters. */
  wrappedHeadlineLength: 200,
  /** With no title-like line, the first line of at most this many code points is the headline. */
  fallbackHeadlineLength: 300,
  /** A Title Case headline with a deck under it has at least this many words. */
  deckHeadlineWords: 5,
  /** A line is Title Case with at least this many words other than minor ones... */
  titleCaseWords: 3,
  /** ...and this share of them capitalised. */
  titleCaseShare: 0.75,
  /** A photo credit is looked for in this many characters at the end of a line. */
  captionTail: 200,
  /** A Chinese line of at most this many characters above the first paragraph is a stub, not body. */
  stubLengthZh: 3,
  /** An English line of at most this many words, not ending like a sentence, above the first paragraph is a stub. */
  stubWords: 4,
  /** A hard-wrapped line (a release wrapped at 60 to 80 columns) has at least this many characters... */
  wrapWidthLeast: 50,
  /** ...and at most this many. */
  wrapWidthMost: 90,
  /** A page's body is read as hard-wrapped with at least this many lines that run on into the next... */
  wrappedLines: 3,
  /** ...and this share of its lines. */
  wrappedShare: 0.5,
  /** Widget words are looked for in this many characters at the end of a value. */
  widgetTailLength: 60,
  /**
   * No breadcrumb item is longer than this, but the last, which may be the headline
   * itself and may be as long as a headline (`headlineMaxLength`).
   */
  breadcrumbItemLength: 80,
  /** A location phrase before a trail (`网站当前位置`) has at most this many characters. */
  breadcrumbPrefixLength: 12,
  /**
   * A trail without a home word or location phrase has no item longer than this, but
   * the last (the headline's place).
   */
  trailItemLength: 30,
  /** A language switch's line has at most this many characters... */
  languageSwitchLength: 80,
  /** ...and the site name beside it at most this many. */
  languageSwitchOtherLength: 60,
  /** An editor's credit closing a paragraph is looked for in this many characters at its end. */
  closingCreditTail: 80,
  /** A Chinese reporter's credit is looked for in this many characters at the body's start... */
  reporterOpening: 40,
  /** ...and in this many at its end. */
  reporterClosing: 16,
} as const satisfies Record<string, number>

/** The text parser's length thresholds, by name (the defaults are `defaultVocabulary.thresholds`). */
export type Thresholds = { readonly [Name in keyof typeof thresholds]: number }
