import type { FastifyRequest, RouteOptions } from 'fastify'
import fp from 'fastify-plugin'
import type { Config } from '../src/config.js'
import { errors, isGatewayError, type GatewayError } from '../src/errors.js'
import { ApiKeyService } from '../src/keys/api-key-service.js'
import { createAuthenticator } from '../src/keys/authenticator.js'
import { KeyCache, type AuthenticatedKey } from '../src/keys/key-cache.js'
import { LastUsedRecorder } from '../src/keys/last-used.js'
import { rangesFromConfig } from '../src/net/ip-ranges.js'
import '../src/route-config.js'

/**
 * Authentication of every route that declares `config.scope` (public routes
 * declare none), in two steps around the rate limiter:
 *
 * - onRequest: who is calling. A valid key from its whitelist sets
 *   `request.apiKey`; the admin token (admin routes, ADMIN_IP_WHITELIST)
 *   leaves it undefined. A failure is held back, not thrown, so the rate
 *   limiter (a route onRequest hook added after this one) still counts
 *   the attempt against the caller's IP: a flood of bad credentials ends in 429s.
 * - preParsing (after every onRequest hook, before the body is read): the
 *   held-back failure is thrown (401/403), then the key's scope is checked.
 *   Scopes are exact: `read`, `write` and `admin` each grant only their routes.
 *
 * Also decorates `apiKeys`, the key management service, which drops a key
 * from the authentication cache whenever it changes it.
 */

declare module 'fastify' {
  interface FastifyRequest {
    /** The key that authenticated this request; undefined on public routes and for the admin token. */
    apiKey: AuthenticatedKey | undefined
  }
  interface FastifyInstance {
    apiKeys: ApiKeyService
  }
}

export default fp<{ config: Config }>(async (fastify, { config }) => {
  const repository = fastify.store.apiKeys
  const cache = new KeyCache((secretId) => repository.find(secretId))
  const lastUsed = new LastUsedRecorder(repository, (error) => fastify.log.error({ err: error }, 'could not record when keys were last used; will retry'))
  const authenticate = createAuthenticator({
    cache,
    lastUsed,
    adminToken: config.GATEWAY_ADMIN_TOKEN,
    adminIps: rangesFromConfig('ADMIN_IP_WHITELIST', config.ADMIN_IP_WHITELIST),
  })
  const heldBack = new WeakMap<FastifyRequest, GatewayError>()

  fastify.decorate('apiKeys', new ApiKeyService({ repository, cache, lastUsed, allowPrivateCallbacks: config.RELAY_ALLOW_PRIVATE }))
  fastify.decorateRequest('apiKey', undefined)

  // Decided per route when it is registered: public routes get no authentication hook at all.
  fastify.addHook('onRoute', (route: RouteOptions) => {
    const scope = route.config?.scope
    if (scope === undefined) return
    const identify = async (request: FastifyRequest) => {
      try {
        request.apiKey = await authenticate(request.headers.authorization, request.clientIp, scope)
      } catch (error) {
        if (!isGatewayError(error)) throw error
        heldBack.set(request, error)
      }
    }
    const authorize = async (request: FastifyRequest) => {
      const failure = heldBack.get(request)
      if (failure !== undefined) throw failure
      if (request.apiKey !== undefined && !request.apiKey.scopes.includes(scope)) throw errors.insufficientScope(scope)
    }
    route.onRequest = [...[route.onRequest ?? []].flat(), identify]
    route.preParsing = [authorize, ...[route.preParsing ?? []].flat()]
  })

  lastUsed.start()
  fastify.addHook('onClose', async () => { await lastUsed.stop() })
}, { name: 'auth', dependencies: ['client-ip', 'store'] })
