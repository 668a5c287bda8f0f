import t from 'tap'
import { operations } from '../../src/operations/index.js'
import type { Operation } from '../../src/operations/types.js'
import { buildTestApp, upstreamEnv } from '../helper.js'
import { ok, startFakeUpstream } from '../support/fake-upstream.js'
import { authHeaders } from './auth-headers.js'
import { fixtures, type OperationFixture } from './fixtures/index.js'

/**
 * The read cache through the app (docs/api.md): rows that declare a
 * TTL are answered from memory per query; every write drops the reads it
 * names in `invalidates`, tried here for every such write of the table.
 */

const byId = new Map(operations.map((operation) => [operation.operationId, operation]))
const cachedReads = operations.filter((operation) => operation.cache !== undefined)
const invalidatingWrites = operations.filter((operation) => (operation.invalidates ?? []).length > 0)
const firstFixture = (operationId: string) => fixtures.find((fixture) => fixture.operationId === operationId) as OperationFixture

const send = (fixture: OperationFixture, headers: Record<string, string>) => ({
  method: fixture.request.method,
  url: fixture.request.url,
  headers,
  ...(fixture.request.body === undefined ? {} : { payload: fixture.request.body as object }),
})

t.test('the cache policy of the table is coherent', async (t) => {
  for (const read of cachedReads) {
    t.equal(read.method, 'GET', `${read.operationId} is a read`)
    t.ok((read.cache?.ttlSeconds ?? 0) > 0 && (read.cache?.ttlSeconds ?? 99) <= 10, `${read.operationId}: a few seconds at most`)
    t.ok(invalidatingWrites.some((write) => write.invalidates?.includes(read.operationId)), `${read.operationId} is dropped by some write`)
  }
  for (const write of invalidatingWrites) {
    t.not(write.method, 'GET')
    for (const name of write.invalidates ?? []) t.equal(byId.get(name)?.cache !== undefined, true, `${write.operationId} invalidates ${name}, a cached read`)
  }
  t.ok(byId.get('getBalance')?.cache, 'the balance is cached')
  t.same(byId.get('buyCdnFlowPackage')?.invalidates?.filter((name) => ['getBalance', 'getCdnFlowBalance'].includes(name)), ['getBalance', 'getCdnFlowBalance'], 'buying flow drops the balance and the flow balance')
  t.same(byId.get('redeemCoupon')?.invalidates?.filter((name) => ['listCoupons', 'getCouponBalance', 'getBalance'].includes(name)), ['listCoupons', 'getCouponBalance', 'getBalance'], 'redeeming drops coupon lists and balances')
  t.ok(byId.get('createGroup')?.invalidates?.includes('listGroups'), 'creating a group drops the group list')
})

t.test('each write drops exactly the cached reads it names', async (t) => {
  const fake = await startFakeUpstream()
  t.teardown(() => fake.close())
  const app = await buildTestApp(t, upstreamEnv(fake.url))
  const headers = await authHeaders(app)
  for (const fixture of fixtures) fake.on(fixture.upstreamPath, { json: fixture.upstreamAnswer })
  const callsFor = (read: Operation) => fake.callsTo(read.upstream).length

  for (const write of invalidatingWrites) {
    await t.test(write.operationId, async (t) => {
      const names = new Set(write.invalidates)
      for (const read of cachedReads) t.equal((await app.inject(send(firstFixture(read.operationId), headers))).statusCode, 200, `${read.operationId} read`)
      const before = new Map(cachedReads.map((read) => [read.operationId, callsFor(read)]))
      const written = await app.inject(send(firstFixture(write.operationId), headers))
      t.ok(written.statusCode < 300, `${write.operationId} answered ${written.statusCode}`)
      for (const read of cachedReads) {
        await app.inject(send(firstFixture(read.operationId), headers))
        t.equal(callsFor(read) - (before.get(read.operationId) ?? 0), names.has(read.operationId) ? 1 : 0, `${read.operationId} ${names.has(read.operationId) ? 'read again' : 'still cached'}`)
      }
    })
  }
})

t.test('a cached answer expires after its TTL', async (t) => {
  const fake = await startFakeUpstream()
  t.teardown(() => fake.close())
  let balance = 0
  fake.on('/API/profile/balance', () => ok([{ price: `${++balance}.00` }]))
  const app = await buildTestApp(t, upstreamEnv(fake.url))
  const headers = await authHeaders(app)
  const read = async () => (await app.inject({ method: 'GET', url: '/balance', headers })).json().amount as string
  t.equal(await read(), '1.00')
  t.equal(await read(), '1.00', 'from memory')
  await new Promise((resolve) => setTimeout(resolve, (byId.get('getBalance')?.cache?.ttlSeconds ?? 5) * 1000 + 100))
  t.equal(await read(), '2.00', 'asked again once the TTL passed')
  t.equal(fake.callsTo('/API/profile/balance').length, 2)
})

