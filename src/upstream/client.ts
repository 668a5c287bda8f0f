import { Pool, type Dispatcher } from 'undici'
import { errors } from '../errors.js'
import { deadline } from './deadline.js'
import { parseEnvelope } from './envelope.js'
import { compose, type Dispatch, type UpstreamReply, type UpstreamRequest } from './pipeline.js'
import { retryableError } from './read-retry.js'

/**
 * The transport to VeryCloud API3: every endpoint is a JSON POST answering
 * `{code, message, data, ...}`. This layer knows nothing of tokens; it turns
 * transport faults into the contract's 502/504 and hands back the envelope
 * with the HTTP status, so the token layer can tell a rejected token.
 * `dispatch` is the transport behind its deadline: the innermost layers of
 * the pipeline (src/upstream/upstream.ts adds the rest).
 */

export interface PostOptions {
  requestId?: string
  /** Money-moving and other writes: never retried, and a timeout means "outcome unknown". */
  write?: boolean
}

export interface UpstreamClientOptions {
  url: string
  timeoutMs: number
  connections?: number
  /** An answer larger than this is cut off while it streams in, and answered 502. */
  maxAnswerBytes?: number
  /** Called after every attempt, for metrics. */
  onCall?: (endpoint: string, seconds: number, outcome: string) => void
}

const DEFAULT_MAX_ANSWER_BYTES = 8 * 1024 * 1024
const RETRIED_ERROR_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED'])
const RETRIED_STATUSES = new Set([502, 503, 504])
const TIMEOUT_ERROR_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT'])
const NEVER_SENT_ERROR_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT'])
const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8', accept: 'application/json' }

/** Thrown by the body reader; mapped to a 502 that says the limit. */
class AnswerTooLarge extends Error {}

export class UpstreamClient {
  readonly origin: string
  readonly dispatch: Dispatch
  private readonly basePath: string
  private readonly pool: Pool
  private readonly onCall: UpstreamClientOptions['onCall']
  private readonly maxAnswerBytes: number

  constructor (options: UpstreamClientOptions) {
    const url = new URL(options.url)
    this.origin = url.origin
    this.basePath = url.pathname.replace(/\/+$/, '')
    this.onCall = options.onCall
    this.maxAnswerBytes = options.maxAnswerBytes ?? DEFAULT_MAX_ANSWER_BYTES
    // undici's own header/body timers tick coarsely (about a second), so the real
    // deadline is the deadline layer's AbortSignal; these only back it up.
    this.pool = new Pool(this.origin, {
      connections: options.connections ?? 128,
      headersTimeout: options.timeoutMs + 1_000,
      bodyTimeout: options.timeoutMs + 1_000,
      connectTimeout: Math.min(options.timeoutMs, 10_000),
      keepAliveTimeout: 30_000,
    })
    this.dispatch = compose((request) => this.measured(request), deadline(options.timeoutMs))
  }

  /** One call outside the pipeline's upper layers: the authorize call of the token manager. */
  post (endpoint: string, payload: Record<string, unknown>, options: PostOptions = {}): Promise<UpstreamReply> {
    return this.dispatch({ endpoint, payload, write: options.write === true, withToken: false, ...(options.requestId === undefined ? {} : { requestId: options.requestId }) })
  }

  async close (): Promise<void> {
    await this.pool.close()
  }

  private async measured (request: UpstreamRequest): Promise<UpstreamReply> {
    const started = performance.now()
    let outcome = 'error'
    try {
      const reply = await this.send(request)
      outcome = String(reply.envelope.code) === '1' ? 'ok' : 'rejected'
      return reply
    } catch (error) {
      outcome = (error as { statusCode?: number }).statusCode === 504 ? 'timeout' : 'error'
      throw error
    } finally {
      this.onCall?.(request.endpoint, (performance.now() - started) / 1000, outcome)
    }
  }

  private async send ({ endpoint, payload, write, requestId, signal }: UpstreamRequest): Promise<UpstreamReply> {
    const headers = requestId === undefined ? JSON_HEADERS : { ...JSON_HEADERS, 'x-request-id': requestId }
    let response: Dispatcher.ResponseData
    let text: string
    try {
      response = await this.pool.request({ method: 'POST', path: this.basePath + endpoint, headers, body: JSON.stringify(payload), ...(signal === undefined ? {} : { signal }) })
      text = await readCapped(response, this.maxAnswerBytes)
    } catch (error) {
      throw transportError(endpoint, error, write, this.maxAnswerBytes)
    }
    if (response.statusCode >= 500) {
      const failure = errors.upstreamUnavailable(`Upstream answered HTTP ${response.statusCode} for ${endpoint}`)
      throw RETRIED_STATUSES.has(response.statusCode) ? retryableError(failure) : failure
    }
    const envelope = parseEnvelope(text)
    if (envelope === undefined) {
      if (response.statusCode === 401 || response.statusCode === 403) {
        return { httpStatus: response.statusCode, envelope: { code: response.statusCode, message: 'token rejected' } }
      }
      throw errors.upstreamUnavailable(`Upstream answered ${endpoint} with something other than a JSON envelope (HTTP ${response.statusCode})`)
    }
    return { httpStatus: response.statusCode, envelope, size: text.length }
  }
}

/** The body as text, never holding more than `limit` bytes: a larger one is cut off as it streams in. */
async function readCapped (response: Dispatcher.ResponseData, limit: number): Promise<string> {
  const declared = Number(response.headers['content-length'])
  if (Number.isFinite(declared) && declared > limit) {
    // Hung up on, not read: the abort it causes is expected, not an error to report.
    response.body.on('error', () => undefined).destroy()
    throw new AnswerTooLarge()
  }
  const chunks: Buffer[] = []
  let received = 0
  for await (const chunk of response.body) {
    received += (chunk as Buffer).length
    // Leaving the loop by a throw closes the body and its connection.
    if (received > limit) throw new AnswerTooLarge()
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

function transportError (endpoint: string, error: unknown, write: boolean, maxAnswerBytes: number) {
  if (error instanceof AnswerTooLarge) {
    // The upstream acted and answered; only its answer is lost, so a write's outcome is unknown.
    return errors.upstreamUnavailable(`Upstream answered ${endpoint} with more than UPSTREAM_MAX_ANSWER_BYTES (${maxAnswerBytes} bytes); the answer was cut off`, write ? { outcome: 'unknown' } : {})
  }
  const code = (error as { code?: string }).code ?? ''
  if (TIMEOUT_ERROR_CODES.has(code) || (error as { name?: string }).name === 'TimeoutError') {
    const detail = write
      ? `Upstream did not answer ${endpoint} in time. The outcome of this operation is unknown: it may or may not have been applied. It was not retried; check its effect before trying again`
      : `Upstream did not answer ${endpoint} in time`
    return errors.upstreamTimeout(detail, write ? { outcome: 'unknown' } : {}, error)
  }
  // A refused connection never carried the request; a reset one may have.
  const maybeApplied = write && !NEVER_SENT_ERROR_CODES.has(code)
  const failure = errors.upstreamUnavailable(`Upstream unreachable for ${endpoint} (${code || 'connection failed'})`, maybeApplied ? { outcome: 'unknown' } : {}, error)
  return RETRIED_ERROR_CODES.has(code) ? retryableError(failure) : failure
}
