import { problemOf, describeError, type AdminApi } from './api.js'

/**
 * The live callback events, read from GET /admin/events with fetch (so the
 * credential travels in the Authorization header, as EventSource cannot
 * send it). After a drop it reconnects with Last-Event-ID, so the gateway
 * replays exactly what was missed.
 */

export interface LiveEvent {
  sequence: string
  eventId: string
  type: string
  receivedAt: string
  data: unknown
}

export type LiveState = { kind: 'connecting' } | { kind: 'connected' } | { kind: 'lost', reason: string }

export interface LiveEventsOptions {
  onEvent: (event: LiveEvent) => void
  onState: (state: LiveState) => void
  retryDelayMs?: number
}

export function followEvents (api: AdminApi, { onEvent, onState, retryDelayMs = 2000 }: LiveEventsOptions): () => void {
  const controller = new AbortController()
  let lastId: string | undefined

  const connectOnce = async () => {
    onState({ kind: 'connecting' })
    const response = await api.stream('/admin/events', lastId === undefined ? {} : { 'last-event-id': lastId }, controller.signal)
    if (!response.ok || response.body === null) throw await problemOf(response)
    onState({ kind: 'connected' })
    for await (const message of messages(response.body)) {
      if (message.id !== undefined) lastId = message.id
      if (message.data === undefined) continue
      const payload = JSON.parse(message.data) as Omit<LiveEvent, 'sequence'>
      onEvent({ ...payload, sequence: message.id ?? '' })
    }
    throw new Error('the stream ended')
  }

  void (async () => {
    while (!controller.signal.aborted) {
      try {
        await connectOnce()
      } catch (error) {
        if (controller.signal.aborted) return
        onState({ kind: 'lost', reason: describeError(error) })
        await new Promise((resolve) => setTimeout(resolve, retryDelayMs))
      }
    }
  })()
  return () => { controller.abort() }
}

interface SseMessage {
  id?: string
  event?: string
  data?: string
}

/** The text/event-stream format (HTML standard, "server-sent events"): fields per line, a blank line ends a message. */
async function * messages (body: ReadableStream<BufferSource>): AsyncGenerator<SseMessage> {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader()
  let buffered = ''
  let message: SseMessage = {}
  for (;;) {
    const { value, done } = await reader.read()
    if (done) return
    buffered += value
    const lines = buffered.split(/\r\n|\r|\n/)
    buffered = lines.pop() ?? ''
    for (const line of lines) {
      if (line === '') {
        if (message.data !== undefined || message.id !== undefined) yield message
        message = {}
        continue
      }
      if (line.startsWith(':')) continue
      const colon = line.indexOf(':')
      const name = colon === -1 ? line : line.slice(0, colon)
      const fieldValue = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '')
      if (name === 'data') message.data = message.data === undefined ? fieldValue : `${message.data}\n${fieldValue}`
      else if (name === 'id') message.id = fieldValue
      else if (name === 'event') message.event = fieldValue
    }
  }
}

const KEPT_EVENTS = 200

/** The events received since sign-in (newest first) and the stream's state, for whichever screen shows them. */
export class LiveFeed {
  readonly events: LiveEvent[] = []
  state: LiveState = { kind: 'connecting' }
  private readonly listeners = new Set<(event?: LiveEvent) => void>()
  private readonly stop: () => void

  constructor (api: AdminApi) {
    this.stop = followEvents(api, {
      onEvent: (event) => {
        this.events.unshift(event)
        this.events.length = Math.min(this.events.length, KEPT_EVENTS)
        this.notify(event)
      },
      onState: (state) => {
        this.state = state
        this.notify()
      },
    })
  }

  /** Called on every event (with it) and state change (without); returns the unsubscribe. */
  subscribe (listener: (event?: LiveEvent) => void): () => void {
    this.listeners.add(listener)
    return () => { this.listeners.delete(listener) }
  }

  close (): void {
    this.stop()
    this.listeners.clear()
  }

  private notify (event?: LiveEvent): void {
    for (const listener of this.listeners) listener(event)
  }
}
