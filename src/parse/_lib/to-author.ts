import type { Author } from '../../schema/author.js'

/**
 * Words that make a byline name a body rather than a person: the seed page's author is
 * "The China Provinces and US States Cooperation", a working group.
 */
export const organizationWords = new RegExp(
  [
    '\\b(?:cooperation|association|chamber|committee|commission|council|office|department|ministry|bureau|agency|agencies|group|news|daily|times|post|press|center|centre|institute|university|college|company|corporation|federation|union|network|media|newspaper|magazine|automation|government|secretariat|staff|desk|team|editorial|service|xinhua)\\b',
    '(?:网|網|报|報|社|台|委员会|委員會|协会|協會|商会|商會|办公室|辦公室|中心|部|局|厅|廳|处|處|科|院|所|集团|集團|公司|政府|新闻|新聞)$',
  ].join('|'),
  'iu',
)

/**
 * Make one author from a name: a Person, or an Organization when organization words say so.
 *
 * @param name - a single name.
 * @param role - a job title printed with it.
 * @returns the author.
 */
export function toAuthor(name: string, role?: string): Author {
  if (organizationWords.test(name) && !role) return { type: 'Organization', name }
  return role ? { type: 'Person', name, jobTitle: role } : { type: 'Person', name }
}
