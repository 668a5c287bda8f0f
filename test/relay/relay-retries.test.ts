import t from 'tap'
import { adminHeaders } from '../callbacks/support/signed-callback.js'
import { relaySetup } from './support/relay-setup.js'

t.test('a receiver failing twice gets the event on the third attempt, signed, with one webhook-id', async (t) => {
  const { receiver, key, storeEvent, waitForDeliveries } = await relaySetup(t)
  receiver.answer([500, 503], 204)
  const eventId = await storeEvent('tpl-relay')
  const attempts = await receiver.waitFor(3)
  t.same(attempts.map((attempt) => attempt.answeredWith), [500, 503, 204])
  t.ok(attempts.every((attempt) => attempt.signatureValid), 'every attempt verifies with the key\'s webhookSecret')
  t.same(new Set(attempts.map((attempt) => attempt.headers['webhook-id'])), new Set([eventId]), 'same webhook-id on every attempt')
  t.match(attempts[2]?.json, { type: 'sms.template.reviewed', eventId, timestamp: /Z$/, data: { id: 'tpl-relay', status: 'approved' } })
  t.equal(attempts[2]?.headers['content-type'], 'application/json')

  const [delivery] = await waitForDeliveries((list) => list[0]?.state === 'delivered')
  t.match(delivery, { eventId, secretId: key.secretId, callbackUrl: receiver.url, attempts: 3, lastStatus: 204, lastError: null, nextAttemptAt: null, deliveredAt: /Z$/ })
  await new Promise((resolve) => setTimeout(resolve, 400))
  t.equal(receiver.received.length, 3, 'nothing is sent after the 2xx')
})

t.test('after every scheduled retry fails the delivery is marked failed', async (t) => {
  const { receiver, storeEvent, waitForDeliveries, deliveries } = await relaySetup(t)
  receiver.answer([], 500)
  await storeEvent()
  const [delivery] = await waitForDeliveries((list) => list[0]?.state === 'failed')
  t.match(delivery, { attempts: 4, lastStatus: 500, lastError: 'answered HTTP 500', nextAttemptAt: null, deliveredAt: null })
  t.equal(receiver.received.length, 4, 'the first attempt and one per scheduled delay (50, 100, 200 ms)')
  t.same((await deliveries('?state=failed')).length, 1)
  t.same((await deliveries('?state=pending')).length, 0)
})

t.test('a redirect is not followed and counts as a failure', async (t) => {
  const { receiver, storeEvent, waitForDeliveries } = await relaySetup(t, { RELAY_RETRY_SCHEDULE_MS: '60000' })
  receiver.answer([302], 204)
  await storeEvent()
  const [delivery] = await waitForDeliveries((list) => list[0]?.attempts === 1)
  t.match(delivery, { state: 'pending', lastStatus: 302, lastError: 'answered HTTP 302' })
})

t.test('an admin retry makes a failed delivery due now; unknown is 404, delivered is 409', async (t) => {
  const { app, receiver, storeEvent, waitForDeliveries } = await relaySetup(t, { RELAY_RETRY_SCHEDULE_MS: '10' })
  receiver.answer([], 500)
  await storeEvent()
  const [failed] = await waitForDeliveries((list) => list[0]?.state === 'failed')
  receiver.answer([], 200)
  const retry = await app.inject({ method: 'POST', url: `/admin/deliveries/${failed?.id ?? ''}/retry`, headers: adminHeaders })
  t.equal(retry.statusCode, 202)
  t.match(retry.json(), { id: failed?.id, state: 'pending', attempts: 2, nextAttemptAt: /Z$/ })
  const [delivered] = await waitForDeliveries((list) => list[0]?.state === 'delivered')
  t.match(delivered, { attempts: 3, lastStatus: 200 })

  const again = await app.inject({ method: 'POST', url: `/admin/deliveries/${failed?.id ?? ''}/retry`, headers: adminHeaders })
  t.equal(again.statusCode, 409)
  t.equal(again.json().code, 'GW_DELIVERY_ALREADY_DELIVERED')
  for (const id of ['999999', 'abc']) {
    const missing = await app.inject({ method: 'POST', url: `/admin/deliveries/${id}/retry`, headers: adminHeaders })
    t.equal(missing.statusCode, 404, id)
  }
})

t.test('a pending delivery retried by an admin goes at once instead of at its scheduled time', async (t) => {
  const { app, receiver, storeEvent, waitForDeliveries } = await relaySetup(t, { RELAY_RETRY_SCHEDULE_MS: '3600000' })
  receiver.answer([500], 204)
  await storeEvent()
  const [waiting] = await waitForDeliveries((list) => list[0]?.attempts === 1)
  t.equal(waiting?.state, 'pending')
  t.ok(Date.parse(waiting?.nextAttemptAt ?? '') > Date.now() + 3_000_000, 'next attempt an hour away')
  await app.inject({ method: 'POST', url: `/admin/deliveries/${waiting?.id ?? ''}/retry`, headers: adminHeaders })
  await waitForDeliveries((list) => list[0]?.state === 'delivered', 3000)
})

t.test('delivery admin routes need the admin scope', async (t) => {
  const { app, key } = await relaySetup(t)
  t.equal((await app.inject({ method: 'GET', url: '/admin/deliveries', headers: key.headers })).statusCode, 403)
  t.equal((await app.inject({ method: 'GET', url: '/admin/deliveries' })).statusCode, 401)
  t.equal((await app.inject({ method: 'GET', url: '/admin/deliveries?state=lost', headers: adminHeaders })).statusCode, 400)
})
