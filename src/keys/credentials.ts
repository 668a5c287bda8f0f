import { SECRET_ID_PATTERN, SECRET_KEY_PATTERN } from './secrets.js'

/** Reading `Authorization: Bearer <secretId>.<secretKey>` (or, on /admin/*, the bare admin token). */

export interface KeyCredentials {
  secretId: string
  secretKey: string
}

const BEARER = /^Bearer +(\S+) *$/i

export function bearerToken (authorization: string | undefined): string | undefined {
  if (authorization === undefined) return undefined
  return BEARER.exec(authorization)?.[1]
}

/** Undefined unless the token has the exact shape of a key: anything else cannot be one of ours. */
export function keyCredentials (token: string): KeyCredentials | undefined {
  const dot = token.indexOf('.')
  if (dot === -1) return undefined
  const secretId = token.slice(0, dot)
  const secretKey = token.slice(dot + 1)
  return SECRET_ID_PATTERN.test(secretId) && SECRET_KEY_PATTERN.test(secretKey) ? { secretId, secretKey } : undefined
}
