import t from 'tap'
import { UpstreamClient } from '../../src/upstream/client.js'
import { TokenManager, effectiveMargin, tokenExpiry } from '../../src/upstream/token-manager.js'
import { createAuthorize } from '../../src/upstream/upstream.js'
import { decodePassword } from '../../src/upstream/password-cipher.js'
import { startFakeUpstream } from '../support/fake-upstream.js'

const NOW = 1_700_000_000_000

t.test('expires: absolute seconds, numeric strings, relative lifetimes, absent', async (t) => {
  t.equal(tokenExpiry(1_700_003_600, NOW, 7200), 1_700_003_600_000, 'absolute unix seconds')
  t.equal(tokenExpiry('1700003600', NOW, 7200), 1_700_003_600_000, 'as a numeric string')
  t.equal(tokenExpiry(3600, NOW, 7200), NOW + 3_600_000, 'below 10^9 is seconds from now')
  t.equal(tokenExpiry('3600', NOW, 7200), NOW + 3_600_000, 'relative, as a string')
  t.equal(tokenExpiry(undefined, NOW, 7200), NOW + 7_200_000, 'absent: the default TTL')
  t.equal(tokenExpiry('soon', NOW, 7200), NOW + 7_200_000, 'garbage: the default TTL')
  t.equal(tokenExpiry(0, NOW, 60), NOW + 60_000, 'zero: the default TTL')
})

t.test('the refresh margin never exceeds half the lifetime', async (t) => {
  t.equal(effectiveMargin(300_000, 7_200_000), 300_000)
  t.equal(effectiveMargin(300_000, 60_000), 30_000)
})

function clockedManager (lifetimeMs = 600_000, marginMs = 300_000) {
  let now = NOW
  let issued = 0
  const pending: Array<() => void> = []
  let hold = false
  const manager = new TokenManager({
    now: () => now,
    refreshMarginMs: marginMs,
    authorize: async () => {
      const token = `token-${++issued}`
      if (hold) await new Promise<void>((resolve) => pending.push(resolve))
      return { token, expiresAt: now + lifetimeMs }
    },
  })
  return {
    manager,
    advance: (ms: number) => { now += ms },
    issued: () => issued,
    holdAuthorize: (value: boolean) => { hold = value },
    release: () => { pending.splice(0).forEach((resolve) => resolve()) },
  }
}

t.test('a cold burst shares one authorize call', async (t) => {
  const clock = clockedManager()
  clock.holdAuthorize(true)
  const burst = Promise.all(Array.from({ length: 1000 }, () => clock.manager.getToken()))
  await new Promise((resolve) => setImmediate(resolve))
  clock.release()
  const tokens = await burst
  t.equal(clock.issued(), 1)
  t.same(new Set(tokens), new Set(['token-1']))
})

t.test('near expiry, callers keep the valid token while one background refresh runs', async (t) => {
  const clock = clockedManager(600_000, 300_000)
  t.equal(await clock.manager.getToken(), 'token-1')
  clock.advance(200_000)
  t.equal(await clock.manager.getToken(), 'token-1', 'outside the margin: no refresh')
  t.equal(clock.issued(), 1)

  clock.advance(150_000) // 250 s left, inside the 300 s margin
  clock.holdAuthorize(true)
  const during = await Promise.all(Array.from({ length: 20 }, () => clock.manager.getToken()))
  t.same(new Set(during), new Set(['token-1']), 'requests go on with the old token, not waiting')
  t.equal(clock.issued(), 2, 'exactly one refresh started')
  clock.release()
  await new Promise((resolve) => setImmediate(resolve))
  t.equal(await clock.manager.getToken(), 'token-2', 'the refreshed token is used once it arrives')
  t.equal(clock.manager.describe().refreshes, 2)
})

t.test('a failed background refresh keeps the old token until it expires', async (t) => {
  let fail = false
  let issued = 0
  let now = NOW
  const errors: unknown[] = []
  const manager = new TokenManager({
    now: () => now,
    refreshMarginMs: 300_000,
    retryBackoffMs: 10_000,
    onBackgroundError: (error) => errors.push(error),
    authorize: async () => {
      if (fail) throw new Error('upstream down')
      return { token: `token-${++issued}`, expiresAt: now + 600_000 }
    },
  })
  t.equal(await manager.getToken(), 'token-1')
  now += 400_000
  fail = true
  t.equal(await manager.getToken(), 'token-1')
  await new Promise((resolve) => setImmediate(resolve))
  t.equal(errors.length, 1, 'the failure is reported')
  t.equal(await manager.getToken(), 'token-1', 'still served, and no refresh storm during the backoff')
  await new Promise((resolve) => setImmediate(resolve))
  t.equal(errors.length, 1)
  t.match(manager.describe(), { present: true, lastRefreshError: 'upstream down' })
  now += 300_000 // past expiry
  await t.rejects(manager.getToken(), /upstream down/, 'an expired token is never used')
})

t.test('invalidate drops only the current token', async (t) => {
  const clock = clockedManager()
  t.equal(await clock.manager.getToken(), 'token-1')
  clock.manager.invalidate('some-older-token')
  t.equal(await clock.manager.getToken(), 'token-1')
  clock.manager.invalidate('token-1')
  t.equal(await clock.manager.getToken(), 'token-2')
})

t.test('authorize sends the cipher-encoded password and reads expires', async (t) => {
  const upstream = await startFakeUpstream()
  t.teardown(upstream.close)
  const client = new UpstreamClient({ url: upstream.url, timeoutMs: 2000 })
  t.teardown(() => client.close())
  const authorize = createAuthorize({ client, username: 'gw', password: 'correct horse', passwordEncoding: 'verycloud', defaultTtlSeconds: 7200 })
  const obtained = await authorize()
  t.equal(obtained.token, 'token-1')
  const sent = upstream.callsTo('/API/OAuth/authorize')[0]?.body
  t.equal(sent?.username, 'gw')
  t.not(sent?.password, 'correct horse', 'the plain password never goes on the wire')
  t.equal(decodePassword(String(sent?.password)), 'correct horse')
  t.ok(obtained.expiresAt > Date.now() + 7_000_000)

  upstream.on('/API/OAuth/authorize', { json: { code: 1, message: 'ok', access_token: 'relative', expires: '600' } })
  const relative = await authorize()
  t.ok(Math.abs(relative.expiresAt - (Date.now() + 600_000)) < 5_000, 'a relative string lifetime')

  upstream.on('/API/OAuth/authorize', { json: { code: 0, message: '用户名或密码错误' } })
  await t.rejects(authorize(), { code: 'GW_UPSTREAM_AUTH_FAILED', statusCode: 502, message: /用户名或密码错误/ })

  const plain = createAuthorize({ client, username: 'gw', password: 'as-is', passwordEncoding: 'none', defaultTtlSeconds: 7200 })
  upstream.on('/API/OAuth/authorize', { json: { code: 1, access_token: 'x' } })
  await plain()
  t.equal(upstream.callsTo('/API/OAuth/authorize').at(-1)?.body.password, 'as-is')
})
