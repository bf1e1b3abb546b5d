// The words an invented archive varies: every list holds the words the project's own
// fixtures use (so that their sentences can be varied by swapping them) and more invented
// ones. None of it is taken from a real page.

/** A language of the generated pages. */
export type PageLanguage = 'en' | 'zh' | 'zh-Hant'

/** Words of one kind that a sentence may hold, and may have swapped for another. */
export interface WordKind {
  /** The words; any of them found in a sentence is replaced by one picked from the list. */
  words: ReadonlyArray<string>
  /** Whether a word must stand alone (English) or may sit inside a run of text (Chinese). */
  wholeWords: boolean
}

/** The kinds of words swapped in sentences, by language. */
export const wordKinds: Record<PageLanguage, Record<string, WordKind>> = {
  en: {
    people: {
      wholeWords: true,
      words: [
        'Li Wei',
        'Anna Schmidt',
        'Zhou Ning',
        'Wang Lei',
        'Chen Hao',
        'Zhang Wei',
        'Liang Jun',
        'Zhao Lin',
        'Maria Lopez',
        'Kenji Sato',
        'Priya Nair',
        'Tom Becker',
        'Sun Mei',
        'Omar Haddad',
        'Elena Rossi',
        'Grace Okafor',
      ],
    },
    cities: {
      wholeWords: true,
      words: [
        'Shanghai',
        'Hamburg',
        'Guangzhou',
        'Lahore',
        'Rotterdam',
        'Osaka',
        'Nairobi',
        'Santiago',
        'Lyon',
        'Chengdu',
        'Dalian',
        'Valencia',
        'Gdansk',
        'Porto',
      ],
    },
    countries: {
      wholeWords: true,
      words: ['Germany', 'Chile', 'Kenya', 'Brazil', 'Poland', 'Vietnam', 'Egypt', 'Canada'],
    },
    sectors: {
      wholeWords: true,
      words: [
        'machinery',
        'textile',
        'food',
        'logistics',
        'furniture',
        'electronics',
        'ceramics',
        'packaging',
        'solar',
        'toy',
      ],
    },
    counts: {
      wholeWords: true,
      words: [
        'three',
        'four',
        'five',
        'six',
        'seven',
        'eight',
        'nine',
        'ten',
        'eleven',
        'twelve',
        'twenty',
        'thirty',
        'forty',
        'fifty',
      ],
    },
    weekdays: {
      wholeWords: true,
      words: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
    },
  },
  zh: {
    people: {
      wholeWords: false,
      words: ['王明', '李华', '赵强', '刘洋', '陈怡', '张伟', '周宁', '孙丽', '吴刚', '郑敏'],
    },
    cities: {
      wholeWords: false,
      words: ['北京', '上海', '广州', '天津', '成都', '大连', '宁波', '青岛', '厦门', '武汉'],
    },
    counts: {
      wholeWords: false,
      words: ['二十', '三十', '四十', '五十', '六十', '八十', '一百', '两百', '五百'],
    },
    sectors: {
      wholeWords: false,
      words: ['机电', '纺织', '食品', '家具', '陶瓷', '电子', '包装', '建材'],
    },
  },
  'zh-Hant': {
    people: {
      wholeWords: false,
      words: ['陳怡', '林志明', '黃美玲', '張家豪', '李淑芬', '王建國', '劉佳穎', '吳俊傑'],
    },
    cities: {
      wholeWords: false,
      words: ['臺北', '高雄', '臺中', '新竹', '臺南', '基隆', '桃園', '嘉義'],
    },
    counts: {
      wholeWords: false,
      words: ['二', '三', '四', '五', '六', '八', '十', '十二'],
    },
    sectors: {
      wholeWords: false,
      words: ['機電', '紡織', '食品', '家具', '陶瓷', '電子', '包裝', '建材'],
    },
  },
}

/**
 * Headline patterns, by language: `{kind}` is a word picked from that kind of
 * {@link wordKinds} (an English sector is written with a capital).
 */
