import rateLimit from '@fastify/rate-limit'
import type { FastifyInstance, FastifyRequest, onRequestHookHandler, RouteOptions } from 'fastify'
import fp from 'fastify-plugin'
import type { Config } from '../src/config.js'
import { errors } from '../src/errors.js'
import { sharedRateLimitStore } from '../src/redis/rate-limit-store.js'
import '../src/route-config.js'
import { callerIdentification } from './auth.js'

/**
 * RATE_LIMIT_MAX requests per RATE_LIMIT_WINDOW on every route that needs a
 * key, on public routes that declare `limitPerIp` (POST /callbacks/sms), and
 * on the 404 handler (through `limitCaller`, which app.ts hooks there), so
 * neither bad signatures nor path scans go unbounded. Health, spec and docs
 * routes are not limited. Counted per key once
 * authenticated, per client IP otherwise, failed attempts included: the
 * limiter runs as a route onRequest hook, after the auth plugin's onRequest
 * has identified the caller and before it rejects bad credentials.
 * Headers follow the IETF draft: RateLimit-Limit, RateLimit-Remaining,
 * RateLimit-Reset, and Retry-After on a 429. With REDIS_URL the counters
 * are in Redis, so the limit holds across instances (in memory while Redis
 * is unreachable).
 */

declare module 'fastify' {
  interface FastifyInstance {
    /** The one limiter, as a hook for handlers that are not routes (the 404 handler). */
    limitCaller: (request: FastifyRequest, reply: FastifyReply) => Promise<void>
  }
}

export const rateLimitKey = (request: FastifyRequest) =>
  request.apiKey === undefined ? `ip:${request.clientIp}` : `key:${request.apiKey.secretId}`

export default fp<{ config: Config }>(async (fastify, { config }) => {
  await fastify.register(rateLimit, {
    global: false,
    max: config.RATE_LIMIT_MAX,
    timeWindow: config.RATE_LIMIT_WINDOW,
    enableDraftSpec: true,
    keyGenerator: rateLimitKey,
    ...(fastify.redis === undefined ? {} : { store: sharedRateLimitStore(fastify.redis) }),
    errorResponseBuilder: (_request, context) => errors.rateLimited(`At most ${context.max} requests per ${config.RATE_LIMIT_WINDOW.trim()}; retry in ${context.after}`, Math.ceil(context.ttl / 1000)),
  })

  // One limiter (one store) for all routes, so the budget is per caller, not per caller and route.
  const limit = fastify.rateLimit() as unknown as onRequestHookHandler
  fastify.decorate('limitCaller', limit as unknown as FastifyInstance['limitCaller'])
  fastify.addHook('onRoute', (route: RouteOptions) => {
    const limited = route.config?.scope !== undefined || route.config?.limitPerIp === true
    if (!limited || route.config?.rateLimit !== undefined) return
    // Right after the caller is identified (so the count is per key) and before the route's other
    // hooks: a request they refuse (a callback sender off the whitelist) still counts.
    const hooks = [route.onRequest ?? []].flat()
    const afterIdentification = hooks.map((hook) => callerIdentification.has(hook)).lastIndexOf(true) + 1
    hooks.splice(afterIdentification, 0, limit)
    route.onRequest = hooks
  })
}, { name: 'rate-limit', dependencies: ['auth', 'redis'] })
