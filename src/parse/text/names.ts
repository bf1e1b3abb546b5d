import type { Author } from '../../schema/author.js'
import { compiledOnce } from '../_lib/compiled-once.js'
import { execAll } from '../_lib/exec-all.js'
import { organizationPattern, toAuthor } from '../_lib/to-author.js'
import { wordAlternation } from '../_lib/word-pattern.js'
import { defaultVocabulary, type Vocabulary } from '../vocabulary/vocabulary.js'
import { isJobTitle } from './job-title.js'
import { tidy } from './lines.js'

// Parenthesised notes after a name: a role ("Trainee reporter") or an outlet
// ("chinadaily.com.cn").
const note = /(?:(?<!\s)\s+)?[(（]([^()（）]*)[)）]?/gu
const handle = /(?<!\S)@[\p{L}\p{N}_.]+/gu
// A nickname in brackets between a first name and a surname: "Robert (Bob) Smith".
const nickname = /^\p{Lu}[\p{L}'’.-]*$/u

/** The names of a byline, and what stands beside them that is no one's name. */
export interface SplitNames {
  /** The authors, in the order printed. */
  authors: Author[]
  /** Notes that are no one's name or role: outlets, places, handles; for the caller to report. */
  notes: string[]
  /** Credits for other work than the text (photos, illustration, translation): not authors. */
  credits: string[]
}

/**
 * Split a byline value into authors: `Xin Zhiming and Liu Jie (chinadaily.com.cn)`,
 * `王磊 赵洪栋`, `WU Yuehua (Trainee reporter) LIU Yimei (Reporter)`,
 * `Zhang Kaiwei, Liang Jun`, `ZHENG CAIXIONG in Guangzhou`.
 *
 * A name is a Person unless organization words make it a body. A role in brackets or
 * after a comma (`Jane Doe, Staff Writer`), or a Chinese role before a name (`本报记者
 * 张三`, `特约评论员 李四`), becomes the person's job title; an outlet in brackets or after
 * a comma (`Jane Doe, The Example Times`) and "in City" are notes. A suffix (`, Jr.`) and a
 * nickname in brackets (`Robert (Bob) Smith`) stay in the name. Photographers,
 * illustrators and translators (`Photos by John Roe`, `王五 摄`) are credits, not authors.
 *
 * @param value - the value of an author or editor label.
 * @param vocabulary - the role, credit and suffix words (default: `defaultVocabulary`).
 * @returns the authors, the notes that are no one's role (outlets), and the credits, for
 *   the caller to report.
 * @example
 *   splitNames('Xin Zhiming and Liu Jie (chinadaily.com.cn)')
 *   //=> { authors: [{ type: 'Person', name: 'Xin Zhiming' }, { type: 'Person', name: 'Liu Jie' }], notes: ['chinadaily.com.cn'], credits: [] }
 */
export function splitNames(value: string, vocabulary: Vocabulary = defaultVocabulary): SplitNames {
  const patterns = patternsOf(vocabulary)
  const { creditBefore, creditAfter, creditWord, suffix, rolePrefix, isJobTitle, outlet } = patterns
  const authors: Author[] = []
  const notes: string[] = []
  const credits: string[] = []
  // "Name (role) Name (role)": each note closes the name before it.
  const pieces: Array<{ name: string; role?: string }> = []
  let last = 0
  for (const match of execAll(note, value)) {
    const name = value.slice(last, match.index)
    const inner = tidy(match[1] ?? '')
    if (isNickname(name, inner, value.slice(match.index + match[0].length), patterns)) continue
    if (tidy(name) !== '') {
      if (inner !== '' && creditWord.test(inner)) credits.push(tidy(`${name} (${inner})`))
      else if (inner !== '' && !outlet.test(inner)) pieces.push({ name, role: inner })
      else {
        pieces.push({ name })
        if (inner !== '') notes.push(inner)
      }
    } else if (inner !== '') notes.push(inner)
    last = match.index + match[0].length
  }
  if (tidy(value.slice(last)) !== '') pieces.push({ name: value.slice(last) })
  for (const piece of pieces) {
    // A social-media handle beside a name ("Julia Horowitz @juliakhorowitz") is not a
    // part of it.
    piece.name = piece.name.replace(handle, (found) => {
      notes.push(found.trim())
      return ' '
    })
    // A body's name keeps its "and": "The China Provinces and US States Cooperation".
    const names =
      patterns.organization.test(piece.name) && !/[,，、;；]/.test(piece.name)
        ? [{ name: tidy(piece.name), afterComma: false }]
        : splitList(piece.name, notes, patterns)
    let pendingRole: string | undefined
    for (const { name: printed, afterComma } of names) {
      if (creditBefore.test(printed) || (creditAfter.test(printed) && !isJobTitle(printed))) {
        credits.push(printed)
        continue
      }
      const role = rolePrefix.exec(printed)
      const name = role ? printed.slice(role[0].length) : printed
      if (role && name === '') {
        // "本报记者 张三": the role stands apart, before the names it belongs to.
        pendingRole = role[1]
        continue
      }
      const jobTitle = role?.[1] ?? pendingRole
      if (jobTitle) {
        authors.push({ type: 'Person', name, jobTitle })
        continue
      }
      const previous = authors[authors.length - 1]
      // "Mary-Kate O'Neil, Jr.": a suffix after a comma is a part of the name.
      if (suffix.test(name) && previous?.type === 'Person') {
        previous.name = `${previous.name}, ${name}`
        continue
      }
      // A description after a name ("a writer in the … Office", "Staff Writer") is the
      // person's role.
      const isRole = /^\p{Ll}/u.test(name) || isJobTitle(name)
      if (isRole && previous?.type === 'Person' && previous.jobTitle === undefined) {
        previous.jobTitle = name.replace(/[.。]$/, '')
        continue
      }
      // An outlet after a person's name and a comma ("Jane Doe, The Example Times") is
      // where the person writes, not a second author.
      if (afterComma && previous?.type === 'Person' && isOutlet(name, previous.name, patterns)) {
        notes.push(name)
        continue
      }
      authors.push(toAuthor(name, piece.role, vocabulary.bylines))
    }
  }
  return { authors, notes, credits }
}

// An outlet after a person's name: a body's name, a web address or agency, a word in
// capitals ("CNN"), words in capitals after a name that is not ("USA TODAY"), or a name
// with an article ("The Week"), which a person's name never has.
function isOutlet(name: string, person: string, { outlet, organization }: NamePatterns): boolean {
  return (
    organization.test(name) ||
    outlet.test(name) ||
    /^\p{Lu}{2,}$/u.test(name) ||
    (capitals.test(name) && !capitals.test(person)) ||
    /^the\s/i.test(name)
  )
}

const capitals = /^[\p{Lu}\s.&'’-]+$/u

function isNickname(
  before: string,
  inner: string,
  after: string,
  { isJobTitle, creditWord, outlet }: NamePatterns,
): boolean {
  const first = tidy(before)
  return (
    nickname.test(inner) &&
    !outlet.test(inner) &&
    !isJobTitle(inner) &&
    !creditWord.test(inner) &&
    /^\p{Lu}[\p{L}'’.-]*$/u.test(first) &&
    /^\s*\p{Lu}/u.test(after)
  )
}

const patternsOf = compiledOnce((vocabulary: Vocabulary) => {
  const { roles, bylines } = vocabulary
  const qualifiers = `(?:${wordAlternation(roles.chineseQualifiers)}|(?:${wordAlternation(roles.chineseStationed)})\\S{1,3})`
  return {
    /** "Photos by John Roe", "摄影 王五", "摄影：王五": a credit for other work than the text. */
    creditBefore: new RegExp(
      `^(?:${wordAlternation(roles.notAuthors)})(?![\\p{L}\\p{N}]|(?<=\\p{Script=Han})\\p{Script=Han})\\s*(?:[:：/／]\\s*)?(?=\\S)`,
      'iu',
    ),
    /** "王五 摄", "Jane Doe (photos)": the same credit after the name. */
    creditAfter: new RegExp(
      `(?:(?<=\\p{Script=Han})|(?<!\\s)\\s+|(?<!\\s)\\s*[/／])(?:${wordAlternation(roles.notAuthorsAfter)})$`,
      'iu',
    ),
    creditWord: new RegExp(`^(?:${wordAlternation(roles.notAuthorsAfter)})$`, 'iu'),
    suffix: new RegExp(`^(?:${wordAlternation(bylines.nameSuffixes)})$`, 'u'),
    /** A role printed before a Chinese name ("本报记者 张三", "特约评论员 李四", "驻京记者"). */
    rolePrefix: new RegExp(
      `^(${qualifiers}?(?:${wordAlternation(roles.chineseRoles)})|${qualifiers}(?:${wordAlternation(roles.chineseQualifiedRoles)}))\\s*`,
      'u',
    ),
    isJobTitle: (text: string) => isJobTitle(text, vocabulary),
    organization: organizationPattern(bylines),
    /** An outlet named in a byline's brackets: a web address or an agency (`Xinhua`). */
    outlet: new RegExp(`\\.[a-z]{2,}\\b|^(?:${wordAlternation(bylines.agencies)})$`, 'i'),
  }
})
patternsOf(defaultVocabulary)

type NamePatterns = ReturnType<typeof patternsOf>

function splitList(
  text: string,
  notes: string[],
  { creditWord, rolePrefix }: NamePatterns,
): Array<{ name: string; afterComma: boolean }> {
  const names: Array<{ name: string; afterComma: boolean }> = []
  // The separators are kept (odd places in the list): after "in Place", a part that
  // follows a comma goes on with the place ("in Guangzhou, Guangdong") or, in a blog's
  // byline, with its categories ("Admin in News, Events").
  const pieces = text.split(/((?:(?<!\s)\s+)?(?:[,，、;；&/／]|\band\b|\s和\s|\s與\s|\s与\s)\s*)/iu)
  let tail: string[] | undefined
  for (let index = 0; index < pieces.length; index += 2) {
    const part = pieces[index] ?? ''
    const separator = tidy(pieces[index - 1] ?? '')
    if (tail && (separator === ',' || separator === '，') && !/\sin\s/u.test(part)) {
      if (tidy(part) !== '') tail.push(tidy(part))
      continue
    }
    if (tail) notes.push(tail.join(', '))
    tail = undefined
    // "ZHENG CAIXIONG in Guangzhou": where the reporter wrote from is not the name.
    const place = /(?<!\s)\s+in\s+\p{Lu}[\p{L}\s.-]*$/u.exec(part)
    if (place) tail = [tidy(place[0])]
    // A preposition left where a date was taken out ("John Smith on May 6, 2020").
    const name = tidy(place ? part.slice(0, place.index) : part).replace(
      /(?<!\s)\s+(?:on|at|in|from)$/i,
      '',
    )
    if (name === '') continue
    // Chinese names printed with spaces between them: "王磊 赵洪栋".
    const han = name.split(' ')
    const afterComma = separator === ',' || separator === '，'
    // A credit word among them ("王五 摄影") keeps the credit whole; a role among them
    // ("特约评论员 张三 李四") is a name of its own, for the names after it.
    const hanNames =
      han.length > 1 &&
      han.every(
        (word) =>
          (/^\p{Script=Han}{2,4}$/u.test(word) && !creditWord.test(word)) ||
          rolePrefix.exec(word)?.[0] === word,
      )
    if (hanNames) {
      for (const word of han) names.push({ name: word, afterComma })
    } else {
      names.push({ name, afterComma })
    }
  }
  if (tail) notes.push(tail.join(', '))
  return names
}
