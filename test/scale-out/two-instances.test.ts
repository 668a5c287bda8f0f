import { randomBytes } from 'node:crypto'
import t from 'tap'
import { RAW_SECRET, reviewEvent, signedHeaders } from '../callbacks/support/signed-callback.js'
import { openEventStream } from '../events/support/listening-gateway.js'
import { TEST_ADMIN_TOKEN } from '../helper.js'
import { fixtureOf } from '../idempotency/support.js'
import { startCallbackReceiver, type CallbackReceiver } from '../support/callback-receiver.js'
import { freshPostgresUrl, TEST_DATABASE_URL } from '../support/databases.js'
import { redisSkip, testRedis } from '../support/redis-server.js'
import { waitUntil } from '../support/wait-until.js'
import { startGatewayProcess, type GatewayProcess } from '../support/gateway-process.js'
import { startNewestTokenUpstream, type NewestTokenUpstream } from './support/newest-token-upstream.js'

/**
 * Issue 10 point 5: two gateway processes on one PostgreSQL and one Redis
 * behave as one gateway, against an upstream that keeps only its newest
 * token: one token, one limit, one Idempotency-Key record, one key state,
 * one event log, one relay. Needs PostgreSQL (TEST_DATABASE_URL, from
 * `bash scripts/test-services.sh start`) and redis-server.
 */

type TestContext = Parameters<Parameters<typeof t.test>[0]>[0]

// Four gateway processes start here, and a delivery held by the killed one waits out its 60 s lease.
t.setTimeout(420_000)

const skip = redisSkip !== false
  ? redisSkip
  : TEST_DATABASE_URL === undefined
    ? 'needs PostgreSQL: run `eval "$(bash scripts/test-services.sh start)"` (sets TEST_DATABASE_URL) to run the two-instance tests'
    : false

const admin = { authorization: `Bearer ${TEST_ADMIN_TOKEN}`, 'content-type': 'application/json' }

interface Pair {
  a: GatewayProcess
  b: GatewayProcess
  upstream: NewestTokenUpstream
  start: () => Promise<GatewayProcess>
}

/** Two gateways sharing one fresh PostgreSQL schema, one Redis prefix and one encryption key, each with its own DATA_DIR. */
async function twoGateways (t: TestContext, extra: Record<string, string> = {}): Promise<Pair> {
  const upstream = await startNewestTokenUpstream()
  t.teardown(upstream.close)
  const redis = await testRedis(t)
  const shared = {
    DATABASE_URL: await freshPostgresUrl(),
    REDIS_URL: redis.url,
    REDIS_KEY_PREFIX: redis.prefix,
    GATEWAY_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    GATEWAY_ADMIN_TOKEN: TEST_ADMIN_TOKEN,
    CALLBACK_SECRET: RAW_SECRET,
    UPSTREAM_URL: upstream.url,
    UPSTREAM_USERNAME: 'gateway-user',
    UPSTREAM_PASSWORD: 'correct horse battery',
    RELAY_ALLOW_PRIVATE: 'true',
    RELAY_RETRY_SCHEDULE_MS: Array(20).fill('150').join(','),
    RATE_LIMIT_MAX: '100000',
    ...extra,
  }
  const start = () => startGatewayProcess(t, { ...shared, DATA_DIR: t.testdir() + `-${randomBytes(4).toString('hex')}` })
  // One after the other: the first creates the schema, the second finds it migrated.
  const a = await start()
  const b = await start()
  return { a, b, upstream, start }
}

interface CreatedKey { secretId: string, secretKey: string, webhookSecret: string, headers: Record<string, string> }

async function createKey (gateway: GatewayProcess, body: Record<string, unknown> = {}): Promise<CreatedKey> {
  const response = await fetch(`${gateway.origin}/admin/api-keys`, {
    method: 'POST',
    headers: admin,
    body: JSON.stringify({ scopes: ['read', 'write'], ipWhitelist: ['127.0.0.1'], ...body }),
  })
  if (response.status !== 201) throw new Error(`key not created: ${response.status} ${await response.text()}`)
  const key = await response.json() as Omit<CreatedKey, 'headers'>
  return { ...key, headers: { authorization: `Bearer ${key.secretId}.${key.secretKey}` } }
}

