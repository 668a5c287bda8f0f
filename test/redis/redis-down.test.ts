import t from 'tap'
import { buildApp } from '../../src/app.js'
import { loadConfig } from '../../src/config.js'
import { apiKeyHeaders, TEST_ADMIN_TOKEN, upstreamEnv } from '../helper.js'
import { ok, startFakeUpstream } from '../support/fake-upstream.js'
import { captureLogs } from '../support/log-capture.js'
import { redisSkip, startOwnRedis, type OwnRedis } from '../support/redis-server.js'
import { waitUntil } from '../support/wait-until.js'

/**
 * Redis down (issue 10): requests go on with what one instance can do
 * alone, /readyz says degraded and why, the logs say so once, and all
 * recovers by itself when Redis returns. A real redis-server is stopped
 * and started again.
 */

type TestContext = Parameters<Parameters<typeof t.test>[0]>[0]

async function gatewayOn (t: TestContext, redis: OwnRedis) {
  const upstream = await startFakeUpstream()
  t.teardown(upstream.close)
  upstream.on('/API/profile/balance', ok([{ price: '12.5000' }]))
  const logs = captureLogs('info')
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: t.testdir(),
    GATEWAY_ADMIN_TOKEN: TEST_ADMIN_TOKEN,
    REDIS_URL: redis.url,
    REDIS_KEY_PREFIX: redis.prefix,
    ...upstreamEnv(upstream.url),
  })
  const app = await buildApp(config, logs.logger)
  t.teardown(() => app.close())
  const linesAbout = (pattern: RegExp) => logs.lines.filter((line) => pattern.test(line))
  const readiness = async () => (await app.inject('/readyz')).json() as { status: string, checks: Array<{ name: string, ok: boolean, detail?: string }> }
  return { app, upstream, logs, linesAbout, readiness }
}

const DOWN = /Redis is unreachable/
const BACK = /Redis is reachable again/

t.test('Redis stopped and started again: degraded, said once, serving alone, then shared again', { skip: redisSkip }, async (t) => {
  const redis = await startOwnRedis(t)
  const { app, upstream, linesAbout, readiness } = await gatewayOn(t, redis)
  t.match(await readiness(), { status: 'ok', checks: [{ name: 'redis', ok: true }] })
  const headers = await apiKeyHeaders(app)

  await redis.stop()
  await waitUntil('Redis is seen down', () => app.redis?.available === false)
  const degraded = await app.inject('/readyz')
  t.equal(degraded.statusCode, 200, 'still ready: load balancers keep sending traffic')
  const body = degraded.json() as { status: string, checks: Array<{ name: string, ok: boolean, detail?: string }> }
  t.equal(body.status, 'degraded')
  t.match(body.checks.find((check) => check.name === 'redis'), { ok: false, optional: true, detail: /Redis unreachable .*serving alone/ })

  // A cold burst: the shared token cannot be had, so this instance authorizes once, alone.
  const answers = await Promise.all(Array.from({ length: 20 }, () => app.inject({ url: '/balance', headers })))
  t.same(answers.map((answer) => answer.statusCode), Array(20).fill(200), 'requests go on')
  t.equal(upstream.callsTo('/API/OAuth/authorize').length, 1, 'one authorize: local single-flight')

  // Reconnect attempts go on all this time; none of them is logged again.
  await new Promise((resolve) => setTimeout(resolve, 1_500))
  t.equal(linesAbout(DOWN).length, 1, 'the outage is logged once')
  t.match(JSON.parse(linesAbout(DOWN)[0]!), { level: 40, component: 'redis', reason: /.+/ }, 'a warning, with the reason')

  await redis.start()
  await waitUntil('Redis is seen back', () => app.redis?.available === true)
  t.match(await readiness(), { status: 'ok', checks: [{ name: 'redis', ok: true }] })
  t.equal(linesAbout(BACK).length, 1, 'the recovery is logged once')

  // Shared again: the next token is stored in Redis for the other instances.
  app.tokens.invalidate(await app.tokens.getToken())
  t.equal(await app.tokens.getToken(), 'token-2')
  const shared = await app.redis!.commands.get(app.redis!.key('upstream-token'))
  t.match(JSON.parse(shared ?? '{}'), { token: 'token-2' })
})

t.test('a gateway started while Redis is down starts degraded and joins when Redis comes up', { skip: redisSkip }, async (t) => {
  const redis = await startOwnRedis(t)
  await redis.stop()
  const { app, linesAbout, readiness } = await gatewayOn(t, redis)
  t.match(await readiness(), { status: 'degraded', checks: [{ name: 'redis', ok: false }] })
  t.equal(linesAbout(DOWN).length, 1)
  t.equal((await app.inject('/healthz')).statusCode, 200)

  await redis.start()
  await waitUntil('Redis is seen up', () => app.redis?.available === true)
  t.match(await readiness(), { status: 'ok' })
  t.equal(linesAbout(BACK).length, 1)
})

t.test('no secret reaches the logs when Redis fails', { skip: redisSkip }, async (t) => {
  const redis = await startOwnRedis(t)
  const withPassword = { ...redis, url: redis.url.replace('redis://', 'redis://:hunter2-redis-password@') }
  await redis.stop()
  const { logs } = await gatewayOn(t, withPassword)
  t.ok(logs.lines.length > 0)
  t.notOk(logs.lines.some((line) => line.includes('hunter2-redis-password')), 'the Redis password is not logged')
})
