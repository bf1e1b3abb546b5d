import * as z from 'zod'
import { modelRegistry } from './_lib/registry.js'
import { NewsArticle } from './article.js'
import { Author } from './author.js'
import { Body } from './body.js'
import { Event } from './event.js'
import { Organization } from './organization.js'
import { Person } from './person.js'
import { Place } from './place.js'
import { SiteProfile } from './site-profile.js'
import { Source } from './source.js'
import { Translation } from './translation.js'

/**
 * The entities that ship as JSON Schema files, by file name
 * (`dist/json-schema/<name>.schema.json`, exported as
 * `@cccme/news-model/json-schema/<name>.schema.json`).
 */
export const jsonSchemaEntities = {
  'news-article': NewsArticle,
  author: Author,
  body: Body,
  event: Event,
  organization: Organization,
  person: Person,
  place: Place,
  'site-profile': SiteProfile,
  source: Source,
  translation: Translation,
} as const

/** The name of an entity that ships as a JSON Schema file. */
export type JsonSchemaEntity = keyof typeof jsonSchemaEntities

/**
 * Generate the JSON Schema (draft 2020-12) of one entity from its zod schema.
 *
 * Named entities inside it become `$defs` with `$ref`s; recursion (an organization's
 * parent, nested lists) is expressed with references. The strict model is described:
 * unknown keys are not allowed (`additionalProperties: false`).
 *
 * @param entity - which entity, such as `'news-article'`.
 * @returns a JSON Schema document, a plain JSON-serialisable object.
 * @throws {RangeError} when `entity` is not one of {@link jsonSchemaEntities}.
 * @example
 *   toJsonSchema('place').properties.type //=> { type: 'string', const: 'Place' }
 */
export function toJsonSchema(entity: JsonSchemaEntity): Record<string, unknown> {
  if (!Object.hasOwn(jsonSchemaEntities, entity)) {
    const names = Object.keys(jsonSchemaEntities).join(', ')
    throw new RangeError(`Invalid \`entity\` ${JSON.stringify(entity)}: expected one of ${names}`)
  }
  const schema: z.ZodType = jsonSchemaEntities[entity]
  return z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    metadata: modelRegistry,
    unrepresentable: 'throw',
    io: 'output',
  }) as Record<string, unknown>
}
