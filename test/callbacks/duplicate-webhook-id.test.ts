import t from 'tap'
import { buildTestApp } from '../helper.js'
import { RAW_SECRET, newWebhookId, postCallback, reviewEvent, storedEventCount, storedRows } from './support/signed-callback.js'

t.test('a repeated webhook-id is acknowledged again and stored once', async (t) => {
  const app = await buildTestApp(t, { CALLBACK_SECRET: RAW_SECRET })
  const webhookId = newWebhookId()
  const body = JSON.stringify(reviewEvent())
  const first = await postCallback(app, { body, webhookId })
  const again = await postCallback(app, { body, webhookId })
  t.equal(first.statusCode, 200)
  t.equal(again.statusCode, 200)
  t.equal(first.json().status, 'stored')
  t.same(again.json(), { status: 'duplicate', eventIds: first.json().eventIds })
  t.equal(await storedEventCount(t), 1)
})

t.test('a repeat with another body is still the same message: nothing new is stored', async (t) => {
  const app = await buildTestApp(t, { CALLBACK_SECRET: RAW_SECRET })
  const webhookId = newWebhookId()
  await postCallback(app, { body: JSON.stringify(reviewEvent()), webhookId })
  const changed = await postCallback(app, { body: JSON.stringify(reviewEvent({ data: { status: 'rejected' } })), webhookId })
  t.equal(changed.json().status, 'duplicate')
  t.same(await storedRows(t, 'SELECT status FROM sms_reviews'), [{ status: 'approved' }])
})

t.test('an array body is deduplicated as a whole: each element once, per webhook-id and position', async (t) => {
  const app = await buildTestApp(t, { CALLBACK_SECRET: RAW_SECRET })
  const webhookId = newWebhookId()
  const body = JSON.stringify([reviewEvent(), reviewEvent({ type: 'sms.signature.reviewed', data: { id: 'sig-7' } })])
  const first = await postCallback(app, { body, webhookId })
  const again = await postCallback(app, { body, webhookId })
  t.equal(first.json().eventIds.length, 2)
  t.same(again.json().eventIds, first.json().eventIds)
  t.same(await storedRows(t, 'SELECT webhook_id, position FROM callback_events ORDER BY sequence'), [{ webhook_id: webhookId, position: 0 }, { webhook_id: webhookId, position: 1 }])
})

t.test('the same body under a new webhook-id is a new message', async (t) => {
  const app = await buildTestApp(t, { CALLBACK_SECRET: RAW_SECRET })
  const body = JSON.stringify(reviewEvent())
  await postCallback(app, { body })
  await postCallback(app, { body })
  t.equal(await storedEventCount(t), 2)
})
