import { createHash } from 'node:crypto'
import { errors } from '../errors.js'
import { canonicalJson } from '../upstream/canonical-json.js'

/**
 * The Idempotency-Key header (IETF httpapi draft, Stripe): what a valid one
 * is, and the fingerprint that tells "the same request again" from "another
 * request under a reused key".
 */

export const IDEMPOTENCY_KEY_PATTERN = '^[\\x20-\\x7E]{1,255}$'
export const IDEMPOTENCY_KEY_DESCRIPTION = 'Makes retrying this request safe: 1 to 255 printable ASCII characters, unique per request (a UUID is a good choice), scoped to your API key and kept for IDEMPOTENCY_TTL_S (default 24 h). A repeat with the same key and body replays the first answer with `Idempotent-Replayed: true` and never reaches the upstream again; the same key with another body is 422; a repeat while the first is in flight is 409 with Retry-After.'

const VALID = new RegExp(IDEMPOTENCY_KEY_PATTERN)

/** The header's value, undefined when absent; throws the contract's 400 when it is not a valid key. */
export function idempotencyKeyOf (header: string | string[] | undefined): string | undefined {
  if (header === undefined) return undefined
  // Repeated headers are one value joined with ", ", as Node's parser gives them.
  if (Array.isArray(header)) return idempotencyKeyOf(header.join(', '))
  if (!VALID.test(header)) {
    throw errors.idempotencyKeyInvalid(`Idempotency-Key must be 1 to 255 printable ASCII characters (space to ~); this one has ${header.length} characters${/[^\x20-\x7E]/.test(header) ? ', some outside that range' : ''}`)
  }
  return header
}

/** Operation, path and canonical body: two requests with the same fingerprint are the same request. */
export function fingerprintOf (operationId: string, path: string, body: unknown): string {
  return createHash('sha256').update(canonicalJson([operationId, path, body ?? null])).digest('base64url')
}
