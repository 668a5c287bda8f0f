/**
 * "This key changed" (disabled, deleted, rotated, scopes, whitelist, any
 * update): what the key cache and open /events streams listen to. A change
 * made here is also broadcast (Redis, when configured) so every other
 * instance hears it within a second instead of when its cache entry
 * expires; a change heard from another instance is not broadcast again.
 */

export type KeyChangeListener = (secretId: string) => void

export class KeyChanges {
  private readonly listeners = new Set<KeyChangeListener>()
  private broadcast: ((secretId: string) => Promise<void>) | undefined

  /** Sends this instance's changes to the others; `failed` hears a change that could not be sent. */
  broadcastWith (send: (secretId: string) => Promise<void>, failed: (error: unknown) => void): void {
    this.broadcast = (secretId) => send(secretId).catch(failed)
  }

  /** A change made by this instance. */
  changed (secretId: string): void {
    this.notify(secretId)
    void this.broadcast?.(secretId)
  }

  /** A change another instance made. */
  heard (secretId: string): void {
    this.notify(secretId)
  }

  listen (listener: KeyChangeListener): () => void {
    this.listeners.add(listener)
    return () => { this.listeners.delete(listener) }
  }

  /** Resolves when `secretId` next changes; `stop` drops the wait when it is no longer wanted. */
  next (secretId: string): { changed: Promise<void>, stop: () => void } {
    let stop = () => {}
    const changed = new Promise<void>((resolve) => {
      stop = this.listen((changedId) => {
        if (changedId !== secretId) return
        stop()
        resolve()
      })
    })
    return { changed, stop }
  }

  private notify (secretId: string): void {
    for (const listener of [...this.listeners]) listener(secretId)
  }
}
