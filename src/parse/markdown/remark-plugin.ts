import type { Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import type { Plugin, Processor } from 'unified'
import type { VFile } from 'vfile'
import type { NewsArticle } from '../../schema/article.js'
import { diagnosticsToFile } from '../_lib/diagnostics-to-file.js'
import { createLineCounter } from '../_lib/line-counter.js'
import { resolveRemarkOptions } from '../_lib/parser-options.js'
import { frontMatterFences } from './fences.js'
import { remarkArticleGfm } from './gfm.js'
import { readArticle } from './read-article.js'
import { remarkArticleStringify } from './stringify.js'

declare module 'vfile' {
  interface DataMap {
    /** The article read from the file by `remarkNewsArticle`, when it is valid. */
    article: NewsArticle
  }
}

/** Options for {@link remarkNewsArticle}. */
export interface RemarkNewsArticleOptions {
  /** The IANA zone of date-times written without an offset (default: `'Asia/Shanghai'`). */
  timeZone?: string | null | undefined
  /** Make an unknown front-matter key an error rather than a warning (default: `false`). */
  strict?: boolean | null | undefined
  /**
   * More names of languages, each with its BCP 47 tag, read besides `languageNameTags`
   * (default: none), as `parseMarkdown`'s option of that name.
   */
  languageNameTags?: Readonly<Record<string, string>> | null | undefined
}

/**
 * A remark plugin that reads the file being processed as an article: YAML front matter
 * and body, as `parseMarkdown` does. The article goes to `file.data.article` when it is
 * valid; every diagnostic becomes a vfile message with its place, `ruleId` and
 * `source: 'news-model'` (errors are fatal, warnings not, infos informational), so
 * unified's reporters print them. The tree is left as it is, for the rest of the
 * pipeline (remark-rehype ignores the front matter node).
 *
 * It adds the syntax it needs (YAML front matter, GFM tables, strikethrough, task lists
 * and footnotes) to the processor, for reading and for writing Markdown back (as
 * remark-cli does). It is the default export of `@cccme/news-model/remark`, so
 * `remark --use @cccme/news-model/remark news.md` runs it.
 *
 * @param options - time zone, strictness and more names of languages.
 * @throws {TypeError | RangeError} when an option is bad: named in the message.
 * @example
 *   const file = await unified().use(remarkParse).use(remarkNewsArticle).use(remarkRehype).use(rehypeStringify).process(markdown)
 *   file.data.article?.headline
 */
export const remarkNewsArticle: Plugin<[(RemarkNewsArticleOptions | null | undefined)?], Root> =
  function (this: Processor, options) {
    const { timeZone, strict, languageNames: names } = resolveRemarkOptions(options)
    remarkFrontmatter.call(this, frontMatterFences)
    remarkArticleGfm.call(this)
    remarkArticleStringify.call(this)
    return (tree: Root, file: VFile) => {
      const text = String(file)
      const lines = createLineCounter(text)
      const source = { text, pointAt: lines.pointAt }
      const { article, diagnostics } = readArticle(tree, source, timeZone, strict, false, names)
      diagnosticsToFile(file, diagnostics)
      if (article) file.data.article = article
    }
  }
