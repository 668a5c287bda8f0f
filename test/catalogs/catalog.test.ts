import t from 'tap'
import { Catalog, type CatalogAnswer } from '../../src/catalogs/catalog.js'
import { errors } from '../../src/errors.js'

/** One synced catalog on its own: pending → ok → failed-but-still-serving, and reads that never wait on nothing. */

function scripted (...outcomes: Array<CatalogAnswer | Error>) {
  let calls = 0
  const load = async () => {
    const outcome = outcomes[Math.min(calls++, outcomes.length - 1)]
    await new Promise((resolve) => setTimeout(resolve, 5))
    if (outcome instanceof Error) throw outcome
    return outcome as CatalogAnswer
  }
  const clock = { now: new Date('2026-01-02T03:04:05.000Z') }
  const catalog = new Catalog({ name: 'tiers', operationId: 'listCdnPriceTiers', path: '/cdn/price-tiers', load, now: () => clock.now })
  return { catalog, clock, calls: () => calls }
}

t.test('before any sync: pending, and the first reads share one sync', async (t) => {
  const { catalog, calls } = scripted({ items: [1, 2] })
  t.match(catalog.status(), { name: 'tiers', status: 'pending', syncing: false, lastSyncAt: null, itemCount: 0, lastError: null })
  const reads = await Promise.all([catalog.read(), catalog.read(), catalog.read()])
  t.strictSame(reads, [{ items: [1, 2] }, { items: [1, 2] }, { items: [1, 2] }])
  t.equal(calls(), 1, 'one upstream call for three concurrent reads')
  t.match(catalog.status(), { status: 'ok', itemCount: 2, lastSyncAt: '2026-01-02T03:04:05.000Z', lastSuccessAt: '2026-01-02T03:04:05.000Z' })
})

t.test('after a success, reads come from memory', async (t) => {
  const { catalog, calls } = scripted({ items: ['a'] })
  await catalog.sync()
  await catalog.read()
  await catalog.read()
  t.equal(calls(), 1)
})

t.test('a failed sync keeps serving the last good copy and says why', async (t) => {
  const { catalog, clock } = scripted({ items: ['old'] }, errors.upstreamUnavailable('Upstream unreachable for /API/cdn/flowPriceList (ECONNREFUSED)'))
  await catalog.sync()
  clock.now = new Date('2026-01-02T04:00:00.000Z')
  const status = await catalog.sync()
  t.match(status, {
    status: 'failed',
    lastSyncAt: '2026-01-02T04:00:00.000Z',
    lastSuccessAt: '2026-01-02T03:04:05.000Z',
    itemCount: 1,
    lastError: { code: 'GW_UPSTREAM_UNAVAILABLE', message: /ECONNREFUSED/ },
  })
  t.strictSame(await catalog.read(), { items: ['old'] })
})

t.test('with nothing synced yet, a read fails as the upstream did, and the next read tries again', async (t) => {
  const { catalog, calls } = scripted(errors.upstreamRejected(0, '系统繁忙'), { items: ['fresh'] })
  await t.rejects(catalog.read(), { statusCode: 422, code: 'GW_UPSTREAM_REJECTED' })
  t.match(catalog.status(), { status: 'failed', lastError: { code: 'GW_UPSTREAM_REJECTED', message: '系统繁忙' } })
  t.strictSame(await catalog.read(), { items: ['fresh'] })
  t.equal(calls(), 2)
  t.match(catalog.status(), { status: 'ok', lastError: null })
})

t.test('a sync under way is joined, not repeated', async (t) => {
  const { catalog, calls } = scripted({ items: [] })
  const first = catalog.sync()
  t.equal(catalog.status().syncing, true)
  await Promise.all([first, catalog.sync(), catalog.refresh()])
  t.equal(calls(), 1)
  t.equal(catalog.status().syncing, false)
})

t.test('an unexpected error is reported too', async (t) => {
  const { catalog } = scripted(new Error('boom'))
  t.match(await catalog.sync(), { status: 'failed', lastError: { code: 'GW_INTERNAL', message: 'boom' } })
})
