import t from 'tap'
import { buildTestApp, upstreamEnv } from '../helper.js'

/** GET / points a newcomer at the docs, the spec and the health checks, and says when the sandbox is on. */

t.test('curl gets a JSON index that says the sandbox is on', async (t) => {
  const app = await buildTestApp(t)
  const response = await app.inject({ method: 'GET', url: '/', headers: { accept: '*/*' } })
  t.equal(response.statusCode, 200)
  t.match(response.headers['content-type'], /^application\/json/)
  t.match(response.json(), {
    sandbox: true,
    note: /UPSTREAM_URL is not set/,
    links: { docs: '/docs', openapi: '/openapi.json', health: '/healthz' },
  })
  for (const href of Object.values(response.json().links as Record<string, string>)) {
    t.equal((await app.inject({ method: 'GET', url: href })).statusCode, 200, `${href} answers`)
  }
})

t.test('a browser gets an HTML page with the same links', async (t) => {
  const app = await buildTestApp(t)
  const response = await app.inject({ method: 'GET', url: '/', headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' } })
  t.equal(response.statusCode, 200)
  t.match(response.headers['content-type'], /^text\/html/)
  t.match(response.headers.vary, /accept/i)
  t.match(response.body, /<strong>Sandbox:<\/strong>/)
  for (const href of ['/docs', '/openapi.json', '/healthz']) t.match(response.body, `<a href="${href}">`)
})

t.test('on a real upstream the index does not claim the sandbox', async (t) => {
  const app = await buildTestApp(t, upstreamEnv('http://127.0.0.1:9'))
  const body = (await app.inject({ method: 'GET', url: '/' })).json()
  t.equal(body.sandbox, false)
  t.notOk('note' in body)
  const page = await app.inject({ method: 'GET', url: '/', headers: { accept: 'text/html' } })
  t.notMatch(page.body, /Sandbox/)
})
