/**
 * Conversions between the upstream's representation (numbers as strings,
 * several date formats, "0"/"1" flags, comma lists) and the gateway's.
 * Each is a pure function, used by the rows of the operation table. What
 * an answer cannot do without (an amount, an id, its `data` object) is
 * checked, and a success envelope lacking it is a 502
 * GW_UPSTREAM_BAD_ANSWER naming the field, never a made-up value.
 */

import { errors } from '../errors.js'

const UPSTREAM_OFFSET = '+08:00'
const UPSTREAM_OFFSET_SECONDS = 8 * 3600
const SECONDS_PER_DAY = 86_400
const SLASH_OR_DASH_DATE = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})(?:[ T](\d{1,2}):(\d{1,2})(?::(\d{1,2}))?)?$/
/** SLASH_OR_DASH_DATE with every part at its full width: `2015-03-19 13:21`, `2015/03/19 13:21:08`. */
const ZERO_PADDED_DATE = /^\d{4}[/-]\d\d[/-]\d\d[ T]\d\d:\d\d(?::\d\d)?$/
const EPOCH_SECONDS = /^\d{9,11}$/

const pad = (value: string | undefined) => (value ?? '0').padStart(2, '0')

/**
 * `2015/03/19 13:21`, `2014/12/11 9:58`, `2015-03-19 11:11` and epoch seconds
 * (`"1426744428"` or a number) all become `2015-03-19T13:21:00+08:00`.
 * Empty values and zero become null: the upstream writes "" or 0 for "never".
 */
