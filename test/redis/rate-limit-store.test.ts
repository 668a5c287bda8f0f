import t from 'tap'
import { buildTestApp } from '../helper.js'
import { redisSkip, startOwnRedis, testRedis } from '../support/redis-server.js'
import { waitUntil } from '../support/wait-until.js'

/**
 * docs/api.md with REDIS_URL: the counters are in Redis, so
 * RATE_LIMIT_MAX is the limit across every instance; while Redis is down
 * each instance limits alone, and it shares again once Redis is back.
 */

const badCredentials = { authorization: 'Bearer AKIDnobody.wrong-secret' }

t.test('RATE_LIMIT_MAX is the limit across two instances sharing Redis', { skip: redisSkip }, async (t) => {
  const redis = await testRedis(t)
  const env = { REDIS_URL: redis.url, REDIS_KEY_PREFIX: redis.prefix, RATE_LIMIT_MAX: '5', RATE_LIMIT_WINDOW: '1 minute' }
  const a = await buildTestApp(t, env)
  const b = await buildTestApp(t, env)
  const statuses: number[] = []
  for (let index = 0; index < 8; index++) {
    const app = index % 2 === 0 ? a : b
    statuses.push((await app.inject({ url: '/balance', headers: badCredentials })).statusCode)
  }
  t.same(statuses, [401, 401, 401, 401, 401, 429, 429, 429], 'five attempts in all, whichever instance took them')
  const limited = await b.inject({ url: '/balance', headers: badCredentials })
  t.equal(limited.headers['ratelimit-limit'], '5')
  t.equal(limited.headers['ratelimit-remaining'], '0')
  t.ok(Number(limited.headers['retry-after']) > 0)
})

t.test('instances with other key prefixes count apart', { skip: redisSkip }, async (t) => {
  const redis = await testRedis(t)
  const a = await buildTestApp(t, { REDIS_URL: redis.url, REDIS_KEY_PREFIX: `${redis.prefix}a:`, RATE_LIMIT_MAX: '2' })
  const b = await buildTestApp(t, { REDIS_URL: redis.url, REDIS_KEY_PREFIX: `${redis.prefix}b:`, RATE_LIMIT_MAX: '2' })
  for (let index = 0; index < 2; index++) await a.inject({ url: '/balance', headers: badCredentials })
  t.equal((await a.inject({ url: '/balance', headers: badCredentials })).statusCode, 429)
  t.equal((await b.inject({ url: '/balance', headers: badCredentials })).statusCode, 401, 'b has its own budget')
})

t.test('with Redis down each instance limits alone, and shares again when it is back', { skip: redisSkip }, async (t) => {
  const redis = await startOwnRedis(t)
  const env = { REDIS_URL: redis.url, REDIS_KEY_PREFIX: redis.prefix, RATE_LIMIT_MAX: '3', RATE_LIMIT_WINDOW: '1 minute' }
  const a = await buildTestApp(t, env)
  await redis.stop()
  await waitUntil('Redis is seen down', () => a.redis?.available === false)

  const down = []
  for (let index = 0; index < 4; index++) down.push((await a.inject({ url: '/balance', headers: badCredentials })).statusCode)
  t.same(down, [401, 401, 401, 429], 'still limited, in memory')

  await redis.start()
  await waitUntil('Redis is seen back', () => a.redis?.available === true)
  const b = await buildTestApp(t, env)
  const up = []
  for (let index = 0; index < 4; index++) up.push((await (index % 2 === 0 ? a : b).inject({ url: '/balance', headers: badCredentials })).statusCode)
  t.same(up, [401, 401, 401, 429], 'counted in the restarted Redis across both again')
})
