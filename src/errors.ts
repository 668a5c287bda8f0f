/**
 * Every error the gateway answers with, in one place. Each has a stable
 * `code` (clients may switch on it), an HTTP status and a default title; the
 * error handler turns any of them into an RFC 9457 problem document.
 */

export const PROBLEM_TYPE_BASE = 'https://verycloud-gateway.dev/problems/'

export interface ValidationIssue {
  /** Which part of the request: body, querystring, params or headers. */
  in: string
  /** JSON pointer into that part. */
  pointer: string
  message: string
}

export interface ProblemExtras {
  errors?: ValidationIssue[]
  upstream?: { code: number | string, message: string }
  /** For a money-moving call whose outcome could not be learnt. */
  outcome?: 'unknown'
  retryAfterSeconds?: number
}

export class GatewayError extends Error {
  constructor (
    readonly code: string,
    readonly statusCode: number,
    readonly title: string,
    detail: string = title,
    readonly extras: ProblemExtras = {},
    options?: ErrorOptions
  ) {
    super(detail, options)
    this.name = 'GatewayError'
  }

  get type (): string {
    return PROBLEM_TYPE_BASE + this.code.toLowerCase().replaceAll('_', '-')
  }
}

type Factory<A extends unknown[]> = (...args: A) => GatewayError

function define<A extends unknown[]> (code: string, status: number, title: string, build: (...args: A) => [detail?: string, extras?: ProblemExtras, cause?: unknown]): Factory<A> {
  const factory = (...args: A): GatewayError => {
    const [detail, extras, cause] = build(...args)
    return new GatewayError(code, status, title, detail ?? title, extras ?? {}, cause === undefined ? undefined : { cause })
  }
  Object.defineProperty(factory, 'name', { value: code })
  return factory
}

