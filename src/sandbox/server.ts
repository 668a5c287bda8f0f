import Fastify, { type FastifyError, type FastifyInstance } from 'fastify'
import { Rejection, tokenInvalid, type Envelope } from './envelope.js'
import type { Endpoint, HandlerContext, SandboxSettings } from './handler.js'
import { ENDPOINTS } from './handlers/index.js'
import type { Body } from './params.js'
import type { SandboxState } from './state.js'
import type { TokenStore } from './tokens.js'

/**
 * The HTTP face of the sandbox: a private Fastify instance serving every
 * endpoint as a JSON POST answered with HTTP 200 and an envelope. Only what
 * the upstream would not even parse (malformed JSON, another content type)
 * gets an HTTP error, with a plain-text body as a PHP front end gives.
 */

export interface SandboxServerParts {
  state: SandboxState
  tokens: TokenStore
  settings: SandboxSettings
  now: () => number
  calls: Map<string, number>
}

class BadRequest extends Error {
  readonly statusCode = 400
}

function parseJsonObject (text: string): Body {
  // An empty body is an empty form, as PHP sees it: the handler then names what is missing.
  if (text.trim() === '') return {}
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw new BadRequest('Bad Request: malformed JSON body')
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new BadRequest('Bad Request: the JSON body must be an object')
  return parsed as Body
}

function answer (endpoint: Endpoint, body: Body, context: HandlerContext): Envelope {
  if (endpoint.public !== true && !context.tokens.isValid(body.token)) return tokenInvalid()
  try {
    return endpoint.handler(body, context)
  } catch (error) {
    if (error instanceof Rejection) return error.toEnvelope()
    throw error
  }
}

export function buildSandboxApp (parts: SandboxServerParts): FastifyInstance {
  const app = Fastify({ logger: false })

  app.removeAllContentTypeParsers()
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, text, done) => {
    try {
      done(null, parseJsonObject(String(text)))
    } catch (error) {
      done(error as Error, undefined)
    }
  })

  app.addHook('onRequest', async (request) => {
    const queryAt = request.url.indexOf('?')
    const path = queryAt === -1 ? request.url : request.url.slice(0, queryAt)
    parts.calls.set(path, (parts.calls.get(path) ?? 0) + 1)
  })

  app.setErrorHandler((error: FastifyError, _request, reply) => {
    const status = typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500
    const text = status === 500 ? 'Internal Server Error' : error.message
    return reply.code(status).type('text/plain; charset=utf-8').send(text)
  })

  app.setNotFoundHandler((_request, reply) => reply.code(404).type('text/plain; charset=utf-8').send('Not Found'))

  for (const endpoint of ENDPOINTS) {
    app.post(endpoint.path, async (request) => {
      const context: HandlerContext = {
        state: parts.state,
        tokens: parts.tokens,
        settings: parts.settings,
        nowSeconds: Math.floor(parts.now() / 1000),
        ip: request.ip,
      }
      return answer(endpoint, (request.body ?? {}) as Body, context)
    })
  }
  return app
}
