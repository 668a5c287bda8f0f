import t, { type Test } from 'tap'
import { apiKeyHeaders, buildTestApp, upstreamEnv } from '../helper.js'
import { ok, startFakeUpstream } from '../support/fake-upstream.js'

/** How upstream answers and faults reach the client (docs/errors.md). */

async function setup (t: Test, env: Record<string, string> = {}) {
  const upstream = await startFakeUpstream()
  t.teardown(upstream.close)
  const app = await buildTestApp(t, upstreamEnv(upstream.url, { UPSTREAM_TIMEOUT_MS: '300', ...env }))
  // Schemas compile on first use, and a process's first, cold compile can hold the event loop for a
  // good part of 300 ms on a loaded machine. Take the token (the start-up sync is already asking for
  // it), then compile them all, so the deadline times the upstream alone.
  await app.tokens.getToken()
  app.schemaCompilers.compileAll()
  const headers = await apiKeyHeaders(app)
  return { upstream, app, headers }
}

t.test('code ≠ 1 is a 422 with the upstream code and message verbatim', async (t) => {
  const { upstream, app, headers } = await setup(t)
  upstream.on('/API/profile/balance', { json: { code: 0, message: '账户余额查询失败' } })
  const response = await app.inject({ method: 'GET', url: '/balance', headers })
  t.equal(response.statusCode, 422)
  t.match(response.headers['content-type'], /^application\/problem\+json/)
  t.match(response.json(), { status: 422, code: 'GW_UPSTREAM_REJECTED', detail: '账户余额查询失败', upstream: { code: 0, message: '账户余额查询失败' }, instance: '/balance' })
})

t.test('an upstream 5xx is a 502, and reads are retried before giving up', async (t) => {
  const { upstream, app, headers } = await setup(t)
  upstream.on('/API/profile/balance', { status: 503, raw: 'busy' })
  const response = await app.inject({ method: 'GET', url: '/balance', headers })
  t.equal(response.statusCode, 502)
  t.equal(response.json().code, 'GW_UPSTREAM_UNAVAILABLE')
  t.equal(upstream.callsTo('/API/profile/balance').length, 3, 'one call and two retries')
})

t.test('a read that fails once then succeeds is answered', async (t) => {
  const { upstream, app, headers } = await setup(t)
  let calls = 0
  upstream.on('/API/profile/balance', () => (++calls === 1 ? { destroy: true } : ok([{ price: '1.0000' }])))
  const response = await app.inject({ method: 'GET', url: '/balance', headers })
  t.equal(response.statusCode, 200)
  t.same(response.json(), { amount: '1.0000' })
  t.equal(calls, 2)
})

t.test('a non-JSON answer is a 502', async (t) => {
  const { upstream, app, headers } = await setup(t)
  upstream.on('/API/profile/balance', { raw: '<html>maintenance</html>' })
  const response = await app.inject({ method: 'GET', url: '/balance', headers })
  t.equal(response.statusCode, 502)
  t.match(response.json().detail, /other than a JSON envelope/)
})

t.test('an unreachable upstream is a 502', async (t) => {
  const { upstream, app, headers } = await setup(t)
  await upstream.close()
  const response = await app.inject({ method: 'GET', url: '/balance', headers })
  t.equal(response.statusCode, 502)
})

t.test('a slow read is a 504 after UPSTREAM_TIMEOUT_MS, not retried', async (t) => {
  const { upstream, app, headers } = await setup(t)
  upstream.on('/API/profile/balance', { ...ok([{ price: '1' }]), delayMs: 800 })
  const started = Date.now()
  const response = await app.inject({ method: 'GET', url: '/balance', headers })
  t.equal(response.statusCode, 504)
  t.equal(response.json().code, 'GW_UPSTREAM_TIMEOUT')
  t.equal(response.json().outcome, undefined)
  t.ok(Date.now() - started < 800, 'answered at the timeout, not when the upstream finished')
  t.equal(upstream.callsTo('/API/profile/balance').length, 1)
})

t.test('a timed-out write says its outcome is unknown and is never retried', async (t) => {
  const { upstream, app, headers } = await setup(t)
  upstream.on('/API/profile/update', { ...ok({ phone: '1' }), delayMs: 800 })
  const response = await app.inject({ method: 'PATCH', url: '/profile', headers, payload: { tel: '0510-1' } })
  t.equal(response.statusCode, 504)
  t.equal(response.json().outcome, 'unknown')
  t.match(response.json().detail, /outcome of this operation is unknown/)
  await new Promise((resolve) => setTimeout(resolve, 900))
  t.equal(upstream.callsTo('/API/profile/update').length, 1)
})

t.test('a write answered 5xx is not retried', async (t) => {
  const { upstream, app, headers } = await setup(t)
  upstream.on('/API/profile/update', { status: 502, raw: 'bad gateway' })
  const response = await app.inject({ method: 'PATCH', url: '/profile', headers, payload: { tel: '0510-1' } })
  t.equal(response.statusCode, 502)
  t.equal(upstream.callsTo('/API/profile/update').length, 1)
})

t.test('a write whose connection is reset may have been applied: outcome unknown', async (t) => {
  const { upstream, app, headers } = await setup(t)
  upstream.on('/API/profile/update', { destroy: true })
  const response = await app.inject({ method: 'PATCH', url: '/profile', headers, payload: { tel: '0510-1' } })
  t.equal(response.statusCode, 502)
  t.equal(response.json().outcome, 'unknown')
  t.equal(upstream.callsTo('/API/profile/update').length, 1)
})

t.test('identical concurrent reads share one upstream call', async (t) => {
  const { upstream, app, headers } = await setup(t)
  upstream.on('/API/profile/balance', { ...ok([{ price: '2.5000' }]), delayMs: 50 })
  const answers = await Promise.all(Array.from({ length: 20 }, () => app.inject({ method: 'GET', url: '/balance', headers })))
  t.ok(answers.every((answer) => answer.statusCode === 200 && answer.json().amount === '2.5000'))
  t.equal(upstream.callsTo('/API/profile/balance').length, 1)
})
