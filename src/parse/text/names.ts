import type { Author } from '../../schema/author.js'
import { organizationWords, toAuthor } from '../_lib/to-author.js'
import { wordAlternation } from '../_lib/word-pattern.js'
import { roleVocabulary } from '../vocabulary/roles.js'
import { tidy } from './lines.js'

// Parenthesised notes after a name: a role ("Trainee reporter") or an outlet
// ("chinadaily.com.cn").
const note = /(?:(?<!\s)\s+)?[(（]([^()（）]*)[)）]?/gu
const handle = /(?<!\S)@[\p{L}\p{N}_.]+/gu
const outlet = /\.[a-z]{2,}\b|^(?:xinhua|ap|afp|reuters|cna)$/i

/**
 * Split a byline value into authors: `Xin Zhiming and Liu Jie (chinadaily.com.cn)`,
 * `王磊 赵洪栋`, `WU Yuehua (Trainee reporter) LIU Yimei (Reporter)`,
 * `Zhang Kaiwei, Liang Jun`, `ZHENG CAIXIONG in Guangzhou`.
 *
 * A name is a Person unless organization words make it a body. A role in brackets
 * becomes the person's job title; an outlet in brackets and "in City" are dropped.
 *
 * @param value - the value of an author or editor label.
 * @returns the authors, in the order printed, and the notes that are no one's role
 *   (outlets), for the caller to report.
 * @example
 *   splitNames('Xin Zhiming and Liu Jie (chinadaily.com.cn)')
 *   //=> { authors: [{ type: 'Person', name: 'Xin Zhiming' }, { type: 'Person', name: 'Liu Jie' }], notes: ['chinadaily.com.cn'] }
 */
export function splitNames(value: string): { authors: Author[]; notes: string[] } {
  const authors: Author[] = []
  const notes: string[] = []
  // "Name (role) Name (role)": each note closes the name before it.
  const pieces: Array<{ name: string; role?: string }> = []
  let last = 0
  for (const match of value.matchAll(note)) {
    const name = value.slice(last, match.index)
    const inner = tidy(match[1] ?? '')
    if (tidy(name) !== '') {
      if (inner !== '' && !outlet.test(inner)) pieces.push({ name, role: inner })
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
      organizationWords.test(piece.name) && !/[,，、;；]/.test(piece.name)
        ? [tidy(piece.name)]
        : splitList(piece.name, notes)
    let pendingRole: string | undefined
    for (const printed of names) {
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
      // A description after a name ("a writer in the … Office", "Staff Writer") is the
      // person's role.
      const previous = authors[authors.length - 1]
      const isRole = /^\p{Ll}/u.test(name) || roleWords.test(name)
      if (isRole && previous?.type === 'Person' && previous.jobTitle === undefined) {
        previous.jobTitle = name.replace(/[.。]$/, '')
        continue
      }
      authors.push(toAuthor(name, piece.role))
    }
  }
  return { authors, notes }
}

// A role printed before a Chinese name ("本报记者 张三", "驻京记者 李四").
const rolePrefix = new RegExp(
  `^((?:${wordAlternation(roleVocabulary.chineseQualifiers)}|(?:${wordAlternation(roleVocabulary.chineseStationed)})\\S{1,3})?(?:${wordAlternation(roleVocabulary.chineseRoles)}))\\s*`,
  'u',
)
// A role ends with a word for a job; words before it say which ("Communications Officer",
// "Senior Trade Analyst", "Staff Writer").
const roleWords = new RegExp(
  `^(?:[\\p{L}&-]+\\s+){0,4}(?:${wordAlternation([...roleVocabulary.newsroomJobs, ...roleVocabulary.jobs])})s?$`,
  'iu',
)

function splitList(text: string, notes: string[]): string[] {
  const names: string[] = []
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
    if (han.length > 1 && han.every((word) => /^\p{Script=Han}{2,4}$/u.test(word))) {
      for (const word of han) names.push(word)
    } else {
      names.push(name)
    }
  }
  if (tail) notes.push(tail.join(', '))
  return names
}
