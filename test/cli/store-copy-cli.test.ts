import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { runCli } from '../../src/cli/run.js'
import { ApiKeyService } from '../../src/keys/api-key-service.js'
import { webhookSealer } from '../../src/keys/webhook-sealer.js'
import { openStore } from '../../src/store/open.js'
import { buildTestApp } from '../helper.js'
import { TEST_DATABASE_URL, freshPostgresUrl, openTestStore } from '../support/databases.js'

/**
 * `verycloud-gateway store copy-to-postgres`: an embedded store's keys,
 * callbacks, reviews, outbox, idempotency records and audit log move into
 * PostgreSQL, where a gateway accepts the same keys and goes on with the
 * same event sequence. Needs a real PostgreSQL (TEST_DATABASE_URL).
 */

const ENCRYPTION_KEY = randomBytes(32).toString('base64')

async function cli (args: string[], env: Record<string, string>) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, { env, stdout: (text) => { stdout += text }, stderr: (text) => { stderr += text } })
  return { code, stdout, stderr, json: () => JSON.parse(stdout) as Record<string, unknown>, problem: () => JSON.parse(stderr.slice(stderr.indexOf('{'))) as Record<string, unknown> }
}

/** A directory that outlives the test's apps (buildTestApp empties t.testdir()). */
function dataDirFor (t: { teardown: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'gateway-copy-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

/** An embedded store as a gateway leaves it: a key with a callback URL, one callback with its delivery tried once, an idempotency record, an audit entry. */
async function embeddedStore (t: { teardown: (fn: () => unknown) => void }, dataDir: string) {
  const store = await openTestStore(t, dataDir, { kind: 'sqlite', encryptionKey: ENCRYPTION_KEY })
  const key = await new ApiKeyService({ repository: store.apiKeys, allowPrivateCallbacks: false })
    .create({ scopes: ['read'], ipWhitelist: '127.0.0.1,::1', callbackUrl: 'https://93.184.216.34/hooks', note: 'moved' })
  const data = { id: 'tpl-7', name: 'Code', status: 'approved' as const, reason: null, reviewedAt: '2026-08-01T00:00:00.000Z' }
  const recorded = await store.callbacks.record({
    webhookId: 'msg_copied',
    contentType: 'application/json',
    receivedAt: new Date('2026-08-01T00:00:01.000Z'),
    events: [{ type: 'sms.template.reviewed', raw: JSON.stringify({ data }), data, review: { kind: 'template', data, rankedAtMs: Date.parse(data.reviewedAt) } }],
    targets: [{ secretId: key.secretId, callbackUrl: 'https://93.184.216.34/hooks' }],
  })
  const [delivery] = await store.callbacks.claimDue({ owner: 'relay-old', nowMs: Date.now(), limit: 1, leaseMs: 60_000 })
  await store.callbacks.recordAttempt(delivery?.id ?? '', { owner: 'relay-old', outcome: { ok: false, status: 500, error: 'HTTP 500' }, retryAtMs: Date.now() + 60_000, callbackUrl: 'https://93.184.216.34/hooks', at: new Date() })
  await store.idempotency.claim({ scope: key.secretId, idempotencyKey: 'idem-1', fingerprint: 'f', operationId: 'createInvoice', path: '/invoices', requestId: 'req-1', createdAt: '2026-08-01T00:00:00.000Z', expiresAt: '2099-01-01T00:00:00.000Z', leaseUntil: '2026-08-01T00:01:00.000Z' }, '2026-08-01T00:00:00.000Z')
  await store.audit.record({ at: '2026-08-01T00:00:00.000Z', secretId: key.secretId, operationId: 'createInvoice', method: 'POST', path: '/invoices', requestId: 'req-1', idempotencyKey: 'idem-1', replayed: false, status: 201, outcome: 'ok', upstreamCode: '1', upstreamMessage: 'ok', amount: '1.00', bytes: null })
  await store.close()
  return { key, event: recorded.events[0] }
}

const ONE_EACH = { api_keys: 1, callback_events: 1, sms_reviews: 1, sms_review_latest: 1, callback_deliveries: 1, idempotency_records: 1, audit_entries: 1 }
const NONE = { api_keys: 0, callback_events: 0, sms_reviews: 0, sms_review_latest: 0, callback_deliveries: 0, idempotency_records: 0, audit_entries: 0 }

t.test('an embedded store is copied into PostgreSQL, where a gateway goes on with the same keys and events', { skip: TEST_DATABASE_URL === undefined && 'needs TEST_DATABASE_URL (npm run test:shared)' }, async (t) => {
  const dataDir = dataDirFor(t)
  const { key, event } = await embeddedStore(t, dataDir)
  const url = await freshPostgresUrl()
  const env = { DATA_DIR: dataDir, GATEWAY_ENCRYPTION_KEY: ENCRYPTION_KEY }

  const copied = await cli(['store', 'copy-to-postgres', '--to', url], env)
  t.equal(copied.code, 0, copied.stderr)
  t.match(copied.json(), { from: `${dataDir}/gateway.sqlite`, copied: ONE_EACH, skipped: NONE })

  const config = { DATA_DIR: dataDirFor(t), DATABASE_URL: url, GATEWAY_ENCRYPTION_KEY: ENCRYPTION_KEY }
  const store = await openStore(config, { sealer: webhookSealer(config, () => {}), warn: () => {} })
  t.teardown(() => store.close())
  t.same(await store.apiKeys.listCallbackTargets(), [{ secretId: key.secretId, callbackUrl: 'https://93.184.216.34/hooks', webhookSecret: key.webhookSecret }], 'the webhook secret opens with the same master key')
  t.same(await store.callbacks.eventsAfter(0, 10), [event])
  t.match(await store.callbacks.latestReview('template', 'tpl-7'), { status: 'approved', eventId: event?.eventId })
  t.match((await store.callbacks.listDeliveries({}, { page: 1, limit: 10 })).items, [{ state: 'pending', attempts: 1, lastStatus: 500 }])
  t.match((await store.idempotency.list({}, { page: 1, limit: 10 })).items, [{ idempotencyKey: 'idem-1', state: 'in_flight' }])
  t.match((await store.audit.list({}, { page: 1, limit: 10 })).items, [{ requestId: 'req-1', idempotencyKey: 'idem-1' }])
  const next = await store.callbacks.record({ webhookId: 'msg_after', contentType: 'application/json', receivedAt: new Date(), events: [{ type: 'x', raw: '{}', data: {} }], targets: [] })
  t.equal(next.events[0]?.sequence, (event?.sequence ?? 0) + 1, 'new events continue the copied sequence')

  const app = await buildTestApp(t, config)
  const balance = await app.inject({ method: 'GET', url: '/balance', headers: { authorization: `Bearer ${key.secretId}.${key.secretKey}` } })
  t.equal(balance.statusCode, 200, 'a gateway on PostgreSQL accepts the copied key')

  const again = await cli(['store', 'copy-to-postgres', '--to', url], env)
  t.equal(again.code, 1)
  t.match(again.problem(), { error: { code: 'GW_STORE_COPY_REFUSED', detail: /not empty \(api_keys: 1, callback_events: 2.*--into-non-empty/ } })

  const rerun = await cli(['store', 'copy-to-postgres', '--into-non-empty'], { ...env, DATABASE_URL: url })
  t.equal(rerun.code, 0, rerun.stderr)
  t.match(rerun.json(), { copied: NONE, skipped: ONE_EACH }, 'idempotent: a second run copies nothing twice')
  t.equal((await store.callbacks.eventsAfter(0, 10)).length, 2)
})

t.test('copy-to-postgres says what it needs', async (t) => {
  const dataDir = t.testdir()
  const noTarget = await cli(['store', 'copy-to-postgres'], { DATA_DIR: dataDir })
  t.equal(noTarget.code, 64)
  t.match(noTarget.stderr, /needs --to postgres:\/\//)
  const badFlag = await cli(['store', 'copy-to-postgres', '--too', 'x'], { DATA_DIR: dataDir })
  t.equal(badFlag.code, 64)
  const nothingThere = await cli(['store', 'copy-to-postgres', '--to', 'postgres://127.0.0.1:1/none'], { DATA_DIR: dataDir })
  t.equal(nothingThere.code, 1)
  t.match(nothingThere.problem(), { error: { code: 'GW_STORE_COPY_REFUSED', detail: /no embedded store at .*gateway\.sqlite: set DATA_DIR/ } })
  t.match(nothingThere.stderr, /warning: the webhook secrets are copied sealed with .*master\.key/)
  t.equal((await cli(['store', 'nothing'], { DATA_DIR: dataDir })).code, 64)
  t.equal((await cli(['keys', 'toString'], { DATA_DIR: dataDir })).code, 64, 'only commands, not object properties, are commands')
})
