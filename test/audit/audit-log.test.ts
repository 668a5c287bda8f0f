import t, { type Test } from 'tap'
import { storedRows } from '../support/databases.js'
import { buildTestApp, TEST_ADMIN_TOKEN, upstreamEnv } from '../helper.js'
import { answerLikeFixtures, lastingDataDir, sendFixture } from '../idempotency/support.js'
import { startFakeUpstream } from '../support/fake-upstream.js'

/**
 * The audit log (docs/api.md): every write through the gateway, of
 * every kind, recorded with who, what and how it ended, and no secret,
 * token or password in any column.
 */

const admin = { authorization: `Bearer ${TEST_ADMIN_TOKEN}` }
const UPSTREAM_PASSWORD = 'correct horse battery'

interface Entry { secretId: string, operationId: string, method: string, path: string, requestId: string, idempotencyKey: string | null, replayed: boolean, status: number, outcome: string, upstreamCode: string | null, upstreamMessage: string | null, amount: string | null, bytes: number | null, at: string }

async function setup (t: Test) {
  const fake = await startFakeUpstream()
  t.teardown(fake.close)
  answerLikeFixtures(fake)
  const dataDir = lastingDataDir(t)
  const app = await buildTestApp(t, upstreamEnv(fake.url, { DATA_DIR: dataDir, UPSTREAM_TIMEOUT_MS: '1000' }))
  const created = await app.inject({ method: 'POST', url: '/admin/api-keys', headers: admin, payload: { scopes: ['read', 'write', 'admin'], ipWhitelist: ['127.0.0.1'], note: 'audited' } })
  const key = created.json() as { secretId: string, secretKey: string, webhookSecret: string }
  const headers = { authorization: `Bearer ${key.secretId}.${key.secretKey}` }
  const audit = async (query = '') => (await app.inject({ method: 'GET', url: `/admin/audit${query}`, headers: admin })).json() as { items: Entry[], total: number, page: number, limit: number, totalPages: number }
  return { fake, app, dataDir, key, headers, audit }
}

