import { Type, type Static, type TSchema } from '@sinclair/typebox'
import { TypeCompiler } from '@sinclair/typebox/compiler'
import { ValueErrorType, type ValueError } from '@sinclair/typebox/value'
import type { ValidationIssue } from '../errors.js'
import type { NewCallbackEvent, ReviewKind } from '../store/callbacks.js'
import { normaliseReviewedAt } from './reviewed-at.js'

/**
 * One SMS review result as the upstream pushes it (docs/api.md, "SMS review callbacks"), and
 * its conversion into a stored event. Fields beyond the contract's are
 * tolerated (a sender adding a field must not have its callbacks refused)
 * and kept in the event's raw copy.
 */

export const REVIEW_TYPES = ['sms.signature.reviewed', 'sms.template.reviewed'] as const
export const REVIEW_STATUSES = ['approved', 'rejected'] as const
export const REVIEW_KINDS = ['signature', 'template'] as const

const KIND_OF_TYPE: Record<typeof REVIEW_TYPES[number], ReviewKind> = {
  'sms.signature.reviewed': 'signature',
  'sms.template.reviewed': 'template',
}

// Plain TypeBox kinds only (no StringEnum, no Nullable): the compiler that checks bodies does not take Unsafe types.
const OrNull = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()])

export const ReviewEventSchema = Type.Object({
  type: Type.Union([Type.Literal(REVIEW_TYPES[0]), Type.Literal(REVIEW_TYPES[1])]),
  data: Type.Object({
    id: Type.Union([Type.String({ minLength: 1, maxLength: 128 }), Type.Integer({ minimum: 0 })]),
    name: Type.Optional(OrNull(Type.String({ maxLength: 1024 }))),
    status: Type.Union([Type.Literal(REVIEW_STATUSES[0]), Type.Literal(REVIEW_STATUSES[1])]),
    reason: Type.Optional(OrNull(Type.String({ maxLength: 4096 }))),
    reviewedAt: Type.Optional(OrNull(Type.Union([Type.String({ maxLength: 64 }), Type.Number()]))),
  }),
})

type ReviewEvent = Static<typeof ReviewEventSchema>

const checker = TypeCompiler.Compile(ReviewEventSchema)
const MAX_ISSUES = 10

/** The issues of one element, with pointers into the whole body (`/2/data/status` in an array). */
export function reviewEventIssues (element: unknown, pointerPrefix: string): ValidationIssue[] {
  if (checker.Check(element)) return []
  // A missing field also fails its type; one issue per field says it best.
  const byField = new Map<string, ValidationIssue>()
  for (const issue of checker.Errors(element)) {
    const pointer = pointerPrefix + issue.path
    if (!byField.has(pointer)) byField.set(pointer, { in: 'body', pointer, message: readableMessage(issue) })
  }
  return [...byField.values()].slice(0, MAX_ISSUES)
}

const typeWord = (type: string | undefined) => type === 'null' ? 'null' : type === 'integer' ? 'an integer' : `a ${type ?? 'value'}`

/** TypeBox says "Expected union value"; a sender needs the values or types the field takes. */
function readableMessage (issue: ValueError): string {
  if (issue.type === ValueErrorType.ObjectRequiredProperty) return 'is required'
  const members = (issue.schema as { anyOf?: Array<{ const?: unknown, type?: string }> }).anyOf
  if (issue.type !== ValueErrorType.Union || members === undefined) return issue.message
  if (members.every((member) => typeof member.const === 'string')) return `must be one of: ${members.map((member) => String(member.const)).join(', ')}`
  return `must be ${members.map((member) => member.const !== undefined ? JSON.stringify(member.const) : typeWord(member.type)).join(' or ')}`
}

export function toReviewEvent (element: ReviewEvent, receivedAt: Date): NewCallbackEvent {
  const reviewedAt = normaliseReviewedAt(element.data.reviewedAt)
  const data = {
    id: String(element.data.id),
    name: element.data.name ?? null,
    status: element.data.status,
    reason: element.data.reason ?? null,
    reviewedAt: reviewedAt.text,
  }
  return {
    type: element.type,
    raw: JSON.stringify(element),
    data,
    review: { kind: KIND_OF_TYPE[element.type], data, rankedAtMs: reviewedAt.ms ?? receivedAt.getTime() },
  }
}

export const isReviewEvent = (element: unknown): element is ReviewEvent => checker.Check(element)
