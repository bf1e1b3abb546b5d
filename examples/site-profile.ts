// Read a page from a site that is not the chamber's with a site profile: the profile
// says the site prints US dates in Eastern time, names its publisher, adds the site's
// own label, job and share words, and lists the lines it prints around every story.
// Run: npx tsx examples/site-profile.ts
import { readFileSync } from 'node:fs'
import { parseText, SiteProfile } from '../src/index.js'

const read = (name: string) => readFileSync(new URL(`./profiles/${name}`, import.meta.url), 'utf8')
const profile = SiteProfile.parse(JSON.parse(read('example-times.json')))
const page = read('example-times-page.txt')

const without = parseText(page).article
const { article, diagnostics } = parseText(page, { profile })

const summary = (a: typeof article) => ({
  headline: a.headline,
  authors: a.authors,
  dateModified: a.dateModified ?? a.datePublished,
  publisher: a.publisher?.name,
  paragraphs: a.body.children.length,
})
console.log('without the profile:', JSON.stringify(summary(without)))
console.log('with the profile:   ', JSON.stringify(summary(article)))
for (const diagnostic of diagnostics.filter((d) => d.ruleId === 'site-furniture')) {
  console.log(`left out, line ${diagnostic.line}: ${diagnostic.actual}`)
}

// What the profile changes, checked so that the example fails loudly if it stops working.
const expected = {
  headline: 'Harbour Ferry Adds a Night Route for Shift Workers',
  authors: [{ type: 'Person', name: 'Jane Doe', jobTitle: 'Evening Anchor' }],
  dateModified: '2019-03-04T21:30:00-05:00',
  publisher: 'The Example Times',
  paragraphs: 2,
}
if (JSON.stringify(summary(article)) !== JSON.stringify(expected)) {
  console.error('unexpected result:', JSON.stringify(summary(article)))
  process.exit(1)
}
