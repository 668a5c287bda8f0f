/**
 * Tells open event streams that new events were stored. It carries no
 * events, only "look again": each stream reads the store from its own
 * cursor, so a slow client lags behind in the store, not in memory, and
 * replay and live delivery are the same code. With several instances on
 * one store, each announcement is also broadcast (Redis, see
 * src/redis/event-fan-out.ts), so a stream on any instance wakes for an
 * event stored by any other, and reads it, with its id, from the store.
 */

export interface EventSubscriber {
  /** Events up to this sequence are in the store. */
  stored: (sequence: number) => void
  /** The server is closing: end the stream. */
  closing: () => void
}

export class EventHub {
  private readonly subscribers = new Set<EventSubscriber>()
  private broadcast: ((sequence: number) => void) | undefined

  /** Sends this instance's announcements to the other instances. */
  broadcastWith (send: (sequence: number) => void): void {
    this.broadcast = send
  }

  subscribe (subscriber: EventSubscriber): () => void {
    this.subscribers.add(subscriber)
    return () => { this.subscribers.delete(subscriber) }
  }

  /** Events up to `sequence` were stored by this instance. */
  publish (sequence: number): void {
    this.heard(sequence)
    this.broadcast?.(sequence)
  }

  /** Events were stored elsewhere (another instance), or may have been: streams look again. */
  heard (sequence: number): void {
    for (const subscriber of this.subscribers) subscriber.stored(sequence)
  }

  closeAll (): void {
    for (const subscriber of [...this.subscribers]) subscriber.closing()
  }

  get listenerCount (): number {
    return this.subscribers.size
  }
}
