import { Type } from '@sinclair/typebox'

/** RFC 9457 problem document: the one shape of every error answer. */
export const Problem = Type.Object({
  type: Type.String({ description: 'URI naming the kind of problem' }),
  title: Type.String(),
  status: Type.Integer(),
  detail: Type.String(),
  instance: Type.String({ description: 'The request path' }),
  code: Type.String({ description: 'Stable machine-readable code, e.g. GW_UPSTREAM_REJECTED' }),
  requestId: Type.String(),
  errors: Type.Optional(Type.Array(Type.Object({
    in: Type.String({ description: 'body, querystring, params or headers' }),
    pointer: Type.String({ description: 'JSON pointer to the offending field' }),
    message: Type.String(),
  }))),
  upstream: Type.Optional(Type.Object({
    code: Type.Union([Type.Integer(), Type.String()]),
    message: Type.String(),
  }, { description: 'The upstream\'s own rejection, verbatim' })),
  outcome: Type.Optional(Type.Literal('unknown', { description: 'Set when a money-moving call may or may not have been applied' })),
}, { $id: 'Problem', title: 'Problem', additionalProperties: false })

export const PROBLEM_CONTENT_TYPE = 'application/problem+json'

/** The error answers every route documents, referencing the one shared schema. */
export const problemResponses = (statuses: number[]) => Object.fromEntries(statuses.map((status) => [
  status,
  { description: PROBLEM_DESCRIPTIONS[status] ?? 'Error', content: { [PROBLEM_CONTENT_TYPE]: { schema: Type.Ref('Problem') } } },
]))

const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: 'The request fails its schema',
  401: 'No or bad credentials',
  403: 'Client IP not on the key\'s whitelist, or the key lacks the scope',
  404: 'Unknown route or resource',
  409: 'The same Idempotency-Key is still in flight',
  413: 'Body over the limit',
  415: 'Wrong content type',
  422: 'The upstream rejected the request (its code and message are kept), or an Idempotency-Key was reused with another body',
  429: 'Rate limit reached',
  502: 'Upstream unreachable, failing or not answering JSON',
  503: 'Gateway overloaded or not ready',
  504: 'Upstream too slow',
}
