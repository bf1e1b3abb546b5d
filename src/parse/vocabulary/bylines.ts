/** The words of a byline printed without a label's colon. */
export interface BylineVocabulary {
  /** Words that may stand before a name without a colon, as in `By Xin Zhiming`. */
  words: ReadonlyArray<string>
  /**
   * Verbs of a byline whose date stands between the verb and `by`: `Posted on May 5,
   * 2020 by John Smith`.
   */
  postedVerbs: ReadonlyArray<string>
  /**
   * Kinds of piece that may stand before `by` in a byline (`Analysis by Jane Doe`,
   * `Opinion by ...`), besides the byline words.
   */
  pieceKinds: ReadonlyArray<string>
  /** Words after which a byline's names have ended: a follow or contact button. */
  stops: ReadonlyArray<string>
  /** What may follow a name as a part of it, after a comma or not (`Mary-Kate O'Neil, Jr.`). */
  nameSuffixes: ReadonlyArray<string>
  /**
   * Words that make a byline's name a body rather than a person (`The China Provinces
   * and US States Cooperation`, `Example Daily`): English words anywhere in the name.
   */
  organizationWords: ReadonlyArray<string>
  /** The same for Chinese names, at the name's end (`新华社`, `示例商会`). */
  organizationEndings: ReadonlyArray<string>
  /** Agencies and outlets named alone in a byline's brackets (`Jane Doe (Xinhua)`). */
  agencies: ReadonlyArray<string>
}

/**
 * Byline words of English news pages. Each byline word is also an author label
 * (`By: Jane Doe`), so {@link defaultLabels} lists them under `author`.
 */
export const bylineVocabulary: BylineVocabulary = {
  words: ['By', 'Written by', 'Reported by', 'Posted by'],
  postedVerbs: ['Posted', 'Published', 'Written', 'Updated'],
  pieceKinds: [
    'Analysis',
    'Opinion',
    'Commentary',
    'Review',
    'Interview',
    'Essay',
    'Column',
    'Perspective',
    'Words',
    'Text',
    'Story',
    'Report',
    'Reporting',
  ],
  stops: ['Follow', 'Follow on', 'Follow us', 'Contact', 'Email', 'E-mail', '关注', '關注'],
  nameSuffixes: ['Jr.', 'Jr', 'Sr.', 'Sr', 'II', 'III', 'IV', 'PhD', 'Ph.D.', 'MD', 'M.D.', 'Esq.'],
  organizationWords: [
    'cooperation',
    'association',
    'chamber',
    'committee',
    'commission',
    'council',
    'office',
    'department',
    'ministry',
    'bureau',
    'agency',
    'agencies',
    'group',
    'news',
    'daily',
    'times',
    'post',
    'press',
    'center',
    'centre',
    'institute',
    'university',
    'college',
    'company',
    'corporation',
    'federation',
    'union',
    'network',
    'media',
    'newspaper',
    'magazine',
    'automation',
    'government',
    'secretariat',
    'staff',
    'desk',
    'team',
    'editorial',
    'service',
    'xinhua',
  ],
  organizationEndings: [
    '网',
    '網',
    '报',
    '報',
    '社',
    '台',
    '委员会',
    '委員會',
    '协会',
    '協會',
    '商会',
    '商會',
    '办公室',
    '辦公室',
    '中心',
    '部',
    '局',
    '厅',
    '廳',
    '处',
    '處',
    '科',
    '院',
    '所',
    '集团',
    '集團',
    '公司',
    '政府',
    '新闻',
    '新聞',
  ],
  agencies: ['Xinhua', 'AP', 'AFP', 'Reuters', 'CNA'],
}
