// The news collection: every legacy text page, Markdown file and article JSON in the
// repository's example archive, read by the library's parsers into valid articles.
import { newsArticleLoader } from '@cccme/news-model/astro'
import { defineCollection } from 'astro:content'

const news = defineCollection({
  loader: newsArticleLoader({
    base: '../articles',
    timeZone: 'Asia/Shanghai',
    // The article page renders each article itself, with renderHtml.
    html: false,
    // The archive holds one article in three formats (annual-meeting.txt, .md and
    // .json): the format is kept in the id so that each is a page of its own.
    generateId: ({ entry }) => entry.replace(/\.(\w+)$/, '-$1'),
  }),
})

export const collections = { news }
