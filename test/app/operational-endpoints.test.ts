import t, { type Test } from 'tap'
import { TEST_ADMIN_TOKEN, apiKeyHeaders, buildTestApp, upstreamEnv } from '../helper.js'
import { ok, startFakeUpstream } from '../support/fake-upstream.js'

const admin = { authorization: `Bearer ${TEST_ADMIN_TOKEN}` }

async function setup (t: Test) {
  const upstream = await startFakeUpstream()
  t.teardown(upstream.close)
  upstream.on('/API/profile/balance', ok([{ price: '750.6346' }], { total: '1' }))
  const app = await buildTestApp(t, upstreamEnv(upstream.url))
  return { upstream, app }
}

t.test('healthz answers without a key', async (t) => {
  const { app } = await setup(t)
  const response = await app.inject({ method: 'GET', url: '/healthz' })
  t.equal(response.statusCode, 200)
  t.same(response.json(), { status: 'ok' })
})

t.test('readyz checks the store and that a token can be had', async (t) => {
  const { upstream, app } = await setup(t)
  const ready = await app.inject({ method: 'GET', url: '/readyz' })
  t.equal(ready.statusCode, 200)
  // Redis is checked too when the suite runs with one (TEST_REDIS_URL).
  const expected = [...(process.env.TEST_REDIS_URL ? [['redis', true]] : []), ['store', true], ['upstreamToken', true]]
  t.same(ready.json().checks.map((check: { name: string, ok: boolean }) => [check.name, check.ok]).sort(), expected)

  const down = await setup(t)
  down.upstream.on('/API/OAuth/authorize', { json: { code: 0, message: '用户名或密码错误' } })
  const notReady = await down.app.inject({ method: 'GET', url: '/readyz' })
  t.equal(notReady.statusCode, 503)
  t.match(notReady.headers['content-type'], /^application\/problem\+json/)
  t.match(notReady.json().detail, /upstreamToken: .*用户名或密码错误/)
  t.notOk(notReady.body.includes('correct horse battery'))
  t.equal(upstream.callsTo('/API/OAuth/authorize').length, 1)
})

t.test('metrics count requests by route and status, upstream latency and token refreshes', async (t) => {
  const { app } = await setup(t)
  const headers = await apiKeyHeaders(app)
  await app.inject({ method: 'GET', url: '/balance', headers })
  await app.inject({ method: 'GET', url: '/nope' })
  const metrics = await app.inject({ method: 'GET', url: '/metrics' })
  t.equal(metrics.statusCode, 200)
  t.match(metrics.headers['content-type'], /^text\/plain/)
  t.match(metrics.body, /gateway_http_request_duration_seconds_count\{method="GET",route="\/balance",status="200"\} 1/)
  t.match(metrics.body, /gateway_http_request_duration_seconds_count\{method="GET",route="unmatched",status="404"\} 1/)
  t.match(metrics.body, /gateway_upstream_request_duration_seconds_count\{endpoint="\/API\/profile\/balance",outcome="ok"\} 1/)
  t.match(metrics.body, /gateway_token_refreshes_total\{outcome="success"\} 1/)
  t.match(metrics.body, /process_cpu_seconds_total/)
})

t.test('docs and the OpenAPI document are served', async (t) => {
  const { app } = await setup(t)
  const spec = await app.inject({ method: 'GET', url: '/openapi.json' })
  t.equal(spec.statusCode, 200)
  t.equal(spec.json().openapi, '3.1.0')
  const docs = await app.inject({ method: 'GET', url: '/docs/' })
  t.equal(docs.statusCode, 200)
  t.match(docs.headers['content-type'], /text\/html/)
  t.match(docs.body, /swagger/i)
})

t.test('admin upstream status and live check', async (t) => {
  const { upstream, app } = await setup(t)
  const before = await app.inject({ method: 'GET', url: '/admin/upstream', headers: admin })
  t.equal(before.statusCode, 200)
  t.match(before.json(), { upstream: { origin: upstream.url, sandbox: false }, token: { present: false, refreshes: 0 }, lastCheck: null })

  const check = await app.inject({ method: 'POST', url: '/admin/upstream/check', headers: admin })
  t.equal(check.statusCode, 200)
  t.match(check.json(), { token: { present: true, refreshes: 1, lastRefreshError: null }, lastCheck: { reachable: true, balance: '750.6346', error: null } })
  t.match(check.json().token.expiresAt, /Z$/)
  t.notOk(check.body.includes('token-1'), 'the token itself is never shown')

  upstream.on('/API/profile/balance', { status: 500, raw: 'down' })
  const failing = await app.inject({ method: 'POST', url: '/admin/upstream/check', headers: admin })
  t.match(failing.json().lastCheck, { reachable: false, balance: null, error: /HTTP 500/ })
})
