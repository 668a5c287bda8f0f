import { Type } from '@sinclair/typebox'
import { UtcTime } from '../callbacks/schemas.js'
import { PageQuery } from './page.js'
import { Nullable, StringEnum } from './primitives.js'

/** The shapes of GET /admin/idempotency and GET /admin/audit (docs/api.md). */

const Actor = (description: string) => Type.String({ description: `${description}: an API key's secretId, or "admin" for the admin token`, examples: ['AKIDexample0123456789abcdefgh'] })

export const IDEMPOTENCY_STATES = ['in_flight', 'completed', 'unknown'] as const

export const IdempotencyRecord = Type.Object({
  idempotencyKey: Type.String({ description: 'The Idempotency-Key the client sent' }),
  secretId: Actor('Whose key it is (keys are scoped per caller)'),
  operationId: Type.String({ description: 'The operation it was first used for' }),
  path: Type.String({ description: 'The path it was first used on' }),
  state: StringEnum(IDEMPOTENCY_STATES, 'in_flight: the first request has not finished; completed: its answer is stored and replayed; unknown: a money move whose outcome could not be learnt (a timeout, a reset, or a gateway stopped mid-flight); reconcile it with the upstream\'s records'),
  status: Nullable(Type.Integer({ description: 'The HTTP status of the stored answer; null while in flight or when abandoned by a crash' })),
  requestId: Type.String({ description: 'X-Request-Id of the first request: find its log lines and the upstream\'s record of it' }),
  createdAt: UtcTime('When the key was first used'),
  expiresAt: UtcTime('When the record is pruned (IDEMPOTENCY_TTL_S after first use)'),
}, { title: 'IdempotencyRecord' })

export const ListIdempotencyRecordsQuery = Type.Object({
  state: Type.Optional(StringEnum(IDEMPOTENCY_STATES, 'Only records in this state; `unknown` lists the outcomes to reconcile')),
  ...PageQuery,
}, { additionalProperties: false, title: 'ListIdempotencyRecordsQuery' })

export const AUDIT_OUTCOMES = ['ok', 'rejected', 'unknown', 'failed'] as const

export const AuditEntry = Type.Object({
  id: Type.String({ description: 'Increasing with time' }),
  at: UtcTime('When the answer was sent'),
  secretId: Actor('Who wrote'),
  operationId: Type.String({ description: 'What was done, e.g. buyCdnFlowPackage or createApiKey' }),
  method: Type.String(),
  path: Type.String({ description: 'The request path, without query' }),
  requestId: Type.String({ description: 'X-Request-Id of the request (also sent upstream)' }),
  idempotencyKey: Nullable(Type.String({ description: 'The Idempotency-Key sent, if any' })),
  replayed: Type.Boolean({ description: 'The answer was an idempotent replay: nothing reached the upstream' }),
  status: Type.Integer({ description: 'The HTTP status answered' }),
  outcome: StringEnum(AUDIT_OUTCOMES, 'ok: 2xx; rejected: refused by the gateway or the upstream (4xx); unknown: a money move whose effect could not be learnt; failed: the gateway or upstream failed (5xx)'),
  upstreamCode: Nullable(Type.String({ description: 'The upstream\'s `code`, when it answered' })),
  upstreamMessage: Nullable(Type.String({ description: 'The upstream\'s `message`, verbatim' })),
  amount: Nullable(Type.String({ description: 'Money moves: the amount, as the client sent it' })),
  bytes: Nullable(Type.Integer({ description: 'CDN flow purchases: the bytes bought' })),
}, { title: 'AuditEntry' })

export const ListAuditEntriesQuery = Type.Object({
  secretId: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'Only this key\'s writes ("admin": the admin token\'s)' })),
  operationId: Type.Optional(Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z]+$', description: 'Only this operation' })),
  outcome: Type.Optional(StringEnum(AUDIT_OUTCOMES, 'Only this outcome')),
  from: Type.Optional(Type.String({ format: 'date-time', description: 'Entries at or after this time (ISO 8601)' })),
  to: Type.Optional(Type.String({ format: 'date-time', description: 'Entries before this time (ISO 8601)' })),
  ...PageQuery,
}, { additionalProperties: false, title: 'ListAuditEntriesQuery' })
