import { Type } from '@sinclair/typebox'
import type { FastifyInstance } from 'fastify'
import { errors } from '../src/errors.js'
import { problemResponses } from '../src/schemas/problem.js'

/** Liveness and readiness, for orchestrators and load balancers. Public: no key needed. */

const Check = Type.Object({
  name: Type.String(),
  ok: Type.Boolean(),
  detail: Type.Optional(Type.String()),
  optional: Type.Optional(Type.Literal(true, { description: 'When failing, the gateway still serves: degraded, not down' })),
})
const Health = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('degraded')], { description: '`degraded`: an optional dependency (Redis) is unreachable; this instance serves alone' }),
  checks: Type.Optional(Type.Array(Check)),
}, { title: 'Health' })

export default async function healthRoutes (fastify: FastifyInstance) {
  fastify.get('/healthz', {
    schema: { operationId: 'getHealth', tags: ['operations'], summary: 'Liveness', security: [], response: { 200: Health } },
  }, async () => ({ status: 'ok' as const }))

  fastify.get('/readyz', {
    schema: { operationId: 'getReadiness', tags: ['operations'], summary: 'Readiness: store reachable and an upstream token obtainable; degraded while Redis is unreachable', security: [], response: { 200: Health, ...problemResponses([503]) } },
  }, async () => {
    const checks = await fastify.readiness.run()
    const failing = checks.filter((check) => !check.ok && check.optional !== true)
    if (failing.length > 0) throw errors.notReady(`Not ready: ${failing.map((check) => `${check.name}: ${check.detail ?? 'failed'}`).join('; ')}`)
    const degraded = checks.some((check) => !check.ok)
    return { status: degraded ? 'degraded' as const : 'ok' as const, checks }
  })
}