export const headlinePatterns: Record<PageLanguage, ReadonlyArray<string>> = {
  en: [
    'Chamber Delegation Visits {cities} {sectors} Fair',
    '{cities} Signs {sectors} Deals with {counts} Partners',
    'Exporters in {cities} Report a Strong Quarter for {sectors} Sales',
    '{sectors} Council Elects New Chair',
    'Applications Open for the {cities} Export Awards',
    '{cities} Presents Its {sectors} Week to Buyers from {countries}',
    'Chamber Opens a New Office in {cities}',
    'Members Meet {sectors} Buyers from {counts} Countries',
    '{people} Named Head of the {sectors} Working Group',
    'Trade Mission to {countries} Signs {counts} Letters of Intent',
  ],
  zh: [
    '示例商会组织企业参加{cities}{sectors}交易会',
    '{cities}商会代表团访问{cities}',
    '{sectors}企业一季度出口增长',
    '商会联合会在{cities}揭牌成立',
    '{cities}举办{sectors}产品推介会',
    '{counts}家会员企业参加{sectors}博览会',
    '{sectors}行业工作组召开年会',
  ],
  'zh-Hant': [
    '經貿代表團訪問{cities}{sectors}業者',
    '{cities}{sectors}展覽會開幕',
    '{sectors}業者第一季出口成長',
    '示例貿易協會與{cities}商會簽署{counts}項合作備忘錄',
    '{sectors}工作小組召開年會',
  ],
}

/**
 * Sentences written for the generator, added to those of the fixtures so that a page of
 * 4 KB need not repeat a sentence often.
 */
export const extraSentences: Record<PageLanguage, ReadonlyArray<string>> = {
  en: [
    'The chamber will publish a guide for members who plan to exhibit abroad next year.',
    'Buyers from Kenya asked about delivery times and payment terms for small orders.',
    'The working group agreed to meet every quarter and to share its minutes with members.',
    'A seminar on customs forms drew forty exporters to the chamber on Thursday.',
    'Members in the textile sector reported that orders from Poland had doubled.',
    'The delegation toured a logistics park in Rotterdam and met its operators.',
    'Officials said the new rules would take effect at the start of the next quarter.',
    'Maria Lopez, who leads the furniture group, thanked the hosts for their welcome.',
    'Twelve companies signed up for the autumn fair within a week of the announcement.',
    'The chamber answered more than a hundred questions from members about the new forms.',
    'Exporters of electronics said that shipping costs had fallen since the spring.',
    'The next meeting of the council will be held in Osaka in the second half of the year.',
  ],
  zh: [
    '商会将于下月发布企业出口指南，供会员单位参考。',
    '来自大连的二十家企业参加了本次洽谈会。',
    '与会代表就物流成本和付款方式进行了深入交流。',
    '工作组商定每季度召开一次例会，并向会员通报进展。',
    '商会副会长表示，将继续为会员企业搭建交流平台。',
    '本次展会共达成意向订单五十余项。',
    '纺织行业会员企业反映，今年上半年订单有所增加。',
    '会议还听取了各地商会关于行业发展的情况介绍。',
    '展会期间，商会组织了三场专题讲座。',
    '代表团一行参观了当地的电子产品生产企业。',
  ],
  'zh-Hant': [
    '協會將於下個月發布出口指南，供會員企業參考。',
    '來自高雄的二十家企業參加了本次洽談會。',
    '與會代表就物流成本和付款方式進行了深入交流。',
    '工作小組商定每季召開一次例會，並向會員報告進度。',
    '理事長表示，協會將繼續為會員企業搭建交流平臺。',
    '本次展覽共達成採購意向五十餘項。',
    '紡織業會員企業表示，今年上半年訂單有所增加。',
    '代表團一行參觀了當地的電子產品工廠。',
    '展覽期間，協會舉辦了三場專題講座。',
  ],
}