async function postCallback (gateway: GatewayProcess, id: string, webhookId?: string) {
  const body = JSON.stringify(reviewEvent({ data: { id, status: 'rejected', reason: 'test' } }))
  const response = await fetch(`${gateway.origin}/callbacks/sms`, { method: 'POST', headers: signedHeaders({ body, ...(webhookId === undefined ? {} : { webhookId }) }), body })
  return { status: response.status, body: await response.json() as { status: string, eventIds: string[] } }
}

async function deliveries (gateway: GatewayProcess) {
  const response = await fetch(`${gateway.origin}/admin/deliveries?limit=100`, { headers: admin })
  return ((await response.json()) as { items: Array<{ eventId: string, secretId: string, state: string }> }).items
}

async function receiverFor (t: TestContext): Promise<CallbackReceiver> {
  const receiver = await startCallbackReceiver()
  t.teardown(receiver.close)
  return receiver
}

const acknowledged = (receiver: CallbackReceiver) => receiver.received.filter((attempt) => attempt.answeredWith >= 200 && attempt.answeredWith < 300)

t.test('two instances on one PostgreSQL and one Redis', { skip }, async (t) => {
  const { a, b, upstream } = await twoGateways(t)

  await t.test('a cold burst across both instances makes one authorize call, and no request meets a rejected token', async (t) => {
    const key = await createKey(a)
    // Distinct pages, so neither coalescing nor the read cache can hide a second authorize.
    const answers = await Promise.all(Array.from({ length: 200 }, (_, index) =>
      fetch(`${(index % 2 === 0 ? a : b).origin}/subaccounts?page=${index + 1}`, { headers: key.headers }).then((response) => response.status)))
    t.same(answers, Array(200).fill(200), 'every request answered')
    t.equal(upstream.authorizeCalls(), 1, 'one authorize across both instances')
    t.equal(upstream.rejectedCalls(), 0, 'no call reached the upstream with a revoked token')
  })

  await t.test('an Idempotency-Key used on A replays on B with one upstream call, also when both get it at once', async (t) => {
    const purchase = fixtureOf('buyCdnFlowPackage')
    upstream.serve(purchase.upstreamPath, { json: purchase.upstreamAnswer, delayMs: 500 })
    const key = await createKey(a)
    const post = (gateway: GatewayProcess, idempotencyKey: string) => fetch(`${gateway.origin}${purchase.request.url}`, {
      method: 'POST',
      headers: { ...key.headers, 'idempotency-key': idempotencyKey, 'content-type': 'application/json' },
      body: JSON.stringify(purchase.request.body),
    })

    const first = await post(a, 'buy-once-on-a')
    t.equal(first.status, 201)
    const replay = await post(b, 'buy-once-on-a')
    t.equal(replay.status, 201)
    t.equal(replay.headers.get('idempotent-replayed'), 'true', 'B replays what A answered')
    t.equal(await replay.text(), await first.text())
    t.equal(upstream.callsTo(purchase.upstreamPath).length, 1, 'one purchase upstream')

    const together = await Promise.all([post(a, 'buy-at-once'), post(b, 'buy-at-once')])
    t.equal(upstream.callsTo(purchase.upstreamPath).length, 2, 'one more purchase for the two simultaneous requests')
    const originals = together.filter((answer) => answer.status === 201 && answer.headers.get('idempotent-replayed') === null)
    t.equal(originals.length, 1, 'one of them went through')
    t.ok(together.every((answer) => answer.status === 201 || answer.status === 409), 'the other was told it is in flight, or got its answer')
    const original = await originals[0]?.text()
    const later = await Promise.all([post(a, 'buy-at-once'), post(b, 'buy-at-once')])
    for (const answer of later) {
      t.equal(answer.headers.get('idempotent-replayed'), 'true')
      t.equal(await answer.text(), original, 'both instances replay the one answer')
    }
    t.equal(upstream.callsTo(purchase.upstreamPath).length, 2)
    t.equal(upstream.rejectedCalls(), 0)
  })

  await t.test('a key disabled on A is refused on B within 1 s', async (t) => {
    const key = await createKey(a)
    t.equal((await fetch(`${b.origin}/sms/reviews`, { headers: key.headers })).status, 200, 'B knows and caches the key')
    const disabled = await fetch(`${a.origin}/admin/api-keys/${key.secretId}`, { method: 'PATCH', headers: admin, body: JSON.stringify({ disabled: true }) })
    t.equal(disabled.status, 200)
    // The contract's bound (issue 10): within 1 s of the change.
    await waitUntil('B refuses the key', async () => (await fetch(`${b.origin}/sms/reviews`, { headers: key.headers })).status === 401, 1_000)
  })

  await t.test('a callback received by A is stored once, streamed to a client on B, and relayed exactly once', async (t) => {
    const receiver = await receiverFor(t)
    const key = await createKey(a, { callbackUrl: receiver.url })
    receiver.secret = key.webhookSecret
    const stream = await openEventStream(`${b.origin}/events`, key.headers)
    t.teardown(stream.close)
    t.equal(stream.status, 200)

    const webhookId = `msg_two_instances_${Date.now()}`
    const stored = await postCallback(a, 'tpl-shared', webhookId)
    t.match(stored, { status: 200, body: { status: 'stored', eventIds: [/^evt_/] } })
    const eventId = stored.body.eventIds[0]
    t.match(await postCallback(b, 'tpl-shared', webhookId), { status: 200, body: { status: 'duplicate' } }, 'B knows the webhook-id A stored')

    const [event] = await stream.waitForEvents(1, 10_000)
    t.match(JSON.parse(event?.data ?? ''), { eventId, data: { id: 'tpl-shared' } }, 'streamed on B')
    const reviews = await fetch(`${b.origin}/sms/reviews`, { headers: key.headers })
    t.match(await reviews.json(), { total: 1, items: [{ id: 'tpl-shared', eventId }] }, 'stored once')

    await receiver.waitFor(1)
    await waitUntil('the delivery is recorded', async () => (await deliveries(b)).some((item) => item.eventId === eventId && item.state === 'delivered'), 10_000)
    // Both relay workers poll the same outbox: give a second send the time to happen.
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    t.equal(receiver.received.length, 1, 'relayed exactly once')
    t.match(receiver.received[0], { signatureValid: true, headers: { 'webhook-id': eventId } })
  })

  await t.test('an instance killed mid-relay loses nothing and sends nothing twice', async (t) => {
    const receiver = await receiverFor(t)
    const key = await createKey(a, { callbackUrl: receiver.url })
    receiver.secret = key.webhookSecret
    receiver.answer([], 500)

    const eventIds: string[] = []
    for (let index = 0; index < 5; index++) eventIds.push(...(await postCallback(index % 2 === 0 ? a : b, `tpl-kill-${index}`)).body.eventIds)
    t.equal(eventIds.length, 5)
    await receiver.waitFor(10, 20_000)
    a.child.kill('SIGKILL')
    await a.exited
    receiver.answer([], 204)

    // A delivery A was sending when killed stays claimed until its lease runs out; then B takes it over.
    await waitUntil('every event is delivered', async () => {
      const items = (await deliveries(b)).filter((item) => item.secretId === key.secretId)
      return items.length === 5 && items.every((item) => item.state === 'delivered')
    }, 120_000)
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    const acked = acknowledged(receiver).map((attempt) => attempt.headers['webhook-id'])
    t.same([...acked].sort(), [...eventIds].sort(), 'each event acknowledged exactly once')
    t.ok(receiver.received.every((attempt) => attempt.signatureValid), 'every attempt signed with the key\'s secret')
  })
})

t.test('a rate limit of N is N across both instances', { skip }, async (t) => {
  const { a, b } = await twoGateways(t, { RATE_LIMIT_MAX: '10' })
  const key = await createKey(a)
  const statuses: number[] = []
  for (let index = 0; index < 14; index++) {
    const response = await fetch(`${(index % 2 === 0 ? a : b).origin}/subaccounts?page=${index + 1}`, { headers: key.headers })
    statuses.push(response.status)
  }
  t.same(statuses, [...Array(10).fill(200), ...Array(4).fill(429)], 'ten answered in all, then refused on both')
})
