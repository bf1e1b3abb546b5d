// The layout rules of parseText, each on an invented whole page in the shape real news
// sites print: menus, a header block of meta lines under the headline, captions and
// credits, the body, related stories and a footer.
import { describe, expect, it } from 'vitest'
import { parseText } from '../../../src/parse/index.js'

const paragraphs = [
  'The harbour authority opened a third container terminal on Monday, adding room for another two million boxes a year at the port.',
  'Officials said the terminal would take the largest ships now sailing between the port and its partners across the ocean.',
  'Trade groups welcomed the opening, and several shipping lines said they would add calls at the port next spring.',
]

const menu = [
  'Home',
  'World',
  'Business',
  'Technology',
  'Sign In',
  'Harbour News Daily',
  'Business',
]

const related = [
  'More from Business',
  'Grain prices rise as the dry season drags on',
  'By Peter Quill',
  'March 3, 2021',
  'Three ferry routes to close for the winter',
  'By Gamora Zen',
  'March 2, 2021',
  '© 2021 Harbour News Daily. All rights reserved.',
]

function page(...parts: string[][]): string {
  return parts.flat().join('\n\n')
}

function firstParagraph(text: string): string | undefined {
  const [first] = parseText(text).article.body.children
  return first?.type === 'paragraph' && first.children[0]?.type === 'text'
    ? first.children[0].value
    : undefined
}

