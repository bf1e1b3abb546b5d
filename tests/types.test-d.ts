import type { Root } from 'mdast'
import { describe, expectTypeOf, it } from 'vitest'
import type {
  Author,
  Event,
  FieldProvenance,
  LenientNewsArticle,
  NewsArticle,
  NewsArticleInput,
  Organization,
  Person,
  Place,
  Source,
  ValidationResult,
} from '../src/index.js'
import {
  parseJson,
  parseMarkdown,
  parseText,
  renderHtml,
  renderJson,
  renderMarkdown,
  toHast,
  validateArticle,
} from '../src/index.js'
import { toJsonLd } from '../src/render/index.js'

describe('inferred types', () => {
  it('types an author as a union discriminated on type', () => {
    expectTypeOf<Author>().toEqualTypeOf<Person | Organization>()
    expectTypeOf<Author['type']>().toEqualTypeOf<'Person' | 'Organization'>()
  })

  it('types a person with optional job title and affiliation', () => {
    expectTypeOf<Person['type']>().toEqualTypeOf<'Person'>()
    expectTypeOf<Person['name']>().toEqualTypeOf<string>()
    expectTypeOf<Person['jobTitle']>().toEqualTypeOf<string | undefined>()
    expectTypeOf<Person['affiliation']>().toEqualTypeOf<Organization | undefined>()
    expectTypeOf<{ type: 'Person' }>().not.toExtend<Person>()
  })

  it('types an organization recursively', () => {
    expectTypeOf<NonNullable<Organization['parentOrganization']>>().toEqualTypeOf<Organization>()
    expectTypeOf<Organization['localizedNames']>().toEqualTypeOf<
      Record<string, string> | undefined
    >()
  })

  it('types the article fields of the contract', () => {
    expectTypeOf<NewsArticle['type']>().toEqualTypeOf<'NewsArticle'>()
    expectTypeOf<NewsArticle['headline']>().toEqualTypeOf<string>()
    expectTypeOf<NewsArticle['authors']>().toEqualTypeOf<Author[]>()
    expectTypeOf<NewsArticle['editors']>().toEqualTypeOf<Author[] | undefined>()
    expectTypeOf<NewsArticle['source']>().toEqualTypeOf<Source | undefined>()
    expectTypeOf<NewsArticle['about']>().toEqualTypeOf<Event | undefined>()
    expectTypeOf<NewsArticle['contentLocation']>().toEqualTypeOf<Place | undefined>()
    expectTypeOf<NewsArticle['mentions']>().toEqualTypeOf<
      Array<Person | Organization | Place> | undefined
    >()
    expectTypeOf<NewsArticle['datePublished']>().toEqualTypeOf<string | undefined>()
  })

  it('types the body as an mdast Root', () => {
    expectTypeOf<NewsArticle['body']>().toEqualTypeOf<Root>()
  })

  it('lets a lenient article carry extra keys at every level', () => {
    expectTypeOf<LenientNewsArticle['cmsId']>().toEqualTypeOf<unknown>()
    expectTypeOf<LenientNewsArticle['authors'][number]['nickname']>().toEqualTypeOf<unknown>()
    expectTypeOf<LenientNewsArticle['headline']>().toEqualTypeOf<string>()
  })

  it('accepts the same shape as input', () => {
    expectTypeOf<NewsArticleInput['headline']>().toEqualTypeOf<string>()
  })
})

describe('function types', () => {
  it('narrows the validation result on success', () => {
    const result = validateArticle({})
    expectTypeOf(result).toEqualTypeOf<ValidationResult>()
    if (result.success) expectTypeOf(result.article).toEqualTypeOf<NewsArticle>()
    else expectTypeOf(result.issues[0]?.path).toEqualTypeOf<string | undefined>()
  })

  it('returns an article from parseJson and a string from renderJson', () => {
    expectTypeOf(parseJson).returns.toHaveProperty('article').toEqualTypeOf<NewsArticle>()
    expectTypeOf(renderJson).returns.toEqualTypeOf<string>()
  })
  it('returns provenance from parseMarkdown and parseJson, present only when asked', () => {
    expectTypeOf(parseMarkdown)
      .returns.toHaveProperty('provenance')
      .toEqualTypeOf<FieldProvenance[] | undefined>()
    expectTypeOf(parseJson)
      .returns.toHaveProperty('provenance')
      .toEqualTypeOf<FieldProvenance[] | undefined>()
    expectTypeOf<FieldProvenance['place']['start']['offset']>().toEqualTypeOf<number>()
  })
})

describe('the renderers take an article', () => {
  it('types the first parameter of each renderer as NewsArticle', () => {
    expectTypeOf(renderHtml).parameter(0).toEqualTypeOf<NewsArticle>()
    expectTypeOf(toHast).parameter(0).toEqualTypeOf<NewsArticle>()
    expectTypeOf(renderMarkdown).parameter(0).toEqualTypeOf<NewsArticle>()
    expectTypeOf(toJsonLd).parameter(0).toEqualTypeOf<NewsArticle>()
    // renderJson also writes the extra keys of a lenient article (unknownKeys: 'keep').
    expectTypeOf(renderJson).parameter(0).toEqualTypeOf<NewsArticle | LenientNewsArticle>()
  })

  it('refuses what is not an article at compile time', () => {
    // @ts-expect-error: a misspelled headline is no article
    renderHtml({ headlin: 'x' })
    // @ts-expect-error: a misspelled headline is no article
    toHast({ headlin: 'x' })
    // @ts-expect-error: a misspelled headline is no article
    renderMarkdown({ headlin: 'x' })
    // @ts-expect-error: a misspelled headline is no article
    renderJson({ headlin: 'x' })
    // @ts-expect-error: a misspelled headline is no article
    toJsonLd({ headlin: 'x' })
    // @ts-expect-error: an unchecked value must be validated first
    renderHtml(JSON.parse('{}') as unknown)
  })

  it('takes what the parsers and validateArticle return', () => {
    const { article } = parseText('Headline\n\nA paragraph of the page.')
    expectTypeOf(renderHtml).toBeCallableWith(article)
    expectTypeOf(renderMarkdown).toBeCallableWith(parseMarkdown('# Hi').article)
    const result = validateArticle({})
    if (result.success) expectTypeOf(renderJson).toBeCallableWith(result.article)
  })
})
