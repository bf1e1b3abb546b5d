/**
 * The words that tell where a byline's names end and what stands beside them, as data:
 * what follows a name (`Follow`, a relative time, a counter), the credits for other work
 * than writing (photos, illustrations, translation), the roles printed before or after
 * a name, and the suffixes that belong to a name (`Jr.`). Matching ignores case.
 */
export const nameBoundaries = {
  /**
   * Words for the kind of piece that may stand before `by` in a byline (`Analysis by Joan
   * Doe`, `Opinion by ...`), besides the labels' own byline words.
   */
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
  /** Words after which a byline's name has ended: a follow button. */
  stops: ['Follow', 'Follow on', 'Follow us', 'Contact', 'Email', 'E-mail', '关注', '關注'],
  /**
   * Credits for work other than the text, before the name they credit (`Photos by John
   * Roe`, `摄影 王五`): photographers, illustrators, translators are not authors.
   */
  creditsBefore: [
    'Photo by',
    'Photos by',
    'Photograph by',
    'Photographs by',
    'Photography by',
    'Photographer',
    'Illustration by',
    'Illustrations by',
    'Illustrated by',
    'Illustrator',
    'Graphic by',
    'Graphics by',
    'Image by',
    'Images by',
    'Video by',
    'Videos by',
    'Translated by',
    'Translation by',
    'Translator',
    'Additional reporting by',
    '摄影',
    '攝影',
    '摄像',
    '攝像',
    '翻译',
    '翻譯',
    '译者',
    '譯者',
    '插图',
    '插圖',
    '制图',
    '製圖',
    '绘图',
    '繪圖',
  ],
  /** The same credits after the name (`王五 摄`, `李四 译`, `Jane Doe (photos)`). */
  creditsAfter: [
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
  /** What may follow a name as a part of it, after a comma or not (`Mary-Kate O'Neil, Jr.`). */
  nameSuffixes: ['Jr.', 'Jr', 'Sr.', 'Sr', 'II', 'III', 'IV', 'PhD', 'Ph.D.', 'MD', 'M.D.', 'Esq.'],
} as const

/**
 * English job titles, as printed after a name (`John Smith, Staff Writer`, `Sarah Lee,
 * Communications Officer`) or on a line of their own (`China.org.cn staff reporter`): a
 * title ends with one of `titles`, after up to four words that say which.
 */
export const jobTitleWords = {
  titles: [
    'reporter',
    'writer',
    'correspondent',
    'editor',
    'photographer',
    'columnist',
    'contributor',
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
    'critic',
    'producer',
    'anchor',
  ],
} as const

/**
 * Chinese job titles printed before a name (`本报记者 张三`, `特约评论员 李四`): each
 * word of `roles` may stand alone or after a qualifier; each of `qualifiedRoles` only
 * after one (`专栏作者`, not `作者`, which is a label).
 */
export const chineseRoleWords = {
  qualifiers: [
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
    '驻地',
    '駐地',
  ],
  roles: [
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
  qualifiedRoles: [
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
} as const

/**
 * Widget words that pages print right after a value (`来源：某某日报 举报`, `Source:
 * Example Daily Share this article`): buttons for sharing, printing, reporting, commenting
 * and the font size.
 */
export const widgetWords = [
  'large',
  'medium',
  'middle',
  'small',
  'big',
  'print',
  'close',
  'share',
  'share this',
  'share this article',
  'share this story',
  'share this page',
  'comments',
  'comment',
  'leave a comment',
  'add comment',
  '大',
  '中',
  '小',
  '↑大',
  '↓小',
  '打印',
  '关闭',
  '關閉',
  '举报',
  '舉報',
  '分享',
  '分享到',
  '收藏',
  '评论',
  '評論',
  '发表评论',
  '發表評論',
  '参与互动',
  '參與互動',
  '纠错',
  '糾錯',
] as const

/**
 * Counters and reading times glued to a value (`By Jane Doe 12 Comments`, `作者：李四 阅读
 * 5678`, `编辑：张三 有1234位读者读过`, `3 min read`): a number with the words around it.
 * Each entry is a pattern source in which `#` stands for the number.
 */
export const counterForms = [
  '#\\s*(?:comments?|views?|reads?|shares?|likes?|replies)',
  '(?:comments?|views?|reads?|shares?|likes?|replies)\\s*(?:[(（]\\s*#(?:\\s*[)）])?|#)',
  '#\\s*min(?:ute)?s?\\s+read(?:ing\\s+time)?',
  '(?:阅读|閱讀|浏览|瀏覽|点击|點擊|评论|評論|点赞|點贊|参与互动|參與互動|热度|熱度)(?:量|数|數|次数|次數)?\\s*(?:[(（]\\s*#(?:\\s*[)）])?|#)',
  '(?:有\\s*)?#\\s*(?:位|人|次|条|條)?(?:读者|讀者|网友|網友)?(?:读过|讀過|阅读|閱讀|浏览|瀏覽|看过|看過|参与|參與|评论|評論|点赞|點贊)',
] as const

/**
 * Relative times printed beside a byline (`2 hours ago`, `yesterday`, `3小时前`): not a
 * name, and not a date unless the page gives a reference date. A pattern source.
 */
export const relativeTime =
  '(?:(?<!\\d)\\d+|\\ban?|\\bone|\\ba few|\\bseveral)\\s*(?:sec(?:ond)?s?|min(?:ute)?s?|hrs?|hours?|days?|weeks?|months?|years?)\\s+ago\\b|\\bjust now\\b|\\byesterday\\b|(?<!\\d)\\d+\\s*(?:秒|分钟|分鐘|小时|小時|天|周|週)前|刚刚|剛剛|昨天'

/**
 * Words in the bracket that ends a photo's caption on Chinese pages (`（資料照）`,
 * `（图片来源：新华社）`, `(记者 张三 摄)`): a paragraph that ends with one is a caption.
 */
export const captionMarks = [
  '资料照',
  '資料照',
  '资料图',
  '資料圖',
  '资料照片',
  '資料照片',
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
  'file photo',
  'image',
] as const
