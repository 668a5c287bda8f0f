import type { IncomingHttpHeaders } from 'node:http'
import { WebhookVerificationError, type Webhook } from 'standardwebhooks'
import { errors } from '../errors.js'
import { assertUtf8 } from './callback-body.js'

/**
 * Checks a Standard Webhooks signature over the exact bytes received.
 *
 * The reference library does the HMAC, the several-signatures rule, the
 * constant-time comparison and the 5-minute tolerance. Around it we only
 * make its input unambiguous: the headers must each appear once and be
 * well formed (it reads `"12abc"` as a timestamp, and would sign `0012` as
 * `12`), and the body must be UTF-8, because the library hashes the body
 * decoded and re-encoded as UTF-8, which is byte-exact only for UTF-8.
 */

const WEBHOOK_ID = /^[\x21-\x7e]{1,256}$/
/** Unix seconds, no leading zero: the signed text is the header exactly as sent. */
const TIMESTAMP = /^[1-9]\d{0,14}$/

const LIBRARY_REASONS: Record<string, string> = {
  'Message timestamp too old': 'webhook-timestamp is more than 5 minutes in the past',
  'Message timestamp too new': 'webhook-timestamp is more than 5 minutes in the future',
  'No matching signature found': 'no v1 entry of webhook-signature matches the body',
}

export interface VerifiedMessage {
  webhookId: string
}

export function verifySignature (webhook: Webhook, body: Buffer, headers: IncomingHttpHeaders): VerifiedMessage {
  const webhookId = single(headers, 'webhook-id')
  const timestamp = single(headers, 'webhook-timestamp')
  const signature = single(headers, 'webhook-signature')
  if (!WEBHOOK_ID.test(webhookId)) throw errors.callbackSignatureInvalid('webhook-id must be 1 to 256 printable ASCII characters')
  if (!TIMESTAMP.test(timestamp)) throw errors.callbackSignatureInvalid('webhook-timestamp must be unix seconds')
  assertUtf8(body)
  try {
    webhook.verify(body, { 'webhook-id': webhookId, 'webhook-timestamp': timestamp, 'webhook-signature': signature }, { jsonParse: false })
  } catch (error) {
    if (!(error instanceof WebhookVerificationError)) throw error
    throw errors.callbackSignatureInvalid(LIBRARY_REASONS[error.message] ?? `signature refused: ${error.message}`)
  }
  return { webhookId }
}

/** The webhook-id alone, for senders admitted by IP only (no secret configured). */
export function webhookIdOf (headers: IncomingHttpHeaders): string | undefined {
  const value = headers['webhook-id']
  return typeof value === 'string' && WEBHOOK_ID.test(value) ? value : undefined
}

function single (headers: IncomingHttpHeaders, name: string): string {
  const value = headers[name]
  if (value === undefined || value === '') throw errors.callbackSignatureInvalid(`${name} header is missing`)
  if (typeof value !== 'string') throw errors.callbackSignatureInvalid(`${name} header must appear once`)
  return value
}
