import { setTimeout as sleep } from 'node:timers/promises'
import pino from 'pino'
import t from 'tap'
import { safeCallbackAddresses } from '../../src/net/ssrf-guard.js'
import { RelayWorker, type RelayWorkerOptions } from '../../src/relay/relay-worker.js'
import type { Store } from '../../src/store/store.js'
import { startCallbackReceiver, type CallbackReceiver } from '../support/callback-receiver.js'
import { eachDatabase } from '../store/support/each-database.js'

/**
 * Relay workers of several instances on one outbox: each delivery reaches
 * the receiver once, and a worker that died holding a delivery does not
 * lose it.
 */

const WEBHOOK_SECRET = `whsec_${Buffer.from('shared-outbox-test-secret').toString('base64')}`

function worker (t: { teardown: (fn: () => unknown) => void }, store: Store, receiver: CallbackReceiver, options: Partial<RelayWorkerOptions> = {}): RelayWorker {
  const relay = new RelayWorker({
    deliveries: store.callbacks,
    targets: async () => [{ secretId: 'AKIDshared', callbackUrl: receiver.url, webhookSecret: WEBHOOK_SECRET }],
    checkUrl: (url) => safeCallbackAddresses(url, { allowPrivate: true }),
    schedule: [50],
    log: pino({ level: 'silent' }),
    ...options,
  })
  t.teardown(() => relay.stop())
  return relay
}

async function enqueue (store: Store, receiver: CallbackReceiver, count: number): Promise<void> {
  for (let index = 0; index < count; index++) {
    await store.callbacks.record({
      webhookId: `msg_shared_${index}`,
      contentType: 'application/json',
      receivedAt: new Date(),
      events: [{ type: 'sms.template.reviewed', raw: '{}', data: { id: `tpl-${index}` } }],
      targets: [{ secretId: 'AKIDshared', callbackUrl: receiver.url }],
    })
  }
}

async function delivered (store: Store, count: number): Promise<void> {
  const deadline = Date.now() + 15_000
  while ((await store.callbacks.listDeliveries({ state: 'delivered' }, { page: 1, limit: 1 })).total < count) {
    if (Date.now() > deadline) throw new Error('deliveries were not all delivered')
    await sleep(20)
  }
}

eachDatabase(t, 'two instances\' workers on one outbox deliver every event exactly once', async (t, database) => {
  const receiver = await startCallbackReceiver()
  t.teardown(receiver.close)
  receiver.secret = WEBHOOK_SECRET
  receiver.delayMs = 20
  const [a, b] = [await database.open(), await database.open()]
  await enqueue(a, receiver, 12)
  const workers = [worker(t, a, receiver, { concurrency: 3 }), worker(t, b, receiver, { concurrency: 3 })]
  for (const relay of workers) relay.wake()
  await delivered(a, 12)
  await sleep(200) // a second send would arrive within this
  const ids = receiver.received.map((webhook) => webhook.headers['webhook-id'])
  t.equal(ids.length, 12, 'one request per event')
  t.equal(new Set(ids).size, 12)
  t.ok(receiver.received.every((webhook) => webhook.signatureValid && webhook.answeredWith === 204))
})

eachDatabase(t, 'a delivery claimed by an instance that died is sent by another once the lease runs out', async (t, database) => {
  const receiver = await startCallbackReceiver()
  t.teardown(receiver.close)
  receiver.secret = WEBHOOK_SECRET
  const [a, b] = [await database.open(), await database.open()]
  await enqueue(a, receiver, 1)
  // The dead instance: it claimed the delivery and never came back to record anything.
  t.equal((await a.callbacks.claimDue({ owner: 'relay-dead', nowMs: Date.now(), limit: 10, leaseMs: 300 })).length, 1)
  worker(t, b, receiver).wake()
  await delivered(b, 1)
  t.equal(receiver.received.length, 1)
  t.match(await b.callbacks.listDeliveries({}, { page: 1, limit: 10 }), { items: [{ state: 'delivered', attempts: 1 }] })
})

eachDatabase(t, 'a stopping worker hands its unsent deliveries back at once', async (t, database) => {
  const receiver = await startCallbackReceiver()
  t.teardown(receiver.close)
  receiver.secret = WEBHOOK_SECRET
  receiver.delayMs = 5000
  const [a, b] = [await database.open(), await database.open()]
  await enqueue(a, receiver, 1)
  const first = worker(t, a, receiver, { leaseMs: 3_600_000 })
  first.wake()
  await receiver.waitFor(1)
  await first.stop()
  receiver.delayMs = 0
  worker(t, b, receiver, { leaseMs: 3_600_000 }).wake()
  await delivered(b, 1)
  t.equal(receiver.received.length, 2, 'the aborted attempt, then the second worker\'s, without waiting an hour')
})
