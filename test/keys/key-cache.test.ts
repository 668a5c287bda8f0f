import t from 'tap'
import { KeyCache } from '../../src/keys/key-cache.js'
import type { ApiKeyRecord } from '../../src/store/api-keys.js'

const record = (overrides: Partial<ApiKeyRecord> = {}): ApiKeyRecord => ({
  secretId: 'AKID000000000000000000000001',
  secretHash: Buffer.alloc(32),
  scopes: ['read'],
  ipWhitelist: ['10.0.0.0/24'],
  callbackUrl: null,
  note: '',
  disabled: false,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  lastUsedAt: null,
  ...overrides,
})

t.test('a key is loaded once, compiled, then served from memory', async (t) => {
  let loads = 0
  const cache = new KeyCache(async () => { loads++; return record() })
  const first = await cache.get('AKID000000000000000000000001')
  await cache.get('AKID000000000000000000000001')
  t.equal(loads, 1)
  t.ok(first?.whitelist.includes('10.0.0.5'), 'whitelist compiled into ranges')
  t.ok(first?.scopes.has('read'))
})

t.test('invalidate drops the entry: the next get loads the changed key', async (t) => {
  let current = record()
  let loads = 0
  const cache = new KeyCache(async () => { loads++; return current })
  await cache.get(current.secretId)
  current = record({ disabled: true })
  t.equal((await cache.get(current.secretId))?.disabled, false, 'stale until invalidated')
  cache.invalidate(current.secretId)
  t.equal((await cache.get(current.secretId))?.disabled, true)
  t.equal(loads, 2)
})

t.test('a load that raced an invalidation is used once but not cached', async (t) => {
  let release: (value: ApiKeyRecord) => void = () => {}
  let loads = 0
  const cache = new KeyCache(async () => { loads++; return loads === 1 ? new Promise<ApiKeyRecord>((resolve) => { release = resolve }) : record({ disabled: true }) })
  const pending = cache.get('AKID000000000000000000000001')
  cache.invalidate('AKID000000000000000000000001')
  release(record())
  t.equal((await pending)?.disabled, false)
  t.equal((await cache.get('AKID000000000000000000000001'))?.disabled, true, 'reloaded, not the raced value')
})

t.test('unknown ids are not cached, so made-up ids cannot push real keys out', async (t) => {
  let loads = 0
  const cache = new KeyCache(async () => { loads++; return undefined })
  t.equal(await cache.get('AKIDnope'), undefined)
  t.equal(await cache.get('AKIDnope'), undefined)
  t.equal(loads, 2)
})

t.test('entries expire after the TTL, so changes made by another process are seen', async (t) => {
  let loads = 0
  const cache = new KeyCache(async () => { loads++; return record() }, { ttlMs: 20 })
  await cache.get('AKID000000000000000000000001')
  await new Promise((resolve) => setTimeout(resolve, 40))
  await cache.get('AKID000000000000000000000001')
  t.equal(loads, 2)
})
