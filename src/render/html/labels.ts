/** The words a rendered article prints around its data, with their punctuation. */
export interface HtmlLabels {
  /** The accessible name of the breadcrumb navigation. */
  breadcrumb: string
  source: string
  authors: string
  editors: string
  published: string
  modified: string
  /** The heading of the list of links to other language versions. */
  translations: string
  /** Between two names. */
  separator: string
  /** The accessible name of a ticked task-list box. */
  taskDone: string
  /** The accessible name of an empty task-list box. */
  taskOpen: string
}

/** The labels in English and Chinese; an article in another language uses English. */
export const defaultHtmlLabels: Readonly<Record<'en' | 'zh', HtmlLabels>> = {
  en: {
    breadcrumb: 'Breadcrumb',
    source: 'Source: ',
    authors: 'By ',
    editors: 'Editor: ',
    published: 'Published: ',
    modified: 'Updated: ',
    translations: 'Also available in',
    separator: ', ',
    taskDone: 'Done',
    taskOpen: 'To do',
  },
  zh: {
    breadcrumb: '当前位置',
    source: '来源：',
    authors: '作者：',
    editors: '编辑：',
    published: '发布时间：',
    modified: '更新时间：',
    translations: '其他语言版本',
    separator: '、',
    taskDone: '已完成',
    taskOpen: '未完成',
  },
}

/** Names of languages, in their own words, for the links to translations. */
export const languageNames: Readonly<Record<string, string>> = {
  en: 'English',
  zh: '中文',
  'zh-Hans': '简体中文',
  'zh-Hant': '繁體中文',
  fr: 'Français',
  de: 'Deutsch',
  es: 'Español',
  ru: 'Русский',
  ja: '日本語',
  ko: '한국어',
  ar: 'العربية',
}
