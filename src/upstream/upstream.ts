import { errors } from '../errors.js'
import type { PostOptions, UpstreamClient, UpstreamEnvelope, UpstreamReply } from './client.js'
import { encodePassword } from './password-cipher.js'
import { tokenExpiry, type ObtainedToken, type TokenManager } from './token-manager.js'

/**
 * What routes call: an upstream endpoint with the token put in the body,
 * answered by the envelope of a success (`code` 1). A rejected token is
 * dropped, re-obtained once and the call retried once; any other rejection
 * becomes the contract's 422 with the upstream's code and message verbatim.
 */

export interface CallOptions extends PostOptions {
  /** `registerAccount` is the one operation the upstream takes without a token. */
  withToken?: boolean
}

export interface UpstreamOptions {
  client: UpstreamClient
  tokens: TokenManager
  tokenErrorCodes: ReadonlySet<number>
}

const TOKEN_WORDS = /token|令牌/i

export class Upstream {
  constructor (private readonly options: UpstreamOptions) {}

  async call (endpoint: string, payload: Record<string, unknown>, options: CallOptions = {}): Promise<UpstreamEnvelope> {
    if (options.withToken === false) return successOrReject(await this.options.client.post(endpoint, payload, options))

    const token = await this.options.tokens.getToken()
    const reply = await this.options.client.post(endpoint, { token, ...payload }, options)
    if (!this.isTokenRejection(reply)) return successOrReject(reply)

    // The upstream did not act on a call it refused for its token, so one retry is safe even for writes.
    this.options.tokens.invalidate(token)
    const fresh = await this.options.tokens.getToken()
    return successOrReject(await this.options.client.post(endpoint, { token: fresh, ...payload }, options))
  }

  private isTokenRejection ({ httpStatus, envelope }: UpstreamReply): boolean {
    if (httpStatus === 401 || httpStatus === 403) return true
    if (isSuccess(envelope)) return false
    return this.options.tokenErrorCodes.has(Number(envelope.code)) || TOKEN_WORDS.test(envelope.message ?? '')
  }
}

function isSuccess (envelope: UpstreamEnvelope): boolean {
  return envelope.code === 1 || envelope.code === '1'
}

function successOrReject ({ envelope, httpStatus }: UpstreamReply): UpstreamEnvelope {
  if (isSuccess(envelope)) return envelope
  if (httpStatus === 401 || httpStatus === 403) {
    throw errors.upstreamAuthFailed('Upstream refused the gateway\'s token even after obtaining a new one')
  }
  throw errors.upstreamRejected(envelope.code, typeof envelope.message === 'string' ? envelope.message : 'Upstream rejected the request')
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
      throw errors.upstreamAuthFailed(`Upstream authorize failed: code ${String(envelope.code)}${typeof envelope.message === 'string' ? `, ${envelope.message}` : ''}`)
    }
    return { token, expiresAt: tokenExpiry(envelope.expires, now(), options.defaultTtlSeconds) }
  }
}
