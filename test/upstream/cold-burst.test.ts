import t from 'tap'
import { apiKeyHeaders, buildTestApp, upstreamEnv } from '../helper.js'
import { ok, startFakeUpstream } from '../support/fake-upstream.js'

/** docs/upstream.md: "a cold start under any load makes one authorize call". */
t.test('1,000 concurrent requests on a cold gateway make one authorize call', async (t) => {
  const upstream = await startFakeUpstream()
  t.teardown(upstream.close)
  const authorize = upstream.callsTo.bind(upstream, '/API/OAuth/authorize')
  upstream.on('/API/OAuth/authorize', { json: { code: 1, message: 'ok', access_token: 'the-one-token', expires: Math.floor(Date.now() / 1000) + 7200 }, delayMs: 100 })
  upstream.on('/API/profile/subaccountList', (body) => ok([], { total: 0, totalpage: 0, page: body.page }))
  const app = await buildTestApp(t, upstreamEnv(upstream.url, { RATE_LIMIT_MAX: '100000' }))
  const headers = await apiKeyHeaders(app)

  // Distinct pages, so coalescing of identical reads cannot hide a second authorize.
  const answers = await Promise.all(Array.from({ length: 1000 }, (_, index) =>
    app.inject({ method: 'GET', url: `/subaccounts?page=${index + 1}`, headers })))

  t.equal(answers.filter((answer) => answer.statusCode === 200).length, 1000, 'every request answered')
  t.equal(authorize().length, 1, 'one authorize call')
  const calls = upstream.callsTo('/API/profile/subaccountList')
  t.equal(calls.length, 1000, 'each request reached the upstream')
  t.ok(calls.every((call) => call.body.token === 'the-one-token'), 'all with the shared token')
})
