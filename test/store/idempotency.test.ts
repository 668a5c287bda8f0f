import t from 'tap'
import type { NewClaim } from '../../src/store/idempotency.js'
import { eachDatabase } from './support/each-database.js'

/** Idempotency-Key records: one owner per key across every instance on the store. */

function newClaim (overrides: Partial<NewClaim> = {}): NewClaim {
  return {
    scope: 'AKIDone',
    idempotencyKey: 'key-1',
    fingerprint: 'sha256:body',
    operationId: 'createInvoice',
    path: '/invoices',
    requestId: 'req-1',
    createdAt: '2026-06-01T00:00:00.000Z',
    expiresAt: '2026-06-02T00:00:00.000Z',
    leaseUntil: '2026-06-01T00:01:00.000Z',
    ...overrides,
  }
}

const NOW = '2026-06-01T00:00:00.000Z'
const ANSWER = { status: 201, headers: { 'content-type': 'application/json', location: '/invoices/9' }, body: '{"id":"9"}' }

eachDatabase(t, 'the first claim wins; a repeat sees the record, then its stored answer', async (t, database) => {
  const store = await database.open()
  t.same(await store.idempotency.claim(newClaim(), NOW), { claimed: true })
  t.match(await store.idempotency.claim(newClaim({ requestId: 'req-2' }), NOW), { claimed: false, existing: { state: 'in_flight', requestId: 'req-1', answer: null, fingerprint: 'sha256:body' } })
  await store.idempotency.finish('AKIDone', 'key-1', 'completed', ANSWER)
  t.same(await store.idempotency.claim(newClaim({ requestId: 'req-3' }), NOW), {
    claimed: false,
    existing: { ...newClaim(), state: 'completed', answer: ANSWER },
  })
  await store.idempotency.finish('AKIDone', 'key-1', 'unknown', { status: 502, headers: {}, body: '' })
  t.match((await store.idempotency.list({}, { page: 1, limit: 10 })).items, [{ state: 'completed', answer: { status: 201 } }], 'a finished record is not finished again')
  t.same(await store.idempotency.claim(newClaim({ scope: 'AKIDtwo' }), NOW), { claimed: true }, 'keys are per scope')
})

eachDatabase(t, 'instances claiming one key at the same moment: exactly one owns it', async (t, database) => {
  const stores = [await database.open(), await database.open(), await database.open()]
  const results = await Promise.all(stores.flatMap((store, index) => [0, 1].map((round) => store.idempotency.claim(newClaim({ requestId: `req-${index}-${round}` }), NOW))))
  t.equal(results.filter((result) => result.claimed).length, 1)
  const seen = new Set(results.flatMap((result) => result.claimed ? [] : [result.existing.requestId]))
  t.equal(seen.size, 1, 'the others all see the winner\'s record')
})

eachDatabase(t, 'an expired record is replaced by the next claim and pruned', async (t, database) => {
  const store = await database.open()
  await store.idempotency.claim(newClaim({ idempotencyKey: 'old', expiresAt: '2026-06-01T00:00:00.000Z' }), NOW)
  await store.idempotency.claim(newClaim({ idempotencyKey: 'live' }), NOW)
  t.same(await store.idempotency.claim(newClaim({ idempotencyKey: 'old', requestId: 'again' }), '2026-06-01T00:00:00.000Z'), { claimed: true })
  t.equal(await store.idempotency.prune('2026-06-02T00:00:00.000Z'), 2)
  t.same(await store.idempotency.list({}, { page: 1, limit: 10 }), { items: [], total: 0 })
})

eachDatabase(t, 'in-flight claims past their lease become unknown; list filters by state, newest first', async (t, database) => {
  const store = await database.open()
  await store.idempotency.claim(newClaim({ idempotencyKey: 'crashed', createdAt: '2026-06-01T00:00:00.000Z' }), NOW)
  await store.idempotency.claim(newClaim({ idempotencyKey: 'running', createdAt: '2026-06-01T00:00:01.000Z', leaseUntil: '2026-06-01T01:00:00.000Z' }), NOW)
  t.equal(await store.idempotency.abandonInFlight('2026-06-01T00:05:00.000Z'), 1)
  t.match(await store.idempotency.list({ state: 'unknown' }, { page: 1, limit: 10 }), { total: 1, items: [{ idempotencyKey: 'crashed', answer: null }] })
  t.same((await store.idempotency.list({}, { page: 1, limit: 10 })).items.map((item) => item.idempotencyKey), ['running', 'crashed'])
  t.match(await store.idempotency.list({}, { page: 2, limit: 1 }), { total: 2, items: [{ idempotencyKey: 'crashed' }] })
})
