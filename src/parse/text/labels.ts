/**
 * What a labelled value on a meta line becomes:
 *
 * - `source`: the article's `source` (`Source:`, `来源：`);
 * - `author`: its `authors` (`Author:`, `By`, `作者：`, `记者：`);
 * - `editor`: its `editors` (`Editor:`, `责任编辑：`);
 * - `published`: `datePublished` (`Add Time:`, `发布时间：`);
 * - `updated`: `dateModified`, or `datePublished` when the page prints no other date;
 * - `ignored`: page furniture with a value that is not part of the article (`Views:`,
 *   `点击数：`, `Translator:`); reported as an `info` diagnostic.
 */
export type LabelField = 'source' | 'author' | 'editor' | 'published' | 'updated' | 'ignored'

/** Label words by the field they fill. Matching ignores case and spaces inside labels. */
export type LabelDictionary = Readonly<Record<LabelField, ReadonlyArray<string>>>

/**
 * The labels printed before values on the meta lines of real news pages, in English,
 * simplified and traditional Chinese, misspellings included (`Soruce`). A label is
 * followed by a half-width or full-width colon; `By` and `Written by` may also stand
 * before a name without one.
 */
export const defaultLabels: LabelDictionary = {
  source: [
    'Source',
    'Sources',
    'Soruce',
    'Sourse',
    'From',
    'Source from',
    'News source',
    '来源',
    '來源',
    '稿源',
    '来源于',
    '來源於',
    '稿件来源',
    '稿件來源',
    '信息来源',
    '信息來源',
    '资料来源',
    '資料來源',
    '文章来源',
    '文章來源',
    '消息来源',
    '消息來源',
    '新闻来源',
    '新聞來源',
    '出处',
    '出處',
    '供稿单位',
    '供稿單位',
  ],
  author: [
    'Author',
    'Authors',
    'By',
    'Written by',
    'Writer',
    'Write',
    'Reporter',
    'Reporters',
    'Reported by',
    'Posted by',
    'Correspondent',
    'Story by',
    'Text by',
    'Contributor',
    '作者',
    '文章作者',
    '文',
    '记者',
    '記者',
    '撰稿',
    '撰稿人',
    '撰文',
    '通讯员',
    '通訊員',
    '供稿',
    '文字',
  ],
  editor: [
    'Editor',
    'Editors',
    'Edited by',
    'Web editor',
    'Chief editor',
    'Responsible editor',
    'Executive editor',
    'Editor in charge',
    '编辑',
    '編輯',
    '责任编辑',
    '責任編輯',
    '责编',
    '責編',
    '网络编辑',
    '網絡編輯',
    '审核',
    '審核',
    '终审',
    '終審',
  ],
  published: [
    'Add Time',
    'Added',
    'Publish Time',
    'Publish Date',
    'Published',
    'Published on',
    'Published at',
    'Publication date',
    'Posted',
    'Posted on',
    'Release Date',
    'Release time',
    'Released',
    'Released on',
    'Issue date',
    'Pubdate',
    'Date',
    'Time',
    'Dated',
    '发布时间',
    '发布日期',
    '发表时间',
    '发表日期',
    '发稿时间',
    '刊发时间',
    '出版日期',
    '时间',
    '日期',
    '發布時間',
    '發佈時間',
    '發布日期',
    '發佈日期',
    '發表時間',
    '發表日期',
    '時間',
  ],
  updated: [
    'Updated',
    'Update',
    'Updated on',
    'Updated at',
    'Update time',
    'Updatetime',
    'Last updated',
    'Last update',
    'Modified',
    'Last modified',
    '更新时间',
    '更新日期',
    '更新時間',
    '修改时间',
    '修改時間',
  ],
  ignored: [
    'Views',
    'View',
    'Viewed',
    'Hits',
    'Hit',
    'Clicks',
    'Click',
    'Visits',
    'Reads',
    'Size',
    'Font',
    'Fonts',
    'Font size',
    'Word size',
    'Text size',
    'Adjust font size',
    'Share',
    'Share to',
    'Share this',
    'Tools',
    'Translator',
    'Translators',
    'Translated by',
    'Photo',
    'Photos',
    'Photo by',
    'Photographer',
    'Chinese source',
    'Comments',
    'Tags',
    'Category',
    'Categories',
    'Section',
    'Filed under',
    'Photos by',
    '点击数',
    '点击',
    '点击量',
    '點擊數',
    '點擊',
    '浏览次数',
    '浏览量',
    '浏览',
    '瀏覽次數',
    '瀏覽',
    '阅读',
    '阅读量',
    '阅读次数',
    '閱讀',
    '字体',
    '字體',
    '字号',
    '字號',
    '字级',
    '字級',
    '字型大小',
    '浏览字体',
    '分享',
    '分享到',
    '初审编辑',
    '初审',
    '初審',
    '摄影',
    '攝影',
    '摄',
    '攝',
    '图',
    '圖',
    '翻译',
    '翻譯',
    '译者',
    '譯者',
    '发布单位',
    '發布單位',
    '发布机构',
    '發布機構',
    '原文链接',
    '原文鏈接',
    '关键词',
    '關鍵詞',
    '录入',
    '錄入',
    '录入者',
    '发布人',
    '發布人',
    '发布者',
    '發布者',
    '访问量',
    '訪問量',
    '阅读数',
    '閱讀數',
    '人气',
    '人氣',
    '栏目',
    '欄目',
    '點閱數',
    '點閱次數',
    '點閱',
    '点阅数',
    '点阅',
    '浏览数',
    '瀏覽數',
    '浏览人次',
    '瀏覽人次',
    '閱讀次數',
    '閱讀量',
    'Page views',
  ],
}

