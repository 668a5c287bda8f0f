import t, { type Test } from 'tap'
import { apiKeyHeaders, buildTestApp, TEST_ADMIN_TOKEN, upstreamEnv } from '../helper.js'
import { ok, startFakeUpstream } from '../support/fake-upstream.js'
import { answerLikeFixtures, fixtureOf, sendFixture } from './support.js'

/** Idempotency-Key on the resource API's POSTs and PATCHes (docs/api.md). */

const INVOICE = '/API/profile/invoiceApply'

async function setup (t: Test) {
  const fake = await startFakeUpstream()
  t.teardown(fake.close)
  answerLikeFixtures(fake)
  const app = await buildTestApp(t, upstreamEnv(fake.url))
  const headers = await apiKeyHeaders(app)
  return { fake, app, headers }
}

t.test('the same request with the same key is answered once upstream and replayed byte for byte', async (t) => {
  const { fake, app, headers } = await setup(t)
  const withKey = { ...headers, 'idempotency-key': 'invoice-2026-001' }
  const first = await sendFixture(app, 'createInvoice', withKey)
  t.equal(first.statusCode, 201)
  t.notOk(first.headers['idempotent-replayed'], 'the first answer is not a replay')

  for (let i = 0; i < 3; i++) {
    const again = await sendFixture(app, 'createInvoice', withKey)
    t.equal(again.statusCode, 201)
    t.equal(again.body, first.body, 'same bytes')
    t.equal(again.headers['content-type'], first.headers['content-type'])
    t.equal(again.headers['idempotent-replayed'], 'true')
    t.not(again.headers['x-request-id'], first.headers['x-request-id'], 'the replay is its own request')
  }
  t.equal(fake.callsTo(INVOICE).length, 1, 'the upstream saw one call')

  // The same body with its keys in another order is the same request.
  const reordered = Object.fromEntries(Object.entries(fixtureOf('createInvoice').request.body as object).reverse())
  t.equal((await sendFixture(app, 'createInvoice', withKey, reordered)).headers['idempotent-replayed'], 'true')
})

t.test('the same key with another body, or on another operation, is a 422 and changes nothing', async (t) => {
  const { fake, app, headers } = await setup(t)
  const withKey = { ...headers, 'idempotency-key': 'k-1' }
  await sendFixture(app, 'createInvoice', withKey)
  const changed = await sendFixture(app, 'createInvoice', withKey, { ...(fixtureOf('createInvoice').request.body as object), amount: '300' })
  t.equal(changed.statusCode, 422)
  t.match(changed.headers['content-type'], /^application\/problem\+json/)
  t.match(changed.json(), { code: 'GW_IDEMPOTENCY_KEY_REUSED', detail: /createInvoice on \/invoices/ })
  const elsewhere = await sendFixture(app, 'createGroup', withKey)
  t.equal(elsewhere.statusCode, 422)
  t.equal(fake.callsTo(INVOICE).length, 1)
  t.equal(fake.callsTo('/API/profile/groupAdd').length, 0)
})

t.test('keys are scoped per API key, and the admin token has its own scope', async (t) => {
  const { fake, app, headers } = await setup(t)
  const other = await apiKeyHeaders(app)
  await sendFixture(app, 'createInvoice', { ...headers, 'idempotency-key': 'shared-name' })
  const theirs = await sendFixture(app, 'createInvoice', { ...other, 'idempotency-key': 'shared-name' })
  t.equal(theirs.statusCode, 201)
  t.notOk(theirs.headers['idempotent-replayed'], 'another key\'s "shared-name" is another request')
  t.equal(fake.callsTo(INVOICE).length, 2)

  const admin = { authorization: `Bearer ${TEST_ADMIN_TOKEN}`, 'idempotency-key': 'register-1' }
  const adminKey = { ...(await apiKeyHeaders(app, ['admin'])), 'idempotency-key': 'register-1' }
  t.equal((await sendFixture(app, 'registerAccount', admin)).statusCode, 201)
  t.equal((await sendFixture(app, 'registerAccount', admin)).headers['idempotent-replayed'], 'true')
  t.notOk((await sendFixture(app, 'registerAccount', adminKey)).headers['idempotent-replayed'], 'an admin-scoped key is not the admin token')
  t.equal(fake.callsTo('/API/profile/register').length, 2)
})

