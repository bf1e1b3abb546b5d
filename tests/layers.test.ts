import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

// The layers point one way: schema <- parse, schema <- render, schema, parse and render
// <- node (the Node-only subpath), everything but cli <- astro (the Astro loader),
// everything <- cli; parse and render never import each other, nothing imports cli or
// astro, only cli and astro import node, and schema imports only zod (and mdast's types).
// The browser's layers import no node: module.
const src = new URL('../src/', import.meta.url).pathname

function filesOf(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesOf(join(folder, entry.name)) : [join(folder, entry.name)],
  )
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  return [...text.matchAll(/^(?:import|export)[^'"]*from '([^']+)'/gm)].map((m) => m[1] ?? '')
}

function layerOf(file: string): string {
  return relative(src, file).split('/')[0] ?? ''
}

describe('layers', () => {
  const files = filesOf(src).filter((file) => file.endsWith('.ts'))

  it.each(files.map((file) => [relative(src, file), file]))(
    '%s imports only what its layer may',
    (_, file) => {
      const layer = layerOf(file)
      const allowed: Record<string, string[]> = {
        schema: ['schema'],
        parse: ['schema', 'parse'],
        render: ['schema', 'render'],
        'index.ts': ['schema', 'parse', 'render'],
        node: ['schema', 'parse', 'render', 'node'],
        // The remark plugin's subpath, which remark-cli loads by name.
        remark: ['parse'],
        astro: ['schema', 'parse', 'render', 'node', 'astro'],
        cli: ['schema', 'parse', 'render', 'node', 'cli'],
      }
      for (const specifier of importsOf(file)) {
        if (!specifier.startsWith('.')) continue
        const target = layerOf(join(file, '..', specifier))
        expect(allowed[layer], `${specifier} from ${layer}`).toContain(target)
      }
    },
  )

  it('lets nothing but the command line import the command line', () => {
    const importers = files
      .filter((file) => layerOf(file) !== 'cli')
      .filter((file) =>
        importsOf(file).some((specifier) => layerOf(join(file, '..', specifier)) === 'cli'),
      )
    expect(importers).toEqual([])
  })

  it('lets nothing import the Astro loader', () => {
    const importers = files
      .filter((file) => layerOf(file) !== 'astro')
      .filter((file) =>
        importsOf(file).some((specifier) => layerOf(join(file, '..', specifier)) === 'astro'),
      )
    expect(importers).toEqual([])
  })

  it('lets only the command line and the Astro loader import the Node-only layer', () => {
    const importers = files
      .filter((file) => !['cli', 'node', 'astro'].includes(layerOf(file)))
      .filter((file) =>
        importsOf(file).some((specifier) => layerOf(join(file, '..', specifier)) === 'node'),
      )
    expect(importers).toEqual([])
  })

  it('keeps node: modules out of the layers the browser entries load', () => {
    const importers = files
      .filter((file) => ['schema', 'parse', 'render', 'remark', 'index.ts'].includes(layerOf(file)))
      .filter((file) => importsOf(file).some((specifier) => specifier.startsWith('node:')))
      .map((file) => relative(src, file))
    expect(importers).toEqual([])
  })

  it('has no import circles in the Node-only layer (imports of types aside)', () => {
    const node = files.filter((file) => layerOf(file) === 'node')
    const valueImports = (file: string) =>
      [
        ...readFileSync(file, 'utf8').matchAll(
          /^(?:import|export)(?! type )[^'"]*from '(\.[^']+)'/gm,
        ),
      ]
        .map((m) => join(file, '..', (m[1] ?? '').replace(/\.js$/, '.ts')))
        .filter((target) => layerOf(target) === 'node')
    const circles: string[] = []
    const visit = (file: string, path: string[]) => {
      if (path.includes(file)) {
        circles.push(
          [...path.slice(path.indexOf(file)), file].map((f) => relative(src, f)).join(' -> '),
        )
        return
      }
      if (done.has(file)) return
      for (const target of valueImports(file)) visit(target, [...path, file])
      done.add(file)
    }
    const done = new Set<string>()
    for (const file of node) visit(file, [])
    expect(circles).toEqual([])
  })

  it('keeps schema free of packages other than zod and mdast types', () => {
    const packages = files
      .filter((file) => layerOf(file) === 'schema')
      .flatMap(importsOf)
      .filter((specifier) => !specifier.startsWith('.'))
    expect([...new Set(packages)].sort()).toEqual(['mdast', 'zod'])
  })
})