export function toIsoTime (value: unknown): string | null {
  if (typeof value === 'number') return value > 0 ? epochToIso(value) : null
  if (typeof value !== 'string') return null
  const text = value.trim()
  if (text === '' || text === '0') return null
  // The widths the upstream writes most, read by position: capturing and padding each part costs several times as much.
  if (ZERO_PADDED_DATE.test(text)) return `${text.slice(0, 4)}-${text.slice(5, 7)}-${text.slice(8, 10)}T${text.slice(11, 16)}:${text.length === 19 ? text.slice(17) : '00'}${UPSTREAM_OFFSET}`
  if (EPOCH_SECONDS.test(text)) return epochToIso(Number(text))
  const match = SLASH_OR_DASH_DATE.exec(text)
  if (match === null) return null
  const [, year, month, day, hour, minute, second] = match
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${UPSTREAM_OFFSET}`
}

/**
 * Epoch seconds as the upstream's wall clock (+08:00). Calendar arithmetic
 * rather than a Date and its ISO string, which cost several times as much:
 * a page of sub-accounts converts 90 of them.
 */
export function epochToIso (seconds: number): string {
  const local = Math.floor(seconds) + UPSTREAM_OFFSET_SECONDS
  const days = Math.floor(local / SECONDS_PER_DAY)
  const secondOfDay = local - days * SECONDS_PER_DAY
  const { year, month, day } = civilFromDays(days)
  const hour = Math.floor(secondOfDay / 3600)
  const minute = Math.floor(secondOfDay / 60) % 60
  return `${year}-${two(month)}-${two(day)}T${two(hour)}:${two(minute)}:${two(secondOfDay % 60)}${UPSTREAM_OFFSET}`
}

const two = (value: number) => (value < 10 ? `0${value}` : String(value))

/**
 * The proleptic Gregorian date `days` after 1970-01-01: Howard Hinnant's
 * civil_from_days, in 400-year eras that start on March 1st so that the
 * leap day falls last.
 */
function civilFromDays (days: number): { year: number, month: number, day: number } {
  const shifted = days + 719_468 // days from 0000-03-01 to 1970-01-01
  const era = Math.floor(shifted / 146_097)
  const dayOfEra = shifted - era * 146_097
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365)
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100))
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153)
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day }
}

/** "1", 1, true → true; anything else → false. */
export function toFlag (value: unknown): boolean {
  return value === '1' || value === 1 || value === true
}

/** Booleans where the upstream documents an `int` switch (profile/update, balanceAlarm). */
export const flagToUpstream = (value: boolean): 1 | 0 => (value ? 1 : 0)

/** Booleans where the upstream documents a `string` switch (subaccountAdd). */
export const flagToText = (value: boolean): '1' | '0' => (value ? '1' : '0')

/** Ids are strings at the gateway and numbers in the upstream's bodies (`"gid": 123`). */
export const idToUpstream = (id: string): number => Number(id)

/** "130667" or 130667 → 130667; anything not a finite integer → the fallback. */
export function toInteger (value: unknown, fallback = 0): number {
  const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN
  return Number.isSafeInteger(number) ? number : fallback
}

/** Ids are strings in every answer. */
export function toId (value: unknown): string {
  return value === null || value === undefined ? '' : String(value)
}

/** An id the upstream writes as "0" or "" for "none" (a sub-account's gid, a record's sub_uid) → the id or null. */
export function toOptionalId (value: unknown): string | null {
  const id = toId(value)
  return id === '' || id === '0' ? null : id
}

const DECIMAL = /^-?\d+(\.\d+)?$/

/**
 * Money stays the decimal string the upstream sent; a bare number is written
 * as its decimal text. Anything else (missing, null, an object, "abc") is no
 * amount at all: the answer is refused (502) naming `field`, never made "0".
 */
export function toMoney (value: unknown, field: string): string {
  const text = typeof value === 'string' ? value.trim() : typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined
  if (text === undefined || !DECIMAL.test(text)) throw errors.upstreamBadAnswer(field, describe(value), 'a decimal amount')
  return text
}

/** An id the answer cannot do without: a non-empty string or a number, else the answer is refused naming `field`. */
export function requireId (value: unknown, field: string): string {
  const id = typeof value === 'string' ? value.trim() : typeof value === 'number' && Number.isFinite(value) ? String(value) : ''
  if (id === '') throw errors.upstreamBadAnswer(field, describe(value), 'an id')
  return id
}

/** The object an answer is made from (usually `data`); missing or of another type, the answer is refused naming `field`. */
export function requireRecord (value: unknown, field: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw errors.upstreamBadAnswer(field, describe(value), 'an object')
  return value as Record<string, unknown>
}

/** What an unusable upstream value was, said without repeating much of it. */
function describe (value: unknown): string {
  if (value === undefined) return 'missing'
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'object') return 'an object'
  if (typeof value === 'string') return value.trim() === '' ? 'an empty string' : `${JSON.stringify(value.length > 24 ? `${value.slice(0, 24)}…` : value)}`
  return `${typeof value} ${String(value)}`
}

export function toText (value: unknown): string {
  return value === null || value === undefined ? '' : String(value)
}

/** "a@x.cn,b@x.cn" → ["a@x.cn", "b@x.cn"]; empty → []. */
export function splitList (value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String)
  // Most answers leave these lists empty: no split, map and filter for nothing.
  if (typeof value !== 'string' || value === '') return []
  return value.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '')
}

export const joinList = (values: readonly string[]): string => values.join(',')

/** "201509" (payFlowBalance's month) → "2015-09"; anything else → null. */
export function toYearMonth (value: unknown): string | null {
  const match = /^(\d{4})-?(\d{2})$/.exec(toText(value).trim())
  return match === null ? null : `${match[1]}-${match[2]}`
}

/** Upstream code → enum word, from a table written once per field. */
export function wordFor<W extends string, const F = W> (table: Readonly<Record<string, W>>, code: unknown, fallback: F): W | F {
  const key = String(code)
  // Own keys only: a code such as "constructor" must not reach Object.prototype.
  return code !== null && code !== undefined && Object.hasOwn(table, key) ? table[key] as W : fallback
}

/** The words of a code table, in code order: what its schema enum lists. */
export function wordsOf<W extends string> (table: Readonly<Record<string | number, W>>): W[] {
  return Object.values(table)
}

/**
 * Label → word, for lists that answer only the Chinese label (`type_zh`) of
 * a coded field: both tables are keyed by the code, as the reference lists them.
 */
export function byLabel<W extends string> (words: Readonly<Record<string, W>>, labels: Readonly<Record<string, string>>): Record<string, W> {
  return Object.fromEntries(Object.entries(labels).flatMap(([code, label]) => Object.hasOwn(words, code) ? [[label, words[code] as W]] : []))
}

/** Enum word → upstream code: the inverse of a `wordFor` table. */
export function invert<W extends string> (table: Readonly<Record<string, W>>): Readonly<Record<W, number>> {
  return Object.fromEntries(Object.entries(table).map(([code, word]) => [word, Number(code)])) as Record<W, number>
}

/** Enum word → upstream code, as a converter for `pick`. */
export function codeFor<W extends string> (table: Readonly<Record<string, W>>): (word: W) => number {
  const codes = invert(table)
  return (word) => codes[word]
}

/** Copies only the fields that are present, renamed and converted: a PATCH sends only what changed. */
export type FieldRule = readonly [upstreamName: string, convert?: (value: never, key: string) => unknown]

export function pick<I extends object> (input: I, mapping: Partial<Record<keyof I & string, FieldRule>>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, rule] of Object.entries(mapping) as Array<[keyof I & string, FieldRule]>) {
    const value = input[key]
    if (value === undefined) continue
    const [upstreamName, convert] = rule
    // The source key goes along, so a converter that refuses a value can name it.
    out[upstreamName] = convert === undefined ? value : (convert as (value: unknown, key: string) => unknown)(value, key)
  }
  return out
}

export interface PageInput {
  page: number
  limit: number
}

/** The page envelope, with numbers as numbers even when the upstream sends `"130667"`. */
export function toPage<T> (envelope: { data?: unknown, total?: unknown, totalpage?: unknown }, input: PageInput, mapItem: (item: Record<string, unknown>) => T) {
  const rows = requireRows(envelope.data)
  const total = toInteger(envelope.total, rows.length)
  return {
    items: rows.map(mapItem),
    page: input.page,
    limit: input.limit,
    total,
    totalPages: toInteger(envelope.totalpage, Math.ceil(total / input.limit)),
  }
}

export function toItems<T> (data: unknown, mapItem: (item: Record<string, unknown>) => T) {
  return { items: requireRows(data).map(mapItem) }
}

/** A list answer's `data`: an array of objects, or null for none (as PHP writes an empty list). Missing, it is no list at all. */
function requireRows (data: unknown): Array<Record<string, unknown>> {
  if (data === null) return []
  if (!Array.isArray(data)) throw errors.upstreamBadAnswer('data', describe(data), 'a list')
  // The first row that is not an object is refused, named by requireRecord; the name is written for it alone, not for every row.
  const refused = data.findIndex((row) => row === null || typeof row !== 'object' || Array.isArray(row))
  if (refused !== -1) requireRecord(data[refused], `data[${refused}]`)
  return data as Array<Record<string, unknown>>
}

/** Narrows an upstream `data` object; a missing or odd one reads as empty. */
export function record (value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value as Record<string, unknown> : {}
}
