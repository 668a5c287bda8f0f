import t from 'tap'
import { buildTestApp } from '../helper.js'
import { RAW_SECRET, postCallback, reviewEvent, storedEventCount, storedRows } from './support/signed-callback.js'

type TestContext = Parameters<Parameters<typeof t.test>[0]>[0]
const setup = (t: TestContext) => buildTestApp(t, { CALLBACK_SECRET: RAW_SECRET })

t.test('a JSON array carries several review results under one webhook-id', async (t) => {
  const app = await setup(t)
  const body = JSON.stringify([
    reviewEvent({ type: 'sms.signature.reviewed', data: { id: 'sig-1', name: 'VeryCloud', status: 'approved' } }),
    reviewEvent({ type: 'sms.template.reviewed', data: { id: 42, status: 'rejected', reason: '含有营销内容' } }),
  ])
  const response = await postCallback(app, { body })
  t.equal(response.statusCode, 200)
  t.equal(response.json().eventIds.length, 2)
  t.same(await storedRows(t, 'SELECT kind, subject_id, status, reason FROM sms_reviews ORDER BY event_sequence'), [
    { kind: 'signature', subject_id: 'sig-1', status: 'approved', reason: null },
    { kind: 'template', subject_id: '42', status: 'rejected', reason: '含有营销内容' },
  ])
})

t.test('a form-encoded body is stored raw as one sms.callback.raw event, not as a review', async (t) => {
  const app = await setup(t)
  const body = 'type=sms.template.reviewed&id=tpl-9&status=1&reason=%E9%80%9A%E8%BF%87'
  const response = await postCallback(app, { body, contentType: 'application/x-www-form-urlencoded' })
  t.equal(response.statusCode, 200)
  t.same(await storedRows(t, 'SELECT type, content_type, raw, data FROM callback_events'), [{
    type: 'sms.callback.raw',
    content_type: 'application/x-www-form-urlencoded',
    raw: body,
    data: JSON.stringify({ contentType: 'application/x-www-form-urlencoded', body }),
  }])
  t.same(await storedRows(t, 'SELECT * FROM sms_reviews'), [])
})

t.test('a JSON body of another shape is 400 after a valid signature, and nothing is stored', async (t) => {
  const app = await setup(t)
  const cases: Array<[string, string, RegExp]> = [
    ['unknown type', JSON.stringify(reviewEvent({ type: 'sms.message.sent' })), /\/type/],
    ['unknown status', JSON.stringify(reviewEvent({ data: { status: 'pending' } })), /\/data\/status/],
    ['no id', JSON.stringify({ type: 'sms.template.reviewed', data: { status: 'approved' } }), /\/data\/id/],
    ['bad element of an array', JSON.stringify([reviewEvent(), { type: 'sms.template.reviewed' }]), /\/1\/data/],
    ['empty array', '[]', /no event/],
    ['not JSON', '{"type":', /not valid JSON/],
  ]
  for (const [name, body, detail] of cases) {
    const response = await postCallback(app, { body })
    t.equal(response.statusCode, 400, name)
    t.match(response.json(), { code: 'GW_CALLBACK_BODY_INVALID', detail }, name)
  }
  t.equal(await storedEventCount(t), 0)
})

t.test('a body that is not UTF-8 is refused rather than stored garbled', async (t) => {
  const app = await setup(t)
  const gbk = Buffer.from([0x7b, 0x22, 0xc9, 0xf3, 0xba, 0xcb, 0x22, 0x7d]) // {"审核"} in GBK
  const response = await postCallback(app, { body: gbk })
  t.equal(response.statusCode, 400)
  t.match(response.json().detail, /UTF-8/)
})

t.test('other content types are 415 and extra fields from the sender are tolerated', async (t) => {
  const app = await setup(t)
  const text = await postCallback(app, { body: 'hello', contentType: 'text/plain' })
  t.equal(text.statusCode, 415)
  const extra = await postCallback(app, { body: JSON.stringify({ ...reviewEvent(), traceId: 'x', data: { ...reviewEvent().data, extra: 1 } }) })
  t.equal(extra.statusCode, 200)
})

t.test('review times are normalised to ISO 8601 where they can be read', async (t) => {
  const app = await setup(t)
  const times: Array<[unknown, string | null]> = [
    ['2024-05-01 10:20:30', '2024-05-01T10:20:30+08:00'],
    ['2024/05/01 10:20', '2024-05-01T10:20:00+08:00'],
    [1714530030, '2024-05-01T10:20:30+08:00'],
    ['1714530030000', '2024-05-01T10:20:30+08:00'],
    ['2024-05-01T02:20:30Z', '2024-05-01T02:20:30Z'],
    ['yesterday', 'yesterday'],
    [null, null],
  ]
  for (const [index, [given]] of times.entries()) {
    await postCallback(app, { body: JSON.stringify(reviewEvent({ data: { id: `tpl-${index}`, reviewedAt: given } })) })
  }
  const stored = await storedRows(t, 'SELECT reviewed_at FROM sms_reviews ORDER BY event_sequence') as Array<{ reviewed_at: string | null }>
  t.same(stored.map((row) => row.reviewed_at), times.map(([, expected]) => expected))
})
