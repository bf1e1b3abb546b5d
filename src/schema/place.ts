import * as z from 'zod'
import { objectFor, type UnknownKeys } from './_lib/object.js'
import { modelRegistry } from './_lib/registry.js'
import { expect } from './messages.js'
import { NonEmptyString } from './text.js'

/**
 * Build the Place schema for a policy on unknown keys.
 *
 * @param unknownKeys - `'reject'` for the strict model, `'keep'` for the lenient one.
 * @returns the schema, registered under the id `Place` when strict.
 */
export function definePlace(unknownKeys: UnknownKeys) {
  const Place = objectFor(unknownKeys)(
    { type: z.literal('Place'), name: NonEmptyString },
    expect('object'),
  )
  if (unknownKeys === 'reject') {
    Place.register(modelRegistry, {
      id: 'Place',
      description: 'A place named in an article, such as the city where an event was held.',
    })
  }
  return Place
}

/**
 * A place: where an event was held or where the news happened.
 *
 * @example
 *   Place.parse({ type: 'Place', name: 'Beijing' })
 */
export const Place = /*#__PURE__*/ definePlace('reject')

/** A place, as validated by {@link Place}. */
export type Place = z.infer<typeof Place>