t.test('upstream rejections and failures are stored and replayed like successes', async (t) => {
  const { fake, app, headers } = await setup(t)
  fake.on(INVOICE, { json: { code: 0, message: '可开票余额不足' } })
  const rejected = await sendFixture(app, 'createInvoice', { ...headers, 'idempotency-key': 'r-1' })
  t.equal(rejected.statusCode, 422)
  fake.on('/API/cdn/payFlowAdd', { status: 503, raw: 'busy' })
  const failed = await sendFixture(app, 'buyCdnFlowPackage', { ...headers, 'idempotency-key': 'f-1' })
  t.equal(failed.statusCode, 502)

  answerLikeFixtures(fake) // the upstream would now accept both
  const rejectedAgain = await sendFixture(app, 'createInvoice', { ...headers, 'idempotency-key': 'r-1' })
  t.equal(rejectedAgain.statusCode, 422)
  t.equal(rejectedAgain.body, rejected.body)
  t.equal(rejectedAgain.headers['idempotent-replayed'], 'true')
  const failedAgain = await sendFixture(app, 'buyCdnFlowPackage', { ...headers, 'idempotency-key': 'f-1' })
  t.equal(failedAgain.statusCode, 502)
  t.equal(failedAgain.body, failed.body)
  t.equal(fake.callsTo(INVOICE).length, 1)
  t.equal(fake.callsTo('/API/cdn/payFlowAdd').length, 1)
})

t.test('validation errors and refused credentials are not stored: the client may fix and retry', async (t) => {
  const { fake, app, headers } = await setup(t)
  const invalid = await sendFixture(app, 'createInvoice', { ...headers, 'idempotency-key': 'fix-me' }, { title: 'x' })
  t.equal(invalid.statusCode, 400)
  const unauthenticated = await sendFixture(app, 'createInvoice', { authorization: 'Bearer AKIDnope.nope', 'idempotency-key': 'fix-me' })
  t.equal(unauthenticated.statusCode, 401)
  const readOnly = await sendFixture(app, 'createInvoice', { ...(await apiKeyHeaders(app, ['read'])), 'idempotency-key': 'fix-me' })
  t.equal(readOnly.statusCode, 403)

  const fixed = await sendFixture(app, 'createInvoice', { ...headers, 'idempotency-key': 'fix-me' })
  t.equal(fixed.statusCode, 201)
  t.notOk(fixed.headers['idempotent-replayed'])
  t.equal(fake.callsTo(INVOICE).length, 1)
})

t.test('a rate-limited request (429) is not stored: the same key goes through once the limit allows', async (t) => {
  const fake = await startFakeUpstream()
  t.teardown(fake.close)
  answerLikeFixtures(fake)
  const app = await buildTestApp(t, upstreamEnv(fake.url, { RATE_LIMIT_MAX: '1', RATE_LIMIT_WINDOW: '1 second' }))
  const headers = await apiKeyHeaders(app)
  const spent = await sendFixture(app, 'createGroup', headers)
  t.equal(spent.statusCode, 201, 'the one request of this window')
  const limited = await sendFixture(app, 'createInvoice', { ...headers, 'idempotency-key': 'after-429' })
  t.equal(limited.statusCode, 429)
  t.equal(fake.callsTo(INVOICE).length, 0)

  await new Promise((resolve) => setTimeout(resolve, 1_100))
  const allowed = await sendFixture(app, 'createInvoice', { ...headers, 'idempotency-key': 'after-429' })
  t.equal(allowed.statusCode, 201, 'not the stored 429')
  t.notOk(allowed.headers['idempotent-replayed'])
  t.equal(fake.callsTo(INVOICE).length, 1)
})

