import type { EventHub } from '../events/event-hub.js'
import type { RedisLink } from './redis-link.js'

/**
 * Event announcements between instances over Redis pub/sub, so an SSE
 * client on one instance sees callbacks received by another. Events
 * themselves are never sent through Redis: every stream reads them from the
 * shared store, with the store's ids. While Redis is down, streams look
 * again every second instead (slower, never silent); on recovery they look
 * once more for what the lost announcements would have said.
 */

const CHANNEL = 'events-stored'

export interface EventFanOut {
  stop: () => void
}

export function fanOutEvents (hub: EventHub, link: RedisLink, pollWhileDownMs = 1_000): EventFanOut {
  // Publishing fails only while Redis is down, when the other instances poll: nothing to report per event.
  hub.broadcastWith((sequence) => { link.publish(CHANNEL, String(sequence)).catch(() => undefined) })
  link.subscribe(CHANNEL, (message) => {
    const sequence = Number(message)
    if (Number.isSafeInteger(sequence)) hub.heard(sequence)
  })
  link.onRecovery(() => { hub.heard(0) })
  const poll = setInterval(() => { if (!link.available) hub.heard(0) }, pollWhileDownMs)
  poll.unref()
  return { stop: () => { clearInterval(poll) } }
}
