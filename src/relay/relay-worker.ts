import { randomUUID } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import { Agent } from 'undici'
import type { FastifyBaseLogger } from 'fastify'
import { webhookFor } from '../callbacks/webhook-secret.js'
import type { CallbackTarget } from '../store/api-keys.js'
import type { AttemptOutcome, CallbackRepository, DueDelivery } from '../store/callbacks.js'
import { PinnedLookup } from './pinned-lookup.js'
import { nextRetryAt } from './retry-schedule.js'
import { AttemptAborted, sendAttempt } from './send-attempt.js'
import { webhookRequest } from './webhook-request.js'

/**
 * Drains the outbox: picks the deliveries that are due, sends each as a
 * signed webhook, and records the outcome. Everything it knows lives in the
 * store, so a restart (or a crash) resumes where the last commit left off.
 *
 * Guarantee: at least once. A delivery is marked delivered as soon as its
 * 2xx is known, before anything else; a crash between the receiver's 2xx
 * and that commit re-sends it after restart, with the same webhook-id.
 *
 * Several workers (one per gateway instance) may share one store: each
 * claims the deliveries it sends, with a lease (`leaseMs`), so no two send
 * the same one at a time. The lease outlasts any attempt (the time limit
 * bounds it); a worker that crashed mid-attempt leaves a claim that another
 * takes over once the lease has run out, and a worker that stops gives its
 * claims back at once.
 */

export interface RelayWorkerOptions {
  deliveries: CallbackRepository
  /** The enabled keys with a callbackUrl, read before each batch: keys change. */
  targets: () => Promise<CallbackTarget[]>
  /**
   * Throws when the URL may not be called (SSRF); run before every attempt,
   * since DNS can change. Answers the addresses it checked, which the
   * attempt then connects to (none: resolve as usual).
   */
  checkUrl: (url: string) => Promise<string[]>
  schedule: readonly number[]
  log: FastifyBaseLogger
  concurrency?: number
  timeoutMs?: number
  /** Longest sleep between two looks at the outbox, whatever the due times say. */
  maxIdleMs?: number
  /** How long a claimed delivery stays this worker's; default: twice the time limit plus 30 s. */
  leaseMs?: number
  /** Names this worker in the claims; default: a random id per worker. */
  owner?: string
}

const DEFAULT_CONCURRENCY = 8
const DEFAULT_TIMEOUT_MS = 15_000
const DEFAULT_MAX_IDLE_MS = 30_000
/** After the store or the key list failed: look again later rather than spin. */
const ERROR_BACKOFF_MS = 5_000
/** Beyond the attempt's own time limit: the SSRF guard's DNS lookup and recording the outcome. */
const LEASE_MARGIN_MS = 30_000

export class RelayWorker {
  private readonly inFlight = new Map<string, Promise<void>>()
  private readonly stopping = new AbortController()
  private readonly dispatcher: Agent
  private readonly dns = new PinnedLookup()
  private readonly concurrency: number
  private readonly timeoutMs: number
  private readonly maxIdleMs: number
  private readonly leaseMs: number
  readonly owner: string
  private timer: NodeJS.Timeout | undefined
  private running: Promise<void> | undefined
  private rerun = false
  private stopped: Promise<void> | undefined

  constructor (private readonly options: RelayWorkerOptions) {
    this.concurrency = options.concurrency ?? DEFAULT_CONCURRENCY
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
    this.maxIdleMs = options.maxIdleMs ?? DEFAULT_MAX_IDLE_MS
    this.leaseMs = options.leaseMs ?? 2 * this.timeoutMs + LEASE_MARGIN_MS
    this.owner = options.owner ?? `relay-${randomUUID()}`
    this.dispatcher = new Agent({ connections: this.concurrency, connect: { timeout: this.timeoutMs, lookup: this.dns.lookup } })
  }

  /** Looks at the outbox now: new events were stored, or a delivery was made due. */
  wake (): void {
    if (this.stopping.signal.aborted) return
    if (this.running !== undefined) {
      this.rerun = true
      return
    }
    this.running = this.runOnce()
      .catch((error: unknown) => {
        this.options.log.error({ err: error }, 'relay: could not read the outbox or the callback targets')
        this.setTimer(ERROR_BACKOFF_MS)
      })
      .finally(() => {
        this.running = undefined
        if (this.rerun) {
          this.rerun = false
          this.wake()
        }
      })
  }

  get inFlightCount (): number {
    return this.inFlight.size
  }

  /** Stops picking work, aborts attempts in flight (they stay pending) and closes the connections. */
  stop (): Promise<void> {
    this.stopped ??= this.shutDown()
    return this.stopped
  }

