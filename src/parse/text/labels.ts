import { wordKey } from '../_lib/word-pattern.js'
import { defaultLabels, type LabelDictionary, type LabelField } from '../vocabulary/labels.js'

// The label words are data in the vocabulary; this module compiles and matches them.
export { defaultLabels, type LabelDictionary, type LabelField }

/** A label found in a line: the label as printed, and where it and its colon stand. */
export interface LabelHit {
  label: string
  /** Offset of the label's first character. */
  start: number
  /** Offset just past its colon. */
  end: number
}

/** A compiled label dictionary: finds the labels of a line, and tells each one's field. */
export interface LabelMatcher {
  /** Every `label:` in a line (half- or full-width colon), in order. */
  find(text: string): LabelHit[]
  /** The field of a label, by its lower-cased, space-free form. */
  fieldOf(label: string): LabelField | undefined
}

/**
 * Compile a label dictionary for fast lookup. A label is found by walking back from
 * each colon of a line and trying the longest label first, so `责任编辑` wins over
 * `编辑` and `Updated` over `Update`; spaces inside a label may be missing or doubled
 * (`Add Time`, `AddTime`). A Latin label must not follow a letter (`Date` in
 * `Updated`), a one-character Chinese label not a letter or digit (`文` in `原文`);
 * longer Chinese labels may be glued to what precedes them (`缩小字体发布日期：`).
 *
 * @param labels - the dictionary.
 * @returns the matcher.
 */
export function compileLabels(labels: LabelDictionary): LabelMatcher {
  // Compiling the default dictionary is the same work on every page: it is done once.
  const cached = compiled.get(labels)
  if (cached) return cached
  const fields = new Map<string, LabelField>()
  for (const field of Object.keys(labels) as LabelField[]) {
    for (const word of labels[field]) fields.set(wordKey(word), field)
  }
  const backwards = reversedTrie(fields)
  const matcher: LabelMatcher = {
    find: (text) => findLabels(text, backwards),
    fieldOf: (label) => fields.get(wordKey(label)),
  }
  compiled.set(labels, matcher)
  return matcher
}

const compiled = new WeakMap<LabelDictionary, LabelMatcher>()
const han = /\p{Script=Han}/u
const letterOrDigit = /[\p{L}\p{N}]/u
const letter = /\p{L}/u

// The label keys spelled from their last character to their first, so that walking back
// from a colon follows one branch and stops at the first character no label has there.
interface TrieNode {
  next: Map<string, TrieNode>
  /** Whether the characters from the root to here, read backwards, are a label's key. */
  label: boolean
}

function reversedTrie(fields: Map<string, LabelField>): TrieNode {
  const root: TrieNode = { next: new Map(), label: false }
  for (const key of fields.keys()) {
    let node = root
    for (let index = key.length - 1; index >= 0; index--) {
      const char = key.charAt(index)
      let child = node.next.get(char)
      if (!child) {
        child = { next: new Map(), label: false }
        node.next.set(char, child)
      }
      node = child
    }
    node.label = true
  }
  return root
}

// ":", "：", "/" and "／".
const colonCode = 0x3a
const fullWidthColonCode = 0xff1a
const slashCode = 0x2f
const fullWidthSlashCode = 0xff0f

function findLabels(text: string, backwards: TrieNode): LabelHit[] {
  const hits: LabelHit[] = []
  let floor = 0
  for (let colon = 0; colon < text.length; colon++) {
    // Read by code: a line's characters as strings cost more.
    const code = text.charCodeAt(colon)
    // Chinese credits also end a one- or two-character label with a slash: "文/张三 图/李四",
    // "编辑/王五".
    const slash = code === slashCode || code === fullWidthSlashCode
    if (code !== colonCode && code !== fullWidthColonCode && !slash) continue
    let end = colon
    while (end > floor && isSpace(text.charCodeAt(end - 1))) end--
    // A colon after a digit is a clock's ("00:00"): no label ends in a digit.
    const before = text.charCodeAt(end - 1)
    if (before >= 48 && before <= 57) continue
    const best = longestLabelBefore(text, end, floor, backwards, slash)
    if (best >= 0) {
      hits.push({ label: text.slice(best, end), start: best, end: colon + 1 })
      floor = colon + 1
    }
  }
  return hits
}

// Walk back from `end` over the label's characters (spaces inside a label do not count),
// keeping the start of the longest label whose boundary holds; -1 when there is none.
function longestLabelBefore(
  text: string,
  end: number,
  floor: number,
  backwards: TrieNode,
  slash: boolean,
): number {
  let node: TrieNode | undefined = backwards
  let best = -1
  let length = 0
  let hasHan = false
  let allHan = true
  for (let start = end - 1; start >= floor && node; start--) {
    if (isSpace(text.charCodeAt(start))) continue
    const char = text.charAt(start)
    const lower = char.toLowerCase()
    for (let index = lower.length - 1; index >= 0 && node; index--) {
      node = node.next.get(lower.charAt(index))
    }
    if (!node) break
    length += lower.length
    const isHan = han.test(char)
    hasHan ||= isHan
    allHan &&= isHan
    if (
      node.label &&
      (slash
        ? isSlashLabel(text, start, length, allHan)
        : boundaryHolds(text, start, length, hasHan))
    ) {
      best = start
    }
    if (slash && length >= 2) break
  }
  return best
}

// A label before a slash is one or two Han characters that follow no letter or digit
// ("编辑/王五", but not "台北/" inside "記者楊川欽/台北報導").
function isSlashLabel(text: string, start: number, length: number, allHan: boolean): boolean {
  if (length > 2 || !allHan) return false
  return !letterOrDigit.test(text.charAt(start - 1))
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x3000
}

function boundaryHolds(text: string, start: number, length: number, hasHan: boolean): boolean {
  const before = text.charAt(start - 1)
  if (before === '') return true
  if (hasHan && length >= 2) return true
  return hasHan ? !letterOrDigit.test(before) : !letter.test(before)
}
