// Time per KB of parseText, parseMarkdown and renderHtml on pages of 1 KB, 10 KB, 100 KB,
// 1 MB and 10 MB (KB and MB of 1,024), built by filling a fixture's body with varied
// paragraphs (bench/_lib/sized-pages.ts). Each iteration reads 256 KB (256 pages of
// 1 KB, 26 of 10 KB, 3 of 100 KB; one warm-up iteration, then four measured) or one page
// of 1 MB or 10 MB. The table printed at the end gives the time per KB itself (the median
// of the measured runs) and the largest over the smallest. The goal: flat.
import { afterAll, bench, describe } from 'vitest'
import { loadBuilt } from './_lib/built.js'
import { sizedPages } from './_lib/sized-pages.js'

const { parseMarkdown, parseText, renderHtml } = await loadBuilt()

const sizes = [1, 10, 100, 1024, 10_240]
const label = (kb: number): string => (kb >= 1024 ? `${kb / 1024} MB` : `${kb} KB`)
// A page of 1 MB or 10 MB is read once an iteration; the smaller ones, 256 KB of them.
const kbPerIteration = (kb: number): number => Math.max(kb, 256)
const options = (kb: number) =>
  kb > 1024
    ? { iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 }
    : { iterations: 4, warmupIterations: 1, time: 0, warmupTime: 0 }

const pages = {
  text: new Map(sizes.map((kb) => [kb, sizedPages('text', kb * 1024, kbPerIteration(kb) * 1024)])),
  markdown: new Map(
    sizes.map((kb) => [kb, sizedPages('markdown', kb * 1024, kbPerIteration(kb) * 1024)]),
  ),
}

// The articles renderHtml is given, read from the same Markdown files. Reading 11 MB of
// Markdown would take most of a minute, so a small page's articles are read from 32 of
// the files and given in turn, and a page of 1 MB or more is a 128 KB file's body repeated.
const baseKb = 128
const base = parseMarkdown(sizedPages('markdown', baseKb * 1024)[0] ?? '').article
const articles = new Map(
  sizes.map((kb) => {
    const list = pages.markdown.get(kb) ?? []
    if (kb < 1024) {
      const read = list.slice(0, 32).map((page) => parseMarkdown(page).article)
      return [kb, list.map((_, index) => read[index % read.length] ?? base)]
    }
    const children = Array.from({ length: kb / baseKb }, () => base.body.children).flat()
    return [kb, [{ ...base, body: { ...base.body, children } }]]
  }),
)

// Each function is first run over the small pages, so the first size measured does not
// pay for compiling the code (that made a 1 KB page look several times dearer per KB).
for (const kb of [1, 10]) {
  for (const page of pages.text.get(kb) ?? []) parseText(page)
  for (const page of pages.markdown.get(kb) ?? []) parseMarkdown(page)
  for (const article of articles.get(kb) ?? []) renderHtml(article)
}

// Milliseconds per KB of each measured run (warm-up runs left out), by function and size.
const perKb = new Map<string, Map<number, number[]>>()
function measured(name: string, kb: number, count: number, work: () => void): () => void {
  const runs = perKb.get(name) ?? new Map<number, number[]>()
  perKb.set(name, runs)
  runs.set(kb, [])
  let warmUps = options(kb).warmupIterations
  return () => {
    const started = performance.now()
    work()
    const elapsed = performance.now() - started
    if (warmUps > 0) warmUps--
    else runs.get(kb)?.push(elapsed / (kb * count))
  }
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

afterAll(() => {
  const lines = [
    '',
    `time per KB (µs, median) | ${sizes.map(label).join(' | ')} | largest / smallest`,
  ]
  for (const [name, runs] of perKb) {
    const figures = sizes.map((kb) => median(runs.get(kb) ?? []) * 1000)
    const spread = Math.max(...figures) / Math.min(...figures)
    lines.push(
      `${name} | ${figures.map((us) => us.toFixed(1)).join(' | ')} | ${spread.toFixed(2)}x`,
    )
  }
  console.log(lines.join('\n'))
})

describe('parseText, time per KB', () => {
  for (const kb of sizes) {
    const list = pages.text.get(kb) ?? []
    bench(
      `${label(kb)} pages (${list.length} an iteration)`,
      measured('parseText', kb, list.length, () => {
        for (const page of list) parseText(page)
      }),
      options(kb),
    )
  }
})

describe('parseMarkdown, time per KB', () => {
  for (const kb of sizes) {
    const list = pages.markdown.get(kb) ?? []
    bench(
      `${label(kb)} files (${list.length} an iteration)`,
      measured('parseMarkdown', kb, list.length, () => {
        for (const page of list) parseMarkdown(page)
      }),
      options(kb),
    )
  }
})

describe('renderHtml, time per KB of Markdown read', () => {
  for (const kb of sizes) {
    const list = articles.get(kb) ?? []
    bench(
      `${label(kb)} articles (${list.length} an iteration)`,
      measured('renderHtml', kb, list.length, () => {
        for (const article of list) renderHtml(article)
      }),
      options(kb),
    )
  }
})
