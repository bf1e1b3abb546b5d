import type { Author } from '../../schema/author.js'
import type { FieldProvenance } from '../provenance.js'
import { type DateCandidate, dateRanks } from './dates.js'
import type { FieldOrigin, FieldOrigins } from './fields/index.js'
import type { Layout } from './layout.js'
import type { Line } from './lines.js'
import { placeIn } from './place.js'

/** What the provenance of a text page's fields is made from. */
export interface TextProvenanceParts {
  layout: Layout
  headline: FieldOrigin
  origins: FieldOrigins
  /** The authors as the article keeps them, each with where it was read. */
  authors: ReadonlyArray<{ author: Author; origin: FieldOrigin }>
  published: DateCandidate | undefined
  modified: DateCandidate | undefined
  /** The line each paragraph of the body was made from. */
  body: ReadonlyArray<Line>
}

/**
 * Say, for each field of an article read from a text page, the span of the page it was
 * read from and the rule that read it: `headline` (`header-block`, `ranked` or
 * `meta-leftover`, as the layout found it), `alternativeHeadline` (`deck`), `authors[N]`
 * (`meta-line`, `name-beside-date`, `reporter-credit`), `editors[N]` (`meta-line`,
 * `closing-credit`), `source` (`labelled-value`), `datePublished` and `dateModified`
 * (`date-` and where the date was printed: `date-published`, `date-below-headline`, ...),
 * `breadcrumb` and `body.children[N]` (`body-line`).
 *
 * @param parts - the fields' origins.
 * @returns the provenance, in the article's field order.
 */
export function textProvenance(parts: TextProvenanceParts): FieldProvenance[] {
  const entry = (path: string, origin: FieldOrigin): FieldProvenance => {
    const { place } = placeIn(origin.line, origin.part)
    const span = place ?? {
      start: { line: origin.line.number, column: origin.line.column, offset: origin.line.offset },
      end: { line: origin.line.number, column: origin.line.column, offset: origin.line.offset },
    }
    return { path, place: span, rule: origin.rule }
  }
  const { origins } = parts
  const dated = (path: string, candidate: DateCandidate | undefined) =>
    candidate
      ? [
          entry(path, {
            line: candidate.line,
            part: candidate.match.text,
            rule: `date-${rankName(candidate.rank)}`,
          }),
        ]
      : []
  return [
    entry('headline', { ...parts.headline, rule: parts.layout.rule }),
    ...(origins.alternativeHeadline
      ? [entry('alternativeHeadline', origins.alternativeHeadline)]
      : []),
    ...parts.authors.map(({ origin }, index) => entry(`authors[${index}]`, origin)),
    ...origins.editors.map((origin, index) => entry(`editors[${index}]`, origin)),
    ...(origins.source ? [entry('source', origins.source)] : []),
    ...dated('datePublished', parts.published),
    ...dated('dateModified', parts.modified),
    ...(origins.breadcrumb ? [entry('breadcrumb', origins.breadcrumb)] : []),
    ...parts.body.map((line, index) =>
      entry(`body.children[${index}]`, { line, part: line.text, rule: 'body-line' }),
    ),
  ]
}

// "belowHeadline" -> "below-headline": the name of a date's rank in `dateRanks`.
function rankName(rank: number): string {
  const name = Object.entries(dateRanks).find(([, value]) => value === rank)?.[0] ?? 'printed'
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)
}
