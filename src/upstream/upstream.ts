import { errors } from '../errors.js'
import type { UpstreamClient } from './client.js'
import { coalesce } from './coalesce.js'
import { isSuccess, upstreamMessage, type UpstreamEnvelope } from './envelope.js'
import { compose, type Dispatch, type UpstreamReply, type UpstreamRequest } from './pipeline.js'
import { readCache, ReadCache } from './read-cache.js'
import { readRetry } from './read-retry.js'
import { successOnly } from './success.js'
import { withToken } from './token.js'
import { encodePassword } from './password-cipher.js'
import { tokenExpiry, type ObtainedToken, type TokenManager } from './token-manager.js'

/**
 * What the gateway calls: the client's deadline-bound transport with the
 * pipeline's upper layers around it. Answers the reply of a success
 * (`code` 1); anything else is thrown as the contract's error.
 */

export interface CallOptions {
  requestId?: string
  write?: boolean
  /** `registerAccount` is the one operation the upstream takes without a token. */
  withToken?: boolean
  cache?: UpstreamRequest['cache']
  fresh?: boolean
  invalidates?: readonly string[]
}

export interface UpstreamOptions {
  client: UpstreamClient
  tokens: TokenManager
  tokenErrorCodes: ReadonlySet<number>
  /** Retries of a read after a retryable fault; default 2. */
  readRetries?: number
  /** Shared with whoever must drop entries; a private one by default. */
  cache?: ReadCache
}

export class Upstream {
  readonly cache: ReadCache
  private readonly dispatch: Dispatch

  constructor (options: UpstreamOptions) {
    this.cache = options.cache ?? new ReadCache()
    this.dispatch = compose(
      options.client.dispatch,
      readCache(this.cache),
      coalesce(),
      successOnly(),
      withToken(options.tokens, options.tokenErrorCodes),
      readRetry({ retries: options.readRetries ?? 2 }),
    )
  }

  /** The reply, with `freshUntil` when it may be served from the read cache. */
  request (endpoint: string, payload: Record<string, unknown>, options: CallOptions = {}): Promise<UpstreamReply> {
    const { write = false, withToken = true, ...policy } = options
    return this.dispatch({ endpoint, payload, write, withToken, ...policy })
  }

  async call (endpoint: string, payload: Record<string, unknown>, options: CallOptions = {}): Promise<UpstreamEnvelope> {
    return (await this.request(endpoint, payload, options)).envelope
  }
}

export interface AuthorizeOptions {
  client: UpstreamClient
  username: string
  password: string
  passwordEncoding: 'verycloud' | 'none'
  defaultTtlSeconds: number
  now?: () => number
}

/** The authorize call the token manager makes: `/API/OAuth/authorize` with the encoded password. */
export function createAuthorize (options: AuthorizeOptions): () => Promise<ObtainedToken> {
  const now = options.now ?? Date.now
  return async () => {
    const password = options.passwordEncoding === 'verycloud' ? encodePassword(options.password) : options.password
    const { envelope } = await options.client.post('/API/OAuth/authorize', { username: options.username, password })
    const token = envelope.access_token
    if (!isSuccess(envelope) || typeof token !== 'string' || token === '') {
      // The upstream's message is kept (it says why) but never the credentials.
      const message = upstreamMessage(envelope)
      throw errors.upstreamAuthFailed(`Upstream authorize failed: code ${String(envelope.code)}${message === undefined ? '' : `, ${message}`}`)
    }
    return { token, expiresAt: tokenExpiry(envelope.expires, now(), options.defaultTtlSeconds) }
  }
}
