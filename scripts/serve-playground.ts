// Builds the playground and serves it on this machine, for trying it while working on
// it. Run: npm run playground (PORT=8080 by default; the URL is printed).
import { createReadStream, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, relative, resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import { buildPlayground } from './build-playground.js'

/** The media type of each file the playground has. */
export const mediaTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
}

/**
 * The Content-Security-Policy the playground runs under (and the one to give it on a
 * static host): its own script and styles only, the rendered article's inline styles
 * (its frame inherits the policy), images from https and data URLs, no requests, no
 * forms, no framing by other sites.
 */
export const playgroundContentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' https: data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

/** A running static server. */
export interface StaticServer {
  /** Its address, such as `http://127.0.0.1:8080/`. */
  url: string
  /** Stop it. */
  close(): Promise<void>
}

// The file a request's path names inside the folder, if there is one: `/` is
// `index.html`; a malformed escape (`%zz`), a NUL, a path out of the folder or a folder
// name none.
function fileOf(base: string, url: string | undefined): string | undefined {
  let path: string
  try {
    path = decodeURIComponent(new URL(url ?? '/', 'http://localhost').pathname)
  } catch {
    return undefined
  }
  if (path.includes('\0')) return undefined
  const file = resolve(base, `.${path.endsWith('/') ? `${path}index.html` : path}`)
  const inside = relative(base, file)
  if (inside === '..' || inside.startsWith(`..${sep}`)) return undefined
  return statSync(file, { throwIfNoEntry: false })?.isFile() ? file : undefined
}

/**
 * Serve a folder's files, read-only, on 127.0.0.1, under
 * {@link playgroundContentSecurityPolicy}: `/` is `index.html`; a path outside the
 * folder, a folder or a missing file is a 404.
 *
 * @param folder - the folder to serve.
 * @param port - the port (default: `8080`; `0` takes a free one).
 * @returns the server's URL and a way to stop it.
 */
export function serveFolder(folder: string, port = 8080): Promise<StaticServer> {
  const base = resolve(folder)
  const server: Server = createServer((request, response) => {
    const reading = request.method === 'GET' || request.method === 'HEAD'
    const file = reading ? fileOf(base, request.url) : undefined
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found')
      return
    }
    response.writeHead(200, {
      'content-type': mediaTypes[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      'content-security-policy': playgroundContentSecurityPolicy,
    })
    if (request.method === 'HEAD') response.end()
    else
      createReadStream(file)
        .on('error', () => response.destroy())
        .pipe(response)
  })
  return new Promise((done, fail) => {
    server.once('error', fail)
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address() as AddressInfo
      done({
        url: `http://127.0.0.1:${bound}/`,
        close: () => new Promise((closed) => server.close(() => closed())),
      })
    })
  })
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { outDir } = await buildPlayground()
  const port = Number(process.env.PORT ?? 8080)
  const { url } = await serveFolder(outDir, port)
  console.log(`The playground (${join(outDir, 'index.html')}) is at ${url}\nStop with Ctrl+C.`)
}