t.test('every kind of write is recorded with who, what and how it ended; reads are not', async (t) => {
  const { fake, app, key, headers, audit } = await setup(t)
  const requestIdOf = (response: { headers: Record<string, unknown> }) => response.headers['x-request-id']

  const group = await sendFixture(app, 'createGroup', headers)
  const purchase = await sendFixture(app, 'buyCdnFlowPackage', { ...headers, 'idempotency-key': 'flow-1' })
  await sendFixture(app, 'buyCdnFlowPackage', { ...headers, 'idempotency-key': 'flow-1' })
  await sendFixture(app, 'createInvoice', headers)
  await sendFixture(app, 'getBalance', headers)
  await sendFixture(app, 'redeemCoupon', headers)
  fake.on('/API/profile/couponExchange', { json: { code: 40012, message: '代金券已使用' } })
  await sendFixture(app, 'redeemCoupon', headers)
  fake.on('/API/profile/groupDelete', { status: 503, raw: 'busy' })
  await sendFixture(app, 'deleteGroup', headers)
  fake.on('/API/cdn/payFlowAdd', { json: { code: 1 }, delayMs: 3_000 })
  await sendFixture(app, 'buyCdnFlowPackage', headers)
  await sendFixture(app, 'changePassword', headers)

  const other = await app.inject({ method: 'POST', url: '/admin/api-keys', headers, payload: { scopes: ['read'], ipWhitelist: ['10.0.0.1'] } })
  const otherId = other.json().secretId as string
  await app.inject({ method: 'PATCH', url: `/admin/api-keys/${otherId}`, headers: admin, payload: { note: 'renamed' } })
  await app.inject({ method: 'POST', url: `/admin/api-keys/${otherId}/rotate?webhookSecret=true`, headers: admin })
  await app.inject({ method: 'DELETE', url: `/admin/api-keys/${otherId}`, headers: admin })
  await app.inject({ method: 'POST', url: '/admin/deliveries/424242/retry', headers: admin })
  await app.inject({ method: 'POST', url: '/admin/sync', headers: admin })
  await app.inject({ method: 'POST', url: '/groups', headers: { authorization: 'Bearer AKIDnobody.wrong' }, payload: { name: 'x' } })

  const { items, total } = await audit('?limit=100')
  const summary = items.map((entry) => `${entry.operationId} ${entry.status} ${entry.outcome}`).reverse()
  t.same(summary, [
    'createApiKey 201 ok',
    'createGroup 201 ok',
    'buyCdnFlowPackage 201 ok',
    'buyCdnFlowPackage 201 ok',
    'createInvoice 201 ok',
    'redeemCoupon 201 ok',
    'redeemCoupon 422 rejected',
    'deleteGroup 502 failed',
    'buyCdnFlowPackage 504 unknown',
    'changePassword 204 ok',
    'createApiKey 201 ok',
    'updateApiKey 200 ok',
    'rotateApiKey 200 ok',
    'deleteApiKey 204 ok',
    'retryDelivery 404 rejected',
    'syncCatalogs 200 ok',
  ], 'newest first; the read and the unauthenticated attempt are not there')
  t.equal(total, 16)

  const byOperation = (operationId: string) => items.filter((entry) => entry.operationId === operationId).reverse()
  t.match(byOperation('createGroup')[0], { secretId: key.secretId, method: 'POST', path: '/groups', requestId: requestIdOf(group), upstreamCode: '1', upstreamMessage: '操作完成', idempotencyKey: null, replayed: false })
  t.match(byOperation('buyCdnFlowPackage'), [
    { idempotencyKey: 'flow-1', replayed: false, bytes: 100000000, requestId: requestIdOf(purchase) },
    { idempotencyKey: 'flow-1', replayed: true, bytes: null, upstreamCode: null }, // a replay moved nothing
    { outcome: 'unknown', upstreamCode: null, bytes: 100000000 },
  ])
  t.match(byOperation('createInvoice')[0], { amount: '200', bytes: null })
  t.match(byOperation('redeemCoupon'), [
    { outcome: 'ok', amount: '100.00', bytes: null }, // the coupon's value, which only the upstream's answer says
    { outcome: 'rejected', upstreamCode: '40012', upstreamMessage: '代金券已使用', amount: null },
  ])
  t.match(byOperation('updateApiKey')[0], { secretId: 'admin', path: `/admin/api-keys/${otherId}` })
  t.match(byOperation('createApiKey'), [{ secretId: 'admin' }, { secretId: key.secretId }], 'an admin-scoped key acts as itself')
  for (const entry of items) t.match(entry.at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/, 'UTC')
})

t.test('no secret, token or password ever enters the log', async (t) => {
  const { fake, app, dataDir, key, headers } = await setup(t)
  const rotated = await app.inject({ method: 'POST', url: `/admin/api-keys/${key.secretId}/rotate?webhookSecret=true`, headers: admin })
  const fresh = rotated.json() as { secretKey: string, webhookSecret: string }
  const keyHeaders = { authorization: `Bearer ${key.secretId}.${fresh.secretKey}` }
  await sendFixture(app, 'changePassword', keyHeaders, { oldPassword: 'old-Pa55word!', newPassword: 'new-Pa55word!' })
  await sendFixture(app, 'registerAccount', admin, { username: 'someone', password: 'register-Pa55!', email: 'someone@example.com', phone: '13545678945' })
  fake.on('/API/profile/update', { json: { code: 0, message: 'bad' } })
  await sendFixture(app, 'updateProfile', keyHeaders)
  t.not(headers.authorization, keyHeaders.authorization)

  const tokens = fake.requests.map((request) => request.body.token).filter((token): token is string => typeof token === 'string')
  t.ok(tokens.length > 0, 'the upstream did get tokens')
  const secrets = [key.secretKey, key.webhookSecret, fresh.secretKey, fresh.webhookSecret, TEST_ADMIN_TOKEN, UPSTREAM_PASSWORD, 'old-Pa55word!', 'new-Pa55word!', 'register-Pa55!', ...new Set(tokens)]

  // The store's own rows (the SQLite file, or the PostgreSQL schema on the shared run of the suite).
  const everything = JSON.stringify(await storedRows(dataDir, 'SELECT * FROM audit_entries'))
  t.ok(everything.includes('changePassword') && everything.includes('rotateApiKey') && everything.includes('registerAccount'), 'the writes are there')
  for (const secret of secrets) t.notOk(everything.includes(secret), `no ${secret.slice(0, 4)}… in the audit table`)
})

