import t from 'tap'
import { compose, type UpstreamRequest } from '../../src/upstream/pipeline.js'
import { ReadCache, readCache } from '../../src/upstream/read-cache.js'

/** The read cache layer: per tag and body, for the request's TTL, dropped by the writes that name its tag. */

function harness () {
  const clock = { now: 1_000_000 }
  const cache = new ReadCache({ now: () => clock.now })
  const calls: UpstreamRequest[] = []
  let answer = 0
  const pending: Array<() => void> = []
  let hold = false
  const dispatch = compose(async (request) => {
    calls.push(request)
    const value = ++answer
    if (hold) await new Promise<void>((resolve) => pending.push(resolve))
    return { httpStatus: 200, envelope: { code: 1, data: value } }
  }, readCache(cache))
  const read = (payload: Record<string, unknown> = {}, extra: Partial<UpstreamRequest> = {}) =>
    dispatch({ endpoint: '/API/profile/balance', payload, write: false, withToken: true, cache: { tag: 'getBalance', ttlMs: 5_000 }, ...extra })
  const write = (invalidates: string[]) => dispatch({ endpoint: '/API/cdn/payFlowAdd', payload: {}, write: true, withToken: true, invalidates })
  return { clock, cache, calls, read, write, holdNext: () => { hold = true }, release: () => { hold = false; pending.splice(0).forEach((resolve) => resolve()) } }
}

t.test('a cached read is answered from memory until its TTL passes', async (t) => {
  const h = harness()
  const first = await h.read()
  t.equal(first.freshUntil, 1_005_000, 'says until when it is fresh')
  h.clock.now += 4_999
  t.same((await h.read()).envelope.data, 1)
  t.equal(h.calls.length, 1)
  h.clock.now += 2
  t.same((await h.read()).envelope.data, 2, 'expired: asked again')
  t.equal(h.calls.length, 2)
})

t.test('different bodies are different entries', async (t) => {
  const h = harness()
  await h.read({ page: 1 })
  await h.read({ page: 2 })
  await h.read({ page: 1 })
  t.equal(h.calls.length, 2)
})

t.test('a write drops the tags it names, and only those', async (t) => {
  const h = harness()
  await h.read()
  await h.read({}, { endpoint: '/API/profile/detail', cache: { tag: 'getProfile', ttlMs: 5_000 } })
  await h.write(['getBalance'])
  await h.read()
  await h.read({}, { endpoint: '/API/profile/detail', cache: { tag: 'getProfile', ttlMs: 5_000 } })
  t.same(h.calls.map((call) => call.endpoint), ['/API/profile/balance', '/API/profile/detail', '/API/cdn/payFlowAdd', '/API/profile/balance'])
})

t.test('a failed write invalidates too: it may have changed something', async (t) => {
  const cache = new ReadCache()
  const dispatch = compose(async (request) => {
    if (request.write) throw new Error('reset')
    return { httpStatus: 200, envelope: { code: 1 } }
  }, readCache(cache))
  await dispatch({ endpoint: '/b', payload: {}, write: false, withToken: true, cache: { tag: 'getBalance', ttlMs: 5_000 } })
  t.equal(cache.size, 1)
  await t.rejects(dispatch({ endpoint: '/w', payload: {}, write: true, withToken: true, invalidates: ['getBalance'] }))
  t.equal(cache.size, 0)
})

t.test('a read under way while a write settles is answered but not cached', async (t) => {
  const h = harness()
  h.holdNext()
  const before = h.read()
  await new Promise((resolve) => setImmediate(resolve))
  h.release()
  await h.write(['getBalance'])
  await before
  await h.read()
  t.equal(h.calls.filter((call) => !call.write).length, 2, 'the read that saw the state before the write was not kept')
})

t.test('fresh skips the cached answer but refreshes it', async (t) => {
  const h = harness()
  await h.read()
  t.same((await h.read({}, { fresh: true })).envelope.data, 2)
  t.same((await h.read()).envelope.data, 2)
  t.equal(h.calls.length, 2)
})

t.test('reads without a cache policy, or with TTL 0, always go upstream', async (t) => {
  const h = harness()
  await h.read({}, { cache: undefined })
  await h.read({}, { cache: undefined })
  await h.read({}, { cache: { tag: 'x', ttlMs: 0 } })
  t.equal(h.calls.length, 3)
  t.equal(h.cache.size, 0)
})

t.test('the cache holds at most maxSize of answer text: a flood of large distinct answers pushes out the oldest, not the process\'s memory up', async (t) => {
  const cache = new ReadCache({ maxSize: 10_000 })
  const calls: number[] = []
  const dispatch = compose(async (request) => {
    calls.push(Number(request.payload.page))
    return { httpStatus: 200, envelope: { code: 1, data: request.payload.page }, size: 3_000 }
  }, readCache(cache))
  const read = (page: number) => dispatch({ endpoint: '/API/profile/subaccountList', payload: { page }, write: false, withToken: true, cache: { tag: 'listSubaccounts', ttlMs: 5_000 } })
  for (let page = 1; page <= 10; page++) await read(page)
  t.equal(cache.size, 3, 'three answers of 3,000 fit in 10,000')
  await read(10)
  await read(8)
  t.equal(calls.length, 10, 'the newest are still cached')
  await read(1)
  t.equal(calls.length, 11, 'the oldest was pushed out')

  const oversized = compose(async () => ({ httpStatus: 200, envelope: { code: 1, data: 'huge' }, size: 20_000 }), readCache(cache))
  const huge = await oversized({ endpoint: '/API/profile/balance', payload: {}, write: false, withToken: true, cache: { tag: 'getBalance', ttlMs: 5_000 } })
  t.same(huge.envelope.data, 'huge', 'an answer larger than the whole budget is answered')
  t.equal(cache.size, 3, 'but not kept')
})
