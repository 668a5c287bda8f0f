import t from 'tap'
import { RAW_SECRET, reviewEvent, signedHeaders } from '../callbacks/support/signed-callback.js'
import { TEST_ADMIN_TOKEN } from '../helper.js'
import { startCallbackReceiver } from '../support/callback-receiver.js'
import { databaseEnvFor } from '../support/databases.js'
import { startGatewayProcess, type GatewayProcess } from '../support/gateway-process.js'

/**
 * The outbox survives a crash: a real gateway process is killed with
 * SIGKILL while a delivery is between retries, and a new process on the same
 * DATA_DIR delivers it, exactly once once acknowledged.
 */

type TestContext = Parameters<Parameters<typeof t.test>[0]>[0]

const admin = { authorization: `Bearer ${TEST_ADMIN_TOKEN}` }

/** A gateway process on `dataDir` (on the PostgreSQL run of the suite, both processes share the DATA_DIR's schema). */
async function startGateway (t: TestContext, dataDir: string): Promise<GatewayProcess> {
  return startGatewayProcess(t, {
    DATA_DIR: dataDir,
    ...await databaseEnvFor(dataDir),
    CALLBACK_SECRET: RAW_SECRET,
    RELAY_ALLOW_PRIVATE: 'true',
    // A quick first retry, then a pause of 3 s in which the test kills the process between retries.
    RELAY_RETRY_SCHEDULE_MS: ['150', '3000', ...Array(20).fill('150')].join(','),
  })
}

async function until<T> (what: string, read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await read()
    if (check(value)) return value
    if (Date.now() > deadline) throw new Error(`${what}: last ${JSON.stringify(value)}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

t.test('a delivery pending when the gateway is killed -9 is delivered once by the next process', async (t) => {
  const dataDir = t.testdir()
  const receiver = await startCallbackReceiver()
  t.teardown(receiver.close)
  receiver.answer([], 500)

  const first = await startGateway(t, dataDir)
  const created = await fetch(`${first.origin}/admin/api-keys`, {
    method: 'POST',
    headers: { ...admin, 'content-type': 'application/json' },
    body: JSON.stringify({ scopes: ['read'], ipWhitelist: ['127.0.0.1'], callbackUrl: receiver.url }),
  })
  t.equal(created.status, 201)
  const key = await created.json() as { secretId: string, secretKey: string, webhookSecret: string }
  receiver.secret = key.webhookSecret

  const body = JSON.stringify(reviewEvent({ data: { id: 'tpl-crash', status: 'rejected', reason: 'test' } }))
  const stored = await fetch(`${first.origin}/callbacks/sms`, { method: 'POST', headers: signedHeaders({ body }), body })
  t.equal(stored.status, 200)
  const eventId = ((await stored.json()) as { eventIds: string[] }).eventIds[0]

  await receiver.waitFor(2)
  // Between retries: the second failure is recorded (its claim ended) and the next is 3 s away.
  // A kill in the middle of an attempt leaves a claim that the next process takes over only once its lease has run out.
  await until('second failure recorded', async () => {
    const response = await fetch(`${first.origin}/admin/deliveries`, { headers: admin })
    return ((await response.json()) as { items: Array<{ attempts: number }> }).items
  }, (items) => (items[0]?.attempts ?? 0) >= 2)
  first.child.kill('SIGKILL')
  await first.exited
  t.equal(first.child.signalCode, 'SIGKILL')
  const failedBeforeCrash = receiver.received.length
  t.ok(receiver.received.every((attempt) => attempt.answeredWith === 500))
  receiver.answer([], 204)

  const second = await startGateway(t, dataDir)
  await receiver.waitFor(failedBeforeCrash + 1)
  const delivered = await until('delivered', async () => {
    const response = await fetch(`${second.origin}/admin/deliveries`, { headers: admin })
    return ((await response.json()) as { items: Array<{ state: string, attempts: number, eventId: string }> }).items
  }, (items) => items[0]?.state === 'delivered')
  t.match(delivered, [{ eventId, state: 'delivered' }])
  // Give a wrongly re-queued delivery the time to show up.
  await new Promise((resolve) => setTimeout(resolve, 600))

  const successes = receiver.received.filter((attempt) => attempt.answeredWith === 204)
  t.equal(successes.length, 1, 'acknowledged exactly once')
  t.equal(receiver.received.length, failedBeforeCrash + 1, 'nothing sent after the 2xx')
  t.ok(receiver.received.every((attempt) => attempt.signatureValid && attempt.headers['webhook-id'] === eventId), 'same webhook-id, valid signature, before and after the crash')

  const reviews = await fetch(`${second.origin}/sms/reviews`, { headers: { authorization: `Bearer ${key.secretId}.${key.secretKey}` } })
  t.match(await reviews.json(), { total: 1, items: [{ kind: 'template', id: 'tpl-crash', status: 'rejected', eventId }] })

  second.child.kill('SIGTERM')
  await second.exited
  t.equal(second.child.exitCode, 0, 'a SIGTERM closes cleanly (relay and streams stopped, no timers left)')
})