/** Labels that may stand before a name without a colon, as in `By Xin Zhiming`. */
export const bylineWords: ReadonlyArray<string> = ['By', 'Written by', 'Reported by', 'Posted by']

/** A label found in a line: the label as printed, and where it and its colon stand. */
export interface LabelHit {
  label: string
  /** Offset of the label's first character. */
  start: number
  /** Offset just past its colon. */
  end: number
}

/** A compiled label dictionary: finds the labels of a line, and tells each one's field. */
export interface LabelMatcher {
  /** Every `label:` in a line (half- or full-width colon), in order. */
  find(text: string): LabelHit[]
  /** The field of a label, by its lower-cased, space-free form. */
  fieldOf(label: string): LabelField | undefined
}

/**
 * Merge extra labels into the dictionary, as callers pass them in `options.labels`.
 *
 * @param extra - more words per field, such as `{ source: ['Quelle'] }`.
 * @returns the merged dictionary; a word given for one field is removed from the others.
 */
export function extendLabels(extra: Partial<LabelDictionary> | undefined): LabelDictionary {
  if (!extra) return defaultLabels
  const added = new Set(Object.values(extra).flatMap((words) => (words ?? []).map(keyOf)))
  const merged = {} as Record<LabelField, string[]>
  for (const field of Object.keys(defaultLabels) as LabelField[]) {
    merged[field] = [
      ...defaultLabels[field].filter((word) => !added.has(keyOf(word))),
      ...(extra[field] ?? []),
    ]
  }
  return merged
}

/**
 * Compile a label dictionary for fast lookup. A label is found by walking back from
 * each colon of a line and trying the longest label first, so `责任编辑` wins over
 * `编辑` and `Updated` over `Update`; spaces inside a label may be missing or doubled
 * (`Add Time`, `AddTime`). A Latin label must not follow a letter (`Date` in
 * `Updated`), a one-character Chinese label not a letter or digit (`文` in `原文`);
 * longer Chinese labels may be glued to what precedes them (`缩小字体发布日期：`).
 *
 * @param labels - the dictionary.
 * @returns the matcher.
 */
export function compileLabels(labels: LabelDictionary): LabelMatcher {
  // Compiling the default dictionary is the same work on every page: it is done once.
  const cached = compiled.get(labels)
  if (cached) return cached
  const fields = new Map<string, LabelField>()
  for (const field of Object.keys(labels) as LabelField[]) {
    for (const word of labels[field]) fields.set(keyOf(word), field)
  }
  let longest = 0
  for (const key of fields.keys()) longest = Math.max(longest, key.length)
  const matcher: LabelMatcher = {
    find: (text) => findLabels(text, fields, longest),
    fieldOf: (label) => fields.get(keyOf(label)),
  }
  compiled.set(labels, matcher)
  return matcher
}

const compiled = new WeakMap<LabelDictionary, LabelMatcher>()
const han = /\p{Script=Han}/u
const letterOrDigit = /[\p{L}\p{N}]/u
const letter = /\p{L}/u

function findLabels(text: string, fields: Map<string, LabelField>, longest: number): LabelHit[] {
  const hits: LabelHit[] = []
  let floor = 0
  for (let colon = 0; colon < text.length; colon++) {
    const char = text.charAt(colon)
    // Chinese credits also end a one-character label with a slash: "文/张三 图/李四".
    const slash = char === '/' || char === '／'
    if (char !== ':' && char !== '：' && !slash) continue
    let end = colon
    while (end > floor && isSpace(text.charCodeAt(end - 1))) end--
    // A colon after a digit is a clock's ("00:00"): no label ends in a digit.
    const before = text.charCodeAt(end - 1)
    if (before >= 48 && before <= 57) continue
    // Walk back over the label's characters, keeping the longest that is a label.
    let key = ''
    let best = -1
    for (let start = end - 1; start >= floor && key.length < longest; start--) {
      if (isSpace(text.charCodeAt(start))) continue
      key = text.charAt(start).toLowerCase() + key
      if (fields.has(key) && boundaryHolds(text, start, key) && (!slash || isOneHan(key)))
        best = start
      if (slash) break
    }
    if (best >= 0) {
      hits.push({ label: text.slice(best, end), start: best, end: colon + 1 })
      floor = colon + 1
    }
  }
  return hits
}

function isOneHan(key: string): boolean {
  return key.length === 1 && han.test(key)
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x3000
}

function boundaryHolds(text: string, start: number, key: string): boolean {
  const before = text.charAt(start - 1)
  if (before === '') return true
  const isHan = han.test(key)
  if (isHan && key.length >= 2) return true
  return isHan ? !letterOrDigit.test(before) : !letter.test(before)
}

function keyOf(label: string): string {
  return label.toLowerCase().replace(/\s+/g, '')
}
