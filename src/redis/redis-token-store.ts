import { randomUUID } from 'node:crypto'
import type { SharedToken, SharedTokenStore } from '../upstream/shared-token.js'
import type { RedisLink } from './redis-link.js'

/**
 * The shared upstream token in Redis: the token under one key (expiring
 * with the token), the refresh lock under another, taken with `SET NX PX`
 * and released only by its owner: a compare-and-delete script, so a holder
 * whose lock already expired cannot free the next holder's.
 */

export const TOKEN_CHANGED_CHANNEL = 'token-changed'

const RELEASE_IF_OWNER = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0`

export function redisTokenStore (link: RedisLink, now: () => number = Date.now): SharedTokenStore {
  const tokenKey = link.key('upstream-token')
  const lockKey = link.key('upstream-token-lock')
  return {
    read: async () => {
      const stored = await link.commands.get(tokenKey)
      return stored === null ? undefined : parseToken(stored)
    },
    write: async (token) => {
      const ttl = Math.floor(token.expiresAt - now())
      if (ttl <= 0) return
      await link.commands.set(tokenKey, JSON.stringify(token), 'PX', ttl)
      // Others take it up now instead of when the upstream rejects their old token.
      await link.publish(TOKEN_CHANGED_CHANNEL, '1')
    },
    lock: async (ms) => {
      const owner = randomUUID()
      const taken = await link.commands.set(lockKey, owner, 'PX', ms, 'NX')
      if (taken !== 'OK') return undefined
      return async () => { await link.commands.eval(RELEASE_IF_OWNER, 1, lockKey, owner) }
    },
  }
}

/** Anything but a well-formed token is treated as no token: it will be replaced. */
function parseToken (text: string): SharedToken | undefined {
  try {
    const value = JSON.parse(text) as Partial<SharedToken>
    if (typeof value.token === 'string' && typeof value.expiresAt === 'number' && typeof value.refreshAt === 'number') {
      return { token: value.token, expiresAt: value.expiresAt, refreshAt: value.refreshAt }
    }
  } catch { /* fall through */ }
  return undefined
}
