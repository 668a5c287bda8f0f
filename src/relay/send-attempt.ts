import { request, type Dispatcher } from 'undici'
import type { AttemptOutcome } from '../store/callbacks.js'
import type { WebhookRequest } from './webhook-request.js'

/**
 * One HTTP attempt. Success is a 2xx status within the time limit; a
 * redirect is a failure (following it could lead anywhere the SSRF guard
 * did not check). The answer's body is read and dropped, up to a small
 * limit, only after the status is known.
 */

const MAX_ERROR_LENGTH = 500

export interface AttemptOptions {
  dispatcher: Dispatcher
  timeoutMs: number
  /** Aborts on shutdown; such an attempt is not recorded. */
  signal: AbortSignal
}

export class AttemptAborted extends Error {
  override name = 'AttemptAborted'
}

export async function sendAttempt (url: string, webhook: WebhookRequest, options: AttemptOptions): Promise<AttemptOutcome> {
  const signal = AbortSignal.any([options.signal, AbortSignal.timeout(options.timeoutMs)])
  try {
    const answer = await request(url, { method: 'POST', headers: webhook.headers, body: webhook.body, dispatcher: options.dispatcher, signal })
    answer.body.dump().catch(() => {})
    if (answer.statusCode >= 200 && answer.statusCode < 300) return { ok: true, status: answer.statusCode }
    return { ok: false, status: answer.statusCode, error: `answered HTTP ${answer.statusCode}` }
  } catch (error) {
    if (options.signal.aborted) throw new AttemptAborted('relay stopping', { cause: error })
    if (signal.aborted) return { ok: false, status: null, error: `no answer within ${options.timeoutMs} ms` }
    return { ok: false, status: null, error: describe(error) }
  }
}

function describe (error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error
  const code = (cause as { code?: unknown }).code
  const message = cause instanceof Error ? cause.message : String(cause)
  return `request failed: ${typeof code === 'string' ? `${code} ` : ''}${message}`.slice(0, MAX_ERROR_LENGTH)
}
