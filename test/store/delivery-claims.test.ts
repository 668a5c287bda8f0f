import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import t from 'tap'
import type { Store } from '../../src/store/store.js'
import { eachDatabase, type TestDatabase } from './support/each-database.js'

/**
 * Each outbox delivery is sent by one relay worker at a time, across every
 * instance on the store: claims with a lease, taken over once the lease has
 * run out, never again once delivered.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const RECEIVED = new Date('2026-05-01T00:00:00.000Z')
const NOW = RECEIVED.getTime()
const LEASE = 60_000

async function enqueue (store: Store, targets: number, webhookId = 'msg_claims'): Promise<void> {
  await store.callbacks.record({
    webhookId,
    contentType: 'application/json',
    receivedAt: RECEIVED,
    events: [{ type: 'sms.template.reviewed', raw: '{}', data: { id: 'tpl-1' } }],
    targets: Array.from({ length: targets }, (_, index) => ({ secretId: `AKID${index}`, callbackUrl: `https://example.com/${index}` })),
  })
}

const claim = (store: Store, owner: string, nowMs = NOW, limit = 10) => store.callbacks.claimDue({ owner, nowMs, limit, leaseMs: LEASE })
const ids = (deliveries: Array<{ id: string }>) => deliveries.map((delivery) => delivery.id)

eachDatabase(t, 'a claimed delivery is not claimed by another instance until its lease has run out', async (t, database) => {
  const [a, b] = [await database.open(), await database.open()]
  await enqueue(a, 2)
  const mine = await claim(a, 'worker-a')
  t.equal(mine.length, 2)
  t.match(mine[0], { secretId: 'AKID0', callbackUrl: 'https://example.com/0', attempts: 0, event: { sequence: 1, data: { id: 'tpl-1' } } })
  t.same(await claim(b, 'worker-b'), [], 'held by worker-a')
  t.same(await claim(b, 'worker-b', NOW + LEASE - 1), [], 'still held a moment before the lease ends')
  t.same(ids(await claim(b, 'worker-b', NOW + LEASE)), ids(mine), 'worker-a crashed: worker-b takes them over')
})

eachDatabase(t, 'nothing is claimed before it is due, and limit bounds a claim', async (t, database) => {
  const store = await database.open()
  await enqueue(store, 3)
  t.same(await claim(store, 'w', NOW - 1), [])
  t.equal((await claim(store, 'w', NOW, 2)).length, 2)
  t.equal((await claim(store, 'w', NOW, 0)).length, 0)
  t.equal((await claim(store, 'w', NOW, 5)).length, 1, 'the third, not the two held')
})

eachDatabase(t, 'a delivered event is never claimed again, not even when the lease would have run out', async (t, database) => {
  const store = await database.open()
  await enqueue(store, 1)
  const [delivery] = await claim(store, 'worker-a')
  await store.callbacks.recordAttempt(delivery?.id ?? '', { owner: 'worker-a', outcome: { ok: true, status: 200 }, retryAtMs: null, callbackUrl: 'https://example.com/0', at: new Date(NOW) })
  t.same(await claim(store, 'worker-b', NOW + 10 * LEASE), [])
  t.equal(await store.callbacks.nextDueAt('worker-b', NOW), undefined, 'nothing left to wait for')
})

eachDatabase(t, 'after a takeover the first owner\'s late failure is dropped; its late success counts', async (t, database) => {
  const store = await database.open()
  await enqueue(store, 2)
  const [first, second] = await claim(store, 'worker-a')
  await claim(store, 'worker-b', NOW + LEASE)
  await store.callbacks.recordAttempt(first?.id ?? '', { owner: 'worker-a', outcome: { ok: false, status: 503, error: 'HTTP 503' }, retryAtMs: NOW + 1, callbackUrl: 'https://example.com/0', at: new Date(NOW) })
  t.match(await store.callbacks.getDelivery(first?.id ?? ''), { state: 'pending', attempts: 0, lastStatus: null }, 'worker-b holds it now; its attempt decides')
  await store.callbacks.recordAttempt(second?.id ?? '', { owner: 'worker-a', outcome: { ok: true, status: 200 }, retryAtMs: null, callbackUrl: 'https://example.com/1', at: new Date(NOW) })
  t.match(await store.callbacks.getDelivery(second?.id ?? ''), { state: 'delivered', attempts: 1 }, 'acknowledged is acknowledged, whoever holds it')
})

eachDatabase(t, 'a failed attempt ends the claim: the retry is due at its time for any worker', async (t, database) => {
  const store = await database.open()
  await enqueue(store, 1)
  const [delivery] = await claim(store, 'worker-a')
  await store.callbacks.recordAttempt(delivery?.id ?? '', { owner: 'worker-a', outcome: { ok: false, status: null, error: 'ECONNREFUSED' }, retryAtMs: NOW + 5000, callbackUrl: 'https://example.com/0', at: new Date(NOW) })
  t.equal(await store.callbacks.nextDueAt('worker-b', NOW), NOW + 5000)
  t.same(await claim(store, 'worker-b', NOW + 4999), [])
  t.match(await claim(store, 'worker-b', NOW + 5000), [{ id: delivery?.id, attempts: 1 }])
})

eachDatabase(t, 'nextDueAt: another worker\'s claim is due when its lease ends; a worker\'s own claims are not waited for', async (t, database) => {
  const store = await database.open()
  t.equal(await store.callbacks.nextDueAt('worker-a', NOW), undefined)
  await enqueue(store, 1)
  t.equal(await store.callbacks.nextDueAt('worker-a', NOW), NOW)
  await claim(store, 'worker-a')
  t.equal(await store.callbacks.nextDueAt('worker-a', NOW), undefined)
  t.equal(await store.callbacks.nextDueAt('worker-b', NOW), NOW + LEASE)
  t.equal(await store.callbacks.nextDueAt('worker-a', NOW + LEASE), NOW + LEASE, 'its own claim, once the lease ran out, is due again')
})

eachDatabase(t, 'released claims are free at once for another worker', async (t, database) => {
  const store = await database.open()
  await enqueue(store, 2)
  const held = await claim(store, 'worker-a')
  await store.callbacks.releaseClaims('worker-b')
  t.same(await claim(store, 'worker-c'), [], 'releasing for another owner changes nothing')
  await store.callbacks.releaseClaims('worker-a')
  t.same(ids(await claim(store, 'worker-c')), ids(held))
})

/** Two instances claim the same outbox in small batches at the same time; answers what each got. */
async function race (database: TestDatabase): Promise<[string[], string[]]> {
  if (database.kind === 'postgres') {
    const [a, b] = [await database.open(), await database.open()]
    const drain = async (store: Store, owner: string) => {
      const got: string[] = []
      for (let batch = await claim(store, owner, NOW, 3); batch.length > 0; batch = await claim(store, owner, NOW, 3)) got.push(...ids(batch))
      return got
    }
    return Promise.all([drain(a, 'worker-a'), drain(b, 'worker-b')])
  }
  // One SQLite file, two processes: the way two owners share it (the CLI beside the server).
  const child = (owner: string) => new Promise<string[]>((resolve, reject) => {
    execFile(process.execPath, ['--import', 'tsx', 'test/store/support/claim-worker.ts', database.config.DATA_DIR, owner, String(NOW)], {
      cwd: ROOT,
      env: { ...process.env, _TAPJS_PROCESSINFO_COVERAGE_: '0' },
    }, (error, stdout, stderr) => error === null ? resolve(JSON.parse(stdout) as string[]) : reject(new Error(`${error.message}\n${stderr}`)))
  })
  return Promise.all([child('worker-a'), child('worker-b')])
}

eachDatabase(t, 'two instances racing for one outbox claim every delivery exactly once between them', async (t, database) => {
  const store = await database.open()
  for (let index = 0; index < 8; index++) await enqueue(store, 5, `msg_race_${index}`)
  if (database.kind === 'sqlite') await store.close()
  const [a, b] = await race(database)
  const all = [...a, ...b]
  t.equal(all.length, 40, 'every delivery was claimed')
  t.equal(new Set(all).size, 40, 'none by both')
})
