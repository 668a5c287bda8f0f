import fp from 'fastify-plugin'

/**
 * One access log line per request, at info, when its answer has gone out:
 * method, URL, client IP, status and time, under the request's id. Fastify's
 * own pair of lines (incoming + completed) is turned off in src/app.ts; the
 * incoming line remains at debug, for tracing a request that never answers.
 */
export default fp(async (fastify) => {
  if (fastify.log.level === 'debug' || fastify.log.level === 'trace') {
    fastify.addHook('onRequest', async (request) => {
      request.log.debug({ method: request.method, url: request.url, clientIp: request.clientIp }, 'incoming request')
    })
  }
  fastify.addHook('onResponse', (request, reply, done) => {
    // Flat fields: Fastify's `req`/`res` serializers would expect the objects themselves.
    request.log.info({ method: request.method, url: request.url, clientIp: request.clientIp, statusCode: reply.statusCode, responseTime: reply.elapsedTime }, 'request completed')
    done()
  })
}, { name: 'access-log', dependencies: ['client-ip'] })
