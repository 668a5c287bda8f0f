import t from 'tap'
import { adminHeaders, createKey, postCallback, reviewEvent } from '../callbacks/support/signed-callback.js'
import { startCallbackReceiver } from '../support/callback-receiver.js'
import { relaySetup } from './support/relay-setup.js'

t.test('each event is queued for every enabled key with a callbackUrl, and only those', async (t) => {
  const { app, receiver, key, storeEvent, waitForDeliveries } = await relaySetup(t)
  const other = await startCallbackReceiver()
  t.teardown(other.close)
  const second = await createKey(app, other.url)
  other.secret = second.webhookSecret
  await createKey(app) // no callbackUrl: nothing to deliver
  const disabled = await createKey(app, receiver.url)
  const patched = await app.inject({ method: 'PATCH', url: `/admin/api-keys/${disabled.secretId}`, headers: adminHeaders, payload: { disabled: true } })
  t.equal(patched.statusCode, 200)

  const eventId = await storeEvent()
  const list = await waitForDeliveries((deliveries) => deliveries.length === 2 && deliveries.every((delivery) => delivery.state === 'delivered'))
  t.same(list.map((delivery) => delivery.secretId).sort(), [key.secretId, second.secretId].sort())
  t.ok(list.every((delivery) => delivery.eventId === eventId))
  t.equal(receiver.received.length, 1)
  t.equal(other.received.length, 1)
  t.ok(other.received[0]?.signatureValid, 'each key signs with its own webhookSecret')
  t.equal(other.received[0]?.headers['webhook-id'], receiver.received[0]?.headers['webhook-id'], 'one webhook-id per event across targets')
})

t.test('a delivery whose key was deleted meanwhile fails at once, saying why', async (t) => {
  const { app, receiver, key, storeEvent, waitForDeliveries } = await relaySetup(t, { RELAY_RETRY_SCHEDULE_MS: '300' })
  receiver.answer([500], 204)
  await storeEvent()
  await waitForDeliveries((list) => list[0]?.attempts === 1)
  t.equal((await app.inject({ method: 'DELETE', url: `/admin/api-keys/${key.secretId}`, headers: adminHeaders })).statusCode, 204)
  const [failed] = await waitForDeliveries((list) => list[0]?.state === 'failed')
  t.match(failed, { attempts: 2, lastError: /deleted, disabled or has no callbackUrl/ })
  t.equal(receiver.received.length, 1)
})

t.test('a duplicate callback queues nothing more', async (t) => {
  const { app, receiver, deliveries, waitForDeliveries } = await relaySetup(t)
  const body = JSON.stringify(reviewEvent())
  await postCallback(app, { body, webhookId: 'msg_once' })
  await postCallback(app, { body, webhookId: 'msg_once' })
  await waitForDeliveries((list) => list[0]?.state === 'delivered')
  t.equal((await deliveries()).length, 1)
  t.equal(receiver.received.length, 1)
})
