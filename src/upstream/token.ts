import { isSuccess, upstreamMessage } from './envelope.js'
import type { Layer, UpstreamReply } from './pipeline.js'
import type { TokenManager } from './token-manager.js'

/**
 * Puts the access token in the body. A reply that says the token was
 * rejected (HTTP 401/403, a code of UPSTREAM_TOKEN_ERROR_CODES, or a message
 * about the token) drops it, obtains a new one and retries once: the
 * upstream did not act on a call it refused for its token, so one retry is
 * safe even for writes.
 */

const TOKEN_WORDS = /token|令牌/i

export function withToken (tokens: TokenManager, tokenErrorCodes: ReadonlySet<number>): Layer {
  const isTokenRejection = ({ httpStatus, envelope }: UpstreamReply): boolean => {
    if (httpStatus === 401 || httpStatus === 403) return true
    if (isSuccess(envelope)) return false
    return tokenErrorCodes.has(Number(envelope.code)) || TOKEN_WORDS.test(upstreamMessage(envelope) ?? '')
  }
  return (next) => async (request) => {
    if (!request.withToken) return next(request)
    const token = await tokens.getToken()
    const reply = await next({ ...request, payload: { token, ...request.payload } })
    if (!isTokenRejection(reply)) return reply
    tokens.invalidate(token)
    const fresh = await tokens.getToken()
    return next({ ...request, payload: { token: fresh, ...request.payload } })
  }
}
