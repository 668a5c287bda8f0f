import t from 'tap'
import { randomBytes } from 'node:crypto'
import { SecretBox } from '../../src/keys/secret-box.js'
import { openStore } from '../../src/store/open.js'
import type { NewApiKey } from '../../src/store/api-keys.js'
import { eachDatabase } from './support/each-database.js'

/** The API key repository, the same on both databases. */

function newKey (secretId: string, overrides: Partial<NewApiKey> = {}): NewApiKey {
  return {
    secretId,
    secretHash: Buffer.from(`hash-of-${secretId}`.padEnd(32, '.')),
    scopes: ['read'],
    ipWhitelist: ['127.0.0.1', '10.0.0.0/8'],
    callbackUrl: null,
    note: '',
    disabled: false,
    createdAt: '2026-01-01T00:00:00.000Z',
    webhookSecret: `whsec_${secretId}`,
    ...overrides,
  }
}

eachDatabase(t, 'a created key reads back field for field, its hash as bytes', async (t, database) => {
  const store = await database.open()
  await store.apiKeys.create(newKey('AKIDone', { scopes: ['read', 'admin'], callbackUrl: 'https://example.com/cb', note: 'ops', disabled: true }))
  const found = await store.apiKeys.find('AKIDone')
  t.same(found, {
    secretId: 'AKIDone',
    secretHash: Buffer.from('hash-of-AKIDone'.padEnd(32, '.')),
    scopes: ['read', 'admin'],
    ipWhitelist: ['127.0.0.1', '10.0.0.0/8'],
    callbackUrl: 'https://example.com/cb',
    note: 'ops',
    disabled: true,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    lastUsedAt: null,
  })
  t.ok(Buffer.isBuffer(found?.secretHash))
  t.equal(await store.apiKeys.find('AKIDnone'), undefined)
})

eachDatabase(t, 'a second key with the same secretId is refused', async (t, database) => {
  const store = await database.open()
  await store.apiKeys.create(newKey('AKIDtwice'))
  await t.rejects(store.apiKeys.create(newKey('AKIDtwice')))
})

eachDatabase(t, 'list pages newest first with the total', async (t, database) => {
  const store = await database.open()
  for (const [index, id] of ['AKIDa', 'AKIDb', 'AKIDc'].entries()) await store.apiKeys.create(newKey(id, { createdAt: `2026-01-0${index + 1}T00:00:00.000Z` }))
  const first = await store.apiKeys.list({ page: 1, limit: 2 })
  t.same(first.items.map((key) => key.secretId), ['AKIDc', 'AKIDb'])
  t.equal(first.total, 3)
  t.same((await store.apiKeys.list({ page: 2, limit: 2 })).items.map((key) => key.secretId), ['AKIDa'])
})

eachDatabase(t, 'update changes only the given fields, reseals a new webhook secret, and misses an unknown key', async (t, database) => {
  const store = await database.open()
  await store.apiKeys.create(newKey('AKIDup', { callbackUrl: 'https://example.com/a' }))
  const changed = await store.apiKeys.update('AKIDup', { scopes: ['write'], note: 'moved', webhookSecret: 'whsec_new' }, '2026-02-01T00:00:00.000Z')
  t.match(changed, { scopes: ['write'], note: 'moved', ipWhitelist: ['127.0.0.1', '10.0.0.0/8'], callbackUrl: 'https://example.com/a', updatedAt: '2026-02-01T00:00:00.000Z', createdAt: '2026-01-01T00:00:00.000Z' })
  t.same(await store.apiKeys.find('AKIDup'), changed)
  t.same(await store.apiKeys.listCallbackTargets(), [{ secretId: 'AKIDup', callbackUrl: 'https://example.com/a', webhookSecret: 'whsec_new' }])
  t.equal(await store.apiKeys.update('AKIDgone', { note: 'x' }, '2026-02-01T00:00:00.000Z'), undefined)
})

eachDatabase(t, 'updates from two instances at once both land', async (t, database) => {
  const [a, b] = [await database.open(), await database.open()]
  await a.apiKeys.create(newKey('AKIDrace'))
  await Promise.all([
    a.apiKeys.update('AKIDrace', { note: 'from a' }, '2026-02-01T00:00:00.000Z'),
    b.apiKeys.update('AKIDrace', { disabled: true }, '2026-02-01T00:00:00.001Z'),
  ])
  t.match(await a.apiKeys.find('AKIDrace'), { note: 'from a', disabled: true })
})

