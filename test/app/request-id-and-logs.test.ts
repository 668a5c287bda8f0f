import t, { type Test } from 'tap'
import { buildApp } from '../../src/app.js'
import { loadConfig } from '../../src/config.js'
import { TEST_ADMIN_TOKEN, apiKeyHeaders, upstreamEnv } from '../helper.js'
import { ok, startFakeUpstream } from '../support/fake-upstream.js'
import { captureLogs } from '../support/log-capture.js'

async function setup (t: Test) {
  const upstream = await startFakeUpstream()
  t.teardown(upstream.close)
  upstream.on('/API/profile/balance', ok([{ price: '750.6346' }]))
  const logs = captureLogs('trace')
  const config = loadConfig({ ...upstreamEnv(upstream.url), LOG_LEVEL: 'trace', DATA_DIR: t.testdir(), GATEWAY_ADMIN_TOKEN: TEST_ADMIN_TOKEN })
  const app = await buildApp(config, logs.logger)
  t.teardown(() => app.close())
  const headers = await apiKeyHeaders(app)
  return { upstream, app, logs, headers }
}

t.test('a sane X-Request-Id is echoed, sent upstream and on the log lines', async (t) => {
  const { upstream, app, logs, headers } = await setup(t)
  const response = await app.inject({ method: 'GET', url: '/balance', headers: { ...headers, 'x-request-id': 'trace-abc-123' } })
  t.equal(response.statusCode, 200)
  t.equal(response.headers['x-request-id'], 'trace-abc-123')
  t.equal(upstream.callsTo('/API/profile/balance')[0]?.headers['x-request-id'], 'trace-abc-123')
  const requestLines = logs.lines.filter((line) => line.includes('"requestId":"trace-abc-123"'))
  t.ok(requestLines.length >= 2, 'incoming and completed lines carry the id')
})

t.test('a missing or unsafe X-Request-Id is replaced by a new one', async (t) => {
  const { app, headers } = await setup(t)
  const fresh = await app.inject({ method: 'GET', url: '/healthz' })
  t.match(fresh.headers['x-request-id'], /^[0-9a-f-]{36}$/)
  const hostile = await app.inject({ method: 'GET', url: '/balance', headers: { ...headers, 'x-request-id': 'bad id\r\nwith "quotes"' } })
  t.match(hostile.headers['x-request-id'], /^[0-9a-f-]{36}$/)
  const problem = await app.inject({ method: 'GET', url: '/nowhere', headers: { 'x-request-id': 'r-404' } })
  t.equal(problem.headers['x-request-id'], 'r-404')
  t.equal(problem.json().requestId, 'r-404', 'problem documents name the request too')
})

t.test('no token, password or secret reaches a log line', async (t) => {
  const { upstream, app, logs, headers } = await setup(t)
  await app.inject({ method: 'GET', url: '/balance', headers })
  const token = upstream.callsTo('/API/profile/balance')[0]?.body.token
  const encodedPassword = upstream.callsTo('/API/OAuth/authorize')[0]?.body.password
  t.type(token, 'string')
  app.log.info({ token, upstreamBody: { password: 'correct horse battery', card: '320219198509036295' }, headers: { authorization: 'Bearer x.y' } }, 'deliberately logging secrets')
  const all = logs.lines.join('\n')
  t.notOk(all.includes(String(token)), 'the upstream token')
  t.notOk(all.includes('correct horse battery'), 'the upstream password')
  t.notOk(all.includes(String(encodedPassword)), 'the encoded password')
  t.notOk(all.includes('320219198509036295'), 'identity-card numbers are masked')
  t.notOk(all.includes(TEST_ADMIN_TOKEN), 'the admin token')
  t.notOk(all.includes('Bearer x.y'), 'authorization headers')
  t.ok(all.includes('[redacted]'), 'redaction leaves a marker')
})
