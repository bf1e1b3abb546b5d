import * as z from 'zod'
import { modelRegistry } from './_lib/registry.js'
import { expect } from './messages.js'
import { Organization } from './organization.js'
import { Person } from './person.js'

/**
 * Build the Author schema from the Person and Organization schemas of one policy.
 *
 * @param person - the Person schema.
 * @param organization - the Organization schema.
 * @returns a union discriminated on `type`.
 */
export function defineAuthor<P extends typeof Person, O extends typeof Organization>(
  person: P,
  organization: O,
) {
  return z.discriminatedUnion('type', [person, organization], expect('author'))
}

/**
 * Who wrote or edited an article: a {@link Person} or an {@link Organization},
 * told apart by `type`. A byline may name a body rather than a person.
 *
 * @example
 *   Author.parse({ type: 'Organization', name: 'The China Provinces and US States Cooperation' })
 */
export const Author = /*#__PURE__*/ defineAuthor(Person, Organization).register(modelRegistry, {
  id: 'Author',
  description: 'A Person or an Organization, told apart by type.',
})

/** An author or editor, as validated by {@link Author}. */
export type Author = z.infer<typeof Author>
