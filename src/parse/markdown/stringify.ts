import type { Root, Yaml } from 'mdast'
import { gfmFootnoteToMarkdown } from 'mdast-util-gfm-footnote'
import { gfmStrikethroughToMarkdown } from 'mdast-util-gfm-strikethrough'
import { gfmTableToMarkdown } from 'mdast-util-gfm-table'
import { gfmTaskListItemToMarkdown } from 'mdast-util-gfm-task-list-item'
import type { Options as ToMarkdownOptions } from 'mdast-util-to-markdown'
import type { Plugin, Processor } from 'unified'

/**
 * Front matter written between `---` lines. It is read closed by `---` or by `...` (see
 * `frontMatterFences`), and remark-frontmatter would write the fence read last, `...`;
 * a later handler wins, so this one keeps the form every tool reads.
 */
const yamlBetweenDashes: ToMarkdownOptions = {
  handlers: {
    yaml: (node: Yaml) => `---${node.value ? `\n${node.value}` : ''}\n---`,
  },
}

/**
 * Let remark-stringify write what the article reader adds to the syntax: GFM tables,
 * strikethrough, task lists and footnotes (see `remarkArticleGfm`), and YAML front
 * matter between `---` lines. A pipeline that writes Markdown back, as remark-cli does,
 * then neither fails on a `table` node nor changes the fences of the front matter.
 * Call it after remark-frontmatter.
 */
export const remarkArticleStringify: Plugin<[], Root> = function (this: Processor) {
  // remark-stringify reads `toMarkdownExtensions`; its type comes with that package,
  // which the library itself does not need.
  const data = this.data() as { toMarkdownExtensions?: ToMarkdownOptions[] }
  data.toMarkdownExtensions = [
    ...(data.toMarkdownExtensions ?? []),
    gfmFootnoteToMarkdown(),
    gfmStrikethroughToMarkdown(),
    gfmTableToMarkdown(),
    gfmTaskListItemToMarkdown(),
    yamlBetweenDashes,
  ]
}
