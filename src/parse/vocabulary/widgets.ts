/** Words of the widgets news pages print around an article: buttons, switches, counters. */
export interface WidgetVocabulary {
  /** Items of a font-size switch: `Large Medium Small`, `大 中 小`, `↑大 ↓小`. */
  sizes: ReadonlyArray<string>
  /** Labels of a font-size switch (`Font size:`, `字号：`); a line starting with one is furniture. */
  sizeLabels: ReadonlyArray<string>
  /** Buttons printed beside an article: `Print`, `Close window`, `返回顶部`. */
  buttons: ReadonlyArray<string>
  /** Share buttons and the networks they lead to: `Share this`, `Facebook`, `微信`. */
  share: ReadonlyArray<string>
  /**
   * Comment widgets: `Leave a reply`, `发表评论`; a count may follow them
   * (`Comments (3)`, `参与互动(0)`).
   */
  comments: ReadonlyArray<string>
  /** Labels of a page's tool bar (`Tools: Save | Print`). */
  tools: ReadonlyArray<string>
  /** Labels of counters: `Views:`, `点击数：`; as labels they are `ignored`. */
  counters: ReadonlyArray<string>
  /** Buttons to report an article or an error in it: `举报`, `纠错`. */
  reports: ReadonlyArray<string>
  /**
   * Counters and reading times glued to a value (`By Jane Doe 12 Comments`, `作者：李四
   * 阅读 5678`, `编辑：张三 有1234位读者读过`, `3 min read`): pattern sources in which `#`
   * stands for the number.
   */
  counterForms: ReadonlyArray<string>
}

/** The widget words of English and Chinese news pages. */
export const widgetVocabulary: WidgetVocabulary = {
  sizes: [
    'Large',
    'Medium',
    'Middle',
    'Small',
    'Big',
    '大',
    '中',
    '小',
    '大字',
    '中字',
    '小字',
    '↑大',
    '↑小',
    '↓大',
    '↓小',
  ],
  sizeLabels: [
    'Font',
    'Fonts',
    'Font size',
    'Text size',
    'Adjust font size',
    'Adjust text size',
    '字体',
    '字體',
    '字号',
    '字號',
    '字级',
    '字級',
    '字型大小',
    '浏览字体',
    '瀏覽字體',
  ],
  buttons: [
    'Print',
    'Print this page',
    'Print this article',
    'Close',
    'Close window',
    'Back to top',
    'Video player',
    'Audio player',
    'Play video',
    '打印',
    '打印本页',
    '打印此页',
    '列印',
    '关闭',
    '关闭窗口',
    '關閉',
    '關閉視窗',
    '返回顶部',
    '返回頂部',
  ],
  share: [
    'Share',
    'Share this',
    'Share this story',
    'Share this article',
    'Share on',
    'Share to',
    'Share with',
    'Share this on',
    'Share this to',
    'Share this with',
    'Share this story on',
    'Share this article on',
    'Email',
    'E-mail',
    'Email this',
    'E-mail this',
    'Email to a friend',
    'E-mail to a friend',
    'Email to your friend',
    'E-mail to your friend',
    'Facebook',
    'Twitter',
    'LinkedIn',
    'WhatsApp',
    'Telegram',
    'Reddit',
    'Pinterest',
    'Messenger',
    'WeChat',
    'Weibo',
    '分享',
    '分享到',
    '微信',
    '微博',
    'QQ空间',
    'QQ空間',
    '关注',
    '關注',
    '收藏',
  ],
  comments: [
    'Comment',
    'Comments',
    'Comment as',
    'Comments as',
    'No comments',
    'Leave a reply',
    'Leave a comment',
    'Your email address will not be published',
    '发表评论',
    '發表評論',
    '网友评论',
    '網友評論',
    '我要评论',
    '我要評論',
    '参与互动',
    '參與互動',
  ],
  tools: ['Tools', '工具'],
  counters: [
    'Views',
    'View',
    'Viewed',
    'Page views',
    'Hits',
    'Hit',
    'Clicks',
    'Click',
    'Visits',
    'Reads',
    '点击',
    '点击数',
    '点击量',
    '點擊',
    '點擊數',
    '浏览',
    '浏览数',
    '浏览量',
    '浏览次数',
    '浏览人次',
    '瀏覽',
    '瀏覽數',
    '瀏覽次數',
    '瀏覽人次',
    '阅读',
    '阅读数',
    '阅读量',
    '阅读次数',
    '閱讀',
    '閱讀數',
    '閱讀量',
    '閱讀次數',
    '访问量',
    '訪問量',
    '人气',
    '人氣',
    '点阅',
    '点阅数',
    '點閱',
    '點閱數',
    '點閱次數',
  ],
  reports: ['举报', '舉報', '纠错', '糾錯', '我要纠错', '我要糾錯'],
  counterForms: [
    '#\\s*(?:comments?|views?|reads?|shares?|likes?|replies)',
    '(?:comments?|views?|reads?|shares?|likes?|replies)\\s*(?:[(（]\\s*#(?:\\s*[)）])?|#)',
    '#\\s*min(?:ute)?s?\\s+read(?:ing\\s+time)?',
    '(?:阅读|閱讀|浏览|瀏覽|点击|點擊|评论|評論|点赞|點贊|参与互动|參與互動|热度|熱度)(?:量|数|數|次数|次數)?\\s*(?:[(（]\\s*#(?:\\s*[)）])?|#)',
    '(?:有\\s*)?#\\s*(?:位|人|次|条|條)?(?:读者|讀者|网友|網友)?(?:读过|讀過|阅读|閱讀|浏览|瀏覽|看过|看過|参与|參與|评论|評論|点赞|點贊)',
  ],
}
