import * as z from 'zod'
import { objectFor, type UnknownKeys } from './_lib/object.js'
import { modelRegistry } from './_lib/registry.js'
import { HttpUrl } from './http-url.js'
import { LanguageTag } from './language-tag.js'
import { expect } from './messages.js'
import { NonEmptyString } from './text.js'

/**
 * Build the Organization schema for a policy on unknown keys.
 *
 * @param unknownKeys - `'reject'` for the strict model, `'keep'` for the lenient one.
 * @param nesting - how many parent organizations deep to go, for a schema without a
 *   reference cycle that zod can compile: it takes the same values as the recursive one
 *   up to that depth, and refuses any deeper (default: any depth, recursively).
 * @returns the schema, registered under the id `Organization` when strict and recursive.
 */
export function defineOrganization(unknownKeys: UnknownKeys, nesting?: number) {
  const Organization = objectFor(unknownKeys)(
    {
      type: z.literal('Organization'),
      name: NonEmptyString,
      alternateNames: z.array(NonEmptyString, expect('stringList')).optional(),
      localizedNames: z.record(LanguageTag, NonEmptyString, expect('localizedNames')).optional(),
      url: HttpUrl.optional(),
      get parentOrganization() {
        return Organization.optional()
      },
    },
    expect('object'),
  )
  if (nesting !== undefined) {
    // The same object with its parent one level less deep: it parses to the same type.
    const parent: z.ZodType = nesting > 0 ? defineOrganization(unknownKeys, nesting - 1) : z.never()
    return Organization.extend({
      parentOrganization: parent.optional(),
    }) as unknown as typeof Organization
  }
  if (unknownKeys === 'reject') {
    Organization.register(modelRegistry, {
      id: 'Organization',
      description:
        'A body such as a chamber, ministry or company: the publisher, a source, an author or a mention.',
    })
  }
  return Organization
}

/**
 * An organization: a chamber, a ministry department, a company, a working group.
 *
 * @example
 *   Organization.parse({
 *     type: 'Organization',
 *     name: 'China Chamber of Commerce for Import and Export of Machinery and Electronic Products',
 *     alternateNames: ['CCCME'],
 *     localizedNames: { zh: '中国机电产品进出口商会' },
 *   })
 */
export const Organization = /*#__PURE__*/ defineOrganization('reject')

/** An organization, as validated by {@link Organization}. */
export type Organization = z.infer<typeof Organization>
