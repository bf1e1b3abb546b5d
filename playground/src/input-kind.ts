/** What the playground reads: a legacy text page, Markdown with front matter, or JSON. */
export const inputKinds = ['text', 'markdown', 'json'] as const

/** A kind of input. */
export type InputKind = (typeof inputKinds)[number]

/** The kind select's value: a kind, or `'auto'` to detect it. */
export type KindChoice = InputKind | 'auto'

/**
 * The signs read, in order: the first that matches decides. They are the command line's
 * for standard input (`formatSigns` in src/node/sniff-format.ts, a Node-only module).
 */
export const kindSigns: ReadonlyArray<{ kind: InputKind; test: RegExp }> = [
  { kind: 'json', test: /^\uFEFF?\s*\{/ },
  { kind: 'markdown', test: /^\uFEFF?---[ \t]*(?:\r\n|\r|\n)/ },
]

/**
 * Tell the kind of an input the way the command line does for standard input: an
 * object's `{` first is JSON, a first line `---` is front matter, anything else is a
 * legacy text page.
 *
 * @param text - the input.
 * @returns its kind.
 * @example
 *   detectKind('---\ntitle: Hi\n---\n') //=> 'markdown'
 */
export function detectKind(text: string): InputKind {
  return kindSigns.find((sign) => sign.test.test(text))?.kind ?? 'text'
}

/**
 * Read the kind select's value.
 *
 * @param value - the select's value.
 * @returns the choice, `'auto'` for anything unknown.
 */
export function readKindChoice(value: string): KindChoice {
  return (inputKinds as ReadonlyArray<string>).includes(value) ? (value as InputKind) : 'auto'
}
