import t, { type Test } from 'tap'
import { buildTestApp, upstreamEnv } from '../helper.js'
import { authHeaders } from '../operations/auth-headers.js'
import { ok, startFakeUpstream } from '../support/fake-upstream.js'

/** POST /admin/sync?catalog=<name>: the console's per-row 直接同步, and how long each sync took. */

const PERMISSIONS = '/API/profile/groupPermissions'
const TIERS = '/API/cdn/flowPriceList'
const tier = { id: '1', type: '1', lower: '0', upper: '1000000000000', price: '0.32', created: '2015/01/26 11:01', updatetime: '2015/05/20 13:51' }

async function setup (t: Test) {
  const upstream = await startFakeUpstream()
  t.teardown(() => upstream.close())
  upstream.on(PERMISSIONS, ok({ cloud_cdn: { module: 'cloud_cdn', name: 'CDN', subs: { 'API/cdn/domainList': '频道列表' } } }))
  upstream.on(TIERS, ok([tier]))
  const app = await buildTestApp(t, upstreamEnv(upstream.url, { SYNC_INTERVAL_S: '0' }))
  const headers = await authHeaders(app)
  await app.inject({ method: 'POST', url: '/admin/sync', headers })
  return { upstream, app, headers }
}

t.test('?catalog= syncs that catalog only, and says how long each sync took', async (t) => {
  const { upstream, app, headers } = await setup(t)
  const before = { permissions: upstream.callsTo(PERMISSIONS).length, tiers: upstream.callsTo(TIERS).length }
  const answer = await app.inject({ method: 'POST', url: '/admin/sync?catalog=cdnPriceTiers', headers })
  t.equal(answer.statusCode, 200)
  t.equal(upstream.callsTo(TIERS).length - before.tiers, 1, 'the named catalog was synced')
  t.equal(upstream.callsTo(PERMISSIONS).length - before.permissions, 0, 'the other one was not')
  const catalogs = answer.json().catalogs as Array<{ name: string, status: string, lastDurationMs: number | null, itemCount: number }>
  t.match(catalogs.find((catalog) => catalog.name === 'cdnPriceTiers'), { status: 'ok', itemCount: 1 })
  for (const catalog of catalogs) t.ok(Number.isInteger(catalog.lastDurationMs) && (catalog.lastDurationMs as number) >= 0, `${catalog.name} has a duration`)
})

t.test('a failed sync has a duration too; before any sync there is none', async (t) => {
  const upstream = await startFakeUpstream()
  t.teardown(() => upstream.close())
  upstream.on(TIERS, { status: 503, json: {}, delayMs: 30 })
  const app = await buildTestApp(t, upstreamEnv(upstream.url, { SYNC_INTERVAL_S: '0' }))
  const headers = await authHeaders(app)
  const answer = await app.inject({ method: 'POST', url: '/admin/sync?catalog=cdnPriceTiers', headers })
  const tiers = (answer.json().catalogs as Array<{ name: string, status: string, lastDurationMs: number }>).find((catalog) => catalog.name === 'cdnPriceTiers')
  t.equal(tiers?.status, 'failed')
  t.ok((tiers?.lastDurationMs ?? 0) >= 30, `it took the upstream's delay at least (${tiers?.lastDurationMs} ms)`)
})

t.test('an unknown catalog is refused with the names there are, and nothing is synced', async (t) => {
  const { upstream, app, headers } = await setup(t)
  const calls = upstream.requests.length
  const answer = await app.inject({ method: 'POST', url: '/admin/sync?catalog=zones', headers })
  t.equal(answer.statusCode, 400)
  t.match(answer.headers['content-type'], /^application\/problem\+json/)
  t.match(answer.json(), { code: 'GW_VALIDATION', errors: [{ in: 'querystring', pointer: '/catalog', message: 'is not a catalog; the catalogs are permissions, cdnPriceTiers' }] })
  t.equal(upstream.requests.length, calls, 'no upstream call')
  t.equal((await app.inject({ method: 'POST', url: '/admin/sync?other=1', headers })).statusCode, 400, 'unknown query fields are refused')
})
