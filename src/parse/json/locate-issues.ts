import { visit } from 'jsonc-parser'
import type { Diagnostic } from '../../schema/diagnostic.js'
import type { ValidationIssue } from '../../schema/validation-issue.js'
import { createDiagnosticTally } from '../_lib/cap-diagnostics.js'
import { issueDiagnostic, ruleOfIssue } from '../_lib/issue-diagnostic.js'
import type { LineCounter } from '../_lib/line-counter.js'
import { cleanJsonString } from './clean-string.js'

// A place some issue's path goes through: where its value (and its key, in an object)
// stands in the text, once the text has been read, and the places below it.
interface Place {
  below: Map<string | number, Place>
  start?: number
  end?: number
  keyStart?: number
  keyEnd?: number
}

/**
 * Make located diagnostics of the validation issues of a value read from a JSON text:
 * each at the value it is about, at the key itself for an unknown key, and at the
 * nearest enclosing object for a missing value. The issues' paths are gathered into one
 * tree, and one pass of the JSON scanner over the text notes where each of its places
 * stands, so the work grows with the text and the issues, not with their product. The
 * diagnostics come in the order of their places, capped as `capDiagnostics` does; only
 * those listed are made, so millions of issues cost little more than their count.
 *
 * @param issues - the issues, with their paths.
 * @param text - the JSON text the value was read from, well-formed and nested at most
 *   `maxNesting` deep.
 * @param lines - its line counter.
 * @returns the diagnostics, by place.
 */
export function locateIssues(
  issues: ReadonlyArray<ValidationIssue>,
  text: string,
  lines: LineCounter,
): Diagnostic[] {
  if (issues.length === 0) return []
  const root: Place = { below: new Map() }
  for (const issue of issues) {
    let place = root
    for (const segment of issue.segments) {
      let next = place.below.get(segment)
      if (next === undefined) {
        next = { below: new Map() }
        place.below.set(segment, next)
      }
      place = next
    }
  }
  notePlaces(root, text)
  const spans = issues.map((issue) => spanOf(root, issue))
  // Issues at one place keep the order validation gave them.
  const order = spans
    .map((_, index) => index)
    .sort((a, b) => (spans[a]?.[0] ?? 0) - (spans[b]?.[0] ?? 0) || a - b)
  const tally = createDiagnosticTally()
  for (const index of order) {
    const issue = issues[index] as ValidationIssue
    const [start, end] = spans[index] ?? [0, 0]
    tally.add(ruleOfIssue[issue.code], 'error', () =>
      issueDiagnostic(issue, lines.pointAt(start), lines.pointAt(end)),
    )
  }
  return tally.list()
}

// Where an issue is: its value, its key for an unknown key, or for a missing value the
// nearest enclosing value that exists.
function spanOf(root: Place, issue: ValidationIssue): [number, number] {
  let found = root
  let place: Place | undefined = root
  for (const segment of issue.segments) {
    place = place.below.get(segment)
    if (place?.start === undefined) break
    found = place
  }
  if (issue.code === 'unknown-key' && place === found && found.keyStart !== undefined) {
    return [found.keyStart, found.keyEnd ?? found.keyStart]
  }
  return [found.start ?? 0, found.end ?? found.start ?? 0]
}

// Read the text once, noting where each place of the tree stands. Keys are compared as
// the reader cleaned them; of a key given twice, the last is noted, as the value holds.
function notePlaces(root: Place, text: string): void {
  // The place of each open object or list (undefined when no issue is inside it), and
  // the index of the next item of each list.
  const open: Array<Place | undefined> = []
  const indices: number[] = []
  const keys: Array<string | undefined> = []
  const inList: boolean[] = []
  const placeOfNext = (): Place | undefined => {
    const depth = open.length
    if (depth === 0) return root
    const parent = open[depth - 1]
    if (parent === undefined) return undefined
    const segment = inList[depth - 1] ? (indices[depth - 1] ?? 0) : keys[depth - 1]
    return segment === undefined ? undefined : parent.below.get(segment)
  }
  const begin = (list: boolean) => (offset: number) => {
    const place = placeOfNext()
    if (place !== undefined) place.start = offset
    open.push(place)
    inList.push(list)
    indices.push(0)
    keys.push(undefined)
  }
  const end = (offset: number, length: number) => {
    const place = open.pop()
    if (place !== undefined) place.end = offset + length
    inList.pop()
    indices.pop()
    keys.pop()
    advance()
  }
  // After a value in a list, the next item has the next index.
  const advance = () => {
    const depth = open.length
    if (depth > 0 && inList[depth - 1]) indices[depth - 1] = (indices[depth - 1] ?? 0) + 1
  }
  visit(
    text,
    {
      onObjectBegin: begin(false),
      onArrayBegin: begin(true),
      onObjectEnd: end,
      onArrayEnd: end,
      onObjectProperty: (raw: string, offset, length) => {
        const depth = open.length
        const parent = open[depth - 1]
        if (parent === undefined) return
        const key = cleanJsonString(raw, text, offset, ignore)
        keys[depth - 1] = key
        const place = parent.below.get(key)
        if (place === undefined) return
        place.keyStart = offset
        place.keyEnd = offset + length
      },
      onLiteralValue: (_: unknown, offset, length) => {
        const place = placeOfNext()
        if (place !== undefined) {
          place.start = offset
          place.end = offset + length
        }
        advance()
      },
    },
    { disallowComments: true },
  )
}

function ignore(): void {}
