import { Type } from '@sinclair/typebox'
import type { FastifyInstance } from 'fastify'
import { Money, Nullable } from '../../src/schemas/primitives.js'
import { problemResponses } from '../../src/schemas/problem.js'
import { getBalance } from '../../src/operations/finance.js'
import { invoke, NO_INPUT } from '../../src/operations/invoke.js'
import { UpstreamProbe } from '../../src/upstream/probe.js'
import '../../src/route-config.js'

/** GET /admin/upstream and POST /admin/upstream/check: token state, reachability, latency, balance. */

const UtcTime = Type.String({ format: 'date-time', description: 'UTC, ISO 8601 with Z' })

const UpstreamStatus = Type.Object({
  upstream: Type.Object({
    origin: Type.String({ description: 'Where the gateway sends upstream calls (no credentials)' }),
    sandbox: Type.Boolean({ description: 'True when the built-in sandbox stands in for VeryCloud' }),
  }),
  token: Type.Object({
    present: Type.Boolean({ description: 'A valid token is cached' }),
    expiresAt: Nullable(UtcTime),
    lastRefreshAt: Nullable(UtcTime),
    lastRefreshError: Nullable(Type.String()),
    refreshes: Type.Integer({ description: 'Authorize calls made since start' }),
  }),
  lastCheck: Nullable(Type.Object({
    reachable: Type.Boolean(),
    checkedAt: UtcTime,
    latencyMs: Type.Number(),
    balance: Nullable(Money('Balance read by the check')),
    error: Nullable(Type.String()),
  })),
}, { title: 'UpstreamStatus' })

const ERRORS = problemResponses([401, 403, 429])
const iso = (epochMs: number | undefined) => (epochMs === undefined ? null : new Date(epochMs).toISOString())

export default async function upstreamAdminRoutes (fastify: FastifyInstance) {
  const probe = new UpstreamProbe(async () => (await invoke(fastify.upstream, getBalance, NO_INPUT, { fresh: true })).answer?.amount ?? null)

  const status = () => {
    const token = fastify.tokens.describe()
    return {
      upstream: { origin: fastify.upstreamClient.origin, sandbox: fastify.sandbox !== undefined },
      token: { present: token.present, expiresAt: iso(token.expiresAt), lastRefreshAt: iso(token.lastRefreshAt), lastRefreshError: token.lastRefreshError ?? null, refreshes: token.refreshes },
      lastCheck: probe.lastResult ?? null,
    }
  }

  fastify.get('/admin/upstream', {
    config: { scope: 'admin' },
    schema: { operationId: 'getUpstreamStatus', tags: ['admin'], summary: 'Upstream status', description: 'Token state, last refresh, and the last interface check (reachability, latency, balance), like the console\'s 接口检测.', security: [{ bearer: [] }], response: { 200: UpstreamStatus, ...ERRORS } },
  }, async () => status())

  fastify.post('/admin/upstream/check', {
    config: { scope: 'admin' },
    schema: { operationId: 'checkUpstream', tags: ['admin'], summary: 'Check the upstream now', description: 'Obtains a token if needed and reads the balance, recording reachability and latency. Answers 200 with `lastCheck.reachable` false when the upstream fails.', security: [{ bearer: [] }], response: { 200: UpstreamStatus, ...ERRORS } },
  }, async () => {
    await probe.check()
    return status()
  })
}
