import t from 'tap'
import type { Test } from 'tap'
import { KeyCache } from '../../src/keys/key-cache.js'
import { LastUsedRecorder } from '../../src/keys/last-used.js'
import * as secrets from '../../src/keys/secrets.js'
import { IpRanges } from '../../src/net/ip-ranges.js'
import type { ApiKeyRecord } from '../../src/store/api-keys.js'

/**
 * The secret is hashed once per cached key and process: later requests of
 * the same key compare against the secret that matched, in constant time,
 * and a wrong secret is refused just the same.
 */

const SECRET_ID = secrets.newSecretId()
const SECRET_KEY = secrets.newSecretKey()

const record = (secretKey = SECRET_KEY): ApiKeyRecord => ({
  secretId: SECRET_ID,
  secretHash: secrets.hashSecretKey(secretKey),
  scopes: ['read'],
  ipWhitelist: ['127.0.0.1'],
  callbackUrl: null,
  note: '',
  disabled: false,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  lastUsedAt: null,
})

/** An authenticator whose hash comparisons are counted. */
async function counted (t: Test, load: () => ApiKeyRecord) {
  let hashComparisons = 0
  const { createAuthenticator } = await t.mockImport<typeof import('../../src/keys/authenticator.js')>('../../src/keys/authenticator.js', {
    '../../src/keys/secrets.js': {
      ...secrets,
      secretKeyMatches: (secretKey: string, hash: Buffer) => { hashComparisons++; return secrets.secretKeyMatches(secretKey, hash) },
    },
  })
  const cache = new KeyCache(async () => load())
  const authenticate = createAuthenticator({ cache, lastUsed: new LastUsedRecorder({ recordLastUsed: async () => undefined }, () => undefined), adminToken: undefined, adminIps: IpRanges.parse([]) })
  const call = (secretKey: string) => authenticate(`Bearer ${SECRET_ID}.${secretKey}`, '127.0.0.1', 'read')
  return { cache, call, comparisons: () => hashComparisons }
}

t.test('ten requests of one key hash its secret once', async (t) => {
  const { call, comparisons } = await counted(t, () => record())
  for (let index = 0; index < 10; index++) t.match(await call(SECRET_KEY), { secretId: SECRET_ID })
  t.equal(comparisons(), 1)
})

t.test('a wrong secret is refused after the right one has been seen, and before', async (t) => {
  const { call } = await counted(t, () => record())
  const wrong = secrets.newSecretKey()
  await t.rejects(call(wrong), { code: 'GW_UNAUTHENTICATED' }, 'before any match')
  await call(SECRET_KEY)
  await t.rejects(call(wrong), { code: 'GW_UNAUTHENTICATED' }, 'after a match')
  await t.rejects(call(`${SECRET_KEY.slice(0, -1)}${SECRET_KEY.endsWith('A') ? 'B' : 'A'}`), { code: 'GW_UNAUTHENTICATED' }, 'one character off')
})

t.test('a rotated secret is checked against the new hash: the old secret no longer passes', async (t) => {
  let current = record()
  const { cache, call, comparisons } = await counted(t, () => current)
  await call(SECRET_KEY)
  const rotated = secrets.newSecretKey()
  current = record(rotated)
  cache.invalidate(SECRET_ID)
  await t.rejects(call(SECRET_KEY), { code: 'GW_UNAUTHENTICATED' })
  t.match(await call(rotated), { secretId: SECRET_ID })
  t.equal(comparisons(), 3, 'the changed key is hashed again: once for the old secret, once for the new')
})
