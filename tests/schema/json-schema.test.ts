import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import { type JsonSchemaEntity, jsonSchemaEntities, toJsonSchema } from '../../src/schema/index.js'
import { fixtures } from '../fixtures/entities.js'

// ajv with its strict mode on, so that a keyword zod emits and ajv does not know fails
// the test instead of being ignored.
const ajv = new Ajv2020({ strict: true, allErrors: true })

describe.each(Object.keys(fixtures) as JsonSchemaEntity[])('%s.schema.json', (entity) => {
  const validate = ajv.compile(toJsonSchema(entity))
  const schema = jsonSchemaEntities[entity]
  const cases = [
    ...fixtures[entity].valid.map((c) => ({ ...c, verdict: true })),
    ...fixtures[entity].invalid.map((c) => ({ ...c, verdict: false })),
  ]

  it('is a draft 2020-12 document', () => {
    expect(toJsonSchema(entity).$schema).toBe('https://json-schema.org/draft/2020-12/schema')
  })

  it.each(cases)('gives the same verdict as zod on $name', ({ value, verdict }) => {
    expect(schema.safeParse(value).success).toBe(verdict)
    expect(validate(value)).toBe(verdict)
  })
})

describe('toJsonSchema', () => {
  it('names the model entities in $defs', () => {
    const defs = Object.keys(toJsonSchema('news-article').$defs as object)
    expect(defs).toEqual(
      expect.arrayContaining(['NewsArticle', 'Person', 'Organization', 'Body', 'Paragraph']),
    )
  })

  it('throws a RangeError naming an unknown entity', () => {
    expect(() => toJsonSchema('article' as JsonSchemaEntity)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: Invalid \`entity\` "article": expected one of news-article, author, body, event, organization, person, place, site-profile, source, translation]`,
    )
  })
})
