import { createHash } from 'node:crypto'
import t from 'tap'
import { bearerToken, keyCredentials } from '../../src/keys/credentials.js'
import { SECRET_ID_PATTERN, SECRET_KEY_PATTERN, hashSecretKey, newSecretId, newSecretKey, newWebhookSecret, secretKeyMatches } from '../../src/keys/secrets.js'

t.test('a secretId is AKID and 24 base62 characters, a new one each time', async (t) => {
  const ids = new Set(Array.from({ length: 200 }, newSecretId))
  t.equal(ids.size, 200)
  for (const id of ids) t.match(id, SECRET_ID_PATTERN)
})

t.test('a secretKey carries 32 random bytes (256 bits), base64url', async (t) => {
  const key = newSecretKey()
  t.match(key, SECRET_KEY_PATTERN)
  t.equal(Buffer.from(key, 'base64url').length, 32)
  t.not(newSecretKey(), key)
})

t.test('a webhookSecret is whsec_ and base64 of 32 random bytes', async (t) => {
  const secret = newWebhookSecret()
  t.match(secret, /^whsec_[A-Za-z0-9+/]{43}=$/)
  t.equal(Buffer.from(secret.slice('whsec_'.length), 'base64').length, 32)
})

t.test('the stored form is the SHA-256 of the secretKey and only the right key matches it', async (t) => {
  const key = newSecretKey()
  const hash = hashSecretKey(key)
  t.same(hash, createHash('sha256').update(key).digest())
  t.ok(secretKeyMatches(key, hash))
  t.notOk(secretKeyMatches(newSecretKey(), hash))
  t.notOk(secretKeyMatches(key, Buffer.alloc(16)), 'a stored hash of another length never matches (and does not throw)')
})

t.test('the Authorization header is read as Bearer <secretId>.<secretKey>', async (t) => {
  const secretId = newSecretId()
  const secretKey = newSecretKey()
  t.equal(bearerToken(`Bearer ${secretId}.${secretKey}`), `${secretId}.${secretKey}`)
  t.equal(bearerToken(`bearer   ${secretId}.${secretKey}`), `${secretId}.${secretKey}`)
  t.equal(bearerToken('Basic abc'), undefined)
  t.equal(bearerToken('Bearer a b'), undefined)
  t.equal(bearerToken(undefined), undefined)
  t.same(keyCredentials(`${secretId}.${secretKey}`), { secretId, secretKey })
  t.equal(keyCredentials(secretId), undefined)
  t.equal(keyCredentials(`${secretId}.${secretKey}x`), undefined)
  t.equal(keyCredentials(`akid.${secretKey}`), undefined)
})
