import t from 'tap'
import { RedisLink } from '../../src/redis/redis-link.js'
import { redisTokenStore } from '../../src/redis/redis-token-store.js'
import { TokenManager, type ObtainedToken } from '../../src/upstream/token-manager.js'
import { redisSkip, startOwnRedis, testRedis, type TestRedis } from '../support/redis-server.js'

/**
 * docs/api.md: instances sharing REDIS_URL share one token and one
 * refresh. Several token managers (as several instances would hold) on one
 * real Redis, against an authorize that counts its calls.
 */

type TestContext = Parameters<Parameters<typeof t.test>[0]>[0]

async function linkTo (t: TestContext, redis: TestRedis): Promise<RedisLink> {
  const link = new RedisLink({ url: redis.url, prefix: redis.prefix })
  await link.connect()
  t.teardown(() => link.close())
  return link
}

/** The upstream stand-in's authorize: each call issues a new token and, like the real one may, revokes the previous. */
function countingAuthorize (delayMs = 50) {
  let issued = 0
  const authorize = async (): Promise<ObtainedToken> => {
    const token = `token-${++issued}`
    await new Promise((resolve) => setTimeout(resolve, delayMs))
    return { token, expiresAt: Date.now() + 3_600_000 }
  }
  return { authorize, issued: () => issued }
}

async function instances (t: TestContext, redis: TestRedis, count: number, authorize: () => Promise<ObtainedToken>, lockMs = 5_000) {
  return Promise.all(Array.from({ length: count }, async () => {
    const link = await linkTo(t, redis)
    return new TokenManager({ authorize, refreshMarginMs: 300_000, shared: { store: redisTokenStore(link), lockMs, pollMs: 10 } })
  }))
}

t.test('a cold burst across three instances makes one authorize call, and all use its token', { skip: redisSkip }, async (t) => {
  const redis = await testRedis(t)
  const upstream = countingAuthorize(100)
  const managers = await instances(t, redis, 3, upstream.authorize)
  const tokens = await Promise.all(managers.flatMap((manager) => Array.from({ length: 200 }, () => manager.getToken())))
  t.equal(upstream.issued(), 1, 'one authorize across all instances')
  t.same(new Set(tokens), new Set(['token-1']))
  t.equal(managers.reduce((sum, manager) => sum + manager.describe().refreshes, 0), 1, 'only the lock holder counts a refresh')
})

t.test('a token rejected on every instance at once is replaced once for everyone', { skip: redisSkip }, async (t) => {
  const redis = await testRedis(t)
  const upstream = countingAuthorize()
  const managers = await instances(t, redis, 3, upstream.authorize)
  const first = await Promise.all(managers.map((manager) => manager.getToken()))
  t.same(first, ['token-1', 'token-1', 'token-1'])

  for (const manager of managers) manager.invalidate('token-1')
  const replaced = await Promise.all(managers.map((manager) => manager.getToken()))
  t.same(replaced, ['token-2', 'token-2', 'token-2'], 'every instance moves to the same new token')
  t.equal(upstream.issued(), 2, 'one authorize for the replacement')

  // An instance that learns of the rejection late takes the replacement, not a third token.
  const late = (await instances(t, redis, 1, upstream.authorize))[0]!
  late.invalidate('token-1')
  t.equal(await late.getToken(), 'token-2')
  t.equal(upstream.issued(), 2)
})

t.test('a refresh on one instance reaches the others without an authorize of theirs', { skip: redisSkip }, async (t) => {
  const redis = await testRedis(t)
  const upstream = countingAuthorize(10)
  const [a, b] = await instances(t, redis, 2, upstream.authorize)
  t.equal(await a!.getToken(), 'token-1')
  t.equal(await b!.getToken(), 'token-1')
  a!.invalidate('token-1')
  t.equal(await a!.getToken(), 'token-2')
  // B has not seen a rejection; the announcement makes it take up token-2 at once.
  await b!.adoptShared()
  t.equal(await b!.getToken(), 'token-2')
  t.equal(upstream.issued(), 2)
})

