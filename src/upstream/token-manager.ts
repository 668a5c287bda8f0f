import { LRUCache } from 'lru-cache'
import { obtainSharedToken, SharedTokenUnavailable, type SharedToken, type SharedTokenStore } from './shared-token.js'

/**
 * Holds the upstream access token: one authorize call at a time, refreshed
 * ahead of expiry in the background while requests go on with the still
 * valid token, and dropped when the upstream rejects it. With a shared
 * store (Redis) the "one at a time" spans every instance: see
 * shared-token.ts. Requests always read the token from this process's
 * cache; the shared store is asked only when a token is needed.
 */

export interface ObtainedToken {
  token: string
  /** Unix epoch milliseconds. */
  expiresAt: number
}

export interface TokenState {
  present: boolean
  expiresAt?: number
  lastRefreshAt?: number
  lastRefreshError?: string
  refreshes: number
}

export interface TokenManagerOptions {
  authorize: () => Promise<ObtainedToken>
  refreshMarginMs: number
  now?: () => number
  /** A failed background refresh is not tried again sooner than this. */
  retryBackoffMs?: number
  onRefresh?: (outcome: 'success' | 'failure') => void
  onBackgroundError?: (error: unknown) => void
  shared?: {
    store: SharedTokenStore
    /** At most how long one instance's authorize may hold the others waiting. */
    lockMs: number
    pollMs?: number
    /** The shared store failed; this instance obtained its token alone. */
    onUnavailable?: (error: SharedTokenUnavailable) => void
  }
}

const SLOT = 'upstream-token'

type CachedToken = SharedToken

/** Tokens the upstream rejected, remembered so a shared copy of one is never taken up again. */
const REJECTED_REMEMBERED = 8

export class TokenManager {
  private readonly cache: LRUCache<string, CachedToken>
  private readonly options: TokenManagerOptions
  private readonly now: () => number
  private inFlight: Promise<ObtainedToken> | undefined
  private backgroundNotBefore = 0
  private readonly rejected = new Set<string>()
  private readonly state: TokenState = { present: false, refreshes: 0 }

  constructor (options: TokenManagerOptions) {
    this.options = options
    this.now = options.now ?? Date.now
    // ttlResolution 0: read the clock on every check instead of caching it behind a timer.
    this.cache = new LRUCache({ max: 1, ttlAutopurge: false, ttlResolution: 0, perf: { now: this.now } })
  }

  /** A usable token: the cached one (refreshing it in the background when near expiry), or a fresh one. */
  async getToken (): Promise<string> {
    const cached = this.cache.get(SLOT)
    if (cached !== undefined) {
      if (this.needsRefresh(cached)) this.refreshInBackground()
      return cached.token
    }
    return (await this.refresh()).token
  }

  /** Forgets `token` if it is still the current one, so the next caller obtains a new one. */
  invalidate (token: string): void {
    this.rejected.add(token)
    if (this.rejected.size > REJECTED_REMEMBERED) this.rejected.delete(this.rejected.values().next().value as string)
    if (this.cache.get(SLOT)?.token === token) this.cache.delete(SLOT)
  }

  /**
   * Another instance stored a new token: take it up now, rather than when
   * the upstream rejects the old one. Never throws: a miss here only means
   * the token is taken up later.
   */
  async adoptShared (): Promise<void> {
    const store = this.options.shared?.store
    const stored = await store?.read().catch(() => undefined)
    if (stored !== undefined && this.usable(stored) && stored.expiresAt > (this.cache.get(SLOT)?.expiresAt ?? 0)) this.keep(stored)
  }

  /** Obtains a new token; concurrent callers share the one authorize call. */
  refresh (): Promise<ObtainedToken> {
    this.inFlight ??= this.obtain().finally(() => { this.inFlight = undefined })
    return this.inFlight
  }

  describe (): TokenState {
    const cached = this.cache.get(SLOT)
    return { ...this.state, present: cached !== undefined, ...(cached ? { expiresAt: cached.expiresAt } : {}) }
  }

  private needsRefresh (token: CachedToken): boolean {
    const now = this.now()
    return now >= token.refreshAt && now >= this.backgroundNotBefore
  }

  private refreshInBackground (): void {
    this.refresh().catch((error: unknown) => {
      this.backgroundNotBefore = this.now() + (this.options.retryBackoffMs ?? 5_000)
      this.options.onBackgroundError?.(error)
    })
  }

  private async obtain (): Promise<ObtainedToken> {
    const shared = this.options.shared
    if (shared === undefined) return this.keep(await this.authorizeHere())
    try {
      const outcome = await obtainSharedToken({
        store: shared.store,
        authorize: () => this.authorizeHere(),
        usable: (token) => this.usable(token),
        lockMs: shared.lockMs,
        pollMs: shared.pollMs ?? 25,
        now: this.now,
      })
      return this.keep(outcome.token)
    } catch (error) {
      if (!(error instanceof SharedTokenUnavailable)) throw error
      shared.onUnavailable?.(error)
      return this.keep(await this.authorizeHere())
    }
  }

  /** One authorize call, counted and described; the token comes back with its refresh time. */
  private async authorizeHere (): Promise<CachedToken> {
    try {
      const obtained = await this.options.authorize()
      const ttl = obtained.expiresAt - this.now()
      const refreshAt = obtained.expiresAt - effectiveMargin(this.options.refreshMarginMs, ttl)
      this.state.refreshes++
      this.state.lastRefreshAt = this.now()
      delete this.state.lastRefreshError
      this.options.onRefresh?.('success')
      return { ...obtained, refreshAt }
    } catch (error) {
      this.state.lastRefreshError = error instanceof Error ? error.message : String(error)
      this.options.onRefresh?.('failure')
      throw error
    }
  }

  private keep (token: CachedToken): ObtainedToken {
    const ttl = token.expiresAt - this.now()
    if (ttl > 0) this.cache.set(SLOT, token, { ttl })
    return { token: token.token, expiresAt: token.expiresAt }
  }

  private usable (token: CachedToken): boolean {
    return !this.rejected.has(token.token) && this.now() < token.refreshAt
  }
}

const EPOCH_SECONDS_THRESHOLD = 1e9

/**
 * When the token expires, in epoch ms. The reference gives `expires` as absolute
 * unix seconds; a value below 10^9 can only be a lifetime in seconds, and an
 * absent one gets the configured default.
 */
export function tokenExpiry (expires: unknown, nowMs: number, defaultTtlSeconds: number): number {
  const seconds = typeof expires === 'number' ? expires : typeof expires === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(expires) ? Number(expires) : undefined
  if (seconds === undefined || !Number.isFinite(seconds) || seconds <= 0) return nowMs + defaultTtlSeconds * 1000
  return seconds < EPOCH_SECONDS_THRESHOLD ? nowMs + seconds * 1000 : seconds * 1000
}

/** The margin may not exceed half the token's life, or a short-lived token would be refreshed on every call. */
export function effectiveMargin (marginMs: number, lifetimeMs: number): number {
  return Math.min(marginMs, Math.max(0, lifetimeMs / 2))
}
