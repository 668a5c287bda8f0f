import t from 'tap'
import { KeyChanges } from '../../src/keys/key-changes.js'
import { shareKeyChanges } from '../../src/redis/key-change-channel.js'
import { RedisLink } from '../../src/redis/redis-link.js'
import { createKey, RAW_SECRET } from '../callbacks/support/signed-callback.js'
import { openEventStream, startListeningGateway } from '../events/support/listening-gateway.js'
import { TEST_ADMIN_TOKEN } from '../helper.js'
import { redisSkip, startOwnRedis, testRedis, type TestRedis } from '../support/redis-server.js'
import { waitUntil } from '../support/wait-until.js'

/**
 * Issue 10: a key change (disable, delete, rotate, scope or whitelist
 * change) reaches every instance's key cache within 1 s, not when the
 * cached entry expires (10 s). "Another instance" here is a KeyChanges on
 * its own Redis connection, as plugins/auth.ts wires it; the change itself
 * is written straight into the gateway's store, as the other instance's
 * write to the shared database would be. (Open streams of a changed key
 * end through the same signal: test/events/stream-limits-and-revocation.)
 */

type TestContext = Parameters<Parameters<typeof t.test>[0]>[0]

async function otherInstance (t: TestContext, redis: TestRedis): Promise<KeyChanges> {
  const link = new RedisLink({ url: redis.url, prefix: redis.prefix })
  await link.connect()
  t.teardown(() => link.close())
  const changes = new KeyChanges()
  shareKeyChanges(changes, link, () => {}, (error) => { t.fail(String(error)) })
  return changes
}

async function setup (t: TestContext, redis: TestRedis) {
  const gateway = await startListeningGateway(t, { REDIS_URL: redis.url, REDIS_KEY_PREFIX: redis.prefix, CALLBACK_SECRET: RAW_SECRET })
  const key = await createKey(gateway.app)
  const read = () => gateway.app.inject({ url: '/sms/reviews', headers: key.headers })
  t.equal((await read()).statusCode, 200, 'the key works, and is now cached')
  return { ...gateway, key, read }
}

t.test('a key disabled on another instance is refused here within 1 s, and its stream ends', { skip: redisSkip }, async (t) => {
  const redis = await testRedis(t)
  const { app, origin, key, read } = await setup(t, redis)
  const other = await otherInstance(t, redis)

  await app.store.apiKeys.update(key.secretId, { disabled: true }, new Date().toISOString())
  t.equal((await read()).statusCode, 200, 'unannounced, the cached key is still accepted')
  other.notify(key.secretId)
  // The contract's bound (issue 10): within 1 s of the change.
  await waitUntil('the key is refused', async () => (await read()).statusCode === 401, 1_000)

  const stream = await openEventStream(`${origin}/events`, key.headers)
  t.equal(stream.status, 401, 'nor can it open a stream')
})

t.test('a change made through this instance\'s admin API is announced to the others', { skip: redisSkip }, async (t) => {
  const redis = await testRedis(t)
  const { app, key } = await setup(t, redis)
  const other = await otherInstance(t, redis)
  const heard: Array<[string, string]> = []
  other.onAnyChange((secretId, origin) => heard.push([secretId, origin]))

  const rotated = await app.inject({ method: 'POST', url: `/admin/api-keys/${key.secretId}/rotate`, headers: { authorization: `Bearer ${TEST_ADMIN_TOKEN}` } })
  t.equal(rotated.statusCode, 200)
  const deleted = await app.inject({ method: 'DELETE', url: `/admin/api-keys/${key.secretId}`, headers: { authorization: `Bearer ${TEST_ADMIN_TOKEN}` } })
  t.equal(deleted.statusCode, 204)
  await waitUntil('both changes are heard', () => heard.length >= 2, 1_000)
  t.same(heard, [[key.secretId, 'remote'], [key.secretId, 'remote']], 'heard as changes from elsewhere, not passed on again')
})

t.test('after a Redis outage, nothing cached before it is trusted', { skip: redisSkip }, async (t) => {
  const redis = await startOwnRedis(t)
  const { app, key, read } = await setup(t, redis)
  await redis.stop()
  await waitUntil('Redis is seen down', () => app.redis?.available === false)
  // Changed elsewhere while the announcement could not be sent.
  await app.store.apiKeys.update(key.secretId, { disabled: true }, new Date().toISOString())
  await redis.start()
  await waitUntil('Redis is seen back', () => app.redis?.available === true)
  t.equal((await read()).statusCode, 401, 'the key was read afresh from the store')
})
