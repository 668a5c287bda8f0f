import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import pino from 'pino'
import t from 'tap'
import { safeCallbackAddresses } from '../../src/net/ssrf-guard.js'
import { RelayWorker, type RelayWorkerOptions } from '../../src/relay/relay-worker.js'
import type { Store } from '../../src/store/store.js'
import { startCallbackReceiver } from '../support/callback-receiver.js'
import { openTestStore } from '../support/databases.js'

/** The worker alone, on a real store, with the SSRF guard and the time limit under test control. */

type TestContext = Parameters<Parameters<typeof t.test>[0]>[0]
const WEBHOOK_SECRET = `whsec_${Buffer.from('relay-worker-test-secret').toString('base64')}`

async function setup (t: TestContext, url: string, options: Partial<RelayWorkerOptions> = {}) {
  const store: Store = await openTestStore(t, t.testdir())
  const worker = new RelayWorker({
    deliveries: store.callbacks,
    targets: async () => [{ secretId: 'key-1', callbackUrl: url, webhookSecret: WEBHOOK_SECRET }],
    checkUrl: (target) => safeCallbackAddresses(target, { allowPrivate: true }),
    schedule: [60_000],
    log: pino({ level: 'silent' }),
    ...options,
  })
  t.teardown(() => worker.stop())
  const enqueue = async () => {
    await store.callbacks.record({
      webhookId: `msg_${Math.random()}`,
      contentType: 'application/json',
      receivedAt: new Date(),
      events: [{ type: 'sms.template.reviewed', raw: '{}', data: { id: 't1' } }],
      targets: [{ secretId: 'key-1', callbackUrl: url }],
    })
    worker.wake()
  }
  const firstDelivery = async (check: (state: string, attempts: number) => boolean) => {
    const deadline = Date.now() + 5000
    for (;;) {
      const [delivery] = (await store.callbacks.listDeliveries({}, { page: 1, limit: 10 })).items
      if (delivery !== undefined && check(delivery.state, delivery.attempts)) return delivery
      if (Date.now() > deadline) throw new Error(`delivery never matched: ${JSON.stringify(delivery)}`)
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
  }
  return { store, worker, enqueue, firstDelivery }
}

t.test('a loopback callback URL is refused at delivery when RELAY_ALLOW_PRIVATE is false', async (t) => {
  const receiver = await startCallbackReceiver()
  t.teardown(receiver.close)
  const { enqueue, firstDelivery } = await setup(t, receiver.url, {
    checkUrl: (url) => safeCallbackAddresses(url, { allowPrivate: false }),
  })
  await enqueue()
  const delivery = await firstDelivery((_state, attempts) => attempts === 1)
  t.match(delivery, { state: 'pending', lastStatus: null, lastError: /^SSRF guard: .*127\.0\.0\.1, a loopback address/ })
  t.equal(receiver.received.length, 0, 'nothing was sent')
})

t.test('a host that now resolves to a private address is refused (DNS checked again at delivery)', async (t) => {
  const { enqueue, firstDelivery } = await setup(t, 'https://hooks.example.com/sms', {
    checkUrl: (url) => safeCallbackAddresses(url, { allowPrivate: false, lookup: async () => ['10.1.2.3'] }),
  })
  await enqueue()
  const delivery = await firstDelivery((_state, attempts) => attempts === 1)
  t.match(delivery.lastError, /10\.1\.2\.3, a private address/)
})

t.test('the attempt connects to the address the guard checked, not to a second lookup', async (t) => {
  const receiver = await startCallbackReceiver()
  t.teardown(receiver.close)
  receiver.secret = WEBHOOK_SECRET
  const port = new URL(receiver.url).port
  // "rebinding.invalid" does not resolve at all: only the pinned address can reach the receiver.
  const { enqueue, firstDelivery } = await setup(t, `http://rebinding.invalid:${port}/hooks`, {
    checkUrl: async () => ['127.0.0.1'],
  })
  await enqueue()
  await firstDelivery((state) => state === 'delivered')
  t.equal(receiver.received.length, 1)
  t.equal(receiver.received[0]?.headers.host, `rebinding.invalid:${port}`)
  t.ok(receiver.received[0]?.signatureValid)
})

t.test('no 2xx within the time limit is a failed attempt', async (t) => {
  const receiver = await startCallbackReceiver()
  t.teardown(receiver.close)
  receiver.delayMs = 500
  const { enqueue, firstDelivery } = await setup(t, receiver.url, { timeoutMs: 100 })
  await enqueue()
  const delivery = await firstDelivery((_state, attempts) => attempts === 1)
  t.match(delivery, { state: 'pending', lastStatus: null, lastError: 'no answer within 100 ms' })
})

t.test('an unreachable URL is a failed attempt with the network error', async (t) => {
  const closed = createServer()
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
  const port = (closed.address() as AddressInfo).port
  await new Promise((resolve) => closed.close(resolve))
  const { enqueue, firstDelivery } = await setup(t, `http://127.0.0.1:${port}/`)
  await enqueue()
  const delivery = await firstDelivery((_state, attempts) => attempts === 1)
  t.match(delivery.lastError, /ECONNREFUSED/)
})

t.test('stop aborts an attempt in flight without recording it, and leaves no timer behind', async (t) => {
  const receiver = await startCallbackReceiver()
  t.teardown(receiver.close)
  receiver.delayMs = 5000
  const { worker, enqueue, firstDelivery } = await setup(t, receiver.url)
  await enqueue()
  await receiver.waitFor(1)
  t.equal(worker.inFlightCount, 1)
  const started = Date.now()
  await worker.stop()
  t.ok(Date.now() - started < 1000, 'did not wait for the slow receiver')
  t.equal(worker.inFlightCount, 0)
  t.match(await firstDelivery(() => true), { state: 'pending', attempts: 0 }, 'stays pending for the next process')
  worker.wake() // a late wake after stop does nothing
})

t.test('a failing key list is retried later instead of stopping the worker', async (t) => {
  const receiver = await startCallbackReceiver()
  t.teardown(receiver.close)
  let calls = 0
  const { worker, enqueue } = await setup(t, receiver.url, {
    targets: async () => { calls++; throw new Error('key store down') },
  })
  await enqueue()
  await new Promise((resolve) => setTimeout(resolve, 100))
  t.equal(calls, 1, 'one try, then a back-off (not a spin)')
  t.equal(worker.inFlightCount, 0)
})
