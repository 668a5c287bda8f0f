import cors from '@fastify/cors'
import fp from 'fastify-plugin'
import type { Config } from '../src/config.js'
import { errors } from '../src/errors.js'
import { sendProblem } from '../src/problem.js'

/**
 * CORS for browser frontends, only when CORS_ORIGINS lists origins (unset:
 * no CORS headers, as for a server-to-server gateway). Preflights are
 * answered for the listed origins; the headers a client sends (key,
 * Idempotency-Key, request id) are allowed, and the ones it reads (request
 * id, rate limits, replay flag) exposed. No cookies are involved: keys
 * travel in Authorization, so credentials mode stays off.
 */

/** What a browser's preflight always carries. */
const PREFLIGHT_HEADERS = ['Origin', 'Access-Control-Request-Method']
const ALLOWED_HEADERS = ['Authorization', 'Content-Type', 'Idempotency-Key', 'X-Request-Id']
const EXPOSED_HEADERS = ['X-Request-Id', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset', 'Retry-After', 'Idempotent-Replayed']

export default fp<{ config: Pick<Config, 'CORS_ORIGINS'> }>(async (fastify, { config }) => {
  if (config.CORS_ORIGINS.length === 0) return
  // @fastify/cors would answer a preflight without these headers with a plain-text 400; it gets a problem like every other error.
  // (Registered before the plugin, so this hook runs before its own.)
  fastify.addHook('onRequest', (request, reply, done) => {
    if (request.method !== 'OPTIONS') return done()
    const missing = PREFLIGHT_HEADERS.filter((name) => request.headers[name.toLowerCase()] === undefined)
    if (missing.length === 0) return done()
    sendProblem(errors.badRequest(`An OPTIONS request is a CORS preflight, which needs the ${missing.join(' and ')} header${missing.length > 1 ? 's' : ''}; browsers send them. Allowed origins: ${config.CORS_ORIGINS.join(', ')}`), request, reply)
  })
  await fastify.register(cors, {
    origin: config.CORS_ORIGINS.includes('*') ? '*' : config.CORS_ORIGINS,
    methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: ALLOWED_HEADERS,
    exposedHeaders: EXPOSED_HEADERS,
    credentials: false,
    maxAge: 600,
  })
}, { name: 'cors' })
