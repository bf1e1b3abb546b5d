import type { BlockContent, DefinitionContent, PhrasingContent, Root } from 'mdast'
import * as z from 'zod'
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

/** What a parent node of the body holds: the kind of content its children are. */
export type BodyContent = 'flow' | 'phrasing' | 'listItem' | 'tableRow' | 'tableCell'

/** An mdast node type that the body may hold. */
export type BodyNodeType =
  | FlowContent['type']
  | PhrasingContent['type']
  | 'root'
  | 'listItem'
  | 'tableRow'
  | 'tableCell'

/**
 * The node types each kind of content may hold: block content, inline content, or the
 * one node type a list, a table and a table row hold.
 */
export const bodyContents: Readonly<Record<BodyContent, ReadonlyArray<BodyNodeType>>> = {
  flow: flowNodeTypes,
  phrasing: phrasingNodeTypes,
  listItem: ['listItem'],
  tableRow: ['tableRow'],
  tableCell: ['tableCell'],
}

// What a user is told a kind of content must be: its union's words, and its list's.
const contentWords: Record<BodyContent, { union: Expectation; list: Expectation }> = {
  flow: { union: 'flowContent', list: 'flowContent' },
  phrasing: { union: 'phrasingContent', list: 'phrasingContent' },
  listItem: { union: 'listItem', list: 'list' },
  tableRow: { union: 'tableRow', list: 'list' },
  tableCell: { union: 'tableCell', list: 'list' },
}

/** One node type of the body: its own fields, and for a parent what its children are. */
interface NodeSpec {
  /** The fields besides `type`, `children` and `position`, in the order they come out. */
  fields: z.core.$ZodLooseShape
  /** For a parent, the content its children are. */
  children?: BodyContent
}

/**
 * Describe every node type of the body for a policy on unknown keys: its fields and,
 * for a parent, its content. The order is the order in which the full schema names
 * them (`Text`, `Html`, ... `Table`), which the JSON Schema files follow.
 */
