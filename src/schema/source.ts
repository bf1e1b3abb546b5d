import type * as z from 'zod'
import { objectFor, type UnknownKeys } from './_lib/object.js'
import { modelRegistry } from './_lib/registry.js'
import { HttpUrl } from './http-url.js'
import { expect } from './messages.js'
import { Organization } from './organization.js'
import { NonEmptyString } from './text.js'

/**
 * Build the Source schema for a policy on unknown keys.
 *
 * @param unknownKeys - `'reject'` for the strict model, `'keep'` for the lenient one.
 * @param organization - the Organization schema of the same policy.
 * @returns the schema, registered under the id `Source` when strict.
 */
export function defineSource(unknownKeys: UnknownKeys, organization: typeof Organization) {
  const Source = objectFor(unknownKeys)(
    {
      name: NonEmptyString,
      url: HttpUrl.optional(),
      organization: organization.optional(),
    },
    expect('object'),
  )
  if (unknownKeys === 'reject') {
    Source.register(modelRegistry, {
      id: 'Source',
      description: 'Where the article came from, exactly as printed after a Source or 来源 label.',
    })
  }
  return Source
}

/**
 * Where an article came from: the outlet or body that supplied it (`Source: CCCME`,
 * `来源：新华网`), its name exactly as printed.
 *
 * @example
 *   Source.parse({ name: '新华网', url: 'http://www.news.cn/' })
 */
export const Source = /*#__PURE__*/ defineSource('reject', Organization)

/** A source, as validated by {@link Source}. */
export type Source = z.infer<typeof Source>
