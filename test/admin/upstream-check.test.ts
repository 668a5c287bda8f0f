import t from 'tap'
import { apiKeyHeaders, buildTestApp, TEST_ADMIN_TOKEN, upstreamEnv } from '../helper.js'
import { ok, startFakeUpstream } from '../support/fake-upstream.js'

/** POST /admin/upstream/check reads the balance through the getBalance row, live: never a cached answer. */

t.test('the check makes a live balance read, and refreshes the cached one', async (t) => {
  const fake = await startFakeUpstream()
  t.teardown(fake.close)
  let balance = 0
  fake.on('/API/profile/balance', () => ok([{ price: `${++balance}.50` }]))
  const app = await buildTestApp(t, upstreamEnv(fake.url))
  const headers = await apiKeyHeaders(app)
  t.same((await app.inject({ method: 'GET', url: '/balance', headers })).json(), { amount: '1.50' })

  const check = await app.inject({ method: 'POST', url: '/admin/upstream/check', headers: { authorization: `Bearer ${TEST_ADMIN_TOKEN}` } })
  t.match(check.json().lastCheck, { reachable: true, balance: '2.50' })
  t.equal(fake.callsTo('/API/profile/balance').length, 2, 'the check went upstream')
  t.same((await app.inject({ method: 'GET', url: '/balance', headers })).json(), { amount: '2.50' }, 'and what it read is what readers now get')
  t.equal(fake.callsTo('/API/profile/balance').length, 2)
})
