import { describe, expect, it } from 'vitest'
import { renderHtml, renderJson, renderMarkdown } from '../../src/render/index.js'
import {
  ArticleValidationError,
  maxNesting,
  type NewsArticle,
  validateArticle,
} from '../../src/schema/index.js'

// Whatever the article, the renderers return or throw an ArticleValidationError: never
// a RangeError from an exhausted call stack or a too-long argument list.

// Typed as an article for the renderers' signatures; whether it is one is what they check.
function article(children: unknown[]): NewsArticle {
  return {
    type: 'NewsArticle',
    language: 'en',
    headline: 'Large',
    authors: [],
    body: { type: 'root', children },
  } as NewsArticle
}

function paragraph(value: string) {
  return { type: 'paragraph', children: [{ type: 'text', value }] }
}

const renderers = [
  ['renderHtml', renderHtml],
  ['renderMarkdown', renderMarkdown],
  ['renderJson', renderJson],
] as const

// Several seconds each on a loaded machine: far from a test's usual budget.
const slow = 180_000

describe('the renderers on large articles', () => {
  it(
    'render a body of 250,000 paragraphs',
    () => {
      const value = article(Array.from({ length: 250_000 }, (_, index) => paragraph(`p${index}`)))
      for (const [, render] of renderers) expect(render(value)).toContain('p249999')
    },
    slow,
  )

  it(
    'render a text node of 10 MB',
    () => {
      const value = article([paragraph(`${'a'.repeat(10_000_000)}end`)])
      for (const [, render] of renderers) expect(render(value)).toContain('aend')
    },
    slow,
  )

  it(
    'render 10,000 footnotes, each linked both ways',
    () => {
      const value = article([
        {
          type: 'paragraph',
          children: Array.from({ length: 10_000 }, (_, index) => ({
            type: 'footnoteReference',
            identifier: `n${index}`,
            label: `n${index}`,
          })),
        },
        ...Array.from({ length: 10_000 }, (_, index) => ({
          type: 'footnoteDefinition',
          identifier: `n${index}`,
          label: `n${index}`,
          children: [paragraph(`note ${index}`)],
        })),
      ])
      const html = renderHtml(value)
      expect(html).toContain('href="#user-content-fn-n9999"')
      expect(html).toContain('id="user-content-fn-n9999"')
      expect(renderMarkdown(value)).toContain('[^n9999]: note 9999')
      expect(renderJson(value)).toContain('"note 9999"')
    },
    slow,
  )

  it(
    'render a table of 100,000 cells',
    () => {
      const row = () => ({
        type: 'tableRow',
        children: Array.from({ length: 4 }, () => ({
          type: 'tableCell',
          children: [{ type: 'text', value: 'cell' }],
        })),
      })
      const value = article([
        {
          type: 'table',
          align: ['left', null, null, 'right'],
          children: Array.from({ length: 25_000 }, row),
        },
      ])
      expect(renderHtml(value).match(/<td/g)).toHaveLength(100_000 - 4)
      for (const [, render] of renderers) expect(render(value)).toContain('cell')
    },
    slow,
  )
})

