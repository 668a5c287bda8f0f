import fp from 'fastify-plugin'

/**
 * Every answer carries X-Request-Id: the caller's (when sane) or a new one,
 * chosen by `genReqId` (src/request-id.ts). The same id is sent upstream and
 * labels every log line of the request.
 */
export default fp(async (fastify) => {
  // A callback hook: it does nothing asynchronous, so it need not cost a promise per request.
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id)
    done()
  })
}, { name: 'request-id' })
