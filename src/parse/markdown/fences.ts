import type { Options } from 'remark-frontmatter'

/**
 * The front matter the Markdown reader takes: YAML between `---` lines, or opened by
 * `---` and closed by `...`, as Pandoc allows.
 */
export const frontMatterFences: Options = [
  'yaml',
  { type: 'yaml', marker: { open: '-', close: '.' } },
]
