import { isUtf8 } from 'node:buffer'
import fp from 'fastify-plugin'
import { errors } from '../src/errors.js'

/**
 * What bodies the gateway parses. Only JSON: Fastify's built-in text/plain
 * parser is removed, so any other content type on a route that takes a body
 * is 415 before it reaches validation. Routes that must take another type
 * (form-encoded callbacks) add their parser in their own scope.
 *
 * JSON is read as bytes and must be valid UTF-8 (RFC 8259): decoding it as
 * text would quietly turn bad bytes into U+FFFD and send that upstream.
 * The rest is Fastify's and is pinned by tests (test/security/): bodies over
 * `bodyLimit` are 413, malformed JSON is 400, and `__proto__` or
 * `constructor.prototype` keys are 400 (onProtoPoisoning and
 * onConstructorPoisoning 'error'), never reaching a prototype.
 */
export default fp(async (fastify) => {
  fastify.removeContentTypeParser(['text/plain', 'application/json'])
  const parseJson = fastify.getDefaultJsonParser('error', 'error')
  fastify.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body: Buffer, done) => {
    if (!isUtf8(body)) {
      done(errors.badRequest('The body is not valid UTF-8; JSON bodies must be UTF-8 encoded'), undefined)
      return
    }
    parseJson(request, body as unknown as string, done)
  })
}, { name: 'body-guards' })
