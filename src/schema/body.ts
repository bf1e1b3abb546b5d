import type {
  BlockContent,
  DefinitionContent,
  ListItem as MdastListItem,
  TableCell as MdastTableCell,
  TableRow as MdastTableRow,
  PhrasingContent,
  Root,
} from 'mdast'
import { z } from 'zod'
import { objectFor, type UnknownKeys } from './_lib/object.js'
import { modelRegistry } from './_lib/registry.js'
import { isWellFormedText, noControlCharactersPattern } from './characters.js'
import { type Expectation, expect } from './messages.js'

/** Block content of mdast: what a root, a blockquote, a list item or a footnote holds. */
export type FlowContent = BlockContent | DefinitionContent

/** The mdast node types that may stand where block content is expected. */
export const flowNodeTypes = [
  'paragraph',
  'heading',
  'blockquote',
  'list',
  'code',
  'html',
  'table',
  'thematicBreak',
  'definition',
  'footnoteDefinition',
] as const

/** The mdast node types that may stand where inline (phrasing) content is expected. */
export const phrasingNodeTypes = [
  'text',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'image',
  'imageReference',
  'inlineCode',
  'break',
  'html',
  'footnoteReference',
] as const

/**
 * Build the schema of an article body, an mdast `Root`, for a policy on unknown keys.
 *
 * Every node is checked recursively, and each parent only takes the content mdast
 * allows it: a paragraph holds inline nodes, a list holds list items, a table holds rows.
 * Positions are optional; `data` is not part of the model.
 *
 * @param unknownKeys - `'reject'` for the strict model, `'keep'` for the lenient one.
 * @returns the schema of the root, registered under the id `Body` when strict.
 */
