import { setTimeout as sleep } from 'node:timers/promises'
import type { Layer } from './pipeline.js'

/**
 * Reads are retried with exponential backoff on faults the transport marks
 * retryable (connection resets, 502/503/504). Timeouts are not: the caller's
 * budget is UPSTREAM_TIMEOUT_MS, not a multiple of it. Writes never are.
 */

export interface ReadRetryOptions {
  retries: number
  minDelayMs?: number
  maxDelayMs?: number
}

const retryable = new WeakSet<object>()

/** Marks an error the transport raised as safe to retry for a read. */
export function retryableError<E extends object> (error: E): E {
  retryable.add(error)
  return error
}

export function readRetry ({ retries, minDelayMs = 50, maxDelayMs = 1_000 }: ReadRetryOptions): Layer {
  return (next) => async (request) => {
    if (request.write) return next(request)
    for (let attempt = 0; ; attempt++) {
      try {
        return await next(request)
      } catch (error) {
        if (attempt >= retries || !retryable.has(error as object)) throw error
        await sleep(Math.min(maxDelayMs, minDelayMs * 4 ** attempt))
      }
    }
  }
}
