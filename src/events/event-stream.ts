import type { StoredEvent } from '../store/callbacks.js'
import type { EventHub } from './event-hub.js'

/**
 * Feeds one client: everything stored after its cursor, then each new
 * event as the hub announces it, in sequence order, until the client goes
 * away or the server closes. The subscription is taken before the first
 * read, so nothing stored in between is missed, and dropped in `finally`,
 * so no path leaves a listener behind.
 */

export interface EventStreamOptions {
  hub: EventHub
  /** The store's events after a sequence, oldest first. */
  eventsAfter: (sequence: number, limit: number) => Promise<StoredEvent[]>
  /** Resolves to the cursor to start from; called after subscribing. */
  startAfter: () => Promise<number>
  /** Writes one event; resolves when written (backpressure). */
  send: (event: StoredEvent) => Promise<void>
  /** Resolves when the client has gone away. */
  disconnected: Promise<void>
}

const BATCH = 100

export async function streamEvents (options: EventStreamOptions): Promise<void> {
  let ended = false
  let more = true
  let wakeUp: (() => void) | undefined
  const wake = () => { wakeUp?.() }
  const unsubscribe = options.hub.subscribe({
    stored: () => { more = true; wake() },
    closing: () => { ended = true; wake() },
  })
  const gone = options.disconnected.then(() => { ended = true; wake() })
  try {
    let cursor = await options.startAfter()
    while (!ended) {
      if (!more) {
        await new Promise<void>((resolve) => { wakeUp = resolve })
        wakeUp = undefined
        continue
      }
      more = false
      const events = await options.eventsAfter(cursor, BATCH)
      for (const event of events) {
        // A client gone mid-write never drains: stop waiting for it.
        await Promise.race([options.send(event), gone])
        if (ended) break
        cursor = event.sequence
      }
      if (events.length === BATCH) more = true
    }
  } finally {
    unsubscribe()
  }
}
