import type { ApiKeyRecord } from '../store/api-keys.js'
import type { KeyChanges } from './key-changes.js'
import { recordVersion } from './key-cache.js'

/**
 * Changes made to a key by another process (the CLI on the same DATA_DIR,
 * another instance on a shared database) reach this one's key cache only
 * when its entry expires. That is soon enough for single requests, not for
 * an event stream that may stay open for days: while a key is watched (it
 * has open streams), its record is read again every `intervalMs` and
 * compared with the version this process acts upon (the cache's); a
 * difference is announced on the key-change signal, which refreshes both.
 */

export interface KeyWatchOptions {
  /** Reads the store, bypassing every cache. */
  load: (secretId: string) => Promise<ApiKeyRecord | undefined>
  /** The version this process authenticates with (recordVersion of its cached record). */
  current: (secretId: string) => Promise<string>
  changes: KeyChanges
  intervalMs?: number
  onError: (error: unknown) => void
}

export const KEY_WATCH_INTERVAL_MS = 500

export class KeyWatch {
  private readonly watched = new Map<string, { watchers: number }>()
  private timer: NodeJS.Timeout | undefined

  constructor (private readonly options: KeyWatchOptions) {}

  /** Watches `secretId` until the returned function is called (once per watcher). */
  watch (secretId: string): () => void {
    const entry = this.watched.get(secretId) ?? { watchers: 0 }
    entry.watchers++
    this.watched.set(secretId, entry)
    this.timer ??= setInterval(() => { void this.check() }, this.options.intervalMs ?? KEY_WATCH_INTERVAL_MS).unref()
    let done = false
    return () => {
      if (done) return
      done = true
      if (--entry.watchers > 0) return
      this.watched.delete(secretId)
      if (this.watched.size === 0) this.stop()
    }
  }

  stop (): void {
    clearInterval(this.timer)
    this.timer = undefined
  }

  private async check (): Promise<void> {
    for (const secretId of [...this.watched.keys()]) {
      try {
        const stored = recordVersion(await this.options.load(secretId))
        if (stored !== await this.options.current(secretId)) this.options.changes.notify(secretId, 'store')
      } catch (error) {
        this.options.onError(error)
      }
    }
  }
}
