import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, normalize, relative } from 'node:path'
import type { Nodes, Root } from 'mdast'
import { toString as textOf } from 'mdast-util-to-string'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'

// The README is read on the registry's page, on GitHub and in node_modules: every link
// in it is absolute, and a link to the repository names a file that is there and in the
// tarball. The docs travel in the tarball together, so they link each other relatively.

/** The project's home: every absolute link into the repository starts with it. */
const home = 'https://github.com/cccme/news-model/'
const fileLink =
  /^https:\/\/github\.com\/cccme\/news-model\/(blob|raw|tree)\/main\/([^#?]+)(?:#(.*))?$/
// Folders kept in the repository and not in the package: a link there need only resolve
// on GitHub (the examples are projects of their own, not read from node_modules).
const repositoryOnly = ['examples/']

const root = new URL('../../', import.meta.url).pathname

interface Link {
  url: string
  line: number
}

function parse(file: string): Root {
  return unified()
    .use(remarkParse)
    .parse(readFileSync(join(root, file), 'utf8'))
}

/** Every link, image and definition target, and `href` or `src` of raw HTML. */
function linksOf(tree: Root): Link[] {
  const found: Link[] = []
  const walk = (node: Nodes) => {
    const line = node.position?.start.line ?? 0
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      found.push({ url: node.url, line })
    }
    if (node.type === 'html') {
      for (const match of node.value.matchAll(/\b(?:href|src)\s*=\s*["']([^"']*)["']/gi)) {
        found.push({ url: match[1] ?? '', line })
      }
    }
    if ('children' in node) for (const child of node.children) walk(child)
  }
  walk(tree)
  return found
}

/**
 * The anchors GitHub gives a file's headings: lower case, punctuation but `-` and `_`
 * removed, each space a `-`, and `-1`, `-2`, ... after a repeated one; plus the `id` and
 * `name` of raw HTML anchors.
 */
function anchorsOf(tree: Root): Set<string> {
  const anchors = new Set<string>()
  const seen = new Map<string, number>()
  const walk = (node: Nodes) => {
    if (node.type === 'heading') {
      const slug = textOf(node)
        .toLowerCase()
        .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
        .replace(/ /g, '-')
      const count = seen.get(slug) ?? 0
      anchors.add(count === 0 ? slug : `${slug}-${count}`)
      seen.set(slug, count + 1)
    }
    if (node.type === 'html') {
      for (const match of node.value.matchAll(/\b(?:id|name)\s*=\s*["']([^"']+)["']/gi)) {
        anchors.add(match[1] ?? '')
      }
    }
    if ('children' in node) for (const child of node.children) walk(child)
  }
  walk(tree)
  return anchors
}

const packed: Set<string> = (() => {
  const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  })
  const [pack] = JSON.parse(output) as Array<{ files: Array<{ path: string }> }>
  return new Set(pack?.files.map((file) => file.path))
})()

const isAbsolute = (url: string) => /^[a-z][a-z\d+.-]*:/i.test(url)

/** What is wrong with a link to a file of the repository, or `undefined`. */
function checkFile(path: string, anchor: string | undefined, kind: string): string | undefined {
  const full = join(root, path)
  if (!existsSync(full)) return `${path} does not exist in the repository`
  if (kind === 'tree') return statSync(full).isDirectory() ? undefined : `${path} is not a folder`
  if (!statSync(full).isFile()) return `${path} is not a file`
  if (!repositoryOnly.some((folder) => path.startsWith(folder)) && !packed.has(path)) {
    return `${path} is not in the package (package.json "files")`
  }
  if (anchor && path.endsWith('.md') && !anchorsOf(parse(path)).has(anchor)) {
    return `${path} has no heading with the anchor #${anchor}`
  }
  return undefined
}

describe('the links of README.md', () => {
  const tree = parse('README.md')
  const links = linksOf(tree)

  it('has links to check', () => {
    expect(links.filter((link) => link.url.startsWith(home)).length).toBeGreaterThan(5)
  })

  it('uses no relative link or image (they break on the registry and in node_modules)', () => {
    const relativeLinks = links
      .filter((link) => !isAbsolute(link.url) && !link.url.startsWith('#'))
      .map((link) => `README.md:${link.line}: ${link.url}`)
    expect(relativeLinks).toEqual([])
  })

  it('links to the repository at main, as blob, raw or tree', () => {
    const odd = links
      .filter((link) => link.url.startsWith(home) && !fileLink.test(link.url))
      .filter(
        (link) =>
          !/^https:\/\/github\.com\/cccme\/news-model\/(?:issues|pulls|releases)?(?:[/#?].*)?$/.test(
            link.url,
          ),
      )
      .map((link) => `README.md:${link.line}: ${link.url}`)
    expect(odd).toEqual([])
  })

  it('names files that exist in the repository and in the package, and headings they have', () => {
    const broken = links.flatMap((link) => {
      const match = fileLink.exec(link.url)
      if (!match) return []
      const [, kind = '', path = '', anchor] = match
      const problem = checkFile(decodeURIComponent(path), anchor, kind)
      return problem ? [`README.md:${link.line}: ${problem}`] : []
    })
    expect(broken).toEqual([])
  })

  it('names headings of its own in its anchor links', () => {
    const anchors = anchorsOf(tree)
    const broken = links
      .filter((link) => link.url.startsWith('#') && !anchors.has(link.url.slice(1)))
      .map((link) => `README.md:${link.line}: ${link.url}`)
    expect(broken).toEqual([])
  })

  it('shows images from raw, not from blob (a blob address is a page, not an image)', () => {
    const blobImages = links
      .filter((link) => /\/blob\/main\/.*\.(?:png|jpe?g|gif|svg|webp)$/i.test(link.url))
      .map((link) => `README.md:${link.line}: ${link.url}`)
    expect(blobImages).toEqual([])
  })
})

describe('the links between docs/*.md', () => {
  const docs = readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`)

  it('has docs to check', () => {
    expect(docs).toContain('docs/content-model.md')
  })

  it.each(docs)('%s links to files in the package and headings they have', (file) => {
    const tree = parse(file)
    const broken = linksOf(tree).flatMap((link) => {
      const match = fileLink.exec(link.url)
      if (match) {
        const [, kind = '', path = '', anchor] = match
        const problem = checkFile(decodeURIComponent(path), anchor, kind)
        return problem ? [`${file}:${link.line}: ${problem}`] : []
      }
      if (isAbsolute(link.url)) return []
      const [path = '', anchor] = link.url.split('#')
      if (path === '') {
        return anchor && !anchorsOf(tree).has(anchor)
          ? [`${file}:${link.line}: no heading #${anchor}`]
          : []
      }
      const target = normalize(join(dirname(file), decodeURIComponent(path)))
      if (relative(root, join(root, target)).startsWith('..')) {
        return [`${file}:${link.line}: ${link.url} leaves the repository`]
      }
      const problem = checkFile(target, anchor, 'blob')
      return problem ? [`${file}:${link.line}: ${problem} (${link.url})`] : []
    })
    expect(broken).toEqual([])
  })
})