eachDatabase(t, 'delete answers whether there was a key', async (t, database) => {
  const store = await database.open()
  await store.apiKeys.create(newKey('AKIDdel'))
  t.equal(await store.apiKeys.delete('AKIDdel'), true)
  t.equal(await store.apiKeys.delete('AKIDdel'), false)
  t.equal(await store.apiKeys.find('AKIDdel'), undefined)
})

eachDatabase(t, 'lastUsedAt is written in a batch and never moves backwards', async (t, database) => {
  const store = await database.open()
  await store.apiKeys.create(newKey('AKIDx'))
  await store.apiKeys.create(newKey('AKIDy'))
  await store.apiKeys.recordLastUsed(new Map([['AKIDx', '2026-03-01T00:00:02.000Z'], ['AKIDy', '2026-03-01T00:00:01.000Z'], ['AKIDgone', '2026-03-01T00:00:01.000Z']]))
  await store.apiKeys.recordLastUsed(new Map([['AKIDx', '2026-03-01T00:00:01.000Z']]))
  await store.apiKeys.recordLastUsed(new Map())
  t.equal((await store.apiKeys.find('AKIDx'))?.lastUsedAt, '2026-03-01T00:00:02.000Z')
  t.equal((await store.apiKeys.find('AKIDy'))?.lastUsedAt, '2026-03-01T00:00:01.000Z')
})

eachDatabase(t, 'callback targets: enabled keys with a callbackUrl, oldest first, secrets opened', async (t, database) => {
  const store = await database.open()
  await store.apiKeys.create(newKey('AKIDlate', { callbackUrl: 'https://example.com/late', createdAt: '2026-01-02T00:00:00.000Z' }))
  await store.apiKeys.create(newKey('AKIDearly', { callbackUrl: 'https://example.com/early' }))
  await store.apiKeys.create(newKey('AKIDoff', { callbackUrl: 'https://example.com/off', disabled: true }))
  await store.apiKeys.create(newKey('AKIDnone'))
  t.same(await store.apiKeys.listCallbackTargets(), [
    { secretId: 'AKIDearly', callbackUrl: 'https://example.com/early', webhookSecret: 'whsec_AKIDearly' },
    { secretId: 'AKIDlate', callbackUrl: 'https://example.com/late', webhookSecret: 'whsec_AKIDlate' },
  ])
})

eachDatabase(t, 'resealing: secrets the old key opens are sealed again with the current one, others are named as unreadable', async (t, database) => {
  const [oldKey, strayKey, currentKey] = [new SecretBox(randomBytes(32)), new SecretBox(randomBytes(32)), new SecretBox(randomBytes(32))]
  const openWith = async (sealer: SecretBox) => {
    const store = await openStore(database.config, { sealer, warn: () => {}, checkSealer: false })
    t.teardown(() => store.close())
    return store
  }
  const before = await openWith(oldKey)
  await before.apiKeys.create(newKey('AKIDold1', { callbackUrl: 'https://example.com/a' }))
  await before.apiKeys.create(newKey('AKIDold2', { callbackUrl: 'https://example.com/b' }))
  await before.close()
  const stray = await openWith(strayKey)
  await stray.apiKeys.create(newKey('AKIDstray', { callbackUrl: 'https://example.com/c' }))
  await stray.close()

  const store = await openWith(currentKey)
  t.same(await store.apiKeys.resealWebhookSecrets(oldKey), { resealed: ['AKIDold1', 'AKIDold2'], alreadyCurrent: [], unreadable: ['AKIDstray'] })
  t.same(await store.apiKeys.resealWebhookSecrets(oldKey), { resealed: [], alreadyCurrent: ['AKIDold1', 'AKIDold2'], unreadable: ['AKIDstray'] }, 'a second run changes nothing')
  await store.apiKeys.update('AKIDstray', { webhookSecret: 'whsec_rotated' }, '2026-01-02T00:00:00.000Z')
  const targets = await store.apiKeys.listCallbackTargets()
  t.same(targets.map((target) => [target.secretId, target.webhookSecret]), [['AKIDold1', 'whsec_AKIDold1'], ['AKIDold2', 'whsec_AKIDold2'], ['AKIDstray', 'whsec_rotated']], 'the resealed secrets are the same secrets, now read with the current key')
})
