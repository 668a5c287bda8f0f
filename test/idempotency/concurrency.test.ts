import type { AddressInfo } from 'node:net'
import t from 'tap'
import { apiKeyHeaders, buildTestApp, upstreamEnv } from '../helper.js'
import { startFakeUpstream } from '../support/fake-upstream.js'
import { fixtureOf } from './support.js'

/**
 * The claim is atomic: 50 requests with one key, sent at once over real
 * sockets while the first is still at the upstream, make exactly one
 * upstream call. The rest are told to come back (409 with Retry-After), and
 * once the first has finished they get its answer.
 */

t.test('50 parallel purchases with one key: exactly one upstream call', async (t) => {
  const fake = await startFakeUpstream()
  t.teardown(fake.close)
  const purchase = fixtureOf('buyCdnFlowPackage')
  fake.on(purchase.upstreamPath, { json: purchase.upstreamAnswer, delayMs: 1_000 })
  const app = await buildTestApp(t, upstreamEnv(fake.url, { RATE_LIMIT_MAX: '10000' }))
  const headers = { ...(await apiKeyHeaders(app)), 'idempotency-key': 'buy-flow-once', 'content-type': 'application/json' }
  await app.listen({ port: 0, host: '127.0.0.1' })
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}${purchase.request.url}`
  const post = () => fetch(url, { method: 'POST', headers, body: JSON.stringify(purchase.request.body) })

  const answers = await Promise.all(Array.from({ length: 50 }, post))
  t.equal(fake.callsTo(purchase.upstreamPath).length, 1, 'the upstream saw one purchase')
  const original = answers.filter((answer) => answer.status === 201 && answer.headers.get('idempotent-replayed') === null)
  t.equal(original.length, 1, 'one request went through')
  const conflicts = answers.filter((answer) => answer.status === 409)
  const replays = answers.filter((answer) => answer.headers.get('idempotent-replayed') === 'true')
  t.equal(conflicts.length + replays.length, 49, 'the others were told it is in flight, or (arriving after it finished) got its answer')
  t.ok(conflicts.length > 0, `${conflicts.length} arrived while it was in flight`)
  t.equal(conflicts[0]?.headers.get('retry-after'), '1')
  t.match(await conflicts[0]?.json(), { code: 'GW_IDEMPOTENCY_IN_FLIGHT' })

  const first = await original[0]?.text()
  for (const replay of replays) t.equal(await replay.text(), first)
  const later = await post()
  t.equal(later.status, 201)
  t.equal(later.headers.get('idempotent-replayed'), 'true')
  t.equal(await later.text(), first, 'then they get the first answer')
  t.equal(fake.callsTo(purchase.upstreamPath).length, 1)
})
