/**
 * The one "this key changed" signal of a process. Whatever changes a key
 * (the admin API and the CLI through ApiKeyService, the store watch for
 * changes made by another process, and later a broadcast from other
 * instances) calls `notify`; the authentication cache drops the key and open
 * event streams of that key check it again. `origin` tells a relay between
 * instances which changes are its own to pass on (`local`) and which it
 * brought in (`remote`), so nothing echoes back and forth.
 */

export type KeyChangeOrigin = 'local' | 'store' | 'remote'
export type KeyChangeListener = (secretId: string, origin: KeyChangeOrigin) => void

export class KeyChanges {
  private readonly everyKey = new Set<KeyChangeListener>()
  private readonly byKey = new Map<string, Set<KeyChangeListener>>()

  notify (secretId: string, origin: KeyChangeOrigin = 'local'): void {
    for (const listener of [...this.everyKey]) listener(secretId, origin)
    for (const listener of [...this.byKey.get(secretId) ?? []]) listener(secretId, origin)
  }

  /** Every change of every key; returns the unsubscribe function. */
  onAnyChange (listener: KeyChangeListener): () => void {
    this.everyKey.add(listener)
    return () => { this.everyKey.delete(listener) }
  }

  /** Changes of one key; returns the unsubscribe function. */
  onChange (secretId: string, listener: KeyChangeListener): () => void {
    let listeners = this.byKey.get(secretId)
    if (listeners === undefined) {
      listeners = new Set()
      this.byKey.set(secretId, listeners)
    }
    listeners.add(listener)
    return () => {
      listeners.delete(listener)
      if (listeners.size === 0 && this.byKey.get(secretId) === listeners) this.byKey.delete(secretId)
    }
  }
}
