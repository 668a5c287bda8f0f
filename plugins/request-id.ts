import fp from 'fastify-plugin'

/**
 * Every answer carries X-Request-Id: the caller's (when sane) or a new one,
 * chosen by `genReqId` (src/request-id.ts). The same id is sent upstream and
 * labels every log line of the request.
 */
export default fp(async (fastify) => {
  fastify.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id)
  })
}, { name: 'request-id' })
