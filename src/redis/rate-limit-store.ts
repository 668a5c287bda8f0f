import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit'
import { createRequire } from 'node:module'
import type { RedisLink } from './redis-link.js'

/**
 * Rate-limit counters for @fastify/rate-limit's `store` option: in Redis
 * while it answers (so RATE_LIMIT_MAX is the limit across all instances,
 * with the plugin's own Redis store and its atomic script), in this
 * process's memory while it does not (each instance then limits alone,
 * rather than not at all or not serving).
 */

type Counted = (error: Error | null, result?: { current: number, ttl: number }) => void

interface CounterStore {
  incr: (key: string, callback: Counted, timeWindow: number, max: number) => void
}

interface StoreModules {
  RedisStore: new (continueExceeding: boolean, exponentialBackoff: boolean, redis: unknown, key: string) => CounterStore
  LocalStore: new (continueExceeding: boolean, exponentialBackoff: boolean) => CounterStore
}

// The plugin ships both stores as CommonJS files without type declarations.
const require = createRequire(import.meta.url)
const modules: StoreModules = {
  RedisStore: require('@fastify/rate-limit/store/RedisStore.js') as StoreModules['RedisStore'],
  LocalStore: require('@fastify/rate-limit/store/LocalStore.js') as StoreModules['LocalStore'],
}

interface StoreSettings {
  continueExceeding?: boolean
  exponentialBackoff?: boolean
  /** Set on a route's own limiter (`config.rateLimit`), whose counters are kept apart. */
  routeInfo?: { method?: string, url?: string }
}

export function sharedRateLimitStore (link: RedisLink): FastifyRateLimitStoreCtor {
  return class SharedRateLimitStore implements FastifyRateLimitStore {
    private readonly shared: CounterStore
    private readonly local: CounterStore

    constructor (settings: StoreSettings) {
      const continueExceeding = settings.continueExceeding === true
      const exponentialBackoff = settings.exponentialBackoff === true
      const route = settings.routeInfo === undefined ? '' : `${settings.routeInfo.method ?? ''}${settings.routeInfo.url ?? ''}:`
      this.shared = new modules.RedisStore(continueExceeding, exponentialBackoff, link.commands, link.key(`rate-limit:${route}`))
      this.local = new modules.LocalStore(continueExceeding, exponentialBackoff)
    }

    incr (key: string, callback: Counted, timeWindow?: number, max?: number): void {
      const window = timeWindow ?? 0
      const limit = max ?? 0
      if (!link.available) return this.local.incr(key, callback, window, limit)
      this.shared.incr(key, (error, result) => {
        if (error === null) callback(null, result)
        else this.local.incr(key, callback, window, limit)
      }, window, limit)
    }

    // Typed as route options, but the plugin passes its merged limiter settings (with routeInfo).
    child (routeOptions: object): FastifyRateLimitStore {
      return new SharedRateLimitStore(routeOptions as StoreSettings)
    }
  }
}
