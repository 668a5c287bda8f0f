import { Redis } from 'ioredis'

/**
 * The gateway's connection to a shared Redis: one client for commands, one
 * for subscriptions (a subscribed connection can run nothing else). Redis
 * is a helper, never a requirement: when it is unreachable, commands fail
 * at once instead of queueing (callers then do what one instance can do
 * alone), the outage is reported once, and both clients keep reconnecting
 * until it is back.
 */

export interface RedisLinkOptions {
  url: string
  /** Put before every key and channel name. */
  prefix: string
  /** A command without an answer after this long fails, so a hung Redis cannot hold requests. */
  commandTimeoutMs?: number
  /** Once per outage: Redis became unreachable, and why. */
  onDown?: (reason: string) => void
  /** Once per recovery: Redis answers again, subscriptions restored. */
  onUp?: () => void
}

export type MessageListener = (message: string) => void

/** Reconnect quickly: an instance should rejoin the others within a second of Redis returning. */
const reconnectDelay = (attempt: number) => Math.min(attempt * 100, 1_000)

export class RedisLink {
  readonly commands: Redis
  private readonly subscriber: Redis
  private readonly listeners = new Map<string, Set<MessageListener>>()
  private readonly recoveryListeners = new Set<() => void>()
  private down: string | undefined = 'not connected yet'
  /** The current outage has been reported, so its end will be too. */
  private reported = false
  private closing = false

  constructor (private readonly options: RedisLinkOptions) {
    const common = {
      retryStrategy: reconnectDelay,
      connectTimeout: 2_000,
      maxRetriesPerRequest: 1,
      lazyConnect: true,
    }
    this.commands = new Redis(options.url, { ...common, enableOfflineQueue: false, commandTimeout: options.commandTimeoutMs ?? 1_000 })
    // The subscriber keeps its SUBSCRIBE commands queued while offline and re-subscribes on reconnect.
    this.subscriber = new Redis(options.url, { ...common, enableOfflineQueue: true })
    this.subscriber.on('message', (channel: string, message: string) => {
      for (const listener of this.listeners.get(channel) ?? []) listener(message)
    })
    for (const client of [this.commands, this.subscriber]) {
      client.on('error', (error: Error) => { this.markDown(error.message) })
      client.on('close', () => { this.markDown('connection closed') })
      client.on('ready', () => { this.markUpIfBoth() })
    }
  }

  /** Connects both clients, waiting at most `timeoutMs`; an unreachable Redis leaves the link degraded, not failed. */
  async connect (timeoutMs = 2_000): Promise<void> {
    const attempts = [this.commands, this.subscriber].map((client) => client.connect().catch(() => undefined))
    let timer: NodeJS.Timeout | undefined
    await Promise.race([Promise.all(attempts), new Promise((resolve) => { timer = setTimeout(resolve, timeoutMs) })])
    clearTimeout(timer)
    if (this.down !== undefined) this.report(this.down)
  }

  /** A key or channel name under the deployment's prefix. */
  key (name: string): string {
    return `${this.options.prefix}${name}`
  }

  get available (): boolean {
    return this.down === undefined
  }

  /** Why the link is degraded; undefined when it is not. */
  get problem (): string | undefined {
    return this.down
  }

  async publish (channel: string, message: string): Promise<void> {
    await this.commands.publish(this.key(channel), message)
  }

  /** Listens on a channel (under the prefix) for as long as the link lives, across reconnects. */
  subscribe (channel: string, listener: MessageListener): void {
    const name = this.key(channel)
    let channelListeners = this.listeners.get(name)
    if (channelListeners === undefined) {
      channelListeners = new Set()
      this.listeners.set(name, channelListeners)
      this.subscriber.subscribe(name).catch(() => undefined)
    }
    channelListeners.add(listener)
  }

  /**
   * Called each time Redis comes back after an outage: messages published
   * meanwhile were lost, so listeners resynchronise (drop caches, look again).
   */
  onRecovery (listener: () => void): void {
    this.recoveryListeners.add(listener)
  }

  async close (): Promise<void> {
    this.closing = true
    await Promise.all([this.commands, this.subscriber].map((client) => client.quit().catch(() => { client.disconnect() })))
  }

  private markDown (reason: string): void {
    if (this.closing) return
    const wasUp = this.down === undefined
    this.down = reason
    if (wasUp) this.report(reason)
  }

  private markUpIfBoth (): void {
    if (this.commands.status !== 'ready' || this.subscriber.status !== 'ready' || this.down === undefined) return
    this.down = undefined
    if (!this.reported) return
    this.reported = false
    this.options.onUp?.()
    for (const listener of this.recoveryListeners) listener()
  }

  private report (reason: string): void {
    if (this.reported) return
    this.reported = true
    this.options.onDown?.(reason)
  }
}