export function defineBody(unknownKeys: UnknownKeys): z.ZodType<Root> {
  const object = objectFor(unknownKeys)
  const count = (what: Expectation, minimum: number) =>
    z
      .number(expect(what))
      .int({ ...expect(what), abort: true })
      .min(minimum, expect(what))
  const cleanString = (what: Expectation) =>
    z
      .string(expect(what))
      .regex(noControlCharactersPattern, expect('noControlCharacters'))
      .refine(isWellFormedText, expect('wellFormedText'))
  const string = cleanString('string')
  const nullableString = cleanString('nullableString').nullish()
  const nullableBoolean = z.boolean(expect('nullableBoolean')).nullish()
  const point = object(
    {
      line: count('positiveInteger', 1),
      column: count('positiveInteger', 1),
      offset: count('nonNegativeInteger', 0).optional(),
    },
    expect('point'),
  )
  named(point, 'Point')
  const position = named(
    object({ start: point, end: point }, expect('object')),
    'Position',
  ).optional()
  const referenceType = z.enum(['shortcut', 'collapsed', 'full'], expect('referenceType'))

  // In the strict model every node type gets its own name in JSON Schema's $defs
  // (`Paragraph`, `PhrasingContent`), so the generated files stay small and readable.
  function named<S extends z.ZodType>(schema: S, id: string): S {
    if (unknownKeys === 'reject') {
      modelRegistry.add(schema, { id, description: `mdast ${id} node.` })
    }
    return schema
  }

  // A parent that takes one node type still reports a wrong child by its type alone,
  // as the unions do, rather than by every field the wrong child lacks.
  function only<S extends z.ZodType>(schema: S, what: Expectation) {
    return z.discriminatedUnion('type', [schema as never], expect(what)) as unknown as S
  }

  function leaf<T extends string, E extends z.core.$ZodLooseShape>(type: T, extra: E) {
    return named(
      object({ type: z.literal(type), ...extra, position }, expect('object')),
      idOf(type),
    )
  }

  function parent<T extends string, C extends z.ZodType, E extends z.core.$ZodLooseShape>(
    type: T,
    extra: E,
    child: () => C,
    what: Expectation,
    self: Expectation = 'object',
  ) {
    const schema = object(
      {
        type: z.literal(type),
        ...extra,
        get children() {
          return z.array(child(), expect(what))
        },
        position,
      },
      expect(self),
    )
    return type === 'root' ? schema : named(schema, idOf(type))
  }

  const text = leaf('text', { value: string })
  const html = leaf('html', { value: string })
  const inlineCode = leaf('inlineCode', { value: string })
  const lineBreak = leaf('break', {})
  const image = leaf('image', { url: string, title: nullableString, alt: nullableString })
  const imageReference = leaf('imageReference', {
    identifier: string,
    label: nullableString,
    referenceType,
    alt: nullableString,
  })
  const footnoteReference = leaf('footnoteReference', {
    identifier: string,
    label: nullableString,
  })
  const emphasis = parent('emphasis', {}, () => phrasing, 'phrasingContent')
  const strong = parent('strong', {}, () => phrasing, 'phrasingContent')
  const deletion = parent('delete', {}, () => phrasing, 'phrasingContent')
  const link = parent(
    'link',
    { url: string, title: nullableString },
    () => phrasing,
    'phrasingContent',
  )
  const linkReference = parent(
    'linkReference',
    { identifier: string, label: nullableString, referenceType },
    () => phrasing,
    'phrasingContent',
  )

  const phrasing: z.ZodType<PhrasingContent> = z.discriminatedUnion(
    'type',
    [
      text,
      emphasis,
      strong,
      deletion,
      link,
      linkReference,
      image,
      imageReference,
      inlineCode,
      lineBreak,
      html,
      footnoteReference,
    ],
    expect('phrasingContent'),
  )
  named(phrasing, 'PhrasingContent')

  const paragraph = parent('paragraph', {}, () => phrasing, 'phrasingContent')
  const heading = parent(
    'heading',
    { depth: z.literal([1, 2, 3, 4, 5, 6], expect('headingDepth')) },
    () => phrasing,
    'phrasingContent',
  )
  const thematicBreak = leaf('thematicBreak', {})
  const code = leaf('code', { lang: nullableString, meta: nullableString, value: string })
  const definition = leaf('definition', {
    identifier: string,
    label: nullableString,
    url: string,
    title: nullableString,
  })
  const blockquote = parent('blockquote', {}, () => flow, 'flowContent')
  const footnoteDefinition = parent(
    'footnoteDefinition',
    { identifier: string, label: nullableString },
    () => flow,
    'flowContent',
  )
  const listItem: z.ZodType<MdastListItem> = parent(
    'listItem',
    { checked: nullableBoolean, spread: nullableBoolean },
    () => flow,
    'flowContent',
  )
  const list = parent(
    'list',
    {
      ordered: nullableBoolean,
      start: count('nullableInteger', 0).nullish(),
      spread: nullableBoolean,
    },
    () => only(listItem, 'listItem'),
    'list',
  )
  const tableCell: z.ZodType<MdastTableCell> = parent(
    'tableCell',
    {},
    () => phrasing,
    'phrasingContent',
  )
  const tableRow: z.ZodType<MdastTableRow> = parent(
    'tableRow',
    {},
    () => only(tableCell, 'tableCell'),
    'list',
  )
  const table = parent(
    'table',
    {
      align: z
        .array(
          z.enum(['left', 'right', 'center'], expect('alignment')).nullable(),
          expect('alignment'),
        )
        .nullish(),
    },
    () => only(tableRow, 'tableRow'),
    'list',
  )

  const flow: z.ZodType<FlowContent> = z.discriminatedUnion(
    'type',
    [
      paragraph,
      heading,
      blockquote,
      list,
      code,
      html,
      table,
      thematicBreak,
      definition,
      footnoteDefinition,
    ],
    expect('flowContent'),
  )
  named(flow, 'FlowContent')

  const root = parent('root', {}, () => flow, 'flowContent', 'body')
  if (unknownKeys === 'reject') {
    root.register(modelRegistry, {
      id: 'Body',
      description:
        'The article text as an mdast root: paragraphs, headings, lists, quotes, links, images, tables.',
    })
  }
  return root
}

function idOf(type: string): string {
  return type.charAt(0).toUpperCase() + type.slice(1)
}

/**
 * The body of an article: an mdast `Root` (the syntax tree of unified and remark),
 * checked node by node.
 *
 * @example
 *   Body.parse({
 *     type: 'root',
 *     children: [{ type: 'paragraph', children: [{ type: 'text', value: 'On the afternoon…' }] }],
 *   })
 */
export const Body = /*#__PURE__*/ defineBody('reject')

/** An article body: an mdast `Root`. */
export type Body = Root