describe('the renderers on raw HTML nested deep', () => {
  const nested = (depth: number, tag = 'b') =>
    article([{ type: 'html', value: `${`<${tag}>`.repeat(depth)}x` }])

  it.each([
    [2_000, 'b'],
    [2_000, 'div'],
    [100_000, 'span'],
  ])(
    'refuse raw HTML %i levels of <%s> deep in renderHtml with an ArticleValidationError',
    (depth, tag) => {
      const value = nested(depth, tag)
      // The model itself holds one html node: only the HTML inside it is deep.
      expect(validateArticle(value).success).toBe(true)
      let thrown: unknown
      try {
        renderHtml(value)
      } catch (error) {
        thrown = error
      }
      expect(thrown).toBeInstanceOf(ArticleValidationError)
      expect((thrown as ArticleValidationError).issues).toEqual([
        expect.objectContaining({
          path: 'body',
          message: `expected a value nested at most ${maxNesting} levels deep`,
          received: `raw HTML ${depth} levels deep`,
        }),
      ])
      // Markdown and JSON write the HTML as the text it is.
      expect(renderMarkdown(value)).toContain(`<${tag}><${tag}>`)
      expect(renderJson(value)).toContain(`<${tag}><${tag}>`)
    },
  )

  it('renders raw HTML nested to the limit, inside a body nested to the limit', () => {
    let node: unknown = { type: 'html', value: `${'<b>'.repeat(maxNesting)}deepest` }
    let levels = 0
    // Each blockquote is two levels of the value (its object and its children list).
    while (validateArticle(article([{ type: 'blockquote', children: [node] }])).success) {
      node = { type: 'blockquote', children: [node] }
      levels++
    }
    expect(levels).toBeGreaterThan(100)
    const html = renderHtml(article([node]))
    expect(html).toMatch(/<b>deepest\s*<\/b>/)
    expect(html.match(/<blockquote>/g)).toHaveLength(levels)
  })

  it('refuses raw HTML that nests past the limit across several html nodes', () => {
    const half = `${'<i>'.repeat(maxNesting / 2 + 1)}`
    const value = article([
      { type: 'html', value: half },
      paragraph('between'),
      { type: 'html', value: half },
    ])
    expect(() => renderHtml(value)).toThrow(ArticleValidationError)
  })
})

describe('the renderers on articles nested to the model’s limit', () => {
  // Wrap a node in `make` as long as the article stays valid: the deepest valid article
  // of that shape.
  function deepest(
    make: (inner: unknown) => unknown,
    seed: unknown,
    place: (node: unknown) => object,
  ) {
    const at = (node: unknown) => ({ ...article([]), ...place(node) })
    let node = seed
    let levels = 0
    while (validateArticle(at(make(node))).success) {
      node = make(node)
      levels++
    }
    return { value: at(node), levels }
  }
  const text = { type: 'text', value: 'innermost' }
  const inBody = (node: unknown) => ({ body: { type: 'root', children: [node] } })
  const inParagraph = (node: unknown) => inBody({ type: 'paragraph', children: [node] })

  it.each([
    [
      'parent organizations',
      deepest(
        (inner) => ({ type: 'Organization', name: 'O', parentOrganization: inner }),
        { type: 'Organization', name: 'innermost' },
        (node) => ({ publisher: node }),
      ),
    ],
    [
      'lists',
      deepest(
        (inner) => ({ type: 'list', children: [{ type: 'listItem', children: [inner] }] }),
        paragraph('innermost'),
        inBody,
      ),
    ],
    [
      'blockquotes',
      deepest(
        (inner) => ({ type: 'blockquote', children: [inner] }),
        paragraph('innermost'),
        inBody,
      ),
    ],
    [
      'links',
      deepest(
        (inner) => ({ type: 'link', url: 'https://a.example/', children: [inner] }),
        text,
        inParagraph,
      ),
    ],
  ])('render %s nested as deep as the model allows', (_, { value, levels }) => {
    expect(levels).toBeGreaterThan(50)
    for (const [, render] of renderers) expect(render(value)).toContain('innermost')
  })

  it('render emphasis nested as deep as the model allows (Markdown: 40 deep)', () => {
    const { value, levels } = deepest(
      (inner) => ({ type: 'emphasis', children: [inner] }),
      text,
      inParagraph,
    )
    expect(levels).toBeGreaterThan(100)
    expect(renderHtml(value)).toContain('innermost')
    expect(renderJson(value)).toContain('innermost')
    // mdast-util-to-markdown's choice of emphasis markers takes time that grows with
    // the cube of the nesting (some 10 s at the model's limit of 125): a known limit.
    let node: unknown = text
    for (let level = 0; level < 40; level++) node = { type: 'emphasis', children: [node] }
    expect(renderMarkdown({ ...article([]), ...inParagraph(node) } as NewsArticle)).toContain(
      'innermost',
    )
  })
})
