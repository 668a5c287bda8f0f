import t, { type Test } from 'tap'
import { apiKeyHeaders, buildTestApp, TEST_ADMIN_TOKEN, upstreamEnv } from '../helper.js'
import { startFakeUpstream, type FakeUpstream } from '../support/fake-upstream.js'
import { databaseEnvFor, storedRows, TEST_DATABASE_URL } from '../support/databases.js'
import { startGatewayProcess } from '../support/gateway-process.js'
import { answerLikeFixtures, fixtureOf, lastingDataDir, sendFixture } from './support.js'

/**
 * Idempotency records outlive the process: an answer is replayed after a
 * restart, an unknown outcome stays unknown and is never re-sent, and a
 * claim a crash left in flight is unknown after the restart, not lost.
 */

const admin = { authorization: `Bearer ${TEST_ADMIN_TOKEN}` }
const FLOW = '/API/cdn/payFlowAdd'

async function upstream (t: Test): Promise<FakeUpstream> {
  const fake = await startFakeUpstream()
  t.teardown(fake.close)
  answerLikeFixtures(fake)
  return fake
}

t.test('an answer is replayed after the gateway restarts on the same DATA_DIR', async (t) => {
  const fake = await upstream(t)
  const env = upstreamEnv(fake.url, { DATA_DIR: lastingDataDir(t) })
  const before = await buildTestApp(t, env)
  const headers = { ...(await apiKeyHeaders(before)), 'idempotency-key': 'survives-restart' }
  const first = await sendFixture(before, 'createInvoice', headers)
  t.equal(first.statusCode, 201)
  await before.close()

  const after = await buildTestApp(t, env)
  const again = await sendFixture(after, 'createInvoice', headers)
  t.equal(again.statusCode, 201)
  t.equal(again.body, first.body)
  t.equal(again.headers['idempotent-replayed'], 'true')
  t.equal(fake.callsTo('/API/profile/invoiceApply').length, 1)
})

t.test('a timed-out purchase is stored as unknown and never re-sent, before or after a restart', async (t) => {
  const fake = await upstream(t)
  const purchase = fixtureOf('buyCdnFlowPackage')
  fake.on(FLOW, { json: purchase.upstreamAnswer, delayMs: 4_000 })
  const env = upstreamEnv(fake.url, { DATA_DIR: lastingDataDir(t), UPSTREAM_TIMEOUT_MS: '1000' })
  const before = await buildTestApp(t, env)
  const headers = { ...(await apiKeyHeaders(before)), 'idempotency-key': 'slow-purchase' }
  // The token first, so the deadline that passes is the purchase's own.
  t.equal((await sendFixture(before, 'getBalance', headers)).statusCode, 200)
  const timedOut = await sendFixture(before, 'buyCdnFlowPackage', headers)
  t.equal(timedOut.statusCode, 504)
  t.match(timedOut.json(), { outcome: 'unknown' })
  const replayed = await sendFixture(before, 'buyCdnFlowPackage', headers)
  t.equal(replayed.statusCode, 504)
  t.equal(replayed.body, timedOut.body, 'replayed as unknown')
  await before.close()

  fake.on(FLOW, { json: purchase.upstreamAnswer }) // now fast: a re-send would succeed, so none must happen
  const after = await buildTestApp(t, env)
  const afterRestart = await sendFixture(after, 'buyCdnFlowPackage', headers)
  t.equal(afterRestart.statusCode, 504)
  t.equal(afterRestart.headers['idempotent-replayed'], 'true')
  t.equal(fake.callsTo(FLOW).length, 1, 'the upstream saw the purchase once')

  const unknown = await after.inject({ method: 'GET', url: '/admin/idempotency?state=unknown', headers: admin })
  t.equal(unknown.statusCode, 200)
  t.match(unknown.json(), {
    total: 1,
    items: [{ idempotencyKey: 'slow-purchase', secretId: /^AKID/, operationId: 'buyCdnFlowPackage', path: '/cdn/flow-packages', state: 'unknown', status: 504, requestId: timedOut.headers['x-request-id'] }],
  })
})

t.test('a purchase in flight when the gateway is killed is an unknown outcome after the restart', async (t) => {
  const fake = await upstream(t)
  fake.on(FLOW, { json: fixtureOf('buyCdnFlowPackage').upstreamAnswer, delayMs: 60_000 })
  const dataDir = lastingDataDir(t)
  // The same store as the app that follows: its PostgreSQL schema on the shared run of the suite.
  const { child, origin, exited } = await startGatewayProcess(t, { ...upstreamEnv(fake.url), DATA_DIR: dataDir, ...await databaseEnvFor(dataDir), UPSTREAM_TIMEOUT_MS: '120000' })

  const created = await fetch(`${origin}/admin/api-keys`, { method: 'POST', headers: { ...admin, 'content-type': 'application/json' }, body: JSON.stringify({ scopes: ['read', 'write'], ipWhitelist: ['127.0.0.1', '::1'] }) })
  const { secretId, secretKey } = await created.json() as { secretId: string, secretKey: string }
  const headers = { authorization: `Bearer ${secretId}.${secretKey}`, 'idempotency-key': 'in-flight-at-crash' }
  const purchase = fixtureOf('buyCdnFlowPackage')
  const abandoned = fetch(`${origin}${purchase.request.url}`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(purchase.request.body) }).catch(() => 'connection lost')
  await until('the purchase reached the upstream', async () => fake.callsTo(FLOW).length === 1)
  child.kill('SIGKILL')
  await exited
  t.equal(await abandoned, 'connection lost')

  const app = await buildTestApp(t, upstreamEnv(fake.url, { DATA_DIR: dataDir }))
  fake.on(FLOW, { json: purchase.upstreamAnswer })
  if (TEST_DATABASE_URL !== undefined) {
    // On a shared store the claim may belong to another live instance: it is honoured until its lease
    // (3 × UPSTREAM_TIMEOUT_MS + 30 s) runs out, and only then becomes unknown.
    const meanwhile = await sendFixture(app, 'buyCdnFlowPackage', headers)
    t.equal(meanwhile.statusCode, 409)
    t.match(meanwhile.json(), { code: 'GW_IDEMPOTENCY_IN_FLIGHT' })
    t.equal(fake.callsTo(FLOW).length, 1, 'not re-sent while the lease holds')
    await storedRows(dataDir, "UPDATE idempotency_records SET lease_until = '2000-01-01T00:00:00.000Z'")
  }
  const unknown = await app.inject({ method: 'GET', url: '/admin/idempotency?state=unknown', headers: admin })
  if (TEST_DATABASE_URL === undefined) {
    t.match(unknown.json(), { total: 1, items: [{ idempotencyKey: 'in-flight-at-crash', secretId, operationId: 'buyCdnFlowPackage', state: 'unknown', status: null }] }, 'one process per embedded store: at start nothing of it is still in flight')
  }

  const retried = await sendFixture(app, 'buyCdnFlowPackage', headers)
  t.equal(retried.statusCode, 502)
  t.match(retried.json(), { code: 'GW_IDEMPOTENCY_OUTCOME_UNKNOWN', outcome: 'unknown' })
  t.equal(fake.callsTo(FLOW).length, 1, 'never re-sent under the same key')
  const listed = await app.inject({ method: 'GET', url: '/admin/idempotency?state=unknown', headers: admin })
  t.match(listed.json(), { total: 1, items: [{ idempotencyKey: 'in-flight-at-crash', secretId, state: 'unknown', status: null }] }, 'and it is listed as unknown')
})

async function until (what: string, check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