t.test('1,000 concurrent identical reads against a 50 ms upstream make one upstream call', async (t) => {
  const fake = await startFakeUpstream()
  t.teardown(() => fake.close())
  fake.on('/API/profile/balance', { ...ok([{ price: '7.00' }]), delayMs: 50 })
  fake.on('/API/profile/logs', { ...ok([]), delayMs: 50 })
  const app = await buildTestApp(t, upstreamEnv(fake.url, { RATE_LIMIT_MAX: '100000' }))
  const headers = await authHeaders(app)
  for (const url of ['/balance', '/logs']) {
    const answers = await Promise.all(Array.from({ length: 1000 }, () => app.inject({ method: 'GET', url, headers })))
    t.same([...new Set(answers.map((answer) => answer.statusCode))], [200], `${url}: all answered`)
    t.same([...new Set(answers.map((answer) => answer.body))].length, 1, `${url}: all the same answer`)
  }
  t.equal(fake.callsTo('/API/profile/balance').length, 1, 'a cached read: one call')
  t.equal(fake.callsTo('/API/profile/logs').length, 1, 'an uncached read: coalesced into one call')
})

t.test('Cache-Control says honestly whether an answer may be reused', async (t) => {
  const fake = await startFakeUpstream()
  t.teardown(() => fake.close())
  for (const fixture of fixtures) fake.on(fixture.upstreamPath, { json: fixture.upstreamAnswer })
  const app = await buildTestApp(t, upstreamEnv(fake.url))
  const headers = await authHeaders(app)

  const balance = await app.inject({ method: 'GET', url: '/balance', headers })
  t.match(balance.headers['cache-control'], /^private, max-age=[45]$/)
  t.match(balance.headers.etag, /^"[A-Za-z0-9_-]{27}"$/)

  const logs = await app.inject({ method: 'GET', url: '/logs', headers })
  t.equal(logs.headers['cache-control'], 'no-store', 'an uncached read')
  t.notOk(logs.headers.etag)

  const written = await app.inject(send(firstFixture('createGroup'), headers))
  t.equal(written.headers['cache-control'], 'no-store', 'a write')

  fake.on('/API/profile/logs', { json: { code: 0, message: '失败' } })
  const failed = await app.inject({ method: 'GET', url: '/logs?page=2', headers })
  t.equal(failed.statusCode, 422)
  t.equal(failed.headers['cache-control'], 'no-store', 'an error')
})

t.test('If-None-Match gets a 304 on cached reads and synced catalogs', async (t) => {
  const fake = await startFakeUpstream()
  t.teardown(() => fake.close())
  for (const fixture of fixtures) fake.on(fixture.upstreamPath, { json: fixture.upstreamAnswer })
  const app = await buildTestApp(t, upstreamEnv(fake.url))
  const headers = await authHeaders(app)

  for (const url of ['/balance', '/permissions', '/cdn/price-tiers', '/groups']) {
    await t.test(url, async (t) => {
      const first = await app.inject({ method: 'GET', url, headers })
      t.equal(first.statusCode, 200)
      const etag = first.headers.etag as string
      t.ok(etag, 'carries an ETag')
      if (url === '/permissions' || url === '/cdn/price-tiers') t.equal(first.headers['cache-control'], 'private, no-cache', 'a catalog: revalidate each time')

      const notModified = await app.inject({ method: 'GET', url, headers: { ...headers, 'if-none-match': etag } })
      t.equal(notModified.statusCode, 304)
      t.equal(notModified.body, '')
      t.equal(notModified.headers.etag, etag)

      t.equal((await app.inject({ method: 'GET', url, headers: { ...headers, 'if-none-match': `"other", W/${etag}` } })).statusCode, 304, 'a list, weakly compared')
      t.equal((await app.inject({ method: 'GET', url, headers: { ...headers, 'if-none-match': '*' } })).statusCode, 304)
      const changed = await app.inject({ method: 'GET', url, headers: { ...headers, 'if-none-match': '"stale"' } })
      t.equal(changed.statusCode, 200)
      t.same(changed.json(), first.json())
    })
  }
})
