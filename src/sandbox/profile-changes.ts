import { Rejection } from './envelope.js'
import { optionalFlag, textOf, type Body } from './params.js'
import type { ProfileFields } from './state.js'

/**
 * The contact fields that profile/update and subaccountAdd both take. Unlike
 * required parameters, an empty string here is a value: it clears the field
 * (a gateway sending `otherEmails: []` means "none").
 */

const TEXT_FIELDS = ['tel', 'fax', 'card', 'address', 'company', 'business', 'website', 'contactname'] as const
const FLAG_FIELDS = ['recieve_mail', 'recieve_sms', 'daily_report', 'week_report', 'month_report'] as const
const MAIL = /^[^\s@,]+@[^\s@,]+\.[^\s@,]+$/
const MOBILE = /^1\d{10}$/

function sent (body: Body, field: string): boolean {
  return body[field] !== undefined && body[field] !== null
}

/** "a@x.cn, b@y.cn" → "a@x.cn,b@y.cn", each entry checked. */
function commaList (body: Body, field: string, pattern: RegExp, message: string): string {
  const entries = textOf(body, field).split(',').map((entry) => entry.trim()).filter((entry) => entry !== '')
  if (entries.some((entry) => !pattern.test(entry))) throw new Rejection(message)
  return entries.join(',')
}

export function readProfileChanges (body: Body): Partial<ProfileFields> {
  const changes: Partial<ProfileFields> = {}
  for (const field of TEXT_FIELDS) {
    if (sent(body, field)) changes[field] = textOf(body, field)
  }
  for (const field of FLAG_FIELDS) {
    const flag = optionalFlag(body, field)
    if (flag !== undefined) changes[field] = flag
  }
  if (sent(body, 'qq')) {
    const qq = textOf(body, 'qq')
    if (qq !== '' && !/^\d{3,12}$/.test(qq)) throw new Rejection('QQ号码格式不正确')
    changes.qq = qq
  }
  if (sent(body, 'other_mail')) changes.other_mail = commaList(body, 'other_mail', MAIL, '其他邮件地址格式不正确')
  if (sent(body, 'other_phone')) changes.other_phone = commaList(body, 'other_phone', MOBILE, '其他手机号码格式不正确')
  return changes
}
