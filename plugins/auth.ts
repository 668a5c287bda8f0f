import type { FastifyRequest, RouteOptions } from 'fastify'
import fp from 'fastify-plugin'
import type { Config } from '../src/config.js'
import { errors, isGatewayError, type GatewayError } from '../src/errors.js'
import { ApiKeyService } from '../src/keys/api-key-service.js'
import { createAuthenticator } from '../src/keys/authenticator.js'
import { KeyCache, recordVersion, type AuthenticatedKey } from '../src/keys/key-cache.js'
import { KeyChanges } from '../src/keys/key-changes.js'
import { shareKeyChanges } from '../src/redis/key-change-channel.js'
import { KeyWatch } from '../src/keys/key-watch.js'
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
 * Also decorates `apiKeys`, the key management service; `keyChanges`, the
 * process's one "key changed" signal (the service, the store watch and any
 * relay from other instances feed it; the authentication cache listens);
 * and `onAccessRevoked`, which tells a long-lived request (an event stream)
 * when the credentials it was let in with stop admitting it.
 */

declare module 'fastify' {
  interface FastifyRequest {
    /** The key that authenticated this request; undefined on public routes and for the admin token. */
    apiKey: AuthenticatedKey | undefined
  }
  interface FastifyInstance {
    apiKeys: ApiKeyService
    keyChanges: KeyChanges
    /**
     * Calls `revoked` once, within about a second, when this request's key is disabled, deleted,
     * rotated, loses the route's scope or no longer lists the caller's IP. Returns the unsubscribe function.
     */
    onAccessRevoked: (request: FastifyRequest, revoked: () => void) => () => void
  }
}

/** The hooks that set `request.apiKey`: the rate limiter goes right after them, so it counts per key. */
export const callerIdentification = new WeakSet<object>()

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
  const keyChanges = new KeyChanges()
  keyChanges.onAnyChange((secretId) => { cache.invalidate(secretId) })
  if (fastify.redis !== undefined) {
    shareKeyChanges(keyChanges, fastify.redis, () => { cache.clear() }, (error) => fastify.log.warn({ err: error }, 'could not announce a key change to the other instances; they see it when their cache entry expires (10 s)'))
  }
  const keyWatch = new KeyWatch({
    load: (secretId) => repository.find(secretId),
    current: async (secretId) => (await cache.get(secretId))?.version ?? recordVersion(undefined),
    changes: keyChanges,
    onError: (error) => fastify.log.error({ err: error }, 'could not re-read keys with open streams; will retry'),
  })

  fastify.decorate('apiKeys', new ApiKeyService({ repository, cache: { invalidate: (secretId) => { keyChanges.notify(secretId) } }, lastUsed, allowPrivateCallbacks: config.RELAY_ALLOW_PRIVATE }))
  fastify.decorate('keyChanges', keyChanges)
  fastify.decorate('onAccessRevoked', (request: FastifyRequest, revoked: () => void) => {
    const secretId = request.apiKey?.secretId
    const scope = request.routeOptions.config.scope
    if (secretId === undefined || scope === undefined) return () => undefined
    const stillAdmitted = async () => {
      try {
        const key = await authenticate(request.headers.authorization, request.clientIp, scope)
        return key !== undefined && key.scopes.includes(scope)
      } catch {
        return false
      }
    }
    let active = true
    const stopListening = keyChanges.onChange(secretId, () => {
      void stillAdmitted().then((admitted) => {
        if (admitted || !active) return
        stop()
        revoked()
      })
    })
    const stopWatching = keyWatch.watch(secretId)
    const stop = () => { active = false; stopListening(); stopWatching() }
    return stop
  })
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
    callerIdentification.add(identify)
    route.onRequest = [...[route.onRequest ?? []].flat(), identify]
    route.preParsing = [authorize, ...[route.preParsing ?? []].flat()]
  })

  lastUsed.start()
  fastify.addHook('onClose', async () => { keyWatch.stop(); await lastUsed.stop() })
}, { name: 'auth', dependencies: ['client-ip', 'store', 'redis'] })