describe('parseText reads the header block first', () => {
  it('takes the title over the byline and date as the headline, past menus', () => {
    const text = page(
      menu,
      ['New Container Terminal Opens at the Harbour', 'By Jane Doe', 'March 4, 2021 9:15 AM'],
      paragraphs,
      related,
    )
    const { article } = parseText(text, { timeZone: 'UTC' })
    expect(article.headline).toBe('New Container Terminal Opens at the Harbour')
    expect(article.authors.map((author) => author.name)).toEqual(['Jane Doe'])
    expect(article.datePublished).toBe('2021-03-04T09:15:00+00:00')
    expect(firstParagraph(text)).toBe(paragraphs[0])
  })

  it('passes over share buttons, a photo caption and its credit between headline and byline', () => {
    const text = page(
      menu,
      [
        'New Container Terminal Opens at the Harbour',
        'Share this story',
        'Cranes stand over the new terminal at dawn on Monday',
        'Jane Roe/Harbour Photo Agency',
        'By Jane Doe',
        'March 4, 2021',
      ],
      paragraphs,
    )
    const { article, diagnostics } = parseText(text)
    expect(article.headline).toBe('New Container Terminal Opens at the Harbour')
    expect(firstParagraph(text)).toBe(paragraphs[0])
    expect(diagnostics.some((d) => d.actual === 'Jane Roe/Harbour Photo Agency')).toBe(true)
  })

  it('passes over a credit printed as a labelled line between headline and byline', () => {
    const text = page(
      menu,
      ['New Container Terminal Opens at the Harbour', 'Print Article', 'Image by Example Images'],
      ['By Jane Doe December 28, 2016'],
      paragraphs,
      ['Upcoming event', 'A Harbour Walk for Families', 'Aug 10, 2022'],
      paragraphs.slice(0, 1),
    )
    const { article } = parseText(text)
    expect(article.headline).toBe('New Container Terminal Opens at the Harbour')
    expect(article.datePublished).toBe('2016-12-28')
  })

  it('leaves a caption, its credit and buttons between the header and the body out of the body', () => {
    const text = page(
      ['New Container Terminal Opens at the Harbour', 'By Jane Doe', 'March 4, 2021'],
      [
        'Enlarge this image',
        'Cranes stand over the new terminal at dawn on Monday',
        'Photo: Jane Roe',
        'Link copied',
      ],
      paragraphs,
    )
    const { diagnostics } = parseText(text)
    expect(firstParagraph(text)).toBe(paragraphs[0])
    const caption = diagnostics.find((d) => d.actual?.startsWith('Cranes stand'))
    expect(caption?.ruleId).toBe('photo-caption')
  })

  it('starts the body under the lead photo, past a standfirst printed over it', () => {
    const text = page(
      menu,
      ['New Container Terminal Opens at the Harbour', 'By Jane Doe', 'March 4, 2021'],
      [
        'The port can now take the largest ships on the ocean, and the shipping lines have noticed already.',
        'Cranes stand over the new terminal at dawn on Monday.PHOTO: JANE ROE/EXAMPLE PRESS',
      ],
      paragraphs,
    )
    expect(firstParagraph(text)).toBe(paragraphs[0])
  })

  it('reads the date of a header line glued to other words after a date label', () => {
    const text = page(
      menu,
      ['New Container Terminal Opens at the Harbour', 'By Jane Doe'],
      ['Published March 4, 2021Last updated July 21, 2022This article is more than a year old.'],
      paragraphs,
      related,
    )
    const { article, diagnostics } = parseText(text)
    expect(article.datePublished).toBe('2021-03-04')
    expect(firstParagraph(text)).toBe(paragraphs[0])
    expect(
      diagnostics.some((d) => d.ruleId === 'unlabelled-text' && d.actual?.startsWith('Published')),
    ).toBe(true)
  })

  it('does not start the body at an update line whose date was not read', () => {
    const text = page(
      ['New Container Terminal Opens at the Harbour', 'By Jane Doe', 'March 4, 2021'],
      ['Updated on March 4 at 3:15 p.m.'],
      paragraphs,
    )
    expect(firstParagraph(text)).toBe(paragraphs[0])
  })

  it('starts the body at a long opening line over running text, even without a full stop', () => {
    const opening =
      'After the opening, the harbour master said the port would publish its new timetable for the shipping lines:'
    const text = page(
      ['New Container Terminal Opens at the Harbour', 'By Jane Doe', 'March 4, 2021', 'Share'],
      [opening],
      paragraphs,
    )
    expect(firstParagraph(text)).toBe(opening)
  })

  it('reads a caption whose credit is glued to it as a caption, not a headline', () => {
    const text = page(
      menu,
      [
        'New Container Terminal Opens at the Harbour',
        'Cranes stand over the new terminal at dawn. (Jane Roe/Harbour Photo Agency)',
        'By Jane Doe',
        'March 4, 2021',
      ],
      paragraphs,
    )
    expect(parseText(text).article.headline).toBe('New Container Terminal Opens at the Harbour')
  })

  it('finds the headline under a date printed over it, with the byline under the deck', () => {
    const text = page(
      menu,
      [
        'March 4, 2021 9:15 AM',
        'Terminal Three',
        'The harbour gains room for two million more containers a year, and the shipping lines are already booking their calls there.',
        'By Jane Doe',
      ],
      paragraphs,
    )
    const { article } = parseText(text)
    expect(article.headline).toBe('Terminal Three')
    expect(article.authors.map((author) => author.name)).toEqual(['Jane Doe'])
  })

  it('takes the headline and not a kicker printed over it', () => {
    const text = page(
      menu,
      ['Port News', 'New Container Terminal Opens at the Harbour', 'By Jane Doe', 'March 4, 2021'],
      paragraphs,
    )
    expect(parseText(text).article.headline).toBe('New Container Terminal Opens at the Harbour')
  })

  it('takes a sentence-case deck under a Title Case headline as its subtitle', () => {
    const text = page(
      menu,
      [
        'New Container Terminal Opens at the Harbour',
        'The port can now take the largest ships on the ocean',
        'By Jane Doe',
        'March 4, 2021',
      ],
      paragraphs,
    )
    const { article } = parseText(text)
    expect(article.headline).toBe('New Container Terminal Opens at the Harbour')
    expect(article.alternativeHeadline).toBe('The port can now take the largest ships on the ocean')
  })

  it('reads a headline ending in a question or exclamation mark', () => {
    for (const headline of [
      'Is the Harbour Ready for Bigger Ships?',
      'The Harbour Opens Its Third Terminal!',
    ]) {
      const text = page(menu, [headline, 'By Jane Doe', 'March 4, 2021'], paragraphs)
      expect(parseText(text).article.headline).toBe(headline)
    }
  })
})

