import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import t from 'tap'
import { buildTestApp, upstreamEnv } from '../helper.js'
import { openTestStore } from '../support/databases.js'
import { authHeaders } from '../operations/auth-headers.js'
import { ok, startFakeUpstream } from '../support/fake-upstream.js'

/**
 * Scheduled catalog syncs hold the store's `catalog-sync` lease: while
 * another instance holds it, this one waits its turn instead of calling
 * the upstream too; POST /admin/sync does not wait.
 */

const TIERS = '/API/cdn/flowPriceList'
const tier = { id: '1', type: '1', lower: '0', upper: '1000000000000', price: '0.32', created: '2015/01/26 11:01', updatetime: '2015/05/20 13:51' }

t.test('the start-up sync waits while another instance holds the sync lease, then runs', async (t) => {
  const upstream = await startFakeUpstream()
  t.teardown(() => upstream.close())
  upstream.on(TIERS, ok([tier]))
  // The other instance, on the same store, took the turn before this one started.
  const dataDir = mkdtempSync(join(tmpdir(), 'gateway-sync-turn-'))
  t.teardown(() => rmSync(dataDir, { recursive: true, force: true }))
  const other = await openTestStore(t, dataDir)
  t.equal(await other.leases.tryAcquire('catalog-sync', 'other-instance', 60_000), true)
  await other.close()

  const app = await buildTestApp(t, upstreamEnv(upstream.url, { DATA_DIR: dataDir }))
  await sleep(300)
  t.equal(upstream.callsTo(TIERS).length, 0, 'no sync while the other instance has the turn')

  const headers = await authHeaders(app)
  t.equal((await app.inject({ method: 'POST', url: '/admin/sync', headers })).statusCode, 200)
  t.equal(upstream.callsTo(TIERS).length, 1, 'an admin sync does not wait for the turn')

  await app.store.leases.release('catalog-sync', 'other-instance')
  const deadline = Date.now() + 10_000
  while (upstream.callsTo(TIERS).length < 2 && Date.now() < deadline) await sleep(50)
  t.equal(upstream.callsTo(TIERS).length, 2, 'the start-up sync ran once the lease was free')
  t.equal(await app.store.leases.tryAcquire('catalog-sync', 'other-instance', 60_000), true, 'and gave the lease back')
})
