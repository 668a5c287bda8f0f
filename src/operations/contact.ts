import { Type } from '@sinclair/typebox'
import { joinList, pick, splitList, toFlag, toText } from './convert.js'
import { Email, PhoneNumber } from './fields.js'

/**
 * The contact and notification fields that both the account's profile and
 * its sub-accounts carry, under the field table's names (`receiveMail`, not
 * the upstream's `recieve_mail`). Requests map them to the upstream with
 * the flag encoding each endpoint documents; answers read them back.
 */

/** What profile/update and subaccountAdd both take. */
export const ContactChanges = {
  contactName: Type.Optional(Type.String({ maxLength: 64, description: 'Contact person' })),
  tel: Type.Optional(Type.String({ maxLength: 32, description: 'Landline' })),
  fax: Type.Optional(Type.String({ maxLength: 32 })),
  card: Type.Optional(Type.String({ maxLength: 32, description: 'Identity-card number; masked in logs' })),
  address: Type.Optional(Type.String({ maxLength: 255 })),
  company: Type.Optional(Type.String({ maxLength: 255 })),
  qq: Type.Optional(Type.String({ pattern: '^\\d{1,15}$', description: 'QQ number' })),
  receiveMail: Type.Optional(Type.Boolean({ description: 'Receive notices by email' })),
  receiveSms: Type.Optional(Type.Boolean({ description: 'Receive notices by SMS' })),
  otherEmails: Type.Optional(Type.Array(Email(), { maxItems: 20, description: 'More addresses for notices' })),
  otherPhones: Type.Optional(Type.Array(PhoneNumber(), { maxItems: 20, description: 'More phones for notices' })),
  dailyReport: Type.Optional(Type.Boolean({ description: 'Send the daily report' })),
  weekReport: Type.Optional(Type.Boolean({ description: 'Send the weekly report' })),
  monthReport: Type.Optional(Type.Boolean({ description: 'Send the monthly report' })),
}

type ContactInput = { [K in keyof typeof ContactChanges]?: unknown }

/**
 * The present contact fields under the upstream's names. `flag` encodes the
 * booleans as the endpoint documents them: int 1/0 for profile/update,
 * string "1"/"0" for subaccountAdd.
 */
export function contactToUpstream (body: ContactInput, flag: (value: boolean) => unknown): Record<string, unknown> {
  return pick(body, {
    contactName: ['contactname'],
    tel: ['tel'],
    fax: ['fax'],
    card: ['card'],
    address: ['address'],
    company: ['company'],
    qq: ['qq', Number],
    receiveMail: ['recieve_mail', flag],
    receiveSms: ['recieve_sms', flag],
    otherEmails: ['other_mail', joinList],
    otherPhones: ['other_phone', joinList],
    dailyReport: ['daily_report', flag],
    weekReport: ['week_report', flag],
    monthReport: ['month_report', flag],
  })
}

/** The contact block of an answer; the upstream writes "" for an unset field. */
export const Contact = {
  contactName: Type.String(),
  phone: Type.String(),
  tel: Type.String(),
  fax: Type.String(),
  card: Type.String({ description: 'Identity-card number; masked in logs' }),
  address: Type.String(),
  company: Type.String(),
  website: Type.String(),
  qq: Type.String(),
  picture: Type.String({ description: 'Avatar URL' }),
  otherEmails: Type.Array(Type.String()),
  otherPhones: Type.Array(Type.String()),
}

export function contactFrom (fields: Record<string, unknown>) {
  return {
    contactName: toText(fields.contactname),
    phone: toText(fields.phone),
    tel: toText(fields.tel),
    fax: toText(fields.fax),
    card: toText(fields.card),
    address: toText(fields.address),
    company: toText(fields.company),
    website: toText(fields.website),
    qq: toText(fields.qq),
    picture: toText(fields.picture),
    otherEmails: splitList(fields.other_mail),
    otherPhones: splitList(fields.other_phone),
  }
}

/** The report switches, as profile detail answers them. */
export const Reports = {
  dailyReport: Type.Boolean(),
  weekReport: Type.Boolean(),
  monthReport: Type.Boolean(),
}

export const reportsFrom = (fields: Record<string, unknown>) => ({
  dailyReport: toFlag(fields.daily_report),
  weekReport: toFlag(fields.week_report),
  monthReport: toFlag(fields.month_report),
})
