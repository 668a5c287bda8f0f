/**
 * Identical concurrent reads share one upstream call: the first caller's
 * promise is handed to everyone asking for the same key until it settles.
 */
export class Coalescer<V> {
  private readonly inFlight = new Map<string, Promise<V>>()

  run (key: string, call: () => Promise<V>): Promise<V> {
    const pending = this.inFlight.get(key)
    if (pending !== undefined) return pending
    const started = call().finally(() => this.inFlight.delete(key))
    this.inFlight.set(key, started)
    return started
  }
}