t.test('the log is filtered by key, operation, outcome and time, and paginated', async (t) => {
  const { fake, app, key, headers, audit } = await setup(t)
  await sendFixture(app, 'createGroup', headers)
  const middle = new Date().toISOString()
  await new Promise((resolve) => setTimeout(resolve, 5))
  fake.on('/API/profile/groupAdd', { json: { code: 0, message: 'exists' } })
  await sendFixture(app, 'createGroup', headers)
  await sendFixture(app, 'createInvoice', headers)

  t.same((await audit(`?secretId=${key.secretId}`)).items.map((entry) => entry.operationId), ['createInvoice', 'createGroup', 'createGroup'])
  t.same((await audit('?secretId=admin')).items.map((entry) => entry.operationId), ['createApiKey'])
  t.equal((await audit('?operationId=createGroup')).total, 2)
  t.match((await audit('?outcome=rejected')).items, [{ operationId: 'createGroup', upstreamMessage: 'exists' }])
  t.same((await audit(`?from=${encodeURIComponent(middle)}`)).items.map((entry) => entry.operationId), ['createInvoice', 'createGroup'])
  t.same((await audit(`?to=${encodeURIComponent(middle)}`)).items.map((entry) => entry.operationId), ['createGroup', 'createApiKey'])
  t.match(await audit('?limit=1&page=2'), { page: 2, limit: 1, total: 4, totalPages: 4, items: [{ operationId: 'createGroup' }] })

  const bad = await app.inject({ method: 'GET', url: '/admin/audit?outcome=great', headers: admin })
  t.equal(bad.statusCode, 400)
  t.match(bad.headers['content-type'], /^application\/problem\+json/)
  t.equal((await app.inject({ method: 'GET', url: '/admin/audit', headers })).statusCode, 200, 'an admin-scoped key may read it')
  const readOnly = await app.inject({ method: 'POST', url: '/admin/api-keys', headers: admin, payload: { scopes: ['read'], ipWhitelist: ['127.0.0.1'] } })
  const { secretId, secretKey } = readOnly.json() as { secretId: string, secretKey: string }
  t.equal((await app.inject({ method: 'GET', url: '/admin/audit', headers: { authorization: `Bearer ${secretId}.${secretKey}` } })).statusCode, 403)
})

t.test('entries past AUDIT_RETENTION_DAYS and expired idempotency records are pruned at start', async (t) => {
  const fake = await startFakeUpstream()
  t.teardown(fake.close)
  const env = upstreamEnv(fake.url, { DATA_DIR: lastingDataDir(t), AUDIT_RETENTION_DAYS: '30' })
  const before = await buildTestApp(t, env)
  const day = 24 * 60 * 60 * 1000
  const entry = { secretId: 'admin', method: 'POST', path: '/groups', requestId: 'r', idempotencyKey: null, replayed: false, status: 201, outcome: 'ok' as const, upstreamCode: '1', upstreamMessage: null, amount: null, bytes: null }
  await before.store.audit.record({ ...entry, operationId: 'old', at: new Date(Date.now() - 31 * day).toISOString() })
  await before.store.audit.record({ ...entry, operationId: 'recent', at: new Date(Date.now() - 29 * day).toISOString() })
  const claim = { fingerprint: 'f', operationId: 'createGroup', path: '/groups', requestId: 'r', createdAt: new Date(Date.now() - 2 * day).toISOString(), leaseUntil: new Date(Date.now() - 2 * day).toISOString() }
  await before.store.idempotency.claim({ ...claim, scope: 'admin', idempotencyKey: 'expired', expiresAt: new Date(Date.now() - day).toISOString() }, claim.createdAt)
  await before.store.idempotency.claim({ ...claim, scope: 'admin', idempotencyKey: 'kept', expiresAt: new Date(Date.now() + day).toISOString() }, claim.createdAt)
  await before.close()

  const after = await buildTestApp(t, env)
  t.same((await after.store.audit.list({}, { page: 1, limit: 10 })).items.map((kept) => kept.operationId), ['recent'])
  t.same((await after.store.idempotency.list({}, { page: 1, limit: 10 })).items.map((kept) => kept.idempotencyKey), ['kept'])
})
