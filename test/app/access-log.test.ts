import t, { type Test } from 'tap'
import { buildApp } from '../../src/app.js'
import { loadConfig } from '../../src/config.js'
import { TEST_ADMIN_TOKEN, apiKeyHeaders, upstreamEnv } from '../helper.js'
import { ok, startFakeUpstream } from '../support/fake-upstream.js'
import { captureLogs } from '../support/log-capture.js'

/** One access log line per request at info: what was asked, by whom, the status and the time, under the request's id. */

async function gatewayLoggingAt (t: Test, level: 'info' | 'debug') {
  const upstream = await startFakeUpstream()
  t.teardown(upstream.close)
  upstream.on('/API/profile/balance', ok([{ price: '750.6346' }]))
  const logs = captureLogs(level)
  const app = await buildApp(loadConfig({ ...upstreamEnv(upstream.url), LOG_LEVEL: level, DATA_DIR: t.testdir(), GATEWAY_ADMIN_TOKEN: TEST_ADMIN_TOKEN }), logs.logger)
  t.teardown(() => app.close())
  const headers = await apiKeyHeaders(app)
  const linesOf = (requestId: string) => logs.lines.filter((line) => line.includes(`"requestId":"${requestId}"`)).map((line) => JSON.parse(line) as Record<string, unknown>)
  return { app, headers, linesOf }
}

t.test('at info a request writes exactly one line, after its answer', async (t) => {
  const { app, headers, linesOf } = await gatewayLoggingAt(t, 'info')
  await app.inject({ method: 'GET', url: '/balance?x=1', headers: { ...headers, 'x-request-id': 'access-1' }, remoteAddress: '127.0.0.1' })
  const lines = linesOf('access-1')
  t.equal(lines.length, 1)
  t.match(lines[0], { level: 30, msg: 'request completed', method: 'GET', url: '/balance?x=1', clientIp: '127.0.0.1', statusCode: 200, responseTime: Number })
})

t.test('refused requests are logged with their status too', async (t) => {
  const { app, linesOf } = await gatewayLoggingAt(t, 'info')
  await app.inject({ method: 'GET', url: '/balance', headers: { 'x-request-id': 'access-401' } })
  await app.inject({ method: 'GET', url: '/nowhere', headers: { 'x-request-id': 'access-404' } })
  t.match(linesOf('access-401'), [{ statusCode: 401 }])
  t.match(linesOf('access-404'), [{ statusCode: 404 }])
})

t.test('at debug the incoming line comes first, for requests that never answer', async (t) => {
  const { app, headers, linesOf } = await gatewayLoggingAt(t, 'debug')
  await app.inject({ method: 'GET', url: '/balance', headers: { ...headers, 'x-request-id': 'access-debug' } })
  t.match(linesOf('access-debug').map((line) => line.msg), ['incoming request', 'request completed'])
})
