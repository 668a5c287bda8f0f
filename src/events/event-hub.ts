/**
 * Tells open event streams that new events were stored. It carries no
 * events, only "look again": each stream reads the store from its own
 * cursor, so a slow client lags behind in the store, not in memory, and
 * replay and live delivery are the same code.
 */

export interface EventSubscriber {
  /** Events up to this sequence are in the store. */
  stored: (sequence: number) => void
  /** The server is closing: end the stream. */
  closing: () => void
}

export class EventHub {
  private readonly subscribers = new Set<EventSubscriber>()

  subscribe (subscriber: EventSubscriber): () => void {
    this.subscribers.add(subscriber)
    return () => { this.subscribers.delete(subscriber) }
  }

  publish (sequence: number): void {
    for (const subscriber of this.subscribers) subscriber.stored(sequence)
  }

  closeAll (): void {
    for (const subscriber of [...this.subscribers]) subscriber.closing()
  }

  get listenerCount (): number {
    return this.subscribers.size
  }
}
