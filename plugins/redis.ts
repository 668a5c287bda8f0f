import fp from 'fastify-plugin'
import type { Config } from '../src/config.js'
import type { RedisLink } from '../src/redis/redis-link.js'

/**
 * The shared Redis, when REDIS_URL is set: what several instances behind
 * one load balancer share (the upstream token, rate-limit counters, key
 * changes, event announcements). Without REDIS_URL `fastify.redis` is
 * undefined and every instance works alone. An unreachable Redis at start
 * or later makes the instance degraded, not down (GET /readyz says so).
 */

declare module 'fastify' {
  interface FastifyInstance {
    redis: RedisLink | undefined
  }
}

export default fp<{ config: Config }>(async (fastify, { config }) => {
  if (config.REDIS_URL === undefined) {
    fastify.decorate('redis', undefined)
    return
  }
  // Loaded only when used: ioredis is some 50 modules that a gateway without Redis would read at every start.
  const { RedisLink } = await import('../src/redis/redis-link.js')
  const log = fastify.log.child({ component: 'redis' })
  const link = new RedisLink({
    url: config.REDIS_URL,
    prefix: config.REDIS_KEY_PREFIX,
    onDown: (reason) => log.warn({ reason }, 'Redis is unreachable: this instance now works alone (its own token single-flight and rate limits; key changes from other instances seen within 10 s) until Redis is back'),
    onUp: () => log.info('Redis is reachable again: token, rate limits, key changes and events are shared again'),
  })
  fastify.decorate('redis', link)
  await link.connect()
  fastify.readiness.add('redis', async () => {
    if (link.problem !== undefined) throw new Error(`Redis unreachable (${link.problem}); serving alone with local token refresh and local rate limits`)
  }, { optional: true })
  fastify.addHook('onClose', async () => { await link.close() })
}, { name: 'redis', dependencies: ['readiness'] })
