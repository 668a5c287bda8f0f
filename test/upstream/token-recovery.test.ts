import t, { type Test } from 'tap'
import { UpstreamClient } from '../../src/upstream/client.js'
import { TokenManager } from '../../src/upstream/token-manager.js'
import { Upstream, createAuthorize } from '../../src/upstream/upstream.js'
import { ok, startFakeUpstream, type FakeUpstream } from '../support/fake-upstream.js'

/** A token the upstream drops is re-obtained once and the call retried once (docs/upstream.md). */

async function setup (t: Test, tokenErrorCodes: number[] = []) {
  const fake = await startFakeUpstream()
  t.teardown(fake.close)
  const client = new UpstreamClient({ url: fake.url, timeoutMs: 2000 })
  t.teardown(() => client.close())
  const tokens = new TokenManager({
    authorize: createAuthorize({ client, username: 'gw', password: 'pw', passwordEncoding: 'verycloud', defaultTtlSeconds: 7200 }),
    refreshMarginMs: 300_000,
  })
  const upstream = new Upstream({ client, tokens, tokenErrorCodes: new Set(tokenErrorCodes) })
  return { fake, upstream }
}

/** Accepts only the newest token, as an upstream that keeps one session does. */
function onlyNewestToken (fake: FakeUpstream, rejection: { status?: number, json?: unknown }) {
  return (body: Record<string, unknown>) => {
    const newest = `token-${fake.callsTo('/API/OAuth/authorize').length}`
    return body.token === newest ? ok([{ price: '9.0000' }]) : rejection
  }
}

const rejections = [
  { name: 'HTTP 401', rejection: { status: 401, json: { error: 'unauthorized' } } },
  { name: 'HTTP 403 with an HTML body', rejection: { status: 403, raw: '<html>forbidden</html>' } },
  { name: 'a non-1 code whose message mentions the token', rejection: { json: { code: 10001, message: 'token无效或已过期' } } },
  { name: 'a code listed in UPSTREAM_TOKEN_ERROR_CODES', rejection: { json: { code: 4031, message: '会话失效' } }, codes: [4031] },
]

for (const { name, rejection, codes } of rejections) {
  t.test(`${name}: drop, authorize once, retry once`, async (t) => {
    const { fake, upstream } = await setup(t, codes)
    fake.on('/API/profile/balance', onlyNewestToken(fake, rejection))
    await upstream.call('/API/profile/balance', {})
    t.equal(fake.callsTo('/API/OAuth/authorize').length, 1)

    // The upstream drops the session: the next authorize makes token-2 the only valid one.
    fake.on('/API/profile/balance', (body) => (body.token === 'token-2' ? ok([{ price: '9.0000' }]) : rejection))
    const envelope = await upstream.call('/API/profile/balance', {})
    t.same(envelope.data, [{ price: '9.0000' }])
    t.equal(fake.callsTo('/API/OAuth/authorize').length, 2, 'one new authorize')
    t.same(fake.callsTo('/API/profile/balance').slice(-2).map((call) => call.body.token), ['token-1', 'token-2'], 'the call retried once with the new token')
  })
}

t.test('a write rejected for its token is retried once too (the upstream did not act on it)', async (t) => {
  const { fake, upstream } = await setup(t)
  await upstream.call('/API/profile/balance', {}).catch(() => undefined)
  fake.on('/API/profile/update', (body) => (body.token === 'token-2' ? ok({ phone: '1' }) : { json: { code: 10001, message: 'token expired' } }))
  await upstream.call('/API/profile/update', { tel: '1' }, { write: true })
  t.equal(fake.callsTo('/API/profile/update').length, 2)
})

t.test('a second rejection is not retried again', async (t) => {
  const { fake, upstream } = await setup(t)
  fake.on('/API/profile/balance', { json: { code: 10001, message: 'token无效' } })
  const error = await upstream.call('/API/profile/balance', {}).catch((thrown: unknown) => thrown)
  t.match(error, { statusCode: 422, extras: { upstream: { code: 10001, message: 'token无效' } } })
  t.equal(fake.callsTo('/API/profile/balance').length, 2)
  t.equal(fake.callsTo('/API/OAuth/authorize').length, 2)

  fake.on('/API/profile/balance', { status: 401, json: {} })
  await t.rejects(upstream.call('/API/profile/balance', {}), { statusCode: 502, code: 'GW_UPSTREAM_AUTH_FAILED' })
})

t.test('an ordinary rejection does not touch the token', async (t) => {
  const { fake, upstream } = await setup(t)
  fake.on('/API/profile/groupDelete', { json: { code: 0, message: '子账号组不存在' } })
  await t.rejects(upstream.call('/API/profile/groupDelete', { id: 1 }, { write: true }), { statusCode: 422, message: '子账号组不存在' })
  t.equal(fake.callsTo('/API/profile/groupDelete').length, 1)
  t.equal(fake.callsTo('/API/OAuth/authorize').length, 1)
})

t.test('the token goes in the body and register goes without one', async (t) => {
  const { fake, upstream } = await setup(t)
  fake.on('/API/profile/register', ok({ uid: 1 }))
  await upstream.call('/API/profile/register', { username: 'x' }, { withToken: false, write: true })
  t.same(fake.callsTo('/API/profile/register')[0]?.body, { username: 'x' })
  t.equal(fake.callsTo('/API/OAuth/authorize').length, 0)
  fake.on('/API/profile/balance', ok([]))
  await upstream.call('/API/profile/balance', { page: 1 }, { requestId: 'req-42' })
  const sent = fake.callsTo('/API/profile/balance')[0]
  t.same(sent?.body, { token: 'token-1', page: 1 })
  t.equal(sent?.headers['x-request-id'], 'req-42')
  t.match(sent?.headers['content-type'], /^application\/json/)
})
