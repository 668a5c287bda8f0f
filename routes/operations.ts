import type { TSchema } from '@sinclair/typebox'
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify'
import { problemResponses } from '../src/schemas/problem.js'
import { scopeOf, type Operation, type OperationInput } from '../src/operations/types.js'
import { Coalescer } from '../src/upstream/coalesce.js'
import type { UpstreamEnvelope } from '../src/upstream/client.js'
import '../src/route-config.js'

/**
 * The registrar: turns each row of the operation table into a route with its
 * validation, its OpenAPI entry and its upstream call. Nothing reaches the
 * upstream unless the row's `toUpstream` puts it there.
 */

const SUCCESS_DESCRIPTIONS = { 200: 'OK', 201: 'Created', 204: 'No content' } as const

const READ_ERRORS = [400, 401, 403, 422, 429, 502, 503, 504]
const WRITE_ERRORS = [...READ_ERRORS, 409, 413, 415]

export interface OperationRoutesOptions {
  operations: readonly Operation[]
}

export default async function operationRoutes (fastify: FastifyInstance, { operations }: OperationRoutesOptions) {
  const coalescer = new Coalescer<UpstreamEnvelope>()
  for (const operation of operations) fastify.route(routeFor(fastify, operation, coalescer))
}

export function fastifyPath (openApiPath: string): string {
  return openApiPath.replace(/\{(\w+)\}/g, ':$1')
}

function routeFor (fastify: FastifyInstance, operation: Operation, coalescer: Coalescer<UpstreamEnvelope>): RouteOptions {
  const write = operation.method !== 'GET'
  const callOptions = { write, withToken: operation.withToken !== false }
  const readKey = operation.params === undefined && operation.query === undefined
    ? () => operation.operationId
    : (input: OperationInput<unknown, unknown, unknown>) => `${operation.operationId}\u0000${JSON.stringify(input.params)}\u0000${JSON.stringify(input.query)}`
  const { toUpstream, fromUpstream } = operation as unknown as {
    toUpstream: (input: OperationInput<unknown, unknown, unknown>) => Record<string, unknown>
    fromUpstream?: (envelope: UpstreamEnvelope, input: OperationInput<unknown, unknown, unknown>) => unknown
  }

  // Synced catalogs (docs/api.md, "Synced catalogs") answer from memory; src/catalogs keeps them filled through this same row.
  const catalogHandler = async (_request: FastifyRequest, reply: FastifyReply) => {
    const answer = await fastify.catalogs.read(operation.operationId)
    reply.code(operation.status)
    return answer
  }

  const handler = async (request: FastifyRequest, reply: FastifyReply) => {
    const input = { params: request.params, query: request.query ?? {}, body: request.body ?? {} }
    const call = () => fastify.upstream.call(operation.upstream, toUpstream(input), { ...callOptions, requestId: request.id })
    const envelope = write ? await call() : await coalescer.run(readKey(input), call)
    reply.code(operation.status)
    if (fromUpstream === undefined) return reply.send()
    return fromUpstream(envelope, input)
  }

  return {
    method: operation.method,
    url: fastifyPath(operation.path),
    config: { scope: scopeOf(operation), movesMoney: operation.movesMoney === true },
    schema: schemaFor(operation, write),
    handler: operation.catalog === undefined ? handler : catalogHandler,
  }
}

function schemaFor (operation: Operation, write: boolean) {
  const withExample = (schema: TSchema | undefined, example: unknown) =>
    schema === undefined || example === undefined ? schema : { ...schema, examples: [example] }
  // @fastify/swagger turns a response schema's `description` into the response's own.
  const success = operation.response === undefined
    ? { type: 'null', description: 'No content' }
    : { ...withExample(operation.response, operation.examples?.response), description: SUCCESS_DESCRIPTIONS[operation.status] }
  return {
    operationId: operation.operationId,
    tags: operation.tags,
    summary: operation.summary,
    description: `${operation.description}\n\nUpstream: \`POST ${operation.upstream}\`${operation.movesMoney === true ? '. Moves money: send an `Idempotency-Key` to retry safely.' : ''}`,
    security: [{ bearer: [] }],
    ...(operation.params === undefined ? {} : { params: operation.params }),
    ...(operation.query === undefined ? {} : { querystring: operation.query }),
    ...(operation.body === undefined ? {} : { body: withExample(operation.body, operation.examples?.request) }),
    response: {
      [operation.status]: success,
      ...problemResponses(write ? WRITE_ERRORS : READ_ERRORS),
    },
  }
}
