import t from 'tap'
import type { NewCallback, NewCallbackEvent } from '../../src/store/callbacks.js'
import { eachDatabase } from './support/each-database.js'

/** Received callbacks, reviews and the outbox rows written with them, the same on both databases. */

const TARGETS = [{ secretId: 'AKIDa', callbackUrl: 'https://a.example/cb' }, { secretId: 'AKIDb', callbackUrl: 'https://b.example/cb' }]

function review (id: string, status: 'approved' | 'rejected', rankedAtMs: number, kind: 'signature' | 'template' = 'template'): NewCallbackEvent {
  const data = { id, name: `name of ${id}`, status, reason: status === 'rejected' ? 'too vague' : null, reviewedAt: new Date(rankedAtMs).toISOString() }
  return { type: `sms.${kind}.reviewed`, raw: JSON.stringify({ data }), data, review: { kind, data, rankedAtMs } }
}

function callback (webhookId: string, events: NewCallbackEvent[], targets = TARGETS): NewCallback {
  return { webhookId, contentType: 'application/json', receivedAt: new Date('2026-04-01T10:00:00.000Z'), events, targets }
}

eachDatabase(t, 'a callback is stored with one outbox row per event and target, in order of receipt', async (t, database) => {
  const store = await database.open()
  t.equal(await store.callbacks.latestSequence(), 0)
  const recorded = await store.callbacks.record(callback('msg_1', [review('tpl-1', 'approved', 1000), review('tpl-2', 'rejected', 2000)]))
  t.equal(recorded.duplicate, false)
  t.match(recorded.events, [
    { sequence: 1, eventId: /^evt_[0-9a-f]{32}$/, webhookId: 'msg_1', type: 'sms.template.reviewed', data: { id: 'tpl-1' }, receivedAt: '2026-04-01T10:00:00.000Z' },
    { sequence: 2, data: { id: 'tpl-2', status: 'rejected' } },
  ])
  t.equal(await store.callbacks.latestSequence(), 2)
  t.same(await store.callbacks.eventsAfter(0, 10), recorded.events)
  t.same(await store.callbacks.eventsAfter(1, 10), recorded.events.slice(1))
  t.same(await store.callbacks.eventsAfter(0, 1), recorded.events.slice(0, 1))

  const deliveries = await store.callbacks.listDeliveries({}, { page: 1, limit: 10 })
  t.equal(deliveries.total, 4)
  t.match(deliveries.items[0], { state: 'pending', attempts: 0, nextAttemptAt: '2026-04-01T10:00:00.000Z', createdAt: '2026-04-01T10:00:00.000Z', lastStatus: null, deliveredAt: null })
  t.same(new Set(deliveries.items.map((delivery) => `${delivery.eventId}>${delivery.secretId}`)),
    new Set(recorded.events.flatMap((event) => TARGETS.map((target) => `${event.eventId}>${target.secretId}`))))
})

eachDatabase(t, 'a repeated webhook-id writes nothing and answers the first events', async (t, database) => {
  const store = await database.open()
  const first = await store.callbacks.record(callback('msg_again', [review('tpl-1', 'approved', 1000)]))
  const again = await store.callbacks.record(callback('msg_again', [review('tpl-9', 'rejected', 5000)]))
  t.same(again, { duplicate: true, events: first.events })
  t.equal(await store.callbacks.latestSequence(), 1)
  t.equal((await store.callbacks.listDeliveries({}, { page: 1, limit: 10 })).total, 2)
})

eachDatabase(t, 'one webhook-id received by two instances at the same moment is stored once', async (t, database) => {
  const [a, b] = [await database.open(), await database.open()]
  const results = await Promise.all([a, b, a, b].map((store) => store.callbacks.record(callback('msg_race', [review('tpl-r', 'approved', 1000)]))))
  t.equal(results.filter((result) => !result.duplicate).length, 1, 'one of them stored it')
  const eventIds = new Set(results.map((result) => result.events[0]?.eventId))
  t.equal(eventIds.size, 1, 'every answer names the same event')
  t.equal((await a.callbacks.eventsAfter(0, 10)).length, 1)
  t.equal((await b.callbacks.listDeliveries({}, { page: 1, limit: 10 })).total, 2)
})

eachDatabase(t, 'a callback with no targets is stored without outbox rows', async (t, database) => {
  const store = await database.open()
  await store.callbacks.record(callback('msg_alone', [review('tpl-1', 'approved', 1000)], []))
  t.equal((await store.callbacks.eventsAfter(0, 10)).length, 1)
  t.equal((await store.callbacks.listDeliveries({}, { page: 1, limit: 10 })).total, 0)
})

