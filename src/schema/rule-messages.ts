import type { RuleId } from './diagnostic.js'

/** The facts a detector reports, from which a rule's message is written. */
export interface RuleFacts {
  /** What was found, as printed. */
  actual?: string | undefined
  /** What was expected. */
  expected?: string | undefined
}

/**
 * The sentence of each rule, written from what was found and what was expected. The
 * position is not part of the sentence: it lives in the diagnostic's fields.
 */
export const ruleMessages: Readonly<Record<RuleId, (facts: RuleFacts) => string>> = {
  'empty-input': () => 'Expected the text of a news page, found only white space',
  'missing-headline': () =>
    'Expected a headline: a line of text before the article body, found none',
  'site-furniture': ({ actual }) => `Took ${quote(actual)} as site furniture, not article text`,
  'photo-caption': ({ actual }) =>
    `Left out ${quote(actual)}: a photo caption before the first paragraph`,
  'repeated-headline': ({ actual }) => `Left out ${quote(actual)}: it repeats the headline`,
  'unlabelled-text': ({ actual }) =>
    `Found ${quote(actual)} on a meta line without a label; it is not part of the article`,
  'extra-value': ({ actual, expected }) =>
    `Left out ${quote(actual)}: the article already has ${expected ?? 'this field'}`,
  'ignored-label': ({ actual }) => `Left out ${quote(actual)}: the model has no field for it`,
  'unused-date': ({ actual, expected }) =>
    `Left out the date ${quote(actual)}: the article's date is ${expected ?? 'another'}`,
  'unparsed-date': ({ actual, expected }) =>
    `Expected ${expected ?? 'a date such as 2014-10-13'}, found ${quote(actual)}`,
  'impossible-date': ({ actual }) =>
    `Expected a date that exists, such as 2014-10-13, found ${quote(actual)}`,
  'invalid-json': ({ actual, expected }) =>
    `expected ${expected ?? 'well-formed JSON'}, found ${actual ?? 'something else'}`,
  'invalid-yaml': ({ actual, expected }) =>
    `Expected well-formed YAML front matter, found ${expected ? `an error: ${expected}` : (actual ?? 'an error')}`,
  'missing-value': ({ expected }) => `expected ${expected ?? 'a value'}, found nothing`,
  'invalid-value': ({ actual, expected }) =>
    `expected ${expected ?? 'a valid value'}, found ${actual ?? 'something else'}`,
  'unknown-key': ({ actual }) => (actual === undefined ? 'unknown key' : `${actual}: unknown key`),
  'duplicate-key': ({ actual }) =>
    `Expected each key once in an object, found ${quote(actual)} again`,
  'unsafe-number': ({ actual, expected }) =>
    `Expected ${expected ?? 'a number JavaScript holds exactly'}, found ${actual ?? 'another'}`,
  'forbidden-key': ({ actual }) =>
    `Left out the key ${quote(actual)}: it would change the object rather than name a field`,
  'repeated-diagnostic': ({ actual, expected }) =>
    `Left out ${actual ?? 'more'} more diagnostics of ${expected ?? 'the same rule'}`,
  'input-too-long': ({ actual, expected }) =>
    `Expected at most ${expected ?? 'maxInputLength characters'}, found ${actual ?? 'more'}`,
  'binary-input': ({ actual }) => `Expected text, found ${actual ?? 'bytes that are not text'}`,
  'detected-encoding': ({ actual }) =>
    `Read the bytes as ${actual ?? 'a guessed encoding'}, guessed from their content; give the encoding if this is wrong`,
  'control-character': ({ actual }) =>
    `Removed ${actual ?? 'a control character'}: control characters are not text`,
  'lone-surrogate': ({ actual }) =>
    `Replaced ${actual ?? 'a lone surrogate'}, half of a surrogate pair, with U+FFFD`,
  'complex-markdown': ({ actual, expected }) =>
    `Expected ${expected ?? 'Markdown that parses in proportion to its length'}, found ${actual ?? 'a construct that does not'}; it is kept as text`,
  'language-form': ({ actual, expected }) =>
    `Read the language ${quote(actual)} as the BCP 47 tag ${quote(expected)}`,
}

function quote(text: string | undefined): string {
  if (text === undefined) return 'nothing'
  const short = [...text].length > 80 ? `${[...text].slice(0, 79).join('')}…` : text
  return `"${short}"`
}
