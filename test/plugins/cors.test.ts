import t from 'tap'
import { apiKeyHeaders, buildTestApp } from '../helper.js'

/** CORS_ORIGINS: unset, no CORS at all; set, preflights and answers for those origins only. */

const CONSOLE = 'https://console.example.com'
const preflight = (origin: string, requestHeaders = 'authorization,idempotency-key,x-request-id,content-type') => ({
  method: 'OPTIONS' as const,
  url: '/cdn/flow-packages',
  headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': requestHeaders },
})

t.test('unset: no CORS headers and no preflight route', async (t) => {
  const app = await buildTestApp(t)
  const response = await app.inject(preflight(CONSOLE))
  t.equal(response.statusCode, 404)
  t.notOk(response.headers['access-control-allow-origin'])
  t.match(response.json(), { code: 'GW_NOT_FOUND', detail: /CORS is off\. Set CORS_ORIGINS to the origins/ }, 'the 404 says how to turn CORS on')
  const headers = await apiKeyHeaders(app)
  const read = await app.inject({ method: 'GET', url: '/balance', headers: { ...headers, origin: CONSOLE } })
  t.equal(read.statusCode, 200)
  t.notOk(read.headers['access-control-allow-origin'])
})

t.test('a listed origin gets its preflight answered with the gateway\'s headers', async (t) => {
  const app = await buildTestApp(t, { CORS_ORIGINS: `${CONSOLE},http://localhost:5173` })
  const response = await app.inject(preflight(CONSOLE))
  t.equal(response.statusCode, 204)
  t.equal(response.headers['access-control-allow-origin'], CONSOLE)
  t.match(response.headers.vary, /origin/i)
  const allowed = String(response.headers['access-control-allow-headers']).toLowerCase().split(/,\s*/)
  for (const header of ['authorization', 'idempotency-key', 'x-request-id', 'content-type']) t.ok(allowed.includes(header), `${header} may be sent`)
  t.match(response.headers['access-control-allow-methods'], /PATCH/)
  t.notOk(response.headers['access-control-allow-credentials'], 'keys travel in Authorization, not cookies')
})

t.test('an answer to a listed origin exposes the request-id and rate-limit headers', async (t) => {
  const app = await buildTestApp(t, { CORS_ORIGINS: CONSOLE })
  const headers = await apiKeyHeaders(app)
  const response = await app.inject({ method: 'GET', url: '/balance', headers: { ...headers, origin: CONSOLE } })
  t.equal(response.statusCode, 200)
  t.equal(response.headers['access-control-allow-origin'], CONSOLE)
  const exposed = String(response.headers['access-control-expose-headers']).toLowerCase().split(/,\s*/)
  for (const header of ['x-request-id', 'ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset', 'retry-after', 'idempotent-replayed']) t.ok(exposed.includes(header), `${header} is readable`)
  t.ok(response.headers['ratelimit-remaining'], 'and is there to read')
})

t.test('an origin that is not listed gets no CORS headers', async (t) => {
  const app = await buildTestApp(t, { CORS_ORIGINS: CONSOLE })
  const response = await app.inject(preflight('https://evil.example'))
  t.notOk(response.headers['access-control-allow-origin'])
  const headers = await apiKeyHeaders(app)
  const read = await app.inject({ method: 'GET', url: '/balance', headers: { ...headers, origin: 'https://evil.example' } })
  t.notOk(read.headers['access-control-allow-origin'])
})

t.test('* allows any origin', async (t) => {
  const app = await buildTestApp(t, { CORS_ORIGINS: '*' })
  const response = await app.inject(preflight('https://anywhere.example'))
  t.equal(response.statusCode, 204)
  t.equal(response.headers['access-control-allow-origin'], '*')
})

t.test('a preflight without Origin or Access-Control-Request-Method is a problem naming what is missing', async (t) => {
  const app = await buildTestApp(t, { CORS_ORIGINS: CONSOLE })
  const bare = await app.inject({ method: 'OPTIONS', url: '/balance' })
  t.equal(bare.statusCode, 400)
  t.match(bare.headers['content-type'], /^application\/problem\+json/)
  t.match(bare.json(), { code: 'GW_BAD_REQUEST', detail: /needs the Origin and Access-Control-Request-Method headers.*Allowed origins: https:\/\/console\.example\.com/ })
  const noMethod = await app.inject({ method: 'OPTIONS', url: '/balance', headers: { origin: CONSOLE } })
  t.equal(noMethod.statusCode, 400)
  t.match(noMethod.json(), { detail: /needs the Access-Control-Request-Method header;/ })
})
