import { type DateContext, type DateMatch, findDates } from '../_lib/find-dates.js'

/**
 * Find the date of a dateline opening a paragraph: `NEW YORK,Feb. 5,2019 -- …`,
 * `New York, April 05, 2024, The Europe Today: …`,
 * `JINAN, China, July 31, 2020 /PRNewswire/ --`. A dateline is a short place, the date,
 * then a dash, colon or wire name, all within the paragraph's first 140 characters; a
 * date anywhere else in a paragraph is an event's, not the page's.
 *
 * @param paragraph - the text of a paragraph.
 * @param context - the page's language and era.
 * @returns the date, or `undefined`.
 */
export function findDateline(paragraph: string, context: DateContext): DateMatch | undefined {
  const head = paragraph.slice(0, 140)
  for (const date of findDates(head, context)) {
    const place = head.slice(0, date.start)
    const after = head.slice(date.end, date.end + 40)
    const placeLike = place.length <= 70 && !/[.。!?！？]\s/.test(place) && /^\p{Lu}/u.test(place)
    if (date.real && placeLike && /--|—|–|\s-\s|[:：]|\//.test(after)) return date
  }
  return undefined
}
