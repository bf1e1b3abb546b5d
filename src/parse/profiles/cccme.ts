import type { SiteProfile } from '../../schema/site-profile.js'

/**
 * The profile of the chamber's own sites (www.cccme.org.cn and its working groups' sites
 * such as CNUS). Their two page templates, `Soruce:… Author:… Add Time:…` and `Publish
 * Time:… Source:…`, are read by the default labels; the profile adds the chamber as the
 * publisher, its time zone, the `Chinese source:` line that closes its translated
 * pages (it names the original, not this article's source) and the banner lines its
 * templates print above every article.
 */
export const cccmeProfile: SiteProfile = {
  name: 'cccme',
  description:
    'The sites of the China Chamber of Commerce for Import and Export of Machinery and Electronic Products (CCCME).',
  timeZone: 'Asia/Shanghai',
  publisher: {
    type: 'Organization',
    name: 'China Chamber of Commerce for Import and Export of Machinery and Electronic Products',
    alternateNames: ['CCCME'],
    url: 'https://www.cccme.org.cn/',
  },
  vocabulary: {
    labels: { ignored: ['Chinese source', 'Chinese version source'] },
  },
  furniture: ['/^Welcome to (?:CNUS )?CCCME$/i', 'Overseas Economic and Trade Zones'],
}
