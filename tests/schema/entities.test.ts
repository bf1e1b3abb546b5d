import { describe, expect, it } from 'vitest'
import {
  formatValidationIssue,
  jsonSchemaEntities,
  toValidationIssues,
} from '../../src/schema/index.js'
import { fixtures } from '../fixtures/entities.js'

function issuesOf(entity: keyof typeof jsonSchemaEntities, value: unknown): string[] {
  const schema = jsonSchemaEntities[entity]
  const result = schema.safeParse(value, { reportInput: true })
  return result.success ? [] : toValidationIssues(result.error).map(formatValidationIssue)
}

describe.each(Object.entries(fixtures))('%s', (entity, { valid, invalid }) => {
  const name = entity as keyof typeof jsonSchemaEntities

  it.each(valid)('accepts $name', ({ value }) => {
    expect(issuesOf(name, value)).toEqual([])
  })

  it.each(invalid)('rejects $name with its exact issues', ({ value, issues }) => {
    expect(issuesOf(name, value)).toEqual(issues)
  })
})
