import fp from 'fastify-plugin'
import type { Config } from '../src/config.js'
import { safeCallbackAddresses } from '../src/net/ssrf-guard.js'
import { RelayWorker } from '../src/relay/relay-worker.js'

/**
 * The relay worker: started when the app is ready (so deliveries left
 * pending by a previous process resume at once), woken by the callback
 * receiver and by admin retries, stopped before the store closes.
 */

declare module 'fastify' {
  interface FastifyInstance {
    relay: RelayWorker
  }
}

export default fp<{ config: Config }>(async (fastify, { config }) => {
  const worker = new RelayWorker({
    deliveries: fastify.store.callbacks,
    targets: () => fastify.store.apiKeys.listCallbackTargets(),
    checkUrl: (url) => safeCallbackAddresses(url, { allowPrivate: config.RELAY_ALLOW_PRIVATE }),
    schedule: config.RELAY_RETRY_SCHEDULE_MS,
    log: fastify.log.child({ component: 'relay' }),
  })
  fastify.decorate('relay', worker)
  fastify.addHook('onReady', async () => { worker.wake() })
  fastify.addHook('onClose', async () => { await worker.stop() })
}, { name: 'relay', dependencies: ['store'] })
