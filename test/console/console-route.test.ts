import Fastify from 'fastify'
import t from 'tap'
import { CONSOLE_CSP } from '../../routes/console.js'
import consoleRoutes from '../../routes/console.js'
import { sendProblem, toGatewayError } from '../../src/problem.js'
import { Problem } from '../../src/schemas/problem.js'
import { buildTestApp } from '../helper.js'
import { captureLogs } from '../support/log-capture.js'

/**
 * GET /console and its files as the gateway serves them: from memory, under
 * a policy that allows nothing but this origin and no inline code, and a
 * plain 503 when the build is missing.
 */

// One gateway for the tests that only read from it.
const app = await buildTestApp(t)

t.test('the page is served with a strict Content-Security-Policy, nosniff and no-referrer', async (t) => {
  const page = await app.inject({ method: 'GET', url: '/console' })
  t.equal(page.statusCode, 200)
  t.match(page.headers['content-type'], /^text\/html; charset=utf-8/)
  const csp = String(page.headers['content-security-policy'])
  t.equal(csp, CONSOLE_CSP)
  for (const directive of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "connect-src 'self'", "frame-ancestors 'none'", "object-src 'none'"]) {
    t.ok(csp.split('; ').includes(directive), directive)
  }
  t.notMatch(csp, /unsafe-inline|unsafe-eval|\*|https?:/, 'no inline code, no wildcard, no other origin')
  t.equal(page.headers['x-content-type-options'], 'nosniff')
  t.equal(page.headers['referrer-policy'], 'no-referrer')
  t.equal(page.headers['x-frame-options'], 'DENY')

  const html = page.body
  t.notMatch(html, /<style|\sstyle=|\son[a-z]+=/i, 'no inline style or event handler')
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
  t.ok(scripts.length > 0)
  for (const [, attributes, body] of scripts) {
    t.match(attributes, /\ssrc="\/console\//, 'every script is a file of the console')
    t.equal(body?.trim(), '', 'with no inline code')
  }
})

t.test('every module the page loads is served, with its type and the same policy', async (t) => {
  const html = (await app.inject({ method: 'GET', url: '/console' })).body
  const pending = [...html.matchAll(/(?:src|href)="\/console\/([^"]+)"/g)].map((match) => match[1] as string)
  const seen = new Set<string>()
  while (pending.length > 0) {
    const name = pending.pop() as string
    if (seen.has(name)) continue
    seen.add(name)
    const file = await app.inject({ method: 'GET', url: `/console/${name}` })
    t.equal(file.statusCode, 200, name)
    t.equal(file.headers['content-security-policy'], CONSOLE_CSP)
    t.equal(file.headers['x-content-type-options'], 'nosniff')
    if (name.endsWith('.js')) {
      t.match(file.headers['content-type'], /^text\/javascript/, `${name} is JavaScript`)
      const base = name.includes('/') ? name.slice(0, name.lastIndexOf('/') + 1) : ''
      for (const [, specifier] of file.body.matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
        pending.push(new URL(String(specifier), `http://x/${base}`).pathname.slice(1))
      }
    } else {
      t.match(file.headers['content-type'], /^text\/css/, `${name} is CSS`)
    }
  }
  t.ok(seen.has('main.js') && seen.has('console.css') && seen.has('screens/keys.js'), `the page's ${seen.size} files were followed`)
})

t.test('an unchanged file answers 304 to its ETag; a changed one would not', async (t) => {
  const first = await app.inject({ method: 'GET', url: '/console/main.js' })
  const etag = String(first.headers.etag)
  t.match(etag, /^"[\w-]{22}"$/)
  t.equal(first.headers['cache-control'], 'no-cache', 'revalidated on every load')
  const again = await app.inject({ method: 'GET', url: '/console/main.js', headers: { 'if-none-match': etag } })
  t.equal(again.statusCode, 304)
  t.equal(again.body, '')
  const other = await app.inject({ method: 'GET', url: '/console/main.js', headers: { 'if-none-match': '"something-else"' } })
  t.equal(other.statusCode, 200)
})

t.test('an unknown file is a problem+json 404; /console/ leads to /console', async (t) => {
  const missing = await app.inject({ method: 'GET', url: '/console/nothing-here.js' })
  t.equal(missing.statusCode, 404)
  t.match(missing.headers['content-type'], /^application\/problem\+json/)
  t.match(missing.json(), { code: 'GW_NOT_FOUND', detail: 'The console has no file nothing-here.js' })
  const escape = await app.inject({ method: 'GET', url: '/console/../../package.json' })
  t.not(escape.statusCode, 200, 'no way out of the console\'s own files')
  const slash = await app.inject({ method: 'GET', url: '/console/' })
  t.equal(slash.statusCode, 200, 'the trailing slash is the page itself')
})

t.test('without a build, the console answers 503 GW_CONSOLE_NOT_BUILT and logs why, without paths', async (t) => {
  const logs = captureLogs()
  const app = Fastify({ logger: logs.logger })
  app.addSchema(Problem)
  app.setErrorHandler((error, request, reply) => sendProblem(toGatewayError(error), request, reply))
  await app.register(consoleRoutes, { load: () => Promise.reject(new Error("ENOENT: no such file or directory, scandir '/srv/app/dist/console/'")) })
  t.teardown(() => app.close())
  for (const url of ['/console', '/console/main.js']) {
    const answer = await app.inject({ method: 'GET', url })
    t.equal(answer.statusCode, 503, url)
    t.match(answer.json(), { code: 'GW_CONSOLE_NOT_BUILT', detail: /npm run build/ })
    t.notMatch(answer.body, '/srv/app', 'the cause stays in the log')
  }
  t.match(logs.lines.map((line) => JSON.parse(line)).find((line) => line.msg === 'the console cannot be loaded'), { err: { message: /ENOENT/ } })
})

t.test('a build without the page answers 503 for the page, 404 for other files', async (t) => {
  const bare = Fastify()
  bare.addSchema(Problem)
  bare.setErrorHandler((error, request, reply) => sendProblem(toGatewayError(error), request, reply))
  await bare.register(consoleRoutes, { load: async () => new Map() })
  t.teardown(() => bare.close())
  t.match((await bare.inject({ method: 'GET', url: '/console' })).json(), { status: 503, code: 'GW_CONSOLE_NOT_BUILT' })
  t.equal((await bare.inject({ method: 'GET', url: '/console/main.js' })).statusCode, 404)
})

t.test('the gateway\'s index links to the console', async (t) => {
  t.equal((await app.inject({ method: 'GET', url: '/' })).json().links.console, '/console')
  t.match((await app.inject({ method: 'GET', url: '/', headers: { accept: 'text/html' } })).body, '<a href="/console">')
})
