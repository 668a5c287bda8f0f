import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction, RouteOptions } from 'fastify'
import fp from 'fastify-plugin'
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client'

/**
 * Prometheus metrics on GET /metrics: requests by route and status, upstream
 * latency by endpoint, token refreshes. One registry per app, so tests can
 * build several apps in one process.
 */

export interface GatewayMetrics {
  registry: Registry
  upstreamCall: (endpoint: string, seconds: number, outcome: string) => void
  tokenRefresh: (outcome: 'success' | 'failure') => void
}

declare module 'fastify' {
  interface FastifyInstance {
    metrics: GatewayMetrics
  }
}

export default fp(async (fastify) => {
  const registry = new Registry()
  collectDefaultMetrics({ register: registry })

  const requestDuration = new Histogram({
    name: 'gateway_http_request_duration_seconds',
    help: 'Gateway request latency by route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  })
  const upstreamDuration = new Histogram({
    name: 'gateway_upstream_request_duration_seconds',
    help: 'Upstream call latency by endpoint and outcome (ok, rejected, timeout, error)',
    labelNames: ['endpoint', 'outcome'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  })
  const tokenRefreshes = new Counter({
    name: 'gateway_token_refreshes_total',
    help: 'Upstream token authorize calls by outcome',
    labelNames: ['outcome'] as const,
    registers: [registry],
  })

  fastify.decorate('metrics', {
    registry,
    upstreamCall: (endpoint, seconds, outcome) => upstreamDuration.observe({ endpoint, outcome }, seconds),
    tokenRefresh: (outcome) => tokenRefreshes.inc({ outcome }),
  })

  // Label sets bound once per route, method and status: a request looks up its bound series, nothing more.
  const observerFor = (route: string) => {
    const bound = new Map<string, Histogram.Internal<'method' | 'route' | 'status'>>()
    return (method: string, status: number, seconds: number) => {
      const key = `${method} ${status}`
      let series = bound.get(key)
      if (series === undefined) {
        series = requestDuration.labels({ method, route, status })
        bound.set(key, series)
      }
      series.observe(seconds)
    }
  }
  // The route pattern, not the URL: ids in paths would make unbounded label sets.
  fastify.addHook('onRoute', (route: RouteOptions) => {
    const observe = observerFor(route.url)
    const hook = (request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction) => {
      observe(request.method, reply.statusCode, reply.elapsedTime / 1000)
      done()
    }
    route.onResponse = [...[route.onResponse ?? []].flat(), hook]
  })
  const unmatched = observerFor('unmatched')
  fastify.addHook('onResponse', (request, reply, done) => {
    if (request.is404) unmatched(request.method, reply.statusCode, reply.elapsedTime / 1000)
    done()
  })

  fastify.get('/metrics', { schema: { hide: true } }, async (_request, reply) => {
    reply.type(registry.contentType)
    return registry.metrics()
  })
}, { name: 'metrics' })
