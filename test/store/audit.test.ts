import t from 'tap'
import type { NewAuditEntry } from '../../src/store/audit.js'
import { eachDatabase } from './support/each-database.js'

/** The audit log, the same on both databases. */

function entry (overrides: Partial<NewAuditEntry> = {}): NewAuditEntry {
  return {
    at: '2026-07-01T00:00:00.000Z',
    secretId: 'AKIDone',
    operationId: 'rechargeFlow',
    method: 'POST',
    path: '/cdn/flow-packages',
    requestId: 'req-1',
    idempotencyKey: null,
    replayed: false,
    status: 201,
    outcome: 'ok',
    upstreamCode: '1',
    upstreamMessage: 'success',
    amount: '12.50',
    bytes: 5_000_000_000_000,
    ...overrides,
  }
}

eachDatabase(t, 'entries read back as written, newest first, byte counts past 2^31 intact', async (t, database) => {
  const store = await database.open()
  await store.audit.record(entry())
  await store.audit.record(entry({ requestId: 'req-2', replayed: true, idempotencyKey: 'k1', amount: null, bytes: null, upstreamCode: null, upstreamMessage: null }))
  const { items, total } = await store.audit.list({}, { page: 1, limit: 10 })
  t.equal(total, 2)
  t.same(items.map((item) => item.requestId), ['req-2', 'req-1'])
  t.same(items[1], { ...entry(), id: items[1]?.id })
  t.match(items[0], { replayed: true, idempotencyKey: 'k1', bytes: null, amount: null })
})

eachDatabase(t, 'filters combine; from is inclusive and to exclusive; prune drops what is older', async (t, database) => {
  const store = await database.open()
  await store.audit.record(entry({ at: '2026-07-01T00:00:00.000Z', requestId: 'a' }))
  await store.audit.record(entry({ at: '2026-07-02T00:00:00.000Z', requestId: 'b', secretId: 'admin', outcome: 'rejected' }))
  await store.audit.record(entry({ at: '2026-07-03T00:00:00.000Z', requestId: 'c', operationId: 'createInvoice', outcome: 'unknown' }))
  const ids = async (filter: Parameters<typeof store.audit.list>[0]) => (await store.audit.list(filter, { page: 1, limit: 10 })).items.map((item) => item.requestId)
  t.same(await ids({ secretId: 'AKIDone' }), ['c', 'a'])
  t.same(await ids({ operationId: 'createInvoice' }), ['c'])
  t.same(await ids({ outcome: 'rejected' }), ['b'])
  t.same(await ids({ from: '2026-07-02T00:00:00.000Z', to: '2026-07-03T00:00:00.000Z' }), ['b'])
  t.same(await ids({ secretId: 'AKIDone', outcome: 'ok' }), ['a'])
  t.match(await store.audit.list({}, { page: 2, limit: 2 }), { total: 3, items: [{ requestId: 'a' }] })
  t.equal(await store.audit.prune('2026-07-02T00:00:00.000Z'), 1)
  t.same(await ids({}), ['c', 'b'])
})
