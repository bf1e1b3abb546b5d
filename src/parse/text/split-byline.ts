import { compiledOnce } from '../_lib/compiled-once.js'
import { wordAlternation } from '../_lib/word-pattern.js'
import { defaultVocabulary, type Vocabulary } from '../vocabulary/vocabulary.js'
import type { ClassifyContext, Entry } from './classify.js'
import { readMetaLine } from './meta-line.js'

// A byline word alone on its line.
const bareBylineOf = compiledOnce(
  (vocabulary: Vocabulary) =>
    new RegExp(`^(?:${wordAlternation(vocabulary.bylines.words)})\\s*[:：]?$`, 'i'),
)
bareBylineOf(defaultVocabulary)

/**
 * Read a byline printed over two lines, its label alone on the first (`By`, then
 * `Mike Cason | mcason@al.com`), as page layouts that put the name in a link of its own
 * print it. The label's line becomes an empty meta line, the name's line the byline.
 *
 * @param entries - the page's entries, in order; not changed.
 * @param context - the labels and language.
 * @returns the entries, with each split byline read.
 * @example
 *   readSplitBylines(entriesOf('By\nMike Cason'), context)[1].kind //=> 'meta'
 */
export function readSplitBylines(entries: ReadonlyArray<Entry>, context: ClassifyContext): Entry[] {
  const result = entries.slice()
  const bareByline = bareBylineOf(context.vocabulary ?? defaultVocabulary)
  for (let index = 0; index + 1 < result.length; index++) {
    const label = result[index]
    const name = result[index + 1]
    if (label?.kind !== 'text' || name?.kind !== 'text' || name.prose) continue
    if (name.line.number !== label.line.number + 1 || !bareByline.test(label.text)) continue
    const meta = readMetaLine(`${label.text} ${name.text}`, context.labels, context)
    if (!meta.values.some((value) => value.field === 'author' && value.value !== '')) continue
    result[index] = {
      kind: 'meta',
      line: label.line,
      meta: { values: [], dates: [], rest: [], widgets: [] },
    }
    result[index + 1] = { kind: 'meta', line: name.line, meta }
    index++
  }
  return result
}
