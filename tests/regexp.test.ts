import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import tsParser from '@typescript-eslint/parser'
import { ESLint, type Linter } from 'eslint'
import regexp from 'eslint-plugin-regexp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// No regular expression in src may take more than linear time on hostile text: none may
// backtrack super-linearly (nested or adjacent quantifiers that can trade characters,
// /(?:\s*a?\s*)+$/), move super-linearly (an unanchored /\s+$/ rescans a long run of
// spaces from each of its positions), or hide a capturing group a quantifier before it
// can starve. eslint-plugin-regexp's analysis checks every regex literal and every
// `new RegExp` of a constant string in src, and every RegExp that src builds at load from
// its word lists (caught by watching the RegExp constructor while src is imported).
//
// A regex applied only to a slice of bounded length may keep a quadratic move with an
// `// eslint-disable-next-line regexp/no-super-linear-move -- <the bound>` comment.
const rules: Linter.RulesRecord = {
  'regexp/no-super-linear-backtracking': 'error',
  'regexp/no-super-linear-move': 'error',
  'regexp/no-misleading-capturing-group': 'error',
}

/**
 * Regexes that failed the check when it was added, each with its reason: one entry per
 * file, rule and a piece of the source line the report points at. All are in src/parse,
 * which was being changed elsewhere at the time; the fix for each is written beside it.
 * The test fails when a failure not listed here appears, and when a listed one is gone
 * (remove its entry).
 */
const knownFailures: ReadonlyArray<{
  file: string
  rule: string
  match: string
  reason: string
}> = []

const root = new URL('../', import.meta.url).pathname
const src = join(root, 'src')

function filesOf(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesOf(join(folder, entry.name)) : [join(folder, entry.name)],
  )
}

interface Failure {
  file: string
  rule: string
  line: string
  message: string
}

function failuresOf(results: ESLint.LintResult[], text: (file: string) => string): Failure[] {
  return results.flatMap((result) => {
    const lines = text(result.filePath).split('\n')
    return result.messages.map((message) => ({
      file: relative(root, result.filePath).replace(/\.built\.ts$/, ' (built at load)'),
      rule: message.ruleId ?? `(fatal) ${message.message}`,
      line: (lines[message.line - 1] ?? '').trim(),
      message: `${relative(root, result.filePath)}:${message.line}:${message.column} ${message.message}`,
    }))
  })
}

const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: true,
  overrideConfig: [
    {
      files: ['**/*.ts'],
      languageOptions: { parser: tsParser },
      plugins: { regexp },
      rules,
    },
  ],
})

// Every RegExp that src constructs while it loads, with the src file that built it.
const built: Array<{ source: string; flags: string; file: string }> = []
const NativeRegExp = globalThis.RegExp

beforeAll(async () => {
  globalThis.RegExp = new Proxy(NativeRegExp, {
    construct(target, args: [string | RegExp, string?]) {
      const made = Reflect.construct(target, args) as RegExp
      const frame = new Error().stack?.split('\n').find((line) => line.includes('/src/'))
      const file = /\/(src\/[^:)]+\.ts)/.exec(frame ?? '')?.[1]
      if (file) built.push({ source: made.source, flags: made.flags, file })
      return made
    },
  })
  try {
    const modules = filesOf(src).filter(
      (file) => file.endsWith('.ts') && !file.endsWith('.d.ts') && !file.endsWith('bin.ts'),
    )
    for (const file of modules) await import(file)
  } finally {
    globalThis.RegExp = NativeRegExp
  }
})

afterAll(() => {
  globalThis.RegExp = NativeRegExp
})

describe('regular expressions in src', () => {
  it('run in linear time, apart from the known failures listed above', {
    timeout: 120_000,
  }, async () => {
    const fromFiles = failuresOf(await eslint.lintFiles(['src/**/*.ts']), (file) =>
      readFileSync(file, 'utf8'),
    )
    // The regexes built at load, as literals, one per line, in a file named after the
    // one that built them.
    const fromLoad = (
      await Promise.all(
        [...new Set(built.map(({ file }) => file))].map(async (file) => {
          const code = built
            .filter((regex) => regex.file === file)
            .map(({ source, flags }) => `;/${source}/${flags}`)
            .join('\n')
          const results = await eslint.lintText(code, { filePath: join(root, `${file}.built.ts`) })
          return failuresOf(results, () => code)
        }),
      )
    ).flat()
    const failures = [...fromFiles, ...fromLoad]

    const isKnown = (failure: Failure, known: (typeof knownFailures)[number]) =>
      failure.file === known.file &&
      failure.rule === known.rule &&
      failure.line.includes(known.match)
    const unexpected = failures.filter(
      (failure) => !knownFailures.some((known) => isKnown(failure, known)),
    )
    const fixed = knownFailures.filter(
      (known) => !failures.some((failure) => isKnown(failure, known)),
    )
    expect(unexpected.map((failure) => `${failure.message} [${failure.rule}]`)).toEqual([])
    expect(fixed.map((known) => `${known.file} ${known.rule} ${known.match}`)).toEqual([])
  })

  it('include the regexes src builds at load from its word lists', () => {
    expect(built.length).toBeGreaterThan(10)
    expect(new Set(built.map(({ file }) => file))).toContain('src/parse/_lib/find-dates.ts')
  })
})