describe('parseText tells a header from a list of stories', () => {
  it('passes over a list of related stories, each with its date, above the article', () => {
    const text = page(
      [
        'Grain Prices Rise as the Dry Season Drags On',
        'Example Weekly • March 3, 2021',
        'Three Ferry Routes Close for the Winter',
        'Example Weekly • March 2, 2021',
        'A Lighthouse Returns to Service After Repairs',
        'Example Weekly • March 1, 2021',
      ],
      ['New Container Terminal Opens at the Harbour', 'By Jane Doe'],
      paragraphs,
    )
    expect(parseText(text).article.headline).toBe('New Container Terminal Opens at the Harbour')
  })

  it('takes the title printed in the title bar over a deck standing nearer the byline', () => {
    const text = page(
      ['New container terminal opens at the harbour | Harbour News Daily'],
      menu,
      [
        'New container terminal opens at the harbour',
        'Share this story',
        'The port can now take the largest ships on the ocean, officials say',
        'By Jane Doe',
        'March 4, 2021',
      ],
      paragraphs,
    )
    expect(parseText(text).article.headline).toBe('New container terminal opens at the harbour')
  })

  it('finds a Title Case headline printed between the date and the byline', () => {
    const text = page(
      ['Home World Business Harbour Features'],
      [
        'March 4, 2021 9:15 AM',
        'New Container Terminal Opens at the Harbour With Room for Giant Ships',
        'How the port authority rebuilt its oldest quay for the largest ships now sailing',
        'By Jane Doe',
      ],
      paragraphs,
    )
    expect(parseText(text).article.headline).toBe(
      'New Container Terminal Opens at the Harbour With Room for Giant Ships',
    )
  })

  it('reads a sentence-case headline ending in an exclamation mark as a headline', () => {
    const headline = 'Take a look inside the harbour master’s old house — it is for sale!'
    const text = page(
      menu,
      [headline, 'March 4, 2021 9:15 AM / Source: Example Homes', 'By Jane Doe'],
      paragraphs,
    )
    expect(parseText(text).article.headline).toBe(headline)
  })

  it('reads a Chinese headline ending in ！ as a headline', () => {
    const headline = '港口新码头开港：欢迎更大的船，欢迎更多的货！'
    const text = page(
      ['首页', '新闻'],
      [headline, '2021-03-04 09:15 来源：海港日报'],
      [
        '港务局周一宣布第三集装箱码头正式启用，每年可新增二百万标准箱的吞吐能力，进一步扩大港口的规模。',
        '多家航运公司表示，明年春季起将增加在该港的挂靠班次，贸易团体对此表示欢迎。',
      ],
    )
    expect(parseText(text).article.headline).toBe(headline)
  })
})

describe('parseText reads names printed without a label', () => {
  it('takes a short Title Case headline over the date as the headline, not as a name', () => {
    const text =
      'Chamber Opens New Office\n\nSource:CCCME Add Time:2014-10-13 09:30:00\n\nThe chamber opened an office.'
    const { article, provenance } = parseText(text, { provenance: true })
    expect(article.headline).toBe('Chamber Opens New Office')
    expect(article.authors).toEqual([])
    expect(provenance?.[0]).toMatchObject({ path: 'headline', rule: 'header-block' })
  })

  it('takes a capitalised name beside the date as the author', () => {
    const text = page(
      menu,
      ['New Container Terminal Opens at the Harbour', 'March 4, 2021', 'Jane Q. Doe'],
      paragraphs,
    )
    expect(parseText(text).article.authors.map((author) => author.name)).toEqual(['Jane Q. Doe'])
  })

  it('takes a name over a role line as the author', () => {
    const text = page(
      menu,
      [
        'New Container Terminal Opens at the Harbour',
        'By',
        'Jane Doe',
        'Staff Writer',
        'March 4, 2021',
      ],
      paragraphs,
    )
    expect(parseText(text).article.authors.map((author) => author.name)).toEqual(['Jane Doe'])
  })

  it('takes no author from a capitalised line with no date or role beside it', () => {
    const text = page(
      ['New Container Terminal Opens at the Harbour', 'Source: Harbour Authority', 'Port Notices'],
      paragraphs,
    )
    expect(parseText(text).article.authors).toEqual([])
  })
})

describe('parseText reads fields from the header, not from the blocks after the body', () => {
  it('takes no author from the bylines of related stories', () => {
    const text = page(
      menu,
      ['New Container Terminal Opens at the Harbour', 'By Jane Doe', 'March 4, 2021'],
      paragraphs,
      related,
    )
    expect(parseText(text).article.authors.map((author) => author.name)).toEqual(['Jane Doe'])
  })

  it('leaves counters (comments, views) out of the body', () => {
    const text = page(
      ['New Container Terminal Opens at the Harbour', 'By Jane Doe', 'March 4, 2021'],
      paragraphs,
      ['Comments', '12', '1,204'],
    )
    const texts = parseText(text).article.body.children.map((node) =>
      node.type === 'paragraph' && node.children[0]?.type === 'text' ? node.children[0].value : '',
    )
    expect(texts).toEqual(paragraphs)
  })
})

