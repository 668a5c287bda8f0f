import t from 'tap'
import { EventHub } from '../../src/events/event-hub.js'
import { fanOutEvents } from '../../src/redis/event-fan-out.js'
import { RedisLink } from '../../src/redis/redis-link.js'
import { createKey, postCallback, RAW_SECRET, reviewEvent } from '../callbacks/support/signed-callback.js'
import { openEventStream, startListeningGateway } from '../events/support/listening-gateway.js'
import { redisSkip, startOwnRedis, testRedis, type TestRedis } from '../support/redis-server.js'
import { waitUntil } from '../support/wait-until.js'

/**
 * SSE fan-out: a stream on this instance wakes for an event another
 * instance stored in the shared store and announced over Redis, and reads
 * it, with its id, from the store. Here "the other instance" writes into
 * this gateway's store directly (as its write to the shared database
 * would land) and announces through a hub on its own Redis connection.
 */

type TestContext = Parameters<Parameters<typeof t.test>[0]>[0]

async function otherInstanceHub (t: TestContext, redis: TestRedis): Promise<EventHub> {
  const link = new RedisLink({ url: redis.url, prefix: redis.prefix })
  await link.connect()
  const hub = new EventHub()
  const fanOut = fanOutEvents(hub, link)
  t.teardown(async () => { fanOut.stop(); await link.close() })
  return hub
}

async function setup (t: TestContext, redis: TestRedis) {
  const gateway = await startListeningGateway(t, { REDIS_URL: redis.url, REDIS_KEY_PREFIX: redis.prefix, CALLBACK_SECRET: RAW_SECRET })
  const key = await createKey(gateway.app)
  // Stored as the other instance would store it: in the shared store, without this instance's hub hearing of it.
  const storeElsewhere = async (id: string) => {
    const recorded = await gateway.app.store.callbacks.record({
      webhookId: `msg_${id}`,
      contentType: 'application/json',
      receivedAt: new Date(),
      events: [{ type: 'sms.template.reviewed', raw: JSON.stringify(reviewEvent({ data: { id } })), data: reviewEvent({ data: { id } }).data }],
      targets: [],
    })
    return recorded.events[0]!
  }
  return { ...gateway, key, storeElsewhere }
}

t.test('an event stored and announced by another instance is streamed here with its store id', { skip: redisSkip }, async (t) => {
  const redis = await testRedis(t)
  const { origin, key, storeElsewhere } = await setup(t, redis)
  const other = await otherInstanceHub(t, redis)
  const stream = await openEventStream(`${origin}/events`, key.headers)
  t.teardown(stream.close)

  const stored = await storeElsewhere('tpl-elsewhere')
  other.publish(stored.sequence)
  const [event] = await stream.waitForEvents(1)
  t.equal(event?.id, String(stored.sequence), 'the same id on every instance')
  t.match(JSON.parse(event?.data ?? ''), { eventId: stored.eventId, data: { id: 'tpl-elsewhere' } })
})

t.test('an event this instance stores is announced to the others', { skip: redisSkip }, async (t) => {
  const redis = await testRedis(t)
  const { app } = await setup(t, redis)
  const other = await otherInstanceHub(t, redis)
  const heard: number[] = []
  other.subscribe({ stored: (sequence) => heard.push(sequence), closing: () => {} })
  const answer = await postCallback(app, { body: JSON.stringify(reviewEvent({ data: { id: 'tpl-here' } })) })
  t.equal(answer.statusCode, 200)
  await waitUntil('the announcement arrives', () => heard.length > 0, 5_000)
  t.same(heard, [(await app.store.callbacks.latestSequence())])
})

t.test('while Redis is down, streams still find events stored elsewhere, and catch up when it is back', { skip: redisSkip }, async (t) => {
  const redis = await startOwnRedis(t)
  const { app, origin, key, storeElsewhere } = await setup(t, redis)
  const stream = await openEventStream(`${origin}/events`, key.headers)
  t.teardown(stream.close)
  await redis.stop()
  await waitUntil('Redis is seen down', () => app.redis?.available === false)

  await storeElsewhere('tpl-during-outage')
  const [during] = await stream.waitForEvents(1, 5_000)
  t.match(JSON.parse(during?.data ?? ''), { data: { id: 'tpl-during-outage' } }, 'found by looking again while no announcement can come')

  await redis.start()
  await waitUntil('Redis is seen back', () => app.redis?.available === true)
  const other = await otherInstanceHub(t, redis)
  const stored = await storeElsewhere('tpl-after-outage')
  other.publish(stored.sequence)
  const events = await stream.waitForEvents(2, 5_000)
  t.equal(events[1]?.id, String(stored.sequence))
})
