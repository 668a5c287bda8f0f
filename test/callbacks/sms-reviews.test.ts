import t from 'tap'
import { buildTestApp } from '../helper.js'
import { RAW_SECRET, createKey, postCallback, reviewEvent } from './support/signed-callback.js'

type TestContext = Parameters<Parameters<typeof t.test>[0]>[0]

async function setup (t: TestContext) {
  const app = await buildTestApp(t, { CALLBACK_SECRET: RAW_SECRET })
  const key = await createKey(app)
  const send = async (...events: Array<ReturnType<typeof reviewEvent>>) => {
    const response = await postCallback(app, { body: JSON.stringify(events.length === 1 ? events[0] : events) })
    t.equal(response.statusCode, 200)
    return response.json().eventIds as string[]
  }
  const get = (url: string) => app.inject({ method: 'GET', url, headers: key.headers })
  return { app, key, send, get }
}

const signature = (id: string, status: string, reviewedAt: string, reason: string | null = null) =>
  reviewEvent({ type: 'sms.signature.reviewed', data: { id, name: `sig ${id}`, status, reason, reviewedAt } })
const template = (id: string, status: string, reviewedAt: string) =>
  reviewEvent({ type: 'sms.template.reviewed', data: { id, name: `tpl ${id}`, status, reviewedAt } })

t.test('the list holds the latest result of each signature and template, most recently reviewed first', async (t) => {
  const { send, get } = await setup(t)
  await send(signature('s1', 'rejected', '2024-05-01 09:00:00', '签名不规范'))
  await send(template('t1', 'approved', '2024-05-01 10:00:00'))
  const [latest] = await send(signature('s1', 'approved', '2024-05-02 09:00:00'))

  const response = await get('/sms/reviews')
  t.equal(response.statusCode, 200)
  const page = response.json()
  t.match(page, { page: 1, limit: 30, total: 2, totalPages: 1 })
  t.same(page.items.map((item: { kind: string, id: string, status: string }) => [item.kind, item.id, item.status]), [['signature', 's1', 'approved'], ['template', 't1', 'approved']])
  t.match(page.items[0], { name: 'sig s1', reason: null, reviewedAt: '2024-05-02T09:00:00+08:00', eventId: latest, receivedAt: /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/ })
})

t.test('an older result arriving late does not replace a newer one', async (t) => {
  const { send, get } = await setup(t)
  await send(signature('s1', 'approved', '2024-05-02 09:00:00'))
  await send(signature('s1', 'rejected', '2024-05-01 09:00:00', 'stale re-send'))
  t.equal((await get('/sms/reviews/signature/s1')).json().status, 'approved')
})

t.test('kind and status filter the list; page and limit slice it', async (t) => {
  const { send, get } = await setup(t)
  await send(
    signature('s1', 'approved', '2024-05-01 09:00:00'),
    signature('s2', 'rejected', '2024-05-01 09:01:00'),
    template('t1', 'rejected', '2024-05-01 09:02:00'),
    template('t2', 'approved', '2024-05-01 09:03:00'),
    template('t3', 'approved', '2024-05-01 09:04:00'),
  )
  const ids = async (query: string) => (await get(`/sms/reviews?${query}`)).json().items.map((item: { id: string }) => item.id)
  t.same(await ids('kind=template'), ['t3', 't2', 't1'])
  t.same(await ids('status=rejected'), ['t1', 's2'])
  t.same(await ids('kind=signature&status=approved'), ['s1'])
  const second = (await get('/sms/reviews?limit=2&page=2')).json()
  t.match(second, { page: 2, limit: 2, total: 5, totalPages: 3 })
  t.same(second.items.map((item: { id: string }) => item.id), ['t1', 's2'])
  t.equal((await get('/sms/reviews?kind=message')).statusCode, 400)
  t.equal((await get('/sms/reviews?limit=101')).statusCode, 400)
})

t.test('one review is read by kind and id; 404 problem when none was received', async (t) => {
  const { send, get } = await setup(t)
  await send(template('42', 'rejected', '2024-05-01 09:00:00'))
  const found = await get('/sms/reviews/template/42')
  t.equal(found.statusCode, 200)
  t.match(found.json(), { kind: 'template', id: '42', status: 'rejected' })
  const missing = await get('/sms/reviews/signature/42')
  t.equal(missing.statusCode, 404)
  t.match(missing.headers['content-type'], /^application\/problem\+json/)
  t.equal((await get('/sms/reviews/message/42')).statusCode, 400)
})

t.test('reading reviews needs a key with the read scope', async (t) => {
  const { app } = await setup(t)
  t.equal((await app.inject({ method: 'GET', url: '/sms/reviews' })).statusCode, 401)
})
