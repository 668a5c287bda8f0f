import { Rejection } from './envelope.js'
import { parseAmount, type MoneyUnits } from './money.js'

/**
 * Reading request parameters the way a PHP API does: numbers may come as
 * JSON numbers or numeric strings, an empty string counts as absent, and a
 * missing or malformed field stops the call with a message naming it.
 */

export type Body = Record<string, unknown>

export function missing (field: string): Rejection {
  return new Rejection(`缺少必要参数: ${field}`)
}

export function malformed (field: string): Rejection {
  return new Rejection(`参数格式不正确: ${field}`)
}

export function isPresent (body: Body, field: string): boolean {
  const value = body[field]
  return value !== undefined && value !== null && value !== ''
}

/** A scalar parameter as text: strings trimmed, numbers written out; objects and arrays are malformed. */
export function textOf (body: Body, field: string): string {
  const value = body[field]
  if (typeof value === 'string') return value.trim()
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  throw malformed(field)
}

export function optionalText (body: Body, field: string): string | undefined {
  return isPresent(body, field) ? textOf(body, field) : undefined
}

export function requireText (body: Body, field: string): string {
  const text = optionalText(body, field)
  if (text === undefined || text === '') throw missing(field)
  return text
}

/** Passwords are taken exactly as sent: spaces are part of them. */
export function requireSecret (body: Body, field: string): string {
  const value = body[field]
  if (value === undefined || value === null || value === '') throw missing(field)
  if (typeof value !== 'string') throw malformed(field)
  return value
}

const DIGITS = /^\d+$/

/** Ids travel as numbers in requests but are kept and answered as digit strings. */
export function optionalId (body: Body, field: string): string | undefined {
  const text = optionalText(body, field)
  if (text === undefined) return undefined
  if (!DIGITS.test(text)) throw malformed(field)
  return text.replace(/^0+(?=\d)/, '')
}

export function requireId (body: Body, field: string): string {
  const id = optionalId(body, field)
  if (id === undefined) throw missing(field)
  return id
}

export function optionalInteger (body: Body, field: string, min: number, max: number): number | undefined {
  const text = optionalText(body, field)
  if (text === undefined) return undefined
  if (!/^-?\d+$/.test(text)) throw malformed(field)
  const value = Number(text)
  if (!Number.isSafeInteger(value) || value < min || value > max) throw malformed(field)
  return value
}

export function requireInteger (body: Body, field: string, min: number, max: number): number {
  const value = optionalInteger(body, field, min, max)
  if (value === undefined) throw missing(field)
  return value
}

/** The upstream's "0"/"1" switches; booleans are taken too, as a lenient PHP cast would. */
export function optionalFlag (body: Body, field: string): '0' | '1' | undefined {
  const value = body[field]
  if (value === true) return '1'
  if (value === false) return '0'
  const text = optionalText(body, field)
  if (text === undefined) return undefined
  if (text !== '0' && text !== '1') throw malformed(field)
  return text
}

export function requireFlag (body: Body, field: string): '0' | '1' {
  const flag = optionalFlag(body, field)
  if (flag === undefined) throw missing(field)
  return flag
}

export function requireChoice<Choice extends string> (body: Body, field: string, choices: readonly Choice[]): Choice {
  const value = optionalChoice(body, field, choices)
  if (value === undefined) throw missing(field)
  return value
}

export function optionalChoice<Choice extends string> (body: Body, field: string, choices: readonly Choice[]): Choice | undefined {
  const text = optionalText(body, field)
  if (text === undefined) return undefined
  const choice = choices.find((candidate) => candidate === text)
  if (choice === undefined) throw malformed(field)
  return choice
}

export function optionalAmount (body: Body, field: string, maxDecimals: number): MoneyUnits | undefined {
  if (!isPresent(body, field)) return undefined
  const units = parseAmount(body[field], maxDecimals)
  if (units === undefined) throw malformed(field)
  return units
}

export function requireAmount (body: Body, field: string, maxDecimals: number): MoneyUnits {
  const units = optionalAmount(body, field, maxDecimals)
  if (units === undefined) throw missing(field)
  return units
}

const MAIL = /^[^\s@,]+@[^\s@,]+\.[^\s@,]+$/
const MOBILE = /^1\d{10}$/

export function requireMail (body: Body, field: string): string {
  const mail = requireText(body, field)
  if (!MAIL.test(mail)) throw new Rejection('邮箱格式不正确')
  return mail
}

export function optionalMail (body: Body, field: string): string | undefined {
  return isPresent(body, field) ? requireMail(body, field) : undefined
}

export function requireMobile (body: Body, field: string): string {
  const phone = requireText(body, field)
  if (!MOBILE.test(phone)) throw new Rejection('手机号码格式不正确')
  return phone
}

export function optionalMobile (body: Body, field: string): string | undefined {
  return isPresent(body, field) ? requireMobile(body, field) : undefined
}

/** Account passwords: the upstream's sign-up pages ask for at least six characters. */
export function checkNewPassword (password: string): void {
  if (password.length < 6) throw new Rejection('密码长度不能少于6位')
}