function describeNodes(unknownKeys: UnknownKeys, register: boolean) {
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
  const position = object({ start: point, end: point }, expect('object'))
  if (register) {
    modelRegistry.add(point, { id: 'Point', description: 'mdast Point node.' })
    modelRegistry.add(position, { id: 'Position', description: 'mdast Position node.' })
  }
  const referenceType = z.enum(['shortcut', 'collapsed', 'full'], expect('referenceType'))
  const specs: Record<BodyNodeType, NodeSpec> = {
    text: { fields: { value: string } },
    html: { fields: { value: string } },
    inlineCode: { fields: { value: string } },
    break: { fields: {} },
    image: { fields: { url: string, title: nullableString, alt: nullableString } },
    imageReference: {
      fields: { identifier: string, label: nullableString, referenceType, alt: nullableString },
    },
    footnoteReference: { fields: { identifier: string, label: nullableString } },
    emphasis: { fields: {}, children: 'phrasing' },
    strong: { fields: {}, children: 'phrasing' },
    delete: { fields: {}, children: 'phrasing' },
    link: { fields: { url: string, title: nullableString }, children: 'phrasing' },
    linkReference: {
      fields: { identifier: string, label: nullableString, referenceType },
      children: 'phrasing',
    },
    paragraph: { fields: {}, children: 'phrasing' },
    heading: {
      fields: { depth: z.literal([1, 2, 3, 4, 5, 6], expect('headingDepth')) },
      children: 'phrasing',
    },
    thematicBreak: { fields: {} },
    code: { fields: { lang: nullableString, meta: nullableString, value: string } },
    definition: {
      fields: { identifier: string, label: nullableString, url: string, title: nullableString },
    },
    blockquote: { fields: {}, children: 'flow' },
    footnoteDefinition: {
      fields: { identifier: string, label: nullableString },
      children: 'flow',
    },
    listItem: { fields: { checked: nullableBoolean, spread: nullableBoolean }, children: 'flow' },
    list: {
      fields: {
        ordered: nullableBoolean,
        start: count('nullableInteger', 0).nullish(),
        spread: nullableBoolean,
      },
      children: 'listItem',
    },
    tableCell: { fields: {}, children: 'phrasing' },
    tableRow: { fields: {}, children: 'tableCell' },
    table: {
      fields: {
        align: z
          .array(
            z.enum(['left', 'right', 'center'], expect('alignment')).nullable(),
            expect('alignment'),
          )
          .nullish(),
      },
      children: 'tableRow',
    },
    root: { fields: {}, children: 'flow' },
  }
  return { object, position: position.optional(), specs }
}

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
  const { object, position, specs } = describeNodes(unknownKeys, unknownKeys === 'reject')
  const nodes = {} as Record<BodyNodeType, z.ZodType>
  const contents = {} as Record<BodyContent, z.ZodType>

  // In the strict model every node type gets its own name in JSON Schema's $defs
  // (`Paragraph`, `PhrasingContent`), so the generated files stay small and readable.
  function named<S extends z.ZodType>(schema: S, id: string): S {
    if (unknownKeys === 'reject') {
      modelRegistry.add(schema, { id, description: `mdast ${id} node.` })
    }
    return schema
  }

  // A parent that takes one node type still reports a wrong child by its type alone,
  // as the unions do, rather than by every field the wrong child lacks; the unions of
  // block and inline content are named.
  function contentOf(content: BodyContent): z.ZodType {
    const words = contentWords[content].union
    const options = bodyContents[content].map((type) => nodes[type])
    const union = z.discriminatedUnion('type', options as never, expect(words))
    if (content === 'flow') return named(union, 'FlowContent')
    if (content === 'phrasing') return named(union, 'PhrasingContent')
    return union
  }

  for (const [type, spec] of Object.entries(specs) as Array<[BodyNodeType, NodeSpec]>) {
    const content = spec.children
    const schema =
      content === undefined
        ? object({ type: z.literal(type), ...spec.fields, position }, expect('object'))
        : object(
            {
              type: z.literal(type),
              ...spec.fields,
              get children() {
                contents[content] ??= contentOf(content)
                return z.array(contents[content], expect(contentWords[content].list))
              },
              position,
            },
            expect(type === 'root' ? 'body' : 'object'),
          )
    nodes[type] = type === 'root' ? schema : named(schema, idOf(type))
  }
  const root = nodes.root as z.ZodType<Root>
  if (unknownKeys === 'reject') {
    root.register(modelRegistry, {
      id: 'Body',
      description:
        'The article text as an mdast root: paragraphs, headings, lists, quotes, links, images, tables.',
    })
  }
  return root
}

/**
 * The body's node types one by one, for a parser that walks the tree itself: each
 * node's schema checks the node as the full schema does (its type, fields and position)
 * but takes its children as they are (a list of anything), and `children` says what
 * each parent's children must be (see {@link bodyContents}). None is registered.
 *
 * @param unknownKeys - the policy on unknown keys.
 * @returns the node schemas by type, and the content of each parent type.
 */
export function defineBodyNodes(unknownKeys: UnknownKeys): {
  nodes: Record<BodyNodeType, z.ZodType>
  children: Partial<Record<BodyNodeType, BodyContent>>
} {
  const { object, position, specs } = describeNodes(unknownKeys, false)
  const nodes = {} as Record<BodyNodeType, z.ZodType>
  const children: Partial<Record<BodyNodeType, BodyContent>> = {}
  for (const [type, spec] of Object.entries(specs) as Array<[BodyNodeType, NodeSpec]>) {
    const content = spec.children
    nodes[type] =
      content === undefined
        ? object({ type: z.literal(type), ...spec.fields, position }, expect('object'))
        : object(
            {
              type: z.literal(type),
              ...spec.fields,
              children: z.array(z.unknown(), expect(contentWords[content].list)),
              position,
            },
            expect('object'),
          )
    if (content !== undefined) children[type] = content
  }
  return { nodes, children }
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
