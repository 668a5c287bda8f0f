import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import { errors, isGatewayError, type GatewayError, type ValidationIssue } from './errors.js'
import { PROBLEM_CONTENT_TYPE } from './schemas/problem.js'

/**
 * Turns anything thrown while handling a request into the RFC 9457 problem
 * document of the contract. The one error handler and the one 404 handler
 * of the app both answer through `sendProblem`.
 */

interface FailedSchema { properties?: Record<string, unknown>, examples?: unknown[] }
type FrameworkError = FastifyError & { validation?: Array<{ instancePath: string, keyword: string, params: Record<string, unknown>, message?: string, parentSchema?: FailedSchema, data?: unknown }> }

const BY_STATUS: Record<number, (detail: string) => GatewayError> = {
  400: errors.badRequest,
  401: errors.unauthenticated,
  403: errors.forbidden,
  404: errors.notFound,
  409: errors.conflict,
  413: errors.payloadTooLarge,
  415: errors.unsupportedMediaType,
  422: errors.unprocessable,
  503: errors.notReady,
}

/** What `curl -d` sends without -H: the most common wrong content type, so the answer says how to fix it. */
const JSON_ONLY = 'Send the body as JSON with Content-Type: application/json (curl: -H \'Content-Type: application/json\')'

export function toGatewayError (error: unknown, request?: Pick<FastifyRequest, 'headers'>): GatewayError {
  if (isGatewayError(error)) return error
  const framework = error as FrameworkError
  if (framework.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    const sent = request?.headers['content-type']
    return errors.unsupportedMediaType(`${sent === undefined ? 'The body has no Content-Type' : `Content-Type ${sent.split(';', 1)[0]} is not accepted here`}. ${JSON_ONLY}`)
  }
  if (framework.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
    return errors.badRequest('The body is empty, but Content-Type says it is JSON: send a JSON object, or no Content-Type when there is no body')
  }
  if (framework.validation !== undefined) {
    const part = framework.validationContext ?? 'body'
    const issues = framework.validation.map((issue) => validationIssue(part, issue))
    return errors.validation(issues.map((issue) => `${issue.in}${issue.pointer} ${issue.message}`).join('; '), issues)
  }
  const status = framework.statusCode ?? 500
  if (status === 429) return errors.rateLimited(framework.message, 0)
  const byStatus = BY_STATUS[status]
  if (byStatus !== undefined) return byStatus(framework.message)
  return errors.internal()
}

function validationIssue (part: string, issue: NonNullable<FrameworkError['validation']>[number]): ValidationIssue {
  const child = issue.params.missingProperty ?? issue.params.additionalProperty
  const pointer = issue.instancePath + (typeof child === 'string' ? `/${escapePointer(child)}` : '')
  return { in: part, pointer, message: issueMessage(part, issue) }
}

/** Ajv's wording, except where it hides what is accepted. */
function issueMessage (part: string, issue: NonNullable<FrameworkError['validation']>[number]): string {
  if (issue.keyword === 'required') return 'is required'
  if (issue.keyword === 'additionalProperties') {
    const known = Object.keys(issue.parentSchema?.properties ?? {})
    return known.length === 0 ? 'is not a known field: none is accepted here' : `is not a known field; known fields: ${known.join(', ')}`
  }
  if (issue.keyword === 'enum' && Array.isArray(issue.params.allowedValues)) return `must be one of: ${issue.params.allowedValues.map(String).join(', ')}`
  // No body at all where an object is wanted (Fastify validates it as null), or a JSON null.
  if (issue.keyword === 'type' && part === 'body' && issue.instancePath === '' && (issue.data === undefined || issue.data === null)) return `is missing: ${JSON_ONLY.replace(/^Send/, 'send')}`
  const example = issue.parentSchema?.examples?.[0]
  const message = issue.message ?? 'is invalid'
  return example === undefined ? message : `${message}, e.g. ${JSON.stringify(example)}`
}

const escapePointer = (segment: string) => segment.replaceAll('~', '~0').replaceAll('/', '~1')

export function problemBody (error: GatewayError, request: FastifyRequest) {
  return {
    type: error.type,
    title: error.title,
    status: error.statusCode,
    detail: error.message,
    instance: request.url.split('?', 1)[0] ?? request.url,
    code: error.code,
    requestId: request.id,
    ...error.extras.errors === undefined ? {} : { errors: error.extras.errors },
    ...error.extras.upstream === undefined ? {} : { upstream: error.extras.upstream },
    ...error.extras.outcome === undefined ? {} : { outcome: error.extras.outcome },
  }
}

/** The problem each request was answered with, for the hooks that record outcomes (audit, idempotency). */
const answeredProblems = new WeakMap<FastifyRequest, GatewayError>()

export function problemOf (request: FastifyRequest): GatewayError | undefined {
  return answeredProblems.get(request)
}

export function sendProblem (error: GatewayError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  answeredProblems.set(request, error)
  if (error.extras.retryAfterSeconds !== undefined && error.statusCode !== 429) reply.header('retry-after', String(error.extras.retryAfterSeconds))
  if (error.statusCode === 401) reply.header('www-authenticate', 'Bearer realm="verycloud-gateway"')
  if (error.statusCode === 503) reply.header('retry-after', '5')
  if (error.extras.retryAfterSeconds !== undefined && !reply.hasHeader('retry-after')) reply.header('retry-after', String(error.extras.retryAfterSeconds))
  // Upstream faults are logged with their cause; client errors are expected traffic.
  if (error.statusCode >= 500) request.log.error({ err: error.cause ?? error, code: error.code }, error.message)
  return reply.code(error.statusCode).type(PROBLEM_CONTENT_TYPE).send(problemBody(error, request))
}
