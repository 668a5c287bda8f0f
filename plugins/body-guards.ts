import fp from 'fastify-plugin'

/**
 * What bodies the gateway parses. Only JSON: Fastify's built-in text/plain
 * parser is removed, so any other content type on a route that takes a body
 * is 415 before it reaches validation. Routes that must take another type
 * (form-encoded callbacks) add their parser in their own scope.
 *
 * The rest is Fastify's and is pinned by tests (test/security/): bodies over
 * `bodyLimit` are 413, malformed JSON is 400, and `__proto__` or
 * `constructor.prototype` keys are 400 (onProtoPoisoning and
 * onConstructorPoisoning default to 'error'), never reaching a prototype.
 */
export default fp(async (fastify) => {
  fastify.removeContentTypeParser('text/plain')
}, { name: 'body-guards' })
