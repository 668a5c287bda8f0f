import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction, RouteOptions } from 'fastify'
import fp from 'fastify-plugin'
import type { Config } from '../src/config.js'
import { errors } from '../src/errors.js'
import { actorOf } from '../src/idempotency/actor.js'
import { fingerprintOf, idempotencyKeyOf } from '../src/idempotency/idempotency-key.js'
import { problemOf } from '../src/problem.js'
import type { IdempotencyRecord, StoredAnswer } from '../src/store/idempotency.js'
import '../src/route-config.js'

/**
 * Idempotency-Key on the resource API's POSTs and PATCHes (docs/api.md).
 * It wraps the whole exchange, outside the upstream pipeline, because what
 * it replays is the answer the client was given:
 *
 * - preValidation: a malformed key is a 400 before anything else happens.
 * - preHandler (after authentication and validation, so 400/401/403/429 are
 *   never stored): claim the key with a unique insert. The winner goes on;
 *   everyone else gets the stored answer replayed, a 422 for another body
 *   under the key, or a 409 while the winner is in flight.
 * - onSend: the winner's final answer is stored before it is sent; an answer
 *   whose outcome is unknown is stored as unknown, and never re-sent upstream.
 *
 * Claims a crash left in flight become unknown: at start on the embedded
 * store (this process is its only user), and everywhere once their lease
 * (longer than any upstream call can take) has passed.
 */

declare module 'fastify' {
  interface FastifyRequest {
    /** Set when this request owns an Idempotency-Key claim, until its answer is stored. */
    idempotencyClaim: { scope: string, key: string } | undefined
    /** Set when the answer is a replay of a stored one. */
    idempotentReplay: boolean
  }
}

/** Answer headers replayed with the body; the rest (request id, rate limits) belong to the new request. */
const REPLAYED_HEADERS = ['content-type', 'location', 'retry-after']
const PRUNE_EVERY_MS = 10 * 60 * 1000
const IN_FLIGHT_RETRY_AFTER_S = 1
const END_OF_TIME = Date.parse('9999-12-31T23:59:59.999Z')

export interface IdempotencyPluginOptions {
  config: Pick<Config, 'IDEMPOTENCY_TTL_S' | 'UPSTREAM_TIMEOUT_MS'>
}

export default fp<IdempotencyPluginOptions>(async (fastify, { config }) => {
  const records = fastify.store.idempotency
  // A claim cannot be in flight longer than a call, its token retry and an authorize, each with its deadline.
  const leaseMs = 3 * config.UPSTREAM_TIMEOUT_MS + 30_000
  const ttlMs = config.IDEMPOTENCY_TTL_S * 1000

  fastify.decorateRequest('idempotencyClaim', undefined)
  fastify.decorateRequest('idempotentReplay', false)

  // Hooked onto the routes that take the header when they are registered: the others pay nothing.
  fastify.addHook('onRoute', (route: RouteOptions) => {
    if (route.config?.idempotent !== true) return
    route.preValidation = [...[route.preValidation ?? []].flat(), checkKey]
    route.preHandler = [...[route.preHandler ?? []].flat(), claimKey]
    route.onSend = [...[route.onSend ?? []].flat(), storeAnswer]
  })

  function checkKey (request: FastifyRequest, _reply: FastifyReply, done: HookHandlerDoneFunction) {
    try {
      idempotencyKeyOf(request.headers['idempotency-key'])
      done()
    } catch (error) {
      done(error as Error)
    }
  }

  async function claimKey (request: FastifyRequest, reply: FastifyReply) {
    const key = idempotencyKeyOf(request.headers['idempotency-key'])
    if (key === undefined) return
    const now = Date.now()
    const scope = actorOf(request)
    const operationId = request.routeOptions.schema?.operationId ?? request.routeOptions.url ?? ''
    const path = request.url.split('?', 1)[0] ?? request.url
    const fingerprint = fingerprintOf(operationId, path, request.body)
    const result = await records.claim({
      scope,
      idempotencyKey: key,
      fingerprint,
      operationId,
      path,
      requestId: request.id,
      createdAt: iso(now),
      expiresAt: iso(now + ttlMs),
      leaseUntil: iso(now + leaseMs),
    }, iso(now))
    if (result.claimed) {
      request.idempotencyClaim = { scope, key }
      return
    }
    return answerExisting(result.existing, fingerprint, request, reply, now)
  }

  async function answerExisting (existing: IdempotencyRecord, fingerprint: string, request: FastifyRequest, reply: FastifyReply, now: number) {
    if (existing.fingerprint !== fingerprint) throw errors.idempotencyKeyReused(existing.operationId, existing.path)
    if (existing.answer !== null) return replay(existing.answer, request, reply)
    if (existing.state === 'in_flight' && Date.parse(existing.leaseUntil) > now) throw errors.idempotencyInFlight(IN_FLIGHT_RETRY_AFTER_S)
    // Abandoned by a crash, or unknown since: never sent again under this key.
    if (existing.state === 'in_flight') await records.abandonInFlight(iso(now))
    request.idempotentReplay = true
    throw errors.idempotencyOutcomeUnknown()
  }

  function replay (answer: StoredAnswer, request: FastifyRequest, reply: FastifyReply) {
    request.idempotentReplay = true
    reply.code(answer.status).headers(answer.headers).header('idempotent-replayed', 'true')
    return reply.send(answer.body === '' ? undefined : answer.body)
  }

  async function storeAnswer (request: FastifyRequest, reply: FastifyReply, payload: unknown) {
    const claim = request.idempotencyClaim
    if (claim === undefined) return payload
    // Cleared first: if storing fails, the error answer passes through here again.
    request.idempotencyClaim = undefined
    const headers: Record<string, string> = {}
    for (const name of REPLAYED_HEADERS) {
      const value = reply.getHeader(name)
      if (value !== undefined) headers[name] = String(value)
    }
    const unknown = problemOf(request)?.extras.outcome === 'unknown'
    await records.finish(claim.scope, claim.key, unknown ? 'unknown' : 'completed', { status: reply.statusCode, headers, body: bodyText(payload) })
    return payload
  }

  const sweep = async (inFlightBefore: number) => {
    await records.abandonInFlight(iso(inFlightBefore))
    await records.prune(iso(Date.now()))
  }
  let timer: NodeJS.Timeout | undefined
  fastify.addHook('onReady', async () => {
    // The embedded store has one process, so at start nothing of it can still be in flight.
    await sweep(fastify.store.kind === 'sqlite' ? END_OF_TIME : Date.now())
    timer = setInterval(() => {
      sweep(Date.now()).catch((error: unknown) => fastify.log.error({ err: error }, 'could not prune idempotency records; will retry'))
    }, PRUNE_EVERY_MS).unref()
  })
  fastify.addHook('onClose', async () => clearInterval(timer))
}, { name: 'idempotency', dependencies: ['store', 'auth'] })

const iso = (epochMs: number) => new Date(epochMs).toISOString()

function bodyText (payload: unknown): string {
  if (payload === undefined || payload === null) return ''
  if (typeof payload === 'string') return payload
  if (Buffer.isBuffer(payload)) return payload.toString('utf8')
  return String(payload)
}
