/** How serious a diagnostic is; maps to vfile-message's `fatal` true, false and undefined. */
export type Severity = 'error' | 'warning' | 'info'

/** A place in the original text: 1-based line and column, 0-based offset. */
export interface SourcePoint {
  line: number
  column: number
  offset: number
}

/**
 * The rules that produce diagnostics, each with what it reports. A rule id is stable:
 * tools may filter or count by it.
 */
export const rules = {
  'empty-input': 'The text has no visible characters, so no article can be made.',
  'missing-headline': 'No line of the page can be its headline.',
  'site-furniture':
    'A line was taken as site furniture (menus, footers, buttons), not article text.',
  'photo-caption':
    'A photo caption before the first paragraph; the photo itself is not in the text.',
  'repeated-headline': 'A line repeats the headline, as pages that print their title twice do.',
  'unlabelled-text': 'Text on a meta line that no label names, such as a section or outlet name.',
  'extra-value': 'A second value for a field that holds one, such as a second source.',
  'ignored-label':
    'A labelled value that is not part of the model, such as a hit counter or a translator.',
  'unused-date':
    "A date printed on the page that is not the article's, such as a site's date of today.",
  'unparsed-date':
    'A date label whose value is not a date in any known form, or holds more than its date.',
  'impossible-date': 'A date that does not exist in the calendar, such as 30 February.',
  'invalid-json': 'The text is not well-formed JSON.',
  'invalid-yaml': 'The front matter is not well-formed YAML, or not a mapping of keys to values.',
  'missing-value': 'A field the model requires is absent.',
  'invalid-value': 'A value does not have the type or form the model requires.',
  'unknown-key': 'An object has a key the strict model does not name.',
  'duplicate-key': 'A JSON object names the same key twice, so one of the values would be lost.',
  'unsafe-number':
    'A JSON number that JavaScript cannot hold exactly (too large, too small or too precise).',
  'forbidden-key':
    'A key such as `__proto__` that would change an object instead of naming a field.',
  'repeated-diagnostic':
    'More diagnostics of one rule than are worth listing; the rest are counted.',
  'input-too-long': 'The input is longer than `maxInputLength` allows.',
  'binary-input':
    'The bytes are not text in any encoding the parsers read (NUL bytes, invalid sequences).',
  'detected-encoding': 'The encoding of the bytes was guessed from their content, not declared.',
  'control-character': 'A control character (NUL, escape and the like) was removed from the text.',
  'lone-surrogate':
    'Half of a UTF-16 surrogate pair, which is no character, was replaced by U+FFFD.',
  'complex-markdown':
    'Markdown whose parsing would take time out of proportion to its length, left as text.',
  'language-form':
    'A language given as a locale id (zh_CN), a name (English, 中文) or a tag in another case (en-us), read as a BCP 47 tag.',
} as const

/** The id of a rule: a key of {@link rules}, in kebab-case. */
export type RuleId = keyof typeof rules

/**
 * A located message about the input, shaped like a vfile-message so unified's reporters
 * can print it. The position lives in fields, never in the sentence.
 */
export interface Diagnostic {
  /** How serious it is. */
  severity: Severity
  /** What was found and what was expected, as a sentence a user can act on. */
  message: string
  /** 1-based line in the original text. */
  line: number
  /** 1-based column in the original text (UTF-16 code units). */
  column: number
  /** The span of the text concerned, with offsets. */
  place?: { start: SourcePoint; end: SourcePoint }
  /** Which rule spoke. */
  ruleId: RuleId
  /** Always `'news-model'`. */
  source: 'news-model'
  /** What was found, as written. */
  actual?: string
  /** What was expected. */
  expected?: string
  /** The object path concerned, for model values: `authors[0].name`. */
  path?: string
  /** More help. */
  note?: string
}
