import { errors } from '../errors.js'
import { isSuccess, upstreamMessage } from './envelope.js'
import type { Layer } from './pipeline.js'

/**
 * Only successes (`code` 1) pass: a business rejection becomes the
 * contract's 422 with the upstream's code and message verbatim, and a token
 * still refused after the token layer's one retry a 502.
 */
export function successOnly (): Layer {
  return (next) => async (request) => {
    const reply = await next(request)
    if (isSuccess(reply.envelope)) return reply
    if (reply.httpStatus === 401 || reply.httpStatus === 403) {
      throw errors.upstreamAuthFailed('Upstream refused the gateway\'s token even after obtaining a new one')
    }
    throw errors.upstreamRejected(reply.envelope.code, upstreamMessage(reply.envelope) ?? 'Upstream rejected the request')
  }
}
