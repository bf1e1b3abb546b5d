import * as z from 'zod'
import { objectFor, type UnknownKeys } from './_lib/object.js'
import { modelRegistry } from './_lib/registry.js'
import { HttpUrl } from './http-url.js'
import { expect } from './messages.js'
import { type defineOrganization, Organization } from './organization.js'
import { NonEmptyString } from './text.js'

/**
 * Build the Person schema for a policy on unknown keys.
 *
 * @param unknownKeys - `'reject'` for the strict model, `'keep'` for the lenient one.
 * @param organization - the Organization schema of the same policy.
 * @returns the schema, registered under the id `Person` when strict.
 */
export function definePerson(
  unknownKeys: UnknownKeys,
  organization: ReturnType<typeof defineOrganization>,
) {
  const Person = objectFor(unknownKeys)(
    {
      type: z.literal('Person'),
      name: NonEmptyString,
      jobTitle: NonEmptyString.optional(),
      affiliation: organization.optional(),
      url: HttpUrl.optional(),
    },
    expect('object'),
  )
  if (unknownKeys === 'reject') {
    Person.register(modelRegistry, {
      id: 'Person',
      description: 'A person named in a byline or in the text, with a job title where known.',
    })
  }
  return Person
}

/**
 * A person: an author, an editor, or someone the article mentions.
 *
 * @example
 *   Person.parse({ type: 'Person', name: 'Zhang Yujing', jobTitle: 'Chamber President' })
 */
export const Person = /*#__PURE__*/ definePerson('reject', Organization)

/** A person, as validated by {@link Person}. */
export type Person = z.infer<typeof Person>
