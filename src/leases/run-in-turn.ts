import { setTimeout as sleep } from 'node:timers/promises'
import type { LeaseRepository } from '../store/leases.js'

/**
 * Runs `work` while holding the named lease, so gateway instances sharing
 * a store take turns at it: one waits (polling every `retryMs`) while
 * another holds the lease, and releases it when done. `ttlMs` must
 * outlast the work: a lease whose holder crashed frees itself after it.
 * Answers false when `signal` ended the wait before the lease was had.
 */

export interface InTurnOptions {
  leases: LeaseRepository
  name: string
  owner: string
  ttlMs: number
  retryMs: number
  signal: AbortSignal
}

export async function runInTurn (options: InTurnOptions, work: () => Promise<void>): Promise<boolean> {
  const { leases, name, owner, ttlMs, retryMs, signal } = options
  while (!await leases.tryAcquire(name, owner, ttlMs)) {
    try {
      await sleep(retryMs, undefined, { signal })
    } catch {
      return false
    }
  }
  try {
    await work()
  } finally {
    await leases.release(name, owner)
  }
  return true
}