t.test('the lock of an instance that died expires and a waiter authorizes instead', { skip: redisSkip }, async (t) => {
  const redis = await testRedis(t)
  const link = await linkTo(t, redis)
  const store = redisTokenStore(link)
  const dead = await store.lock(300)
  t.type(dead, 'function', 'the dead instance held the lock')
  t.equal(await store.lock(300), undefined, 'nobody else gets it meanwhile')

  const upstream = countingAuthorize(10)
  const [waiter] = await instances(t, redis, 1, upstream.authorize, 300)
  t.equal(await waiter!.getToken(), 'token-1', 'the waiter obtained a token after the lock expired')
  t.equal(upstream.issued(), 1)
})

t.test('the lock is released only by its owner', { skip: redisSkip }, async (t) => {
  const redis = await testRedis(t)
  const store = redisTokenStore(await linkTo(t, redis))
  const releaseFirst = await store.lock(100)
  await new Promise((resolve) => setTimeout(resolve, 150))
  const releaseSecond = await store.lock(5_000)
  t.type(releaseSecond, 'function', 'taken after the first expired')
  await releaseFirst!()
  t.equal(await store.lock(5_000), undefined, 'the first owner\'s late release did not free the second owner\'s lock')
  await releaseSecond!()
  t.type(await store.lock(5_000), 'function', 'the owner\'s release frees it')
})

t.test('an unreadable shared token is replaced, not used', { skip: redisSkip }, async (t) => {
  const redis = await testRedis(t)
  const link = await linkTo(t, redis)
  await link.commands.set(link.key('upstream-token'), 'not json')
  const upstream = countingAuthorize(1)
  const [manager] = await instances(t, redis, 1, upstream.authorize)
  t.equal(await manager!.getToken(), 'token-1')
  t.match(await redisTokenStore(link).read(), { token: 'token-1' })
})

t.test('with Redis unreachable, an instance authorizes alone (one call for a burst) and says so', { skip: redisSkip }, async (t) => {
  const redis = await startOwnRedis(t)
  await redis.stop()
  const link = await linkTo(t, redis)
  const upstream = countingAuthorize(20)
  const unavailable: string[] = []
  const manager = new TokenManager({
    authorize: upstream.authorize,
    refreshMarginMs: 300_000,
    shared: { store: redisTokenStore(link), lockMs: 5_000, onUnavailable: (error) => unavailable.push(error.message) },
  })
  const tokens = await Promise.all(Array.from({ length: 100 }, () => manager.getToken()))
  t.same(new Set(tokens), new Set(['token-1']))
  t.equal(upstream.issued(), 1, 'local single-flight still holds')
  t.equal(unavailable.length, 1)
  t.match(unavailable[0], /shared token store unavailable/)
})

t.test('an authorize failure under the lock reaches the caller and frees the lock', { skip: redisSkip }, async (t) => {
  const redis = await testRedis(t)
  const link = await linkTo(t, redis)
  let calls = 0
  const manager = new TokenManager({
    authorize: async () => { calls++; throw new Error('upstream says no') },
    refreshMarginMs: 300_000,
    shared: { store: redisTokenStore(link), lockMs: 5_000 },
  })
  await t.rejects(manager.getToken(), /upstream says no/)
  t.equal(calls, 1)
  t.type(await redisTokenStore(link).lock(1_000), 'function', 'the lock was released')
})

t.test('a waiter whose lock holder never stores a token gives up with a clear error', async (t) => {
  const neverReleased = {
    read: async () => undefined,
    write: async () => undefined,
    lock: async () => undefined,
  }
  const manager = new TokenManager({
    authorize: async () => { throw new Error('must not authorize while another instance holds the lock') },
    refreshMarginMs: 300_000,
    shared: { store: neverReleased, lockMs: 20, pollMs: 5 },
  })
  await t.rejects(manager.getToken(), /timed out waiting for another gateway instance/)
})
