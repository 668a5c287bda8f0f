import { createHash, timingSafeEqual } from 'node:crypto'
import { errors } from '../errors.js'
import type { IpRanges } from '../net/ip-ranges.js'
import type { Scope } from '../store/api-keys.js'
import { bearerToken, keyCredentials } from './credentials.js'
import type { AuthenticatedKey, CachedKey, KeyCache } from './key-cache.js'
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
    if (token === undefined) throw errors.unauthenticated(missingCredentials(authorization, scope, adminToken !== undefined))

    // Off ADMIN_IP_WHITELIST the admin token is just another wrong token, answered alike,
    // so the answer never tells which tokens are the admin's.
    if (scope === 'admin' && isAdminToken(token) && adminIps.includes(clientIp)) return undefined

    const credentials = keyCredentials(token)
    if (credentials === undefined) throw errors.unauthenticated(notAKey(token, scope, adminToken !== undefined))
    const key = await cache.get(credentials.secretId)
    // One answer for an unknown key and a wrong secret: neither says which ids exist.
    if (key === undefined || !secretMatches(credentials.secretKey, key)) throw errors.unauthenticated(UNKNOWN_KEY)
    if (key.disabled) throw errors.unauthenticated('This key is disabled: enable it (`keys enable <secretId>` or PATCH /admin/api-keys/{secretId} with {"disabled": false}) or use another')
    if (!key.whitelist.includes(clientIp)) throw errors.ipNotAllowed(clientIp)

    lastUsed.record(credentials.secretId)
    return key.identity
  }
}

/** Hashes the secret once per cached key: after the first match, a constant-time comparison with the secret that matched. */
function secretMatches (secretKey: string, key: CachedKey): boolean {
  if (key.verifiedSecret !== undefined) {
    const given = Buffer.from(secretKey, 'utf8')
    return given.length === key.verifiedSecret.length && timingSafeEqual(given, key.verifiedSecret)
  }
  if (!secretKeyMatches(secretKey, key.secretHash)) return false
  key.verifiedSecret = Buffer.from(secretKey, 'utf8')
  return true
}

const KEY_FORM = 'Authorization: Bearer <secretId>.<secretKey> (the value `keys create` prints)'

const UNKNOWN_KEY = 'Unknown key or wrong secret. Send ' + KEY_FORM + '; a key made with the CLI must be made on this gateway\'s DATA_DIR or DATABASE_URL'

/** On admin routes, say which of the two credentials this gateway accepts. */
function adminHint (scope: Scope, adminTokenSet: boolean): string {
  if (scope !== 'admin') return ''
  return adminTokenSet
    ? ', or the GATEWAY_ADMIN_TOKEN from ADMIN_IP_WHITELIST'
    : ' of a key with the admin scope. GATEWAY_ADMIN_TOKEN is not set on this gateway, so no admin token is accepted: set it, or make an admin key with `keys create --scopes admin`'
}

function missingCredentials (authorization: string | undefined, scope: Scope, adminTokenSet: boolean): string {
  const sent = authorization === undefined ? 'No Authorization header' : 'The Authorization header is not "Bearer <token>"'
  return `${sent}. Send ${KEY_FORM}${adminHint(scope, adminTokenSet)}`
}

function notAKey (token: string, scope: Scope, adminTokenSet: boolean): string {
  const shape = token.includes('.') ? 'is not a key: its secretId or secretKey has the wrong length or characters' : 'has no "." between a secretId and a secretKey'
  const admin = scope === 'admin' && adminTokenSet ? ' It is not the admin token either.' : ''
  return `The bearer token ${shape}.${admin} Send ${KEY_FORM}${adminHint(scope, adminTokenSet)}`
}
