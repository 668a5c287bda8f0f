import { LRUCache } from 'lru-cache'
import { IpRanges } from '../net/ip-ranges.js'
import type { ApiKeyRecord, Scope } from '../store/api-keys.js'

/**
 * Keys as authentication needs them, in memory: the hot path reads no
 * database. An entry is compiled once when loaded (whitelist parsed into
 * ranges, scopes into a set). This process invalidates an entry whenever it
 * changes the key, and on every change another instance announces (Redis,
 * plugins/auth.ts); the TTL bounds how long a change made unannounced (the
 * CLI, an instance cut off from Redis) takes to be seen.
 */

/** What `request.apiKey` holds for a key-authenticated request. */
export interface AuthenticatedKey {
  secretId: string
  scopes: readonly Scope[]
  note: string
  callbackUrl: string | null
}

export interface CachedKey {
  identity: AuthenticatedKey
  /** recordVersion of the record it was compiled from. */
  version: string
  secretHash: Buffer
  /**
   * The secretKey that matched `secretHash`, once one has: later requests
   * compare against it instead of hashing again. It lives no longer than
   * the entry, which any change to the key drops.
   */
  verifiedSecret: Buffer | undefined
  scopes: ReadonlySet<Scope>
  whitelist: IpRanges
  disabled: boolean
}

export interface KeyCacheOptions {
  max?: number
  ttlMs?: number
}

export const KEY_CACHE_TTL_MS = 10_000

export class KeyCache {
  private readonly entries: LRUCache<string, CachedKey>
  /** Bumped by every invalidation, so a load that raced one is not cached. */
  private generation = 0

  constructor (private readonly load: (secretId: string) => Promise<ApiKeyRecord | undefined>, options: KeyCacheOptions = {}) {
    this.entries = new LRUCache({ max: options.max ?? 10_000, ttl: options.ttlMs ?? KEY_CACHE_TTL_MS })
  }

  async get (secretId: string): Promise<CachedKey | undefined> {
    const hit = this.entries.get(secretId)
    if (hit !== undefined) return hit
    const generation = this.generation
    const record = await this.load(secretId)
    // Unknown ids are not cached: a flood of made-up ids must not push real keys out.
    if (record === undefined) return undefined
    const entry = compile(record)
    if (generation === this.generation) this.entries.set(secretId, entry)
    return entry
  }

  invalidate (secretId: string): void {
    this.generation++
    this.entries.delete(secretId)
  }

  /** Forgets every key: after missing change announcements (Redis was down), nothing cached is trusted. */
  clear (): void {
    this.generation++
    this.entries.clear()
  }
}

/** What any change to a key leaves behind: every write sets updatedAt; a deleted key has no record. */
export const recordVersion = (record: ApiKeyRecord | undefined): string => record === undefined ? 'deleted' : record.updatedAt

function compile (record: ApiKeyRecord): CachedKey {
  return {
    version: recordVersion(record),
    identity: { secretId: record.secretId, scopes: record.scopes, note: record.note, callbackUrl: record.callbackUrl },
    secretHash: record.secretHash,
    verifiedSecret: undefined,
    scopes: new Set(record.scopes),
    whitelist: IpRanges.parse(record.ipWhitelist),
    disabled: record.disabled,
  }
}
