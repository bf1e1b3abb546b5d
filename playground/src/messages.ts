/** The interface languages of the playground. */
export const interfaceLanguages = ['en', 'zh'] as const

/** An interface language: English or Chinese. */
export type InterfaceLanguage = (typeof interfaceLanguages)[number]

/** The words of one interface language, by key. `{name}` marks a value filled in. */
export interface MessageTable {
  /** The `lang` attribute of the page in this language. */
  lang: string
  /** The language's name, as written in it (on its switch button). */
  languageName: string
  title: string
  heading: string
  intro: string
  interfaceLanguage: string
  inputHeading: string
  examples: string
  kind: string
  kindAuto: string
  kindText: string
  kindMarkdown: string
  kindJson: string
  /** After the kind select: what auto-detection found. */
  detected: string
  profile: string
  profileNone: string
  timeZone: string
  timeZoneHint: string
  source: string
  sourceHint: string
  diagnosticsHeading: string
  /** The live count when there are no diagnostics. */
  countNone: string
  /** The live count for one diagnostic. */
  countOne: string
  /** The live count for several diagnostics. */
  countOther: string
  /** After the count: how many of each severity. */
  countDetail: string
  error: string
  warning: string
  info: string
  diagnosticsHint: string
  /** The line and column of a diagnostic. */
  place: string
  emptyInput: string
  noArticle: string
  badOption: string
  internalError: string
  previewHeading: string
  previewFrame: string
  jsonHeading: string
  markdownHeading: string
  downloadJson: string
  downloadHtml: string
  downloadMarkdown: string
  nothingYet: string
  footer: string
}

/**
 * Every word of the interface, in English and Chinese. The library's own diagnostic
 * messages stay in English: they are the ones the command line prints.
 */
export const messages: Readonly<Record<InterfaceLanguage, MessageTable>> = {
  en: {
    lang: 'en',
    languageName: 'English',
    title: 'News article playground',
    heading: 'News article playground',
    intro:
      'Paste or type a legacy text page, a Markdown file with front matter or article JSON. The article, what was noticed on the way, the rendered page and the Markdown appear as you type. Nothing leaves your browser.',
    interfaceLanguage: 'Interface language',
    inputHeading: 'Your page',
    examples: 'Examples',
    kind: 'Input kind',
    kindAuto: 'Detect automatically',
    kindText: 'Legacy text page',
    kindMarkdown: 'Markdown with front matter',
    kindJson: 'Article JSON',
    detected: 'Read as: {kind}',
    profile: 'Site profile (text pages)',
    profileNone: 'None',
    timeZone: 'Time zone of the times on the page',
    timeZoneHint: "For text pages and Markdown. Empty: the profile's zone, else Asia/Shanghai.",
    source: 'Page text',
    sourceHint: 'Lines are numbered; those with a diagnostic are highlighted.',
    diagnosticsHeading: 'Diagnostics',
    countNone: 'No diagnostics.',
    countOne: '1 diagnostic',
    countOther: '{count} diagnostics',
    countDetail: 'errors {errors}, warnings {warnings}, notes {infos}.',
    error: 'error',
    warning: 'warning',
    info: 'note',
    diagnosticsHint: 'Choose a diagnostic to select its place in the text.',
    place: 'line {line}, column {column}',
    emptyInput: 'Type or paste a page, or choose an example.',
    noArticle: 'No article could be made from this input: see the errors below.',
    badOption: 'This setting is not valid: {message}',
    internalError: 'The playground failed on this input: {message}',
    previewHeading: 'Page preview',
    previewFrame: 'The article rendered as a page with the default stylesheet',
    jsonHeading: 'Article JSON',
    markdownHeading: 'Markdown',
    downloadJson: 'Download JSON',
    downloadHtml: 'Download HTML',
    downloadMarkdown: 'Download Markdown',
    nothingYet: 'Nothing yet.',
    footer: 'Runs @cccme/news-model in your browser; no server sees your text.',
  },
  zh: {
    lang: 'zh-CN',
    languageName: '中文',
    title: '新闻稿试验场',
    heading: '新闻稿试验场',
    intro:
      '粘贴或输入旧网页的文本、带 front matter 的 Markdown 文件或文章 JSON。输入时即可看到解析出的文章、诊断信息、渲染后的页面和 Markdown。所有内容都只在您的浏览器中处理。',
    interfaceLanguage: '界面语言',
    inputHeading: '您的页面',
    examples: '示例',
    kind: '输入类型',
    kindAuto: '自动识别',
    kindText: '旧网页文本',
    kindMarkdown: '带 front matter 的 Markdown',
    kindJson: '文章 JSON',
    detected: '识别为：{kind}',
    profile: '网站配置（文本页面）',
    profileNone: '无',
    timeZone: '页面时间所用的时区',
    timeZoneHint: '用于文本页面和 Markdown。留空：使用网站配置的时区，否则为 Asia/Shanghai。',
    source: '页面文本',
    sourceHint: '各行均有行号；有诊断信息的行会被高亮显示。',
    diagnosticsHeading: '诊断信息',
    countNone: '没有诊断信息。',
    countOne: '1 条诊断信息',
    countOther: '{count} 条诊断信息',
    countDetail: '错误 {errors} 条，警告 {warnings} 条，提示 {infos} 条。',
    error: '错误',
    warning: '警告',
    info: '提示',
    diagnosticsHint: '选择一条诊断信息，即可在文本中选中它所在的位置。',
    place: '第 {line} 行，第 {column} 列',
    emptyInput: '请输入或粘贴一个页面，或选择一个示例。',
    noArticle: '无法从此输入生成文章：请查看下面的错误。',
    badOption: '此设置无效：{message}',
    internalError: '试验场处理此输入时出错：{message}',
    previewHeading: '页面预览',
    previewFrame: '使用默认样式表渲染的文章页面',
    jsonHeading: '文章 JSON',
    markdownHeading: 'Markdown',
    downloadJson: '下载 JSON',
    downloadHtml: '下载 HTML',
    downloadMarkdown: '下载 Markdown',
    nothingYet: '暂无内容。',
    footer: '在您的浏览器中运行 @cccme/news-model；您的文本不会发送到任何服务器。',
  },
}

/** A key of the message table. */
export type MessageKey = keyof MessageTable

/**
 * Fill the `{name}` marks of a message with values.
 *
 * @param template - a message from the table.
 * @param values - the value of each mark.
 * @returns the message with its marks filled; a mark with no value is left as written.
 * @example
 *   fillMessage('{count} diagnostics', { count: 3 }) //=> '3 diagnostics'
 */
export function fillMessage(
  template: string,
  values: Readonly<Record<string, string | number>>,
): string {
  return template.replace(/\{(\w+)\}/g, (mark, name: string) =>
    name in values ? String(values[name]) : mark,
  )
}