t.test('a malformed Idempotency-Key is a 400 that says what is accepted, and nothing goes upstream', async (t) => {
  const { fake, app, headers } = await setup(t)
  const malformed: Array<[string, string]> = [['too long', 'k'.repeat(256)], ['not ASCII', '键-1'], ['a control character', 'a\u0007b'], ['empty', '']]
  for (const [name, value] of malformed) {
    const response = await sendFixture(app, 'createInvoice', { ...headers, 'idempotency-key': value })
    t.equal(response.statusCode, 400, name)
    t.match(response.json(), { code: 'GW_IDEMPOTENCY_KEY_INVALID', detail: /1 to 255 printable ASCII characters/, errors: [{ in: 'headers', pointer: '/idempotency-key' }] }, name)
  }
  t.equal((await sendFixture(app, 'createInvoice', { ...headers, 'idempotency-key': 'k'.repeat(255) })).statusCode, 201, '255 characters are fine')
  t.equal(fake.callsTo(INVOICE).length, 1)
  const records = await app.inject({ method: 'GET', url: '/admin/idempotency', headers: { authorization: `Bearer ${TEST_ADMIN_TOKEN}` } })
  t.equal(records.json().total, 1, 'only the valid key was recorded')
})

t.test('PATCH takes a key; PUT and DELETE, idempotent by nature, ignore it', async (t) => {
  const { fake, app, headers } = await setup(t)
  const withKey = { ...headers, 'idempotency-key': 'p-1' }
  await sendFixture(app, 'updateProfile', withKey)
  t.equal((await sendFixture(app, 'updateProfile', withKey)).headers['idempotent-replayed'], 'true')
  t.equal(fake.callsTo('/API/profile/update').length, 1)
  await sendFixture(app, 'setBalanceAlarm', withKey)
  await sendFixture(app, 'setBalanceAlarm', withKey)
  t.equal(fake.callsTo('/API/profile/balanceAlarm').length, 2)
})

t.test('without a key every request goes upstream', async (t) => {
  const { fake, app, headers } = await setup(t)
  fake.on('/API/profile/groupAdd', ok({ id: '1', name: 'g', note: '', created: '1426744428' }))
  await sendFixture(app, 'createGroup', headers)
  await sendFixture(app, 'createGroup', headers)
  t.equal(fake.callsTo('/API/profile/groupAdd').length, 2)
})

t.test('a claim whose lease ran out without an answer is an unknown outcome, not sent again', async (t) => {
  const { fake, app, headers } = await setup(t)
  const { fingerprintOf } = await import('../../src/idempotency/idempotency-key.js')
  const { secretId } = (await app.inject({ method: 'GET', url: '/admin/api-keys', headers: { authorization: `Bearer ${TEST_ADMIN_TOKEN}` } })).json().items[0] as { secretId: string }
  const body = fixtureOf('createGroup').request.body
  const long = new Date(Date.now() - 60 * 60 * 1000).toISOString()
  // Another instance claimed it an hour ago and never finished (it died, and nothing restarted on its store).
  await app.store.idempotency.claim({ scope: secretId, idempotencyKey: 'orphan', fingerprint: fingerprintOf('createGroup', '/groups', body), operationId: 'createGroup', path: '/groups', requestId: 'elsewhere', createdAt: long, expiresAt: new Date(Date.now() + 60_000).toISOString(), leaseUntil: long }, long)

  const response = await sendFixture(app, 'createGroup', { ...headers, 'idempotency-key': 'orphan' })
  t.equal(response.statusCode, 502)
  t.match(response.json(), { code: 'GW_IDEMPOTENCY_OUTCOME_UNKNOWN', outcome: 'unknown' })
  t.equal(fake.callsTo('/API/profile/groupAdd').length, 0)
  const unknown = await app.inject({ method: 'GET', url: '/admin/idempotency?state=unknown', headers: { authorization: `Bearer ${TEST_ADMIN_TOKEN}` } })
  t.match(unknown.json(), { total: 1, items: [{ idempotencyKey: 'orphan', requestId: 'elsewhere', state: 'unknown' }] })
})