describe('parseText falls back to a ranked choice without a header block', () => {
  it('takes the title over the first paragraph when an issue date stands over the page furniture', () => {
    const text = page(
      ['This story appears in', 'Page A15', 'December 21, 2009', 'Free for subscribers'],
      ['Home » Business » Economy'],
      ['New Container Terminal Opens at the Harbour'],
      paragraphs,
    )
    expect(parseText(text).article.headline).toBe('New Container Terminal Opens at the Harbour')
  })

  it('takes a Chinese headline over a date and source line', () => {
    const text = page(
      ['首页', '新闻', '财经'],
      ['港口第三集装箱码头今日开港', '2021-03-04 09:15 来源：海港日报'],
      [
        '港务局周一宣布第三集装箱码头正式启用，每年可新增二百万标准箱的吞吐能力，进一步扩大港口的规模。',
        '多家航运公司表示，明年春季起将增加在该港的挂靠班次，贸易团体对此表示欢迎。',
      ],
    )
    const { article } = parseText(text)
    expect(article.headline).toBe('港口第三集装箱码头今日开港')
    expect(article.source?.name).toBe('海港日报')
  })
})

describe('parseText never loses the article', () => {
  it('takes the text a meta line leaves over as the headline of a page with no other title', () => {
    const { article, diagnostics } = parseText(
      'Machinery exports | Updated: 2019-04-02\n\nExports of machinery rose by five percent in March, the chamber said on Tuesday in its monthly report.',
    )
    expect(article.headline).toBe('Machinery exports')
    expect(article.datePublished).toBe('2019-04-02')
    expect(diagnostics.filter((d) => d.actual === 'Machinery exports')).toEqual([])
  })

  it('reads a page of one meta line as an article with a headline and no body', () => {
    const { article } = parseText('机械出口增长 | 更新时间：2019-04-02')
    expect(article.headline).toBe('机械出口增长')
    expect(article.body.children).toEqual([])
  })

  it('joins the lines of a hard-wrapped release into paragraphs', () => {
    const text = [
      'Chamber Reports Record Machinery Exports',
      '',
      'BEIJING, April 2, 2019 -- The chamber said on Tuesday that exports of',
      'machinery rose by five percent in March, the fastest pace this year,',
      'as demand from partners in Asia and Europe recovered.',
      '',
      'The chamber expects growth to continue through the second quarter of',
      'the year, its spokesperson said, and sees new orders from the region.',
    ].join('\n')
    const { article } = parseText(text)
    expect(article.headline).toBe('Chamber Reports Record Machinery Exports')
    expect(article.datePublished).toBe('2019-04-02')
    expect(
      article.body.children.map((node) =>
        node.type === 'paragraph' && node.children[0]?.type === 'text'
          ? node.children[0].value
          : '',
      ),
    ).toEqual([
      'BEIJING, April 2, 2019 -- The chamber said on Tuesday that exports of machinery rose by five percent in March, the fastest pace this year, as demand from partners in Asia and Europe recovered.',
      'The chamber expects growth to continue through the second quarter of the year, its spokesperson said, and sees new orders from the region.',
    ])
  })

  it('never takes the headline from the middle of a wrapped paragraph', () => {
    const text = [
      'FOR IMMEDIATE RELEASE',
      '',
      'the chamber said on Tuesday that exports of machinery rose by five,',
      'Percent In March As Demand From Partners Recovered',
      'and that it expects growth to continue through the second quarter.',
    ].join('\n')
    expect(parseText(text).article.headline).not.toBe(
      'Percent In March As Demand From Partners Recovered',
    )
  })

  it('keeps consecutive lines of ordinary width as paragraphs of their own', () => {
    const text = page(['New Container Terminal Opens at the Harbour', 'By Jane Doe'], paragraphs)
    expect(parseText(text).article.body.children).toHaveLength(paragraphs.length)
  })
})
