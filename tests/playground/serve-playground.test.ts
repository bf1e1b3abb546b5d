import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  playgroundContentSecurityPolicy,
  type StaticServer,
  serveFolder,
} from '../../scripts/serve-playground.js'

// A request with its path sent as written (fetch would tidy `..` away).
function get(
  url: string,
  path: string,
  method = 'GET',
): Promise<{ status: number; type: string; policy: string; body: string }> {
  const { hostname, port } = new URL(url)
  return new Promise((done, fail) => {
    const sent = request({ hostname, port, path, method }, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => {
        body += chunk
      })
      response.on('end', () =>
        done({
          status: response.statusCode ?? 0,
          type: String(response.headers['content-type']),
          policy: String(response.headers['content-security-policy']),
          body,
        }),
      )
    })
    sent.on('error', fail)
    sent.end()
  })
}

describe('serveFolder', () => {
  const parent = mkdtempSync(join(tmpdir(), 'news-model-serve-'))
  const folder = join(parent, 'site')
  let server: StaticServer | undefined
  const url = () => server?.url ?? ''

  beforeAll(async () => {
    mkdirSync(join(folder, 'sub'), { recursive: true })
    writeFileSync(join(folder, 'index.html'), '<!doctype html><title>t</title>')
    writeFileSync(join(folder, 'playground.js'), 'void 0')
    writeFileSync(join(parent, 'secret.txt'), 'not served')
    server = await serveFolder(folder, 0)
  })

  afterAll(async () => {
    await server?.close()
    rmSync(parent, { recursive: true, force: true })
  })

  it('serves index.html at / and a file by name, with its type and the policy', async () => {
    expect(url()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
    const page = await get(url(), '/')
    expect(page).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' })
    expect(page.body).toContain('<title>t</title>')
    expect(page.policy).toBe(playgroundContentSecurityPolicy)
    expect(await get(url(), '/playground.js')).toMatchObject({
      status: 200,
      type: 'text/javascript; charset=utf-8',
      body: 'void 0',
    })
    expect(await get(url(), '/', 'HEAD')).toMatchObject({ status: 200, body: '' })
  })

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/sub/..%2f..%2fsecret.txt',
    '/%zz',
    '/index.html%00.js',
    '/sub',
    '/missing.js',
  ])('answers %s with a 404, and keeps serving', async (path) => {
    expect((await get(url(), path)).status).toBe(404)
    expect((await get(url(), '/')).status).toBe(200)
  })

  it('refuses to write', async () => {
    expect((await get(url(), '/index.html', 'PUT')).status).toBe(404)
  })
})
