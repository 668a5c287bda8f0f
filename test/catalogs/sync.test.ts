import t, { type Test } from 'tap'
import { apiKeyHeaders, buildTestApp, upstreamEnv } from '../helper.js'
import { authHeaders } from '../operations/auth-headers.js'
import { ok, startFakeUpstream, type FakeUpstream } from '../support/fake-upstream.js'

/**
 * The synced catalogs in the running gateway: filled at start, served from
 * memory, re-synced on POST /admin/sync and every SYNC_INTERVAL_S, and a
 * failed start-up sync never stops the gateway.
 */

const PERMISSIONS = '/API/profile/groupPermissions'
const TIERS = '/API/cdn/flowPriceList'
const tier = (id: string, price: string) => ({ id, type: '1', lower: '0', upper: '1000000000000', price, created: '2015/01/26 11:01', updatetime: '2015/05/20 13:51' })
const catalogModule = (name: string) => ({ cloud_cdn: { module: 'cloud_cdn', name, subs: { 'API/cdn/domainList': '频道列表' } } })

async function fake (t: Pick<Test, 'teardown'>): Promise<FakeUpstream> {
  const upstream = await startFakeUpstream()
  t.teardown(() => upstream.close())
  return upstream
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

t.test('a failed start-up sync does not stop the gateway; the first read syncs, later reads come from memory', async (t) => {
  const upstream = await fake(t) // answers neither catalog: the start-up sync fails with 502s
  const app = await buildTestApp(t, upstreamEnv(upstream.url))
  const headers = await authHeaders(app)

  const status = await app.inject({ method: 'POST', url: '/admin/sync', headers })
  t.equal(status.statusCode, 200, 'the gateway is up and says how the sync went')
  t.match(status.json(), {
    intervalSeconds: 3600,
    catalogs: [
      { name: 'permissions', operationId: 'listPermissionCatalog', path: '/permissions', status: 'failed', itemCount: 0, lastSuccessAt: null, lastSyncAt: /Z$/, lastError: { code: 'GW_UPSTREAM_UNAVAILABLE' } },
      { name: 'cdnPriceTiers', operationId: 'listCdnPriceTiers', path: '/cdn/price-tiers', status: 'failed', lastError: { code: 'GW_UPSTREAM_UNAVAILABLE' } },
    ],
  })
  t.equal((await app.inject({ method: 'GET', url: '/cdn/price-tiers', headers })).statusCode, 502, 'with nothing synced and the upstream down, a read fails as a live call would')

  upstream.on(TIERS, ok([tier('1', '0.32')]))
  const before = upstream.callsTo(TIERS).length
  const reads = await Promise.all([1, 2, 3].map(() => app.inject({ method: 'GET', url: '/cdn/price-tiers', headers })))
  t.strictSame(reads.map((read) => read.statusCode), [200, 200, 200])
  t.match(reads[0]?.json(), { items: [{ id: '1', unitPrice: '0.32' }] })
  t.equal(upstream.callsTo(TIERS).length - before, 1, 'three concurrent reads, one upstream call')
  await app.inject({ method: 'GET', url: '/cdn/price-tiers', headers })
  t.equal(upstream.callsTo(TIERS).length - before, 1, 'then served from memory')

  const after = await app.inject({ method: 'GET', url: '/admin/sync', headers })
  t.match(after.json().catalogs[1], { status: 'ok', itemCount: 1, lastError: null, lastSuccessAt: /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/ })
})

t.test('POST /admin/sync picks up upstream changes; a failed re-sync keeps the last good copy', async (t) => {
  const upstream = await fake(t)
  upstream.on(PERMISSIONS, ok(catalogModule('CDN')))
  upstream.on(TIERS, ok([tier('1', '0.32')]))
  const app = await buildTestApp(t, upstreamEnv(upstream.url))
  const headers = await authHeaders(app)
  await app.inject({ method: 'POST', url: '/admin/sync', headers })

  upstream.on(PERMISSIONS, ok(catalogModule('云分发')))
  t.match((await app.inject({ method: 'GET', url: '/permissions', headers })).json(), { items: [{ name: 'CDN' }] }, 'memory until the next sync')
  const synced = await app.inject({ method: 'POST', url: '/admin/sync', headers })
  t.match(synced.json(), { catalogs: [{ name: 'permissions', status: 'ok', itemCount: 1 }, { name: 'cdnPriceTiers', status: 'ok' }] })
  t.match((await app.inject({ method: 'GET', url: '/permissions', headers })).json(), { items: [{ name: '云分发' }] }, 'the new copy after POST /admin/sync')

  upstream.on(PERMISSIONS, { json: { code: 0, message: '系统维护中' } })
  const failed = await app.inject({ method: 'POST', url: '/admin/sync', headers })
  t.match(failed.json().catalogs[0], { status: 'failed', itemCount: 1, lastError: { code: 'GW_UPSTREAM_REJECTED', message: '系统维护中' } })
  const served = await app.inject({ method: 'GET', url: '/permissions', headers })
  t.equal(served.statusCode, 200)
  t.match(served.json(), { items: [{ name: '云分发' }] }, 'the last good copy is still served')
})

t.test('SYNC_INTERVAL_S schedules syncs; 0 syncs only at start and on demand', async (t) => {
  const upstream = await fake(t)
  upstream.on(PERMISSIONS, ok(catalogModule('CDN')))
  upstream.on(TIERS, ok([]))
  const scheduled = await buildTestApp(t, upstreamEnv(upstream.url, { SYNC_INTERVAL_S: '1' }))
  const manual = await buildTestApp(t, upstreamEnv(`${upstream.url}/manual`, { SYNC_INTERVAL_S: '0' }))
  upstream.on(`/manual${PERMISSIONS}`, ok(catalogModule('CDN')))
  upstream.on(`/manual${TIERS}`, ok([]))
  upstream.on('/manual/API/OAuth/authorize', ok(undefined, { access_token: 'manual-token', expires: Math.floor(Date.now() / 1000) + 7200 }))
  await settle(2300)
  t.ok(upstream.callsTo(PERMISSIONS).length >= 2, `scheduled: ${upstream.callsTo(PERMISSIONS).length} syncs in 2.3 s`)
  t.ok(upstream.callsTo(`/manual${PERMISSIONS}`).length <= 1, 'interval 0: no scheduled sync')
  const status = await manual.inject({ method: 'GET', url: '/admin/sync', headers: await authHeaders(manual) })
  t.equal(status.json().intervalSeconds, 0)
  await scheduled.close()
})

t.test('a slow upstream does not hold up the start', async (t) => {
  const upstream = await fake(t)
  upstream.on(PERMISSIONS, { ...ok(catalogModule('CDN')), delayMs: 1500 })
  upstream.on(TIERS, { ...ok([]), delayMs: 1500 })
  const app = await buildTestApp(t, upstreamEnv(upstream.url))
  const headers = await authHeaders(app)
  // Had the start waited for the sync, these would be finished by now.
  t.match((await app.inject({ method: 'GET', url: '/admin/sync', headers })).json(), { catalogs: [{ status: 'pending', syncing: true }, { status: 'pending', syncing: true }] }, 'ready while the start-up sync is still under way')
  const read = await app.inject({ method: 'GET', url: '/permissions', headers })
  t.match(read.json(), { items: [{ name: 'CDN' }] }, 'a read during the start-up sync waits for it')
  t.equal(upstream.callsTo(PERMISSIONS).length, 1, 'and shares it')
})

t.test('the admin sync routes need the admin scope', async (t) => {
  const upstream = await fake(t)
  const app = await buildTestApp(t, upstreamEnv(upstream.url))
  const readOnly = await apiKeyHeaders(app, ['read'])
  if (readOnly.authorization === undefined) {
    t.comment('no authentication plugin yet: nothing to check')
    return
  }
  for (const method of ['GET', 'POST'] as const) {
    t.equal((await app.inject({ method, url: '/admin/sync', headers: readOnly })).statusCode, 403, `${method} /admin/sync with a read key`)
  }
})