eachDatabase(t, 'the latest review per subject wins by review time, not by arrival', async (t, database) => {
  const store = await database.open()
  await store.callbacks.record(callback('msg_new', [review('tpl-1', 'rejected', 2000)]))
  await store.callbacks.record(callback('msg_old', [review('tpl-1', 'approved', 1000)]))
  await store.callbacks.record(callback('msg_sig', [review('sig-1', 'approved', 1500, 'signature')]))
  await store.callbacks.record(callback('msg_tie', [review('sig-1', 'rejected', 1500, 'signature')]))
  t.match(await store.callbacks.latestReview('template', 'tpl-1'), { kind: 'template', id: 'tpl-1', status: 'rejected', reason: 'too vague', name: 'name of tpl-1' })
  t.match(await store.callbacks.latestReview('signature', 'sig-1'), { status: 'rejected' }, 'a tie goes to the later arrival')
  t.equal(await store.callbacks.latestReview('signature', 'tpl-1'), undefined)

  const all = await store.callbacks.listReviews({}, { page: 1, limit: 10 })
  t.equal(all.total, 2)
  t.same(all.items.map((item) => item.id), ['tpl-1', 'sig-1'], 'most recent first')
  t.same((await store.callbacks.listReviews({ kind: 'signature' }, { page: 1, limit: 10 })).items.map((item) => item.id), ['sig-1'])
  t.same((await store.callbacks.listReviews({ status: 'approved' }, { page: 1, limit: 10 })), { items: [], total: 0 })
  t.same((await store.callbacks.listReviews({ kind: 'template', status: 'rejected' }, { page: 2, limit: 1 })), { items: [], total: 1 })
})

eachDatabase(t, 'deliveries filter by state and page newest first; unknown and malformed ids name none', async (t, database) => {
  const store = await database.open()
  await store.callbacks.record(callback('msg_1', [review('tpl-1', 'approved', 1000)]))
  const [newest, oldest] = (await store.callbacks.listDeliveries({}, { page: 1, limit: 10 })).items
  t.ok(Number(newest?.id) > Number(oldest?.id))
  const [claimed] = await store.callbacks.claimDue({ owner: 'w', nowMs: Date.parse('2026-04-01T10:00:00.000Z'), limit: 1, leaseMs: 60_000 })
  await store.callbacks.recordAttempt(claimed?.id ?? '', { owner: 'w', outcome: { ok: true, status: 204 }, retryAtMs: null, callbackUrl: 'https://a.example/moved', at: new Date('2026-04-01T10:00:01.000Z') })
  t.match((await store.callbacks.listDeliveries({ state: 'delivered' }, { page: 1, limit: 10 })), { total: 1, items: [{ id: claimed?.id, state: 'delivered', attempts: 1, lastStatus: 204, callbackUrl: 'https://a.example/moved', deliveredAt: '2026-04-01T10:00:01.000Z', nextAttemptAt: null }] })
  t.equal((await store.callbacks.listDeliveries({ state: 'pending' }, { page: 1, limit: 10 })).total, 1)
  for (const id of ['999', '0', 'abc', '1.5', '']) t.equal(await store.callbacks.getDelivery(id), undefined, `"${id}"`)
  t.equal(await store.callbacks.retryNow('abc', 0), undefined)
})

eachDatabase(t, 'an admin retry makes a failed delivery due now, and leaves a delivered one alone', async (t, database) => {
  const store = await database.open()
  await store.callbacks.record(callback('msg_1', [review('tpl-1', 'approved', 1000)]))
  const now = Date.parse('2026-04-01T10:00:00.000Z')
  const [first, second] = await store.callbacks.claimDue({ owner: 'w', nowMs: now, limit: 2, leaseMs: 60_000 })
  await store.callbacks.recordAttempt(first?.id ?? '', { owner: 'w', outcome: { ok: false, status: 500, error: 'HTTP 500' }, retryAtMs: null, callbackUrl: first?.callbackUrl ?? '', at: new Date(now) })
  await store.callbacks.recordAttempt(second?.id ?? '', { owner: 'w', outcome: { ok: true, status: 200 }, retryAtMs: null, callbackUrl: second?.callbackUrl ?? '', at: new Date(now) })
  t.match(await store.callbacks.getDelivery(first?.id ?? ''), { state: 'failed', attempts: 1, lastStatus: 500, lastError: 'HTTP 500', nextAttemptAt: null })
  t.match(await store.callbacks.retryNow(first?.id ?? '', now + 5000), { state: 'pending', nextAttemptAt: new Date(now + 5000).toISOString() })
  t.match(await store.callbacks.retryNow(second?.id ?? '', now + 5000), { state: 'delivered' })
})

eachDatabase(t, 'a reader following events by sequence sees every event, however many instances record at once', async (t, database) => {
  // Readers (/events, Last-Event-ID) ask for what comes after the last sequence they saw: an event
  // that became visible after a higher one would be skipped for good.
  const stores = [await database.open(), await database.open(), await database.open()]
  const reader = stores[0]
  const seen: number[] = []
  let writing = true
  const follow = (async () => {
    let cursor = 0
    while (writing || cursor < await reader!.callbacks.latestSequence()) {
      for (const event of await reader!.callbacks.eventsAfter(cursor, 1000)) {
        seen.push(event.sequence)
        cursor = event.sequence
      }
      await new Promise((resolve) => setImmediate(resolve))
    }
  })()
  const recorded = await Promise.all(Array.from({ length: 120 }, (_, index) =>
    stores[index % stores.length]!.callbacks.record(callback(`msg_follow_${index}`, [review(`tpl-f${index}`, 'approved', 1000)], []))))
  writing = false
  await follow
  const all = recorded.flatMap((result) => result.events.map((event) => event.sequence)).sort((a, b) => a - b)
  t.same(seen, all, 'every event was seen, once, in sequence order')
})
