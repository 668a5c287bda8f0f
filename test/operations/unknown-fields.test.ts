import t from 'tap'
import { operations } from '../../src/operations/index.js'
import { buildTestApp, upstreamEnv } from '../helper.js'
import { startFakeUpstream } from '../support/fake-upstream.js'
import { authHeaders } from './auth-headers.js'
import { fixtures } from './fixtures/index.js'

/**
 * Nothing is forwarded unless the row lists it: an unknown field in a body
 * or a query is refused with 400 naming it, and no call reaches the upstream.
 */

const firstFixture = (operationId: string) => fixtures.find((fixture) => fixture.operationId === operationId)

t.test('unknown fields are refused with 400 and nothing is sent upstream', async (t) => {
  const fake = await startFakeUpstream()
  t.teardown(() => fake.close())
  const app = await buildTestApp(t, upstreamEnv(fake.url))
  const headers = await authHeaders(app)
  await app.inject({ method: 'POST', url: '/admin/sync', headers }) // the start-up sync settles first

  for (const operation of operations) {
    const fixture = firstFixture(operation.operationId)
    if (fixture === undefined || (operation.body === undefined && operation.query === undefined)) continue
    await t.test(operation.operationId, async (t) => {
      const before = fake.requests.length
      const withBody = operation.body !== undefined
      const response = await app.inject({
        method: fixture.request.method,
        url: withBody ? fixture.request.url : `${fixture.request.url}${fixture.request.url.includes('?') ? '&' : '?'}recieve_mail=1`,
        headers,
        ...(withBody ? { payload: { ...(fixture.request.body as object), recieve_mail: 1 } } : {}),
      })
      t.equal(response.statusCode, 400, response.body)
      t.match(response.headers['content-type'], /^application\/problem\+json/)
      t.match(response.json(), { status: 400, errors: [{ in: withBody ? 'body' : 'querystring', pointer: '/recieve_mail', message: 'is not a known field' }] })
      t.strictSame(fake.requests.slice(before), [], 'no upstream call')
    })
  }
})

t.test('PATCH bodies must change something; creations need their required fields', async (t) => {
  const fake = await startFakeUpstream()
  t.teardown(() => fake.close())
  const app = await buildTestApp(t, upstreamEnv(fake.url))
  const headers = await authHeaders(app)
  await app.inject({ method: 'POST', url: '/admin/sync', headers })
  const before = fake.requests.length

  for (const url of ['/profile', '/subaccounts/7002123456', '/groups/1571234567']) {
    const response = await app.inject({ method: 'PATCH', url, headers, payload: {} })
    t.equal(response.statusCode, 400, `PATCH ${url} {}`)
  }
  const missing = await app.inject({ method: 'POST', url: '/subaccounts', headers, payload: { username: 'ops', email: 'ops@example.com' } })
  t.match(missing.json(), { status: 400, errors: [{ pointer: '/password', message: 'is required' }] })

  const badEnum = await app.inject({ method: 'GET', url: '/coupons?status=spent', headers })
  t.equal(badEnum.statusCode, 400, 'an enum word the table does not know')
  const badLimit = await app.inject({ method: 'GET', url: '/payments?limit=101', headers })
  t.equal(badLimit.statusCode, 400, 'limit is 1..100')
  const badId = await app.inject({ method: 'DELETE', url: '/groups/abc', headers })
  t.equal(badId.statusCode, 400, 'ids in paths are digits')
  const floatMoney = await app.inject({ method: 'POST', url: '/invoices', headers, payload: { title: 't', amount: '1.23456', type: 'personal', invoiceType: 'vat_general', recipient: 'r', mailAddress: 'm', phone: '13211111111', postcode: '214400' } })
  t.equal(floatMoney.statusCode, 400, 'money with more than 4 decimals')
  t.strictSame(fake.requests.slice(before), [], 'none of them reached the upstream')
})
