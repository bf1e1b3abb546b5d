import { compiledOnce } from '../_lib/compiled-once.js'
import { execAll } from '../_lib/exec-all.js'
import { findRelativeTime } from '../_lib/find-relative-time.js'
import { wordAlternation } from '../_lib/word-pattern.js'
import { defaultVocabulary, type Vocabulary } from '../vocabulary/vocabulary.js'
import { isJobTitle } from './job-title.js'
import { tidy } from './lines.js'

/** A byline's value cut where its names end. */
export interface CutName {
  /** The names, with whatever was glued to them or printed after them taken out. */
  name: string
  /** What was taken out, in the order printed: e-mail addresses, handles, what followed the names. */
  cut: string[]
}

const email = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu
// A handle may be glued to the name before it ("Aja Romano@ajaromano").
const handle = /@[\p{L}\p{N}_]+(?:\.[\p{L}\p{N}_]+)*/gu
// Where the names end: a bullet or bar between spaces (never inside a name: a Chinese
// transliterated name's dot has no spaces around it), a follow button, or a number (a
// date, a time or a counter that was not read as one). A relative time ends them too.
const endOf = compiledOnce(
  (vocabulary: Vocabulary) =>
    new RegExp(
      [
        '\\s[•·|｜]\\s',
        '[•|｜]',
        `(?<![\\p{L}\\p{N}])(?:${wordAlternation(vocabulary.bylines.stops)})(?![\\p{L}\\p{N}])`,
        '(?<=\\S)\\s(?=\\d)',
      ].join('|'),
      'iu',
    ),
)
endOf(defaultVocabulary)
// A small letter, then a capital: where a job title may be glued to a name.
const smallThenCapital = /\p{Ll}\p{Lu}/gu

/**
 * Cut a byline's value where its names end: at an e-mail address or a social-media handle
 * (taken out wherever they stand, even glued to a name), at a bullet or bar, a follow
 * button, a relative time (`2 hours ago`) or a number (a date or counter left over). A
 * job title glued to the last name is set apart with a comma, as a role.
 *
 * @param value - the value of an author label or byline, tidied.
 * @param vocabulary - the words that end a name and the job titles (default: `defaultVocabulary`).
 * @returns the names and what was cut from them.
 * @example
 *   cutName('Jane Doe jane@example.com • 2 hours ago')
 *   //=> { name: 'Jane Doe', cut: ['jane@example.com', '• 2 hours ago'] }
 */
export function cutName(value: string, vocabulary: Vocabulary = defaultVocabulary): CutName {
  const cut: string[] = []
  let name = value
  for (const pattern of [email, handle]) {
    if (!name.includes('@')) break
    name = name.replace(pattern, (found) => {
      cut.push(found)
      return ' '
    })
  }
  // A day word in capitals is a part of an outlet's name ("USA TODAY"), not a time.
  const relative = findRelativeTime(name)
  const relativeStart = relative && !/^[A-Z\s]+$/.test(relative.text) ? relative.start : name.length
  const stop = Math.min(endOf(vocabulary).exec(name)?.index ?? name.length, relativeStart)
  if (stop > 0 && stop < name.length) {
    const tail = tidy(name.slice(stop))
    if (tail !== '') cut.push(tail)
    name = name.slice(0, stop)
  }
  name = tidy(name)
  // A page that prints the name and the title in two elements may glue them in its text
  // ("Howard BlumeStaff Writer"); a name's own capitals ("McDonald") start no title.
  // A title glued this way is short: at most one word before the word for the job.
  for (const match of execAll(smallThenCapital, name)) {
    const at = match.index + 1
    const tail = name.slice(at)
    if (tail.split(' ').length <= 2 && isJobTitle(tail, vocabulary)) {
      name = `${name.slice(0, at)}, ${tail}`
      break
    }
  }
  return { name: name.replace(/(?<![\s,，:：;；•·|｜/／-])[\s,，:：;；•·|｜/／-]+$/u, ''), cut }
}
