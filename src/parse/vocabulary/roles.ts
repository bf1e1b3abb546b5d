/** Role and job-title words, and the credits that do not name an author. */
export interface RoleVocabulary {
  /**
   * Newsroom jobs: a line of its own under a byline that ends with one of them is the
   * author's role (`China.org.cn staff reporter`).
   */
  newsroomJobs: ReadonlyArray<string>
  /**
   * Other jobs a role printed after a name may end with (`Communications Officer`,
   * `Senior Trade Analyst`); with the newsroom jobs, the words of a job title.
   */
  jobs: ReadonlyArray<string>
  /** Words before a newsroom job on a role line (`staff`, `senior`). */
  qualifiers: ReadonlyArray<string>
  /** Chinese roles printed before a name (`记者 张三`, `通讯员 李四`). */
  chineseRoles: ReadonlyArray<string>
  /** Words before a Chinese role (`本报记者`, `特约记者`). */
  chineseQualifiers: ReadonlyArray<string>
  /**
   * Words for "stationed in", followed by one to three characters of a place before a
   * Chinese role (`驻京记者`).
   */
  chineseStationed: ReadonlyArray<string>
  /**
   * Credits of people who are not the article's authors: photographers, illustrators,
   * translators (`Photo by`, `摄影`, `翻译`). As labels they are `ignored`.
   */
  notAuthors: ReadonlyArray<string>
}

/** The role and job-title words of English and Chinese news pages. */
export const roleVocabulary: RoleVocabulary = {
  newsroomJobs: ['reporter', 'correspondent', 'writer', 'editor', 'photographer', 'columnist'],
  jobs: [
    'intern',
    'officer',
    'manager',
    'director',
    'president',
    'chairman',
    'chairwoman',
    'secretary',
    'spokesperson',
    'spokesman',
    'spokeswoman',
    'specialist',
    'coordinator',
    'analyst',
    'adviser',
    'advisor',
    'consultant',
    'representative',
    'researcher',
    'economist',
    'attorney',
    'engineer',
  ],
  qualifiers: ['staff', 'senior', 'special', 'chief', 'contributing', 'trainee'],
  chineseRoles: ['记者', '記者', '通讯员', '通訊員', '实习生', '實習生', '摄影记者', '攝影記者'],
  chineseQualifiers: ['本报', '本報', '特约', '特約', '实习', '實習', '首席'],
  chineseStationed: ['驻', '駐'],
  notAuthors: [
    'Translator',
    'Translators',
    'Translated by',
    'Photo',
    'Photos',
    'Photo by',
    'Photos by',
    'Photographer',
    'Illustrator',
    'Illustration',
    'Illustrated by',
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
  ],
}
