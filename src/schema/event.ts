import * as z from 'zod'
import { objectFor, type UnknownKeys } from './_lib/object.js'
import { modelRegistry } from './_lib/registry.js'
import { IsoDate } from './iso-date.js'
import { expect } from './messages.js'
import { Place } from './place.js'
import { NonEmptyString } from './text.js'

/**
 * Build the Event schema for a policy on unknown keys.
 *
 * @param unknownKeys - `'reject'` for the strict model, `'keep'` for the lenient one.
 * @param place - the Place schema of the same policy.
 * @returns the schema, registered under the id `Event` when strict.
 */
export function defineEvent(unknownKeys: UnknownKeys, place: typeof Place) {
  const Event = objectFor(unknownKeys)(
    {
      type: z.literal('Event'),
      name: NonEmptyString.optional(),
      startDate: IsoDate.optional(),
      location: place.optional(),
    },
    expect('object'),
  )
  if (unknownKeys === 'reject') {
    Event.register(modelRegistry, {
      id: 'Event',
      description: 'The event an article reports: a conference, a visit, a signing.',
    })
  }
  return Event
}

/**
 * An event that an article reports, with its start date and place where known.
 *
 * @example
 *   Event.parse({
 *     type: 'Event',
 *     name: 'China Provinces and US States Cooperation Conference',
 *     startDate: '2014-09-28',
 *     location: { type: 'Place', name: 'Beijing' },
 *   })
 */
export const Event = /*#__PURE__*/ defineEvent('reject', Place)

/** An event, as validated by {@link Event}. */
export type Event = z.infer<typeof Event>
