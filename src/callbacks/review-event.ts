import { Type, type Static, type TSchema } from '@sinclair/typebox'
import { TypeCompiler } from '@sinclair/typebox/compiler'
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
  return [...checker.Errors(element)].slice(0, MAX_ISSUES).map((issue) => ({ in: 'body', pointer: pointerPrefix + issue.path, message: issue.message }))
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
