import swaggerUi from '@fastify/swagger-ui'
import fp from 'fastify-plugin'

/** A browsable reference of the OpenAPI document at GET /docs, served from the package's own assets (no CDN). */
export default fp(async (fastify) => {
  await fastify.register(swaggerUi, { routePrefix: '/docs', uiConfig: { deepLinking: true, docExpansion: 'list' } })
}, { name: 'docs', dependencies: ['swagger'] })
