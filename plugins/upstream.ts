import fp from 'fastify-plugin'
import type { Config } from '../src/config.js'
import { UpstreamClient } from '../src/upstream/client.js'
import { redisTokenStore, TOKEN_CHANGED_CHANNEL } from '../src/redis/redis-token-store.js'
import { TokenManager } from '../src/upstream/token-manager.js'
import { Upstream, createAuthorize } from '../src/upstream/upstream.js'
import type { Sandbox } from '../src/sandbox/index.js'
import type { RedisLink } from '../src/redis/redis-link.js'

/**
 * The upstream: client, token manager and the token-carrying call. With no
 * UPSTREAM_URL the built-in sandbox is started in-process and used instead,
 * loudly, so nobody mistakes it for the real thing.
 */

declare module 'fastify' {
  interface FastifyInstance {
    upstream: Upstream
    tokens: TokenManager
    upstreamClient: UpstreamClient
    sandbox: Sandbox | undefined
  }
}

export const SANDBOX_CREDENTIALS = { username: 'sandbox', password: 'sandbox-password' }

export default fp<{ config: Config }>(async (fastify, { config }) => {
  const credentials = config.UPSTREAM_URL === undefined && config.UPSTREAM_USERNAME === ''
    ? SANDBOX_CREDENTIALS
    : { username: config.UPSTREAM_USERNAME, password: config.UPSTREAM_PASSWORD }

  let sandbox: Sandbox | undefined
  if (config.UPSTREAM_URL === undefined) {
    const { startSandbox } = await import('../src/sandbox/index.js')
    sandbox = await startSandbox({ ...credentials, passwordEncoding: config.UPSTREAM_PASSWORD_ENCODING, tokenTtlSeconds: config.TOKEN_DEFAULT_TTL_S })
    fastify.log.warn({ sandbox: sandbox.url }, 'UPSTREAM_URL is not set: using the BUILT-IN SANDBOX upstream with made-up data. Set UPSTREAM_URL (and credentials) to reach VeryCloud.')
  }

  const client = new UpstreamClient({
    url: config.UPSTREAM_URL ?? sandbox?.url ?? '',
    timeoutMs: config.UPSTREAM_TIMEOUT_MS,
    maxAnswerBytes: config.UPSTREAM_MAX_ANSWER_BYTES,
    onCall: fastify.metrics.upstreamCall,
  })
  const tokens = new TokenManager({
    authorize: createAuthorize({ client, ...credentials, passwordEncoding: config.UPSTREAM_PASSWORD_ENCODING, defaultTtlSeconds: config.TOKEN_DEFAULT_TTL_S }),
    refreshMarginMs: config.TOKEN_REFRESH_MARGIN_S * 1000,
    onRefresh: fastify.metrics.tokenRefresh,
    onBackgroundError: (error) => fastify.log.warn({ err: error }, 'background token refresh failed; the current token is used until it expires'),
    ...(fastify.redis === undefined ? {} : { shared: sharedTokenOptions(fastify.redis, config) }),
  })
  fastify.redis?.subscribe(TOKEN_CHANGED_CHANNEL, () => { void tokens.adoptShared() })

  fastify.decorate('upstreamClient', client)
  fastify.decorate('tokens', tokens)
  fastify.decorate('upstream', new Upstream({ client, tokens, tokenErrorCodes: config.UPSTREAM_TOKEN_ERROR_CODES }))
  fastify.decorate('sandbox', sandbox)

  fastify.addHook('onClose', async () => {
    await client.close()
    await sandbox?.close()
  })
}, { name: 'upstream', dependencies: ['metrics', 'redis'] })

/** The lock outlasts one authorize call (its timeout) with room to spare, so it expires only if its holder died. */
function sharedTokenOptions (link: RedisLink, config: Config) {
  return { store: redisTokenStore(link), lockMs: config.UPSTREAM_TIMEOUT_MS + 5_000 }
}
