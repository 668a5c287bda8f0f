import { Pool, interceptors, type Dispatcher } from 'undici'
import { errors } from '../errors.js'

/**
 * The transport to VeryCloud API3: every endpoint is a JSON POST answering
 * `{code, message, data, ...}`. This layer knows nothing of tokens; it turns
 * transport faults into the contract's 502/504 and hands back the envelope
 * with the HTTP status, so the token layer can tell a rejected token.
 */

export interface UpstreamEnvelope {
  code: number | string
  message?: string
  data?: unknown
  [extra: string]: unknown
}

export interface UpstreamReply {
  httpStatus: number
  envelope: UpstreamEnvelope
}

export interface PostOptions {
  requestId?: string
  /** Money-moving and other writes: never retried, and a timeout means "outcome unknown". */
  write?: boolean
}

export interface UpstreamClientOptions {
  url: string
  timeoutMs: number
  connections?: number
  /** Reads are retried this many times on connection faults and 502/503/504. */
  readRetries?: number
  /** Called after every attempt, for metrics. */
  onCall?: (endpoint: string, seconds: number, outcome: string) => void
}

const RETRIED_ERROR_CODES = ['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED']
const TIMEOUT_ERROR_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT'])
const NEVER_SENT_ERROR_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT'])
const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8', accept: 'application/json' }

export class UpstreamClient {
  readonly origin: string
  private readonly basePath: string
  private readonly pool: Pool
  private readonly readDispatcher: Dispatcher
  private readonly onCall: UpstreamClientOptions['onCall']
  private readonly timeoutMs: number

  constructor (options: UpstreamClientOptions) {
    const url = new URL(options.url)
    this.origin = url.origin
    this.basePath = url.pathname.replace(/\/+$/, '')
    this.onCall = options.onCall
    this.timeoutMs = options.timeoutMs
    // undici's own header/body timers tick coarsely (about a second), so the real
    // deadline is an AbortSignal per call; these only back it up.
    this.pool = new Pool(this.origin, {
      connections: options.connections ?? 128,
      headersTimeout: options.timeoutMs + 1_000,
      bodyTimeout: options.timeoutMs + 1_000,
      connectTimeout: Math.min(options.timeoutMs, 10_000),
      keepAliveTimeout: 30_000,
    })
    // Timeouts are not retried: the caller's budget is UPSTREAM_TIMEOUT_MS, not a multiple of it.
    this.readDispatcher = this.pool.compose(interceptors.retry({
      maxRetries: options.readRetries ?? 2,
      minTimeout: 50,
      maxTimeout: 1_000,
      timeoutFactor: 4,
      methods: ['POST'],
      statusCodes: [502, 503, 504],
      errorCodes: RETRIED_ERROR_CODES,
    }))
  }

  async post (endpoint: string, payload: Record<string, unknown>, options: PostOptions = {}): Promise<UpstreamReply> {
    const started = performance.now()
    let outcome = 'error'
    try {
      const reply = await this.send(endpoint, payload, options)
      outcome = String(reply.envelope.code) === '1' ? 'ok' : 'rejected'
      return reply
    } catch (error) {
      outcome = (error as { statusCode?: number }).statusCode === 504 ? 'timeout' : 'error'
      throw error
    } finally {
      this.onCall?.(endpoint, (performance.now() - started) / 1000, outcome)
    }
  }

  private async send (endpoint: string, payload: Record<string, unknown>, options: PostOptions): Promise<UpstreamReply> {
    const dispatcher = options.write === true ? this.pool : this.readDispatcher
    const headers = options.requestId === undefined ? JSON_HEADERS : { ...JSON_HEADERS, 'x-request-id': options.requestId }
    // A cancellable deadline: AbortSignal.timeout() would keep a timer and its
    // signal alive for the whole timeout after every call, even a fast one.
    const deadline = new AbortController()
    const timer = setTimeout(abortWithTimeout, this.timeoutMs, deadline)
    let response: Dispatcher.ResponseData
    let text: string
    try {
      response = await dispatcher.request({ method: 'POST', path: this.basePath + endpoint, headers, body: JSON.stringify(payload), signal: deadline.signal })
      text = await response.body.text()
    } catch (error) {
      throw transportError(endpoint, error, options.write === true)
    } finally {
      clearTimeout(timer)
    }
    if (response.statusCode >= 500) {
      throw errors.upstreamUnavailable(`Upstream answered HTTP ${response.statusCode} for ${endpoint}`)
    }
    const envelope = parseEnvelope(text)
    if (envelope === undefined) {
      if (response.statusCode === 401 || response.statusCode === 403) {
        return { httpStatus: response.statusCode, envelope: { code: response.statusCode, message: 'token rejected' } }
      }
      throw errors.upstreamUnavailable(`Upstream answered ${endpoint} with something other than a JSON envelope (HTTP ${response.statusCode})`)
    }
    return { httpStatus: response.statusCode, envelope }
  }

  async close (): Promise<void> {
    await this.pool.close()
  }
}

function abortWithTimeout (controller: AbortController): void {
  controller.abort(new DOMException('upstream deadline passed', 'TimeoutError'))
}

function parseEnvelope (text: string): UpstreamEnvelope | undefined {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return undefined
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed) || !('code' in parsed)) return undefined
  return parsed as UpstreamEnvelope
}

function transportError (endpoint: string, error: unknown, write: boolean) {
  const code = (error as { code?: string }).code ?? ''
  if (TIMEOUT_ERROR_CODES.has(code) || (error as { name?: string }).name === 'TimeoutError') {
    const detail = write
      ? `Upstream did not answer ${endpoint} in time. The outcome of this operation is unknown: it may or may not have been applied. It was not retried; check its effect before trying again`
      : `Upstream did not answer ${endpoint} in time`
    return errors.upstreamTimeout(detail, write ? { outcome: 'unknown' } : {}, error)
  }
  if (code === 'UND_ERR_REQ_RETRY') {
    return errors.upstreamUnavailable(`Upstream kept failing for ${endpoint}`, {}, error)
  }
  // A refused connection never carried the request; a reset one may have.
  const maybeApplied = write && !NEVER_SENT_ERROR_CODES.has(code)
  return errors.upstreamUnavailable(`Upstream unreachable for ${endpoint} (${code || 'connection failed'})`, maybeApplied ? { outcome: 'unknown' } : {}, error)
}