  private async shutDown (): Promise<void> {
    this.stopping.abort()
    clearTimeout(this.timer)
    await this.running
    await Promise.allSettled(this.inFlight.values())
    clearTimeout(this.timer)
    // Aborted attempts recorded nothing: hand their deliveries back rather than make another instance wait out the lease.
    await this.options.deliveries.releaseClaims(this.owner).catch((error: unknown) => {
      this.options.log.warn({ err: error }, 'relay: could not release the claims of this worker; other instances take them over when the lease runs out')
    })
    await this.dispatcher.destroy()
  }

  private async runOnce (): Promise<void> {
    clearTimeout(this.timer)
    const free = this.concurrency - this.inFlight.size
    const due = free > 0 ? await this.options.deliveries.claimDue({ owner: this.owner, nowMs: Date.now(), limit: free, leaseMs: this.leaseMs }) : []
    if (due.length > 0) {
      const targets = new Map((await this.options.targets()).map((target) => [target.secretId, target]))
      // A lease that ran out under a still-running attempt comes back to us: one attempt at a time is enough.
      for (const delivery of due) if (!this.inFlight.has(delivery.id)) this.start(delivery, targets.get(delivery.secretId))
    }
    await this.sleepUntilNextDue()
  }

  private start (delivery: DueDelivery, target: CallbackTarget | undefined): void {
    const attempt = this.attemptOrBackOff(delivery, target).finally(() => {
      this.inFlight.delete(delivery.id)
      this.wake()
    })
    this.inFlight.set(delivery.id, attempt)
  }

  private async attemptOrBackOff (delivery: DueDelivery, target: CallbackTarget | undefined): Promise<void> {
    try {
      await this.attempt(delivery, target)
    } catch (error) {
      if (error instanceof AttemptAborted || this.stopping.signal.aborted) return
      this.options.log.error({ err: error, deliveryId: delivery.id }, 'relay: attempt could not be recorded')
      // Its claim stands until the lease runs out, so no worker retries it at once; the wait keeps this slot busy instead of spinning.
      await sleep(ERROR_BACKOFF_MS, undefined, { signal: this.stopping.signal }).catch(() => {})
    }
  }

  private async attempt (delivery: DueDelivery, target: CallbackTarget | undefined): Promise<void> {
    const callbackUrl = target?.callbackUrl ?? delivery.callbackUrl
    const outcome = target === undefined ? keyGone(delivery.secretId) : await this.send(delivery, target)
    const failed = delivery.attempts + 1
    // A key that is gone will not come back by waiting: fail at once (an admin can still retry).
    const retryAtMs = outcome.ok || target === undefined ? null : nextRetryAt(failed, this.options.schedule, Date.now())
    await this.options.deliveries.recordAttempt(delivery.id, { owner: this.owner, outcome, retryAtMs, callbackUrl, at: new Date() })
    const log = { deliveryId: delivery.id, eventId: delivery.event.eventId, secretId: delivery.secretId, attempt: failed }
    if (outcome.ok) this.options.log.info({ ...log, status: outcome.status }, 'relay: delivered')
    else this.options.log.warn({ ...log, status: outcome.status, error: outcome.error, retryAt: retryAtMs === null ? null : new Date(retryAtMs).toISOString() }, retryAtMs === null ? 'relay: delivery failed for good' : 'relay: attempt failed')
  }

  private async send (delivery: DueDelivery, target: CallbackTarget): Promise<AttemptOutcome> {
    try {
      this.dns.pin(target.callbackUrl, await this.options.checkUrl(target.callbackUrl))
    } catch (error) {
      return { ok: false, status: null, error: `SSRF guard: ${error instanceof Error ? error.message : String(error)}` }
    }
    let request
    try {
      request = webhookRequest(delivery.event, webhookFor(target.webhookSecret), new Date())
    } catch (error) {
      return { ok: false, status: null, error: `cannot sign with the key's webhookSecret: ${error instanceof Error ? error.message : String(error)}` }
    }
    return sendAttempt(target.callbackUrl, request, { dispatcher: this.dispatcher, timeoutMs: this.timeoutMs, signal: this.stopping.signal })
  }

  private async sleepUntilNextDue (): Promise<void> {
    if (this.stopping.signal.aborted) return
    const next = await this.options.deliveries.nextDueAt(this.owner, Date.now())
    if (this.stopping.signal.aborted) return
    const delay = next === undefined ? this.maxIdleMs : Math.min(Math.max(next - Date.now(), 0), this.maxIdleMs)
    // With every slot busy, a finishing attempt wakes the worker; no need to spin on due rows.
    if (delay === 0 && this.inFlight.size >= this.concurrency) return
    this.setTimer(delay)
  }

  private setTimer (delayMs: number): void {
    clearTimeout(this.timer)
    if (this.stopping.signal.aborted) return
    // stop() clears it; unref'd as well, so a forgotten close cannot hold a process open.
    this.timer = setTimeout(() => this.wake(), delayMs).unref()
  }
}

function keyGone (secretId: string): AttemptOutcome {
  return { ok: false, status: null, error: `API key ${secretId} is deleted, disabled or has no callbackUrl any more` }
}
