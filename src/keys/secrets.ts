import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

/**
 * The secrets of an API key: how they are made, stored and compared.
 *
 * A `secretKey` is 32 random bytes, so it has 256 bits of entropy: nobody
 * can guess it or brute-force its hash, which is why a fast SHA-256 (not a
 * password hash like scrypt) is the right way to store it. It keeps
 * authentication a microsecond affair on every request.
 */

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'

export const SECRET_ID_PATTERN = /^AKID[0-9A-Za-z]{24}$/
export const SECRET_KEY_PATTERN = /^[A-Za-z0-9_-]{43}$/
export const WEBHOOK_SECRET_PREFIX = 'whsec_'

/** `AKID` + 24 base62 characters, like the console's SecretIds. Not secret: it names the key. */
export function newSecretId (): string {
  let id = 'AKID'
  while (id.length < 28) {
    for (const byte of randomBytes(32)) {
      // 248 = 4 × 62: rejecting the bytes above keeps every character equally likely.
      if (byte < 248 && id.length < 28) id += BASE62[byte % 62]
    }
  }
  return id
}

/** 32 random bytes, base64url (43 characters; no `.`, so `<secretId>.<secretKey>` splits cleanly). */
export function newSecretKey (): string {
  return randomBytes(32).toString('base64url')
}

/** Standard Webhooks form: `whsec_` + base64 of 32 random bytes. */
export function newWebhookSecret (): string {
  return WEBHOOK_SECRET_PREFIX + randomBytes(32).toString('base64')
}

export function hashSecretKey (secretKey: string): Buffer {
  return createHash('sha256').update(secretKey, 'utf8').digest()
}

/** Constant-time: how long this takes says nothing about how much of the secret was right. */
export function secretKeyMatches (secretKey: string, storedHash: Buffer): boolean {
  const given = hashSecretKey(secretKey)
  return given.length === storedHash.length && timingSafeEqual(given, storedHash)
}
