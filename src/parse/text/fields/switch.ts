import { reportDropped } from '../report-dropped.js'
import { type FieldHandler, placeOf } from './types.js'

/**
 * Read a language switch: its links to the article in other languages, and the words
 * of the switch itself reported as furniture.
 *
 * @param entry - the switch.
 * @returns the translations and the diagnostics.
 */
export const readSwitch: FieldHandler<'switch'> = (entry) => ({
  translations: entry.links,
  diagnostics: [...entry.own, entry.other]
    .filter((part) => part !== '')
    .map((part) => reportDropped('site-furniture', placeOf(entry), part)),
})
