import { createHash, timingSafeEqual } from 'node:crypto'
import { errors } from '../errors.js'
import type { IpRanges } from '../net/ip-ranges.js'
import type { Scope } from '../store/api-keys.js'
import { bearerToken, keyCredentials } from './credentials.js'
import type { AuthenticatedKey, KeyCache } from './key-cache.js'
import type { LastUsedRecorder } from './last-used.js'
import { secretKeyMatches } from './secrets.js'

/**
 * Who is calling, from the Authorization header and the client IP: a key
 * (valid secret, enabled, called from its whitelist) or, on admin routes,
 * the bootstrap admin token from ADMIN_IP_WHITELIST (from elsewhere it gets
 * the very answer a wrong token gets). Throws the 401/403
 * GatewayError otherwise. Whether the caller holds the route's scope is
 * decided afterwards (plugins/auth.ts).
 */

export interface AuthenticatorOptions {
  cache: KeyCache
  lastUsed: LastUsedRecorder
  /** GATEWAY_ADMIN_TOKEN; unset: only keys with the admin scope reach /admin/*. */
  adminToken: string | undefined
  adminIps: IpRanges
}

/** Resolves to the key, or to undefined for the admin token. */
export type Authenticate = (authorization: string | undefined, clientIp: string, scope: Scope) => Promise<AuthenticatedKey | undefined>

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest()

export function createAuthenticator ({ cache, lastUsed, adminToken, adminIps }: AuthenticatorOptions): Authenticate {
  // Comparing digests keeps the comparison constant-time whatever the lengths.
  const adminDigest = adminToken === undefined ? undefined : sha256(adminToken)
  const isAdminToken = (token: string) => adminDigest !== undefined && timingSafeEqual(sha256(token), adminDigest)

  return async (authorization, clientIp, scope) => {
    const token = bearerToken(authorization)
    if (token === undefined) throw errors.unauthenticated('Send Authorization: Bearer <secretId>.<secretKey>')

    // Off ADMIN_IP_WHITELIST the admin token is just another wrong token, answered alike,
    // so the answer never tells which tokens are the admin's.
    if (scope === 'admin' && isAdminToken(token) && adminIps.includes(clientIp)) return undefined

    const credentials = keyCredentials(token)
    if (credentials === undefined) {
      throw errors.unauthenticated(scope === 'admin' && adminDigest !== undefined
        ? 'Send an API key with the admin scope (<secretId>.<secretKey>), or the admin token from an address on ADMIN_IP_WHITELIST'
        : 'The bearer token is not of the form <secretId>.<secretKey>')
    }
    const key = await cache.get(credentials.secretId)
    // One answer for an unknown key and a wrong secret: neither says which ids exist.
    if (key === undefined || !secretKeyMatches(credentials.secretKey, key.secretHash)) throw errors.unauthenticated('Unknown key or wrong secret')
    if (key.disabled) throw errors.unauthenticated('This key is disabled')
    if (!key.whitelist.includes(clientIp)) throw errors.ipNotAllowed(clientIp)

    lastUsed.record(credentials.secretId)
    return key.identity
  }
}
