/**
 * Named leases: work that must run on one gateway instance at a time
 * (scheduled catalog syncs) takes the lease of its name first. A lease ends
 * when its owner releases it or when it expires (its owner crashed).
 */
export interface LeaseRepository {
  /** True when `owner` now holds `name` for `ttlMs`: it was free, expired, or already its own (renewed). */
  tryAcquire: (name: string, owner: string, ttlMs: number) => Promise<boolean>
  /** Ends the lease if `owner` still holds it; a lease taken over by another owner is left alone. */
  release: (name: string, owner: string) => Promise<void>
}
