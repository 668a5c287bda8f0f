import { LRUCache } from 'lru-cache'
import { readKey } from './coalesce.js'
import type { Layer, UpstreamReply } from './pipeline.js'

/**
 * Micro-cache of reads that tolerate a few seconds of staleness (docs/api.md
 * section 5). A read is cached under its tag (the operation) for the TTL its
 * request carries; a write drops every entry of the tags it lists, once it
 * has settled, whatever its outcome (a failed write may still have changed
 * something). A read that was under way while a write settled is not
 * cached: it may have seen the state before the write.
 */

export interface ReadCacheOptions {
  /** Entries kept at most, over all tags. */
  max?: number
  /**
   * Upstream answer text kept at most, over all entries (the parsed answers take a few
   * times as much heap). Bounding entries alone let a flood of distinct pages hold
   * thousands of large answers and grow the process; the least recently used go first.
   */
  maxSize?: number
  now?: () => number
}

const DEFAULT_MAX_SIZE = 8 * 1024 * 1024
/** What an answer of unknown size counts for. */
const UNKNOWN_SIZE = 4 * 1024

interface Entry {
  tag: string
  reply: UpstreamReply
}

export class ReadCache {
  private readonly entries: LRUCache<string, Entry>
  private readonly generations = new Map<string, number>()
  private readonly now: () => number

  constructor (options: ReadCacheOptions = {}) {
    this.now = options.now ?? Date.now
    this.entries = new LRUCache({
      max: options.max ?? 5_000,
      maxSize: options.maxSize ?? DEFAULT_MAX_SIZE,
      sizeCalculation: (entry) => Math.max(1, entry.reply.size ?? UNKNOWN_SIZE),
      ttlAutopurge: false,
      ttlResolution: 0,
      perf: { now: this.now },
    })
  }

  get (key: string): UpstreamReply | undefined {
    return this.entries.get(key)?.reply
  }

  set (key: string, tag: string, reply: UpstreamReply, ttlMs: number, generation: number): UpstreamReply {
    const cached = { ...reply, freshUntil: this.now() + ttlMs }
    if (this.generation(tag) === generation) this.entries.set(key, { tag, reply: cached }, { ttl: ttlMs })
    return cached
  }

  generation (tag: string): number {
    return this.generations.get(tag) ?? 0
  }

  invalidate (tags: readonly string[]): void {
    if (tags.length === 0) return
    const stale = new Set(tags)
    for (const tag of stale) this.generations.set(tag, this.generation(tag) + 1)
    for (const [key, entry] of this.entries.entries()) if (stale.has(entry.tag)) this.entries.delete(key)
  }

  get size (): number {
    return this.entries.size
  }
}

export function readCache (cache: ReadCache): Layer {
  return (next) => async (request) => {
    if (request.write) {
      try {
        return await next(request)
      } finally {
        cache.invalidate(request.invalidates ?? [])
      }
    }
    const policy = request.cache
    if (policy === undefined || policy.ttlMs <= 0) return next(request)
    const key = `${policy.tag}\u0000${readKey(request.endpoint, request.payload)}`
    if (request.fresh !== true) {
      const hit = cache.get(key)
      if (hit !== undefined) return hit
    }
    const generation = cache.generation(policy.tag)
    return cache.set(key, policy.tag, await next(request), policy.ttlMs, generation)
  }
}
