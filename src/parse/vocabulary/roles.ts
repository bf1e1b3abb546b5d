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
   * Chinese roles that are one only after a qualifier (`专栏作者`, `特约撰稿人`): alone,
   * `作者` and `编辑` are labels.
   */
  chineseQualifiedRoles: ReadonlyArray<string>
  /**
   * Words for "stationed in", followed by one to three characters of a place before a
   * Chinese role (`驻京记者`).
   */
  chineseStationed: ReadonlyArray<string>
  /**
   * Credits of people who are not the article's authors: photographers, illustrators,
   * translators (`Photo by`, `摄影`, `翻译`). As labels they are `ignored`; before a name
   * in a byline (`Jane Doe; Photos by John Roe`, `摄影 王五`) they make it a credit.
   */
  notAuthors: ReadonlyArray<string>
  /** The same credits printed after the name (`王五 摄`, `李四 译`, `Jane Doe (photos)`). */
  notAuthorsAfter: ReadonlyArray<string>
  /**
   * Words in the bracket that ends a photo's caption (`（資料照）`, `（图片来源：新华社）`,
   * `(Photo: Example Daily)`): a paragraph that ends with one is a caption, and the
   * reporter's credit may follow it.
   */
  captionMarks: ReadonlyArray<string>
  /**
   * Reporters' words in a Chinese credit without a label's colon (`记者张三报道`,
   * `（记者 张三）`, `台灣新聞網記者楊川欽/台中報導`).
   */
  chineseReporters: ReadonlyArray<string>
  /** What follows the name in such a credit: `报道` (reported). */
  chineseReported: ReadonlyArray<string>
  /** What follows a photographer's name under a photo (`记者 张三 摄`). */
  chinesePhotoCredits: ReadonlyArray<string>
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
    'contributor',
    'critic',
    'producer',
    'anchor',
  ],
  qualifiers: ['staff', 'senior', 'special', 'chief', 'contributing', 'trainee'],
  chineseRoles: [
    '记者',
    '記者',
    '通讯员',
    '通訊員',
    '实习生',
    '實習生',
    '摄影记者',
    '攝影記者',
    '评论员',
    '評論員',
    '观察员',
    '觀察員',
    '主笔',
    '主筆',
  ],
  chineseQualifiers: [
    '本报',
    '本報',
    '本台',
    '本刊',
    '本网',
    '本網',
    '特约',
    '特約',
    '实习',
    '實習',
    '首席',
    '资深',
    '資深',
    '高级',
    '高級',
    '专栏',
    '專欄',
  ],
  chineseQualifiedRoles: [
    '作者',
    '撰稿人',
    '撰稿',
    '编辑',
    '編輯',
    '研究员',
    '研究員',
    '分析师',
    '分析師',
  ],
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
    'Illustration by',
    'Illustrations by',
    'Photograph by',
    'Photographs by',
    'Photography by',
    'Graphic by',
    'Graphics by',
    'Image by',
    'Images by',
    'Video by',
    'Videos by',
    'Translation by',
    'Additional reporting by',
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
    '摄像',
    '攝像',
    '插图',
    '插圖',
    '制图',
    '製圖',
    '绘图',
    '繪圖',
  ],
  notAuthorsAfter: [
    'photo',
    'photos',
    'photographer',
    'photography',
    'illustration',
    'illustrator',
    'translator',
    'translation',
    '摄',
    '攝',
    '摄影',
    '攝影',
    '译',
    '譯',
    '翻译',
    '翻譯',
    '制图',
    '製圖',
  ],
  captionMarks: [
    '资料照',
    '資料照',
    '资料图',
    '資料圖',
    '图片来源',
    '圖片來源',
    '图源',
    '圖源',
    '供图',
    '供圖',
    '翻摄',
    '翻攝',
    '截图',
    '截圖',
    '摄',
    '攝',
    '取自',
    '图',
    '圖',
    'photo',
    'image',
  ],
  chineseReporters: ['记者', '記者', '通讯员', '通訊員'],
  chineseReported: ['报道', '報導', '报导', '報道'],
  chinesePhotoCredits: ['摄', '攝', '摄影', '攝影'],
}