export const errors = {
  validation: define('GW_VALIDATION', 400, 'Request is invalid', (detail: string, issues: ValidationIssue[]) => [detail, { errors: issues }]),
  badRequest: define('GW_BAD_REQUEST', 400, 'Bad request', (detail: string) => [detail]),
  unauthenticated: define('GW_UNAUTHENTICATED', 401, 'Authentication required', (detail: string) => [detail]),
  forbidden: define('GW_FORBIDDEN', 403, 'Forbidden', (detail: string) => [detail]),
  ipNotAllowed: define('GW_IP_NOT_ALLOWED', 403, 'Client IP not allowed', (ip: string) => [`Requests from ${ip} are not on this key's IP whitelist`]),
  notFound: define('GW_NOT_FOUND', 404, 'Not found', (detail: string) => [detail]),
  conflict: define('GW_CONFLICT', 409, 'Conflict', (detail: string) => [detail]),
  payloadTooLarge: define('GW_PAYLOAD_TOO_LARGE', 413, 'Payload too large', (detail: string) => [detail]),
  unsupportedMediaType: define('GW_UNSUPPORTED_MEDIA_TYPE', 415, 'Unsupported media type', (detail: string) => [detail]),
  unprocessable: define('GW_UNPROCESSABLE', 422, 'Request cannot be processed', (detail: string) => [detail]),
  upstreamRejected: define('GW_UPSTREAM_REJECTED', 422, 'Upstream rejected the request', (code: number | string, message: string) => [message, { upstream: { code, message } }]),
  rateLimited: define('GW_RATE_LIMITED', 429, 'Too many requests', (detail: string, retryAfterSeconds: number) => [detail, { retryAfterSeconds }]),
  internal: define('GW_INTERNAL', 500, 'Internal error', () => ['The gateway failed to handle this request; it has been logged']),
  upstreamUnavailable: define('GW_UPSTREAM_UNAVAILABLE', 502, 'Upstream unavailable', (detail: string, extras?: ProblemExtras, cause?: unknown) => [detail, extras, cause]),
  upstreamBadAnswer: define('GW_UPSTREAM_BAD_ANSWER', 502, 'Upstream answer unusable', (field: string, found: string, expected: string) => [`The upstream answered success, but its ${field} is ${found} where ${expected} is needed; nothing was made up in its place`]),
  upstreamAuthFailed: define('GW_UPSTREAM_AUTH_FAILED', 502, 'Upstream refused the gateway credentials', (detail: string) => [detail]),
  upstreamTimeout: define('GW_UPSTREAM_TIMEOUT', 504, 'Upstream timed out', (detail: string, extras?: ProblemExtras, cause?: unknown) => [detail, extras, cause]),
  storeUnavailable: define('GW_STORE_UNAVAILABLE', 503, 'Store unavailable', (reason: string) => [`Nothing can be stored: ${reason}. Writes are refused until the gateway is restarted on a sound DATA_DIR`]),
  notReady: define('GW_NOT_READY', 503, 'Service not ready', (detail: string) => [detail]),

  // API keys: authentication, scopes, admin access and callback URLs.
  insufficientScope: define('GW_INSUFFICIENT_SCOPE', 403, 'Key lacks the scope', (scope: string) => [`This route needs a key with the "${scope}" scope`]),
  tooManyStreams: define('GW_TOO_MANY_STREAMS', 429, 'Too many open event streams', (max: number) => [`This key already has ${max} open event streams, the most allowed (SSE_MAX_STREAMS_PER_KEY); close one before opening another`, { retryAfterSeconds: 5 }]),
  unsafeCallbackUrl: define('GW_UNSAFE_CALLBACK_URL', 400, 'Callback URL not allowed', (reason: string) => [`The callback URL is refused: ${reason}`, { errors: [{ in: 'body', pointer: '/callbackUrl', message: reason }] }]),

  // Inbound callbacks (POST /callbacks/sms) and their relay.
  callbacksNotConfigured: define('GW_CALLBACKS_NOT_CONFIGURED', 403, 'Callbacks are not configured', () => ['Neither CALLBACK_SECRET nor CALLBACK_IP_WHITELIST is set, so every callback is refused']),
  callbackIpNotAllowed: define('GW_CALLBACK_IP_NOT_ALLOWED', 403, 'Callback sender IP not allowed', (ip: string) => [`Callbacks from ${ip} are not on CALLBACK_IP_WHITELIST`]),
  callbackSignatureInvalid: define('GW_CALLBACK_SIGNATURE_INVALID', 401, 'Callback signature invalid', (detail: string) => [detail]),
  callbackBodyInvalid: define('GW_CALLBACK_BODY_INVALID', 400, 'Callback body invalid', (detail: string, issues: ValidationIssue[]) => [detail, issues.length > 0 ? { errors: issues } : {}]),
  deliveryAlreadyDelivered: define('GW_DELIVERY_ALREADY_DELIVERED', 409, 'Delivery already delivered', (id: string) => [`Delivery ${id} was acknowledged by its callback URL; it is not sent again`]),

  // Idempotency-Key (docs/api.md).
  idempotencyKeyInvalid: define('GW_IDEMPOTENCY_KEY_INVALID', 400, 'Idempotency-Key invalid', (detail: string) => [detail, { errors: [{ in: 'headers', pointer: '/idempotency-key', message: detail }] }]),
  idempotencyKeyReused: define('GW_IDEMPOTENCY_KEY_REUSED', 422, 'Idempotency-Key reused for a different request', (operationId: string, path: string) => [`This Idempotency-Key was first used for ${operationId} on ${path} with another body; a key names one request. Use a new key for a new request`]),
  idempotencyInFlight: define('GW_IDEMPOTENCY_IN_FLIGHT', 409, 'Request with this Idempotency-Key still in flight', (retryAfterSeconds: number) => ['The first request with this Idempotency-Key has not finished yet; retry after Retry-After seconds to get its answer', { retryAfterSeconds }]),
  idempotencyOutcomeUnknown: define('GW_IDEMPOTENCY_OUTCOME_UNKNOWN', 502, 'Outcome of the first request unknown', () => ['The first request with this Idempotency-Key did not finish (the gateway stopped while it was in flight). Its outcome is unknown: it may or may not have been applied, and it is not sent again under this key. Check its effect before trying again with a new key', { outcome: 'unknown' }]),

  // The HTTP layer: what Node's parser and Fastify's router refuse before any route runs. None repeats the request back.
  malformedHttp: define('GW_MALFORMED_HTTP', 400, 'Malformed HTTP request', (reason: string) => [`The request is not valid HTTP/1.1: ${reason}`]),
  badUrl: define('GW_BAD_URL', 400, 'Malformed URL', () => ['The path holds a percent-encoding that is not valid: each % must be followed by two hex digits, and together they must spell UTF-8 (e.g. %20, %E4%BD%A0)']),
  uriTooLong: define('GW_URI_TOO_LONG', 414, 'URI too long', (maxLength: number) => [`A path segment is longer than ${maxLength} characters, the longest accepted`]),
  headersTooLarge: define('GW_HEADERS_TOO_LARGE', 431, 'Request header fields too large', (maxBytes: number) => [`The request line and headers exceed ${maxBytes} bytes, the most accepted; send fewer or shorter headers`]),
  requestTimeout: define('GW_REQUEST_TIMEOUT', 408, 'Request timeout', (timeoutMs: number) => [`The request did not arrive in full within ${timeoutMs} ms (REQUEST_BODY_TIMEOUT_MS); send the body without pauses`]),

  // The admin console (GET /console).
  consoleNotBuilt: define('GW_CONSOLE_NOT_BUILT', 503, 'The console is not built', () => ['The console\'s files are not in this build; run `npm run build` and restart']),
} as const

export function isGatewayError (error: unknown): error is GatewayError {
  return error instanceof GatewayError
}
