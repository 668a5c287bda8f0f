import t from 'tap'
import { RAW_SECRET, createKey, postCallback, reviewEvent } from '../callbacks/support/signed-callback.js'
import { openEventStream, startListeningGateway } from './support/listening-gateway.js'

type TestContext = Parameters<Parameters<typeof t.test>[0]>[0]

async function setup (t: TestContext, heartbeatMs?: number) {
  // Some tests open dozens of streams on one key; the per-key limit has its own tests (stream-limits-and-revocation).
  const gateway = await startListeningGateway(t, { CALLBACK_SECRET: RAW_SECRET, SSE_MAX_STREAMS_PER_KEY: '50' }, heartbeatMs)
  const key = await createKey(gateway.app)
  const open = async (headers: Record<string, string> = {}, query = '') => {
    const client = await openEventStream(`${gateway.origin}/events${query}`, { ...key.headers, ...headers })
    t.teardown(client.close)
    return client
  }
  const store = async (id: string) => {
    const response = await postCallback(gateway.app, { body: JSON.stringify(reviewEvent({ data: { id } })) })
    return (response.json().eventIds as string[])[0]
  }
  return { ...gateway, key, open, store }
}

t.test('each stored event is streamed with its sequence id, its type and its JSON', async (t) => {
  const { open, store } = await setup(t)
  const client = await open()
  t.equal(client.status, 200)
  t.match(client.headers['content-type'], /^text\/event-stream/)
  t.ok(client.headers['x-request-id'], 'the request id header is kept')
  const eventId = await store('tpl-1')
  await store('tpl-2')
  const [first, second] = await client.waitForEvents(2)
  t.match(first, { event: 'sms.template.reviewed', id: /^\d+$/ })
  t.equal(Number(second?.id), Number(first?.id) + 1)
  t.match(JSON.parse(first?.data ?? ''), { eventId, type: 'sms.template.reviewed', receivedAt: /Z$/, data: { id: 'tpl-1', status: 'approved', reviewedAt: '2024-05-01T10:20:30+08:00' } })
})

t.test('a form-encoded callback is streamed raw as sms.callback.raw', async (t) => {
  const { app, open } = await setup(t)
  const client = await open()
  const body = 'id=tpl-9&status=1'
  t.equal((await postCallback(app, { body, contentType: 'application/x-www-form-urlencoded' })).statusCode, 200)
  const [raw] = await client.waitForEvents(1)
  t.equal(raw?.event, 'sms.callback.raw')
  t.match(JSON.parse(raw?.data ?? ''), { type: 'sms.callback.raw', data: { contentType: 'application/x-www-form-urlencoded', body } })
})

t.test('a stream opened without a cursor starts with the next event, not history', async (t) => {
  const { open, store } = await setup(t)
  await store('old')
  const client = await open()
  await store('new')
  const [only] = await client.waitForEvents(1)
  t.equal(JSON.parse(only?.data ?? '').data.id, 'new')
  t.equal(client.events.length, 1)
})

t.test('Last-Event-ID replays what was missed from the store, then live events follow', async (t) => {
  const { open, store } = await setup(t)
  const first = await open()
  await store('a')
  const [seen] = await first.waitForEvents(1)
  first.close()
  await store('b')
  await store('c')

  const resumed = await open({ 'last-event-id': seen?.id ?? '' })
  await resumed.waitForEvents(2)
  await store('d')
  const events = await resumed.waitForEvents(3)
  t.same(events.map((event) => JSON.parse(event.data).data.id), ['b', 'c', 'd'])
  t.same(events.map((event) => Number(event.id)), [1, 2, 3].map((n) => Number(seen?.id) + n))

  const everything = await open({}, '?lastEventId=0')
  t.same((await everything.waitForEvents(4)).map((event) => JSON.parse(event.data).data.id), ['a', 'b', 'c', 'd'])
})

t.test('a malformed Last-Event-ID is 400 problem+json; no key is 401', async (t) => {
  const { origin, key } = await setup(t)
  const bad = await fetch(`${origin}/events`, { headers: { ...key.headers, 'last-event-id': 'abc' } })
  t.equal(bad.status, 400)
  t.match(bad.headers.get('content-type'), /^application\/problem\+json/)
  const anonymous = await fetch(`${origin}/events`)
  t.equal(anonymous.status, 401)
})

t.test('idle streams get heart-beat comments', async (t) => {
  const { open } = await setup(t, 30)
  const client = await open()
  await client.waitForComment()
  t.ok(client.comments.length > 0)
})

t.test('clients going away leave no listener behind', async (t) => {
  const { app, open, store } = await setup(t)
  t.equal(app.events.listenerCount, 0)
  const clients = await Promise.all(Array.from({ length: 25 }, () => open()))
  await t.resolves(waitFor(() => app.events.listenerCount === 25), 'every stream subscribed')
  for (const client of clients) client.close()
  await t.resolves(waitFor(() => app.events.listenerCount === 0), 'every listener dropped')
  // Streams closed while an event is being written are cleaned up too.
  const racing = await Promise.all(Array.from({ length: 10 }, () => open()))
  await waitFor(() => app.events.listenerCount === 10)
  const stored = store('burst')
  for (const client of racing) client.close()
  await stored
  await t.resolves(waitFor(() => app.events.listenerCount === 0))
})

t.test('closing the gateway ends open streams instead of waiting for them', async (t) => {
  const { app, open } = await setup(t)
  const client = await open()
  await waitFor(() => app.events.listenerCount === 1)
  await app.close()
  await client.ended
  t.equal(app.events.listenerCount, 0)
})

async function waitFor (condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}
