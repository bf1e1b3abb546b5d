// Markdown built to make a parser work out of proportion to its length: each entry
// writes about `size` characters of one construct. Used by the tests of the pre-scan
// and by bench/parse-markdown-hostile.bench.ts.

/** Repeat `unit` until the text is about `size` characters long. */
function fill(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.floor(size / unit.length)))
}

// Runs of backticks of lengths 1 to 50, each length once before it repeats.
function backtickRuns(size: number): string {
  const parts: string[] = []
  let length = 0
  for (let index = 0; length < size; index++) {
    const part = `${'`'.repeat((index % 50) + 1)}a`
    parts.push(part)
    length += part.length
  }
  return parts.join('')
}

/** Each hostile construct, by name, as a function of the size in characters. */
export const hostileMarkdown: Readonly<Record<string, (size: number) => string>> = {
  'emphasis *a': (size) => fill('*a', size),
  'strong **a': (size) => fill('**a', size),
  'emphasis _a': (size) => fill('_a', size),
  'mixed *a_': (size) => fill('*a_', size),
  'strikethrough ~a': (size) => fill('~a', size),
  'strikethrough ~~a': (size) => fill('~~a', size),
  'open brackets [': (size) => fill('[', size),
  'closed brackets [a]': (size) => fill('[a]', size),
  'link openers [a](': (size) => fill('[a](', size),
  'image openers ![a](': (size) => fill('![a](', size),
  'nested links [[[a](b)](b)': (size) => `${'['.repeat(size / 8)}a${'](b)'.repeat(size / 8)}`,
  'footnote references [^n]': (size) =>
    Array.from({ length: Math.floor(size / 8) }, (_, index) => `[^${index}]`).join(' '),
  'footnote definitions': (size) =>
    Array.from({ length: Math.floor(size / 10) }, (_, index) => `[^${index}]: x`).join('\n'),
  'autolink-ish <a': (size) => fill('<a', size),
  'pipes |': (size) => fill('|', size),
  'table rows': (size) => `|a|b|\n|-|-|\n${fill('|a|b|\n', size)}`,
  'backtick runs': backtickRuns,
  'short lines': (size) => fill('a\n', size),
  'raw HTML <div>': (size) => fill('<div>', size),
}
