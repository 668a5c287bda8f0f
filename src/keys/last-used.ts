import type { ApiKeyRepository } from '../store/api-keys.js'

/**
 * `lastUsedAt` without a database write per request: uses are noted in
 * memory and written in one transaction every `intervalMs` and on close.
 * Answers about a key merge in the noted time, so they are never behind.
 */

export const LAST_USED_FLUSH_MS = 10_000

export class LastUsedRecorder {
  private pending = new Map<string, number>()
  private timer: NodeJS.Timeout | undefined

  constructor (
    private readonly repository: Pick<ApiKeyRepository, 'recordLastUsed'>,
    private readonly onError: (error: unknown) => void,
    private readonly intervalMs = LAST_USED_FLUSH_MS
  ) {}

  record (secretId: string, atMs = Date.now()): void {
    this.pending.set(secretId, atMs)
  }

  /** The noted, not yet written time of a key's last use. */
  noted (secretId: string): string | undefined {
    const atMs = this.pending.get(secretId)
    return atMs === undefined ? undefined : new Date(atMs).toISOString()
  }

  forget (secretId: string): void {
    this.pending.delete(secretId)
  }

  start (): void {
    this.timer ??= setInterval(() => { void this.flush() }, this.intervalMs)
    // Never what keeps the process alive.
    this.timer.unref()
  }

  async flush (): Promise<void> {
    if (this.pending.size === 0) return
    const batch = this.pending
    this.pending = new Map()
    try {
      await this.repository.recordLastUsed(new Map([...batch].map(([secretId, atMs]) => [secretId, new Date(atMs).toISOString()])))
    } catch (error) {
      // Keep what could not be written for the next round, unless a newer use replaced it.
      for (const [secretId, atMs] of batch) if (!this.pending.has(secretId)) this.pending.set(secretId, atMs)
      this.onError(error)
    }
  }

  async stop (): Promise<void> {
    clearInterval(this.timer)
    this.timer = undefined
    await this.flush()
  }
}
