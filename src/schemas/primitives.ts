import { Type, type TNull, type TSchema, type TUnion } from '@sinclair/typebox'

/** The few building blocks every answer and request is composed from. */

export const Id = (description = 'Identifier, a string even where the upstream counts with numbers') =>
  Type.String({ description, examples: ['1571234567'] })

export const IntegerId = (description: string) => Type.Integer({ minimum: 1, description })

/**
 * Money stays the upstream's decimal string, never a float: the upstream
 * keeps four decimals, which binary floats cannot hold exactly. Every money
 * field says so in the spec, so generated clients' users read it there.
 */
const MONEY_NOTE = 'In CNY (yuan), as a decimal string exactly as the upstream booked it: parse it with a decimal type, never a float'

export const Money = (description = 'Amount') =>
  Type.String({ pattern: '^-?\\d+(\\.\\d+)?$', description: `${description}. ${MONEY_NOTE}`, examples: ['750.6346'] })

/** A decimal amount a client sends: a decimal string with at most 4 decimals. A JSON number is refused, not converted: it may already have lost digits. */
export const MoneyInput = (description: string) =>
  Type.String({ pattern: '^\\d{1,12}(\\.\\d{1,4})?$', description: `${description}. In CNY (yuan), as a decimal string with at most 4 decimals`, examples: ['200.00'] })

export const DateTime = (description = 'ISO 8601 time with the upstream\'s +08:00 offset') =>
  Type.String({ format: 'date-time', description, examples: ['2015-03-19T13:21:00+08:00'] })

export const Count = (description: string) => Type.Integer({ minimum: 0, description })

/**
 * A value or null. For primitives and objects this is `type: [T, "null"]`
 * rather than `anyOf`: fast-json-stringify serializes a type list directly,
 * but must run a validator on every value to pick an `anyOf` branch (for an
 * object, a full validation of it, formats included, in every answer).
 */
export function Nullable<T extends TSchema> (schema: T): TUnion<[T, TNull]> {
  const typeList = typeof schema.type === 'string' && schema.type !== 'array'
  if (!typeList) return Type.Union([schema, Type.Null()])
  // A plain copy: the original's TypeBox kind (e.g. String) would not admit a type list.
  const plain = JSON.parse(JSON.stringify(schema)) as Record<string, unknown>
  // An enum lists every value allowed, so null must be among them too.
  const values = Array.isArray(plain.enum) ? { enum: [...plain.enum as unknown[], null] } : {}
  return Type.Unsafe({ ...plain, type: [schema.type, 'null'], ...values }) as unknown as TUnion<[T, TNull]>
}

/** A string enum with its words listed once: the schema and its type come from the same array. */
export const StringEnum = <const W extends readonly string[]>(words: W, description?: string) =>
  Type.Unsafe<W[number]>({ type: 'string', enum: [...words], ...(description ? { description } : {}) })
