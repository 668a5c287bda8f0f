import { hash } from 'node:crypto'
import { Type, type TSchema } from '@sinclair/typebox'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { noteForAudit } from '../src/audit/request-notes.js'
import { IDEMPOTENCY_KEY_DESCRIPTION, IDEMPOTENCY_KEY_PATTERN } from '../src/idempotency/idempotency-key.js'
import { utf8Bytes } from '../src/net/utf8-bytes.js'
import { invoke } from '../src/operations/invoke.js'
import { scopeOf, type Input, type Operation } from '../src/operations/types.js'
import { problemResponses } from '../src/schemas/problem.js'
import '../src/route-config.js'

/**
 * The registrar: turns each row of the operation table into a route with its
 * validation, its OpenAPI entry and its upstream call (through the pipeline,
 * with the row's policies). Nothing reaches the upstream unless the row's
 * `toUpstream` puts it there.
 */

const SUCCESS_DESCRIPTIONS = { 200: 'OK', 201: 'Created', 204: 'No content' } as const

const READ_ERRORS = [400, 401, 403, 422, 429, 502, 503, 504]
const WRITE_ERRORS = [...READ_ERRORS, 409, 413, 415]

export interface OperationRoutesOptions {
  operations: readonly Operation[]
}

export default async function operationRoutes (fastify: FastifyInstance, { operations }: OperationRoutesOptions) {
  for (const operation of operations) registerRow(fastify, operation)
}

export function fastifyPath (openApiPath: string): string {
  return openApiPath.replace(/\{(\w+)\}/g, ':$1')
}

/** `Idempotency-Key` applies to the resource API's POSTs and PATCHes (docs/api.md). */
export function takesIdempotencyKey (operation: Pick<Operation, 'method'>): boolean {
  return operation.method === 'POST' || operation.method === 'PATCH'
}

function registerRow<P extends Operation['params'], Q extends Operation['query'], B extends Operation['body'], R extends Operation['response']> (
  fastify: FastifyInstance,
  operation: Operation<P, Q, B, R>,
): void {
  const write = operation.method !== 'GET'

  // Synced catalogs (docs/api.md, "Synced catalogs") answer from memory; src/catalogs keeps them filled through this same row.
  // An answer changes only with a sync, so it is serialized and encoded once per answer, not per request.
  const serializedCatalogs = new WeakMap<object, Buffer>()
  const catalogHandler = async (_request: FastifyRequest, reply: FastifyReply) => {
    const answer = await fastify.catalogs.read(operation.operationId)
    reply.code(operation.status).header('cache-control', 'private, no-cache')
    let bytes = serializedCatalogs.get(answer)
    if (bytes === undefined) {
      bytes = utf8Bytes(String(reply.serialize(answer))) // the route's own schema serializer answers a string
      serializedCatalogs.set(answer, bytes)
    }
    return reply.type('application/json; charset=utf-8').send(bytes)
  }
  // The ETag of the last answer: a catalog's (the same bytes each time) is hashed once per sync.
  let lastBytes: Buffer | undefined
  let lastEtag = ''
  const etagOf = (bytes: Buffer) => {
    if (bytes !== lastBytes) {
      // A validator, not a secret: SHA-1's speed is what matters, and its 27 base64url characters.
      lastEtag = `"${hash('sha1', bytes, 'base64url')}"`
      lastBytes = bytes
    }
    return lastEtag
  }

  const handler = async (request: FastifyRequest, reply: FastifyReply) => {
    // The one place the row's static types meet the request: fastify has just validated it against these same schemas.
    const input = { params: request.params, query: request.query ?? {}, body: request.body ?? {} } as Input<P, Q, B>
    if (operation.moved !== undefined) noteForAudit(request, operation.moved(input, undefined))
    const { answer, envelope, freshUntil } = await invoke(fastify.upstream, operation, input, { requestId: request.id })
    if (write) noteForAudit(request, { upstream: { code: String(envelope.code), message: typeof envelope.message === 'string' ? envelope.message : null } })
    if (operation.moved !== undefined && answer !== undefined) noteForAudit(request, operation.moved(input, answer))
    reply.code(operation.status)
    if (freshUntil !== undefined) reply.header('cache-control', `private, max-age=${Math.max(0, Math.floor((freshUntil - Date.now()) / 1000))}`)
    if (answer === undefined) return reply.send()
    return answer
  }

  fastify.route({
    method: operation.method,
    url: fastifyPath(operation.path),
    config: { scope: scopeOf(operation), movesMoney: operation.movesMoney === true, idempotent: takesIdempotencyKey(operation) },
    schema: schemaFor(operation, write),
    // A read's answer is the same for every key, so an ETag of its bytes is one validator for all.
    onSend: async (request, reply, payload) => {
      if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store')
      if (write || reply.statusCode !== 200 || reply.getHeader('cache-control') === 'no-store') return payload
      // Encoded once here, the bytes are hashed and sent as they are (src/net/utf8-bytes.ts).
      const bytes = typeof payload === 'string' ? utf8Bytes(payload) : Buffer.isBuffer(payload) ? payload : undefined
      if (bytes === undefined) return payload
      const etag = etagOf(bytes)
      reply.header('etag', etag)
      if (!matchesEtag(request.headers['if-none-match'], etag)) return bytes
      reply.code(304).removeHeader('content-type')
      return ''
    },
    handler: operation.catalog === undefined ? handler : catalogHandler,
  })
}

/** If-None-Match: `*`, or a list of tags, weak ones compared weakly (RFC 9110 section 13.1.2). */
function matchesEtag (ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false
  return ifNoneMatch.split(',').some((candidate) => {
    const tag = candidate.trim()
    return tag === '*' || tag.replace(/^W\//, '') === etag
  })
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
    ...(takesIdempotencyKey(operation) ? { headers: Type.Object({ 'idempotency-key': Type.Optional(Type.String({ minLength: 1, maxLength: 255, pattern: IDEMPOTENCY_KEY_PATTERN, description: IDEMPOTENCY_KEY_DESCRIPTION })) }) } : {}),
    ...(operation.params === undefined ? {} : { params: operation.params }),
    ...(operation.query === undefined ? {} : { querystring: operation.query }),
    ...(operation.body === undefined ? {} : { body: withExample(operation.body, operation.examples?.request) }),
    response: {
      [operation.status]: success,
      ...(operation.cache === undefined && operation.catalog === undefined ? {} : { 304: { type: 'null', description: 'Not modified: the answer still has the ETag sent in If-None-Match' } }),
      ...problemResponses(write ? WRITE_ERRORS : READ_ERRORS),
    },
  }
}
