import { Type } from '@sinclair/typebox'
import { Id, Nullable, StringEnum } from '../schemas/primitives.js'
import { requireId, requireRecord, toText, wordFor, wordsOf } from './convert.js'

/**
 * Field schemas that several domains share: the account identity, path ids
 * and the request fields whose format the upstream checks. Written once so
 * a sub-account's email is validated exactly like the account's.
 */

export const Email = (description = 'Email address') => Type.String({ format: 'email', maxLength: 254, description })

/** Lenient on purpose: the upstream has the last word on which numbers it takes. */
export const PhoneNumber = (description = 'Mobile phone number') => Type.String({ pattern: '^\\+?\\d[\\d -]{4,19}$', description })

export const Username = (description = 'Login name') => Type.String({ minLength: 1, maxLength: 64, description })

/** The gateway fills the upstream's confirmation field (`confirm_password`, `password2`, `new_password2`) from this one. */
export const Password = (description = 'Password; the gateway fills the upstream\'s confirmation field from it') =>
  Type.String({ minLength: 6, maxLength: 64, description })

/** Ids a client sends (in paths and bodies): digit strings short enough to travel upstream as exact JSON numbers. */
export const IdInput = (description: string) => Type.String({ pattern: '^[1-9][0-9]{0,14}$', description, examples: ['1571234567'] })

/** Sub-account and account `status`: upstream 1/0. */
export const ACCOUNT_STATUS = { 0: 'disabled', 1: 'enabled' } as const
export const AccountStatus = StringEnum(wordsOf(ACCOUNT_STATUS), 'enabled (upstream 1) or disabled (upstream 0)')
export const accountStatus = (code: unknown) => wordFor(ACCOUNT_STATUS, code, 'disabled')

/** What register and subaccountAdd answer about the account they made or changed. */
export const AccountIdentity = Type.Object({
  uid: Id('The account\'s uid'),
  username: Type.String(),
  email: Type.String(),
  phone: Type.String(),
}, { title: 'AccountIdentity' })

export function accountIdentityFrom (data: unknown) {
  const account = requireRecord(data, 'data')
  return { uid: requireId(account.uid, 'data.uid'), username: toText(account.name ?? account.username), email: toText(account.mail), phone: toText(account.phone) }
}

/** A sub-account's group; the upstream writes gid "0" for "in no group". */
export const GroupRef = Type.Union([Id('The sub-account\'s group'), Type.Null()], { description: 'The sub-account\'s group; null when it is in none' })

/**
 * `status` of recharges, payments and flow records: the reference shows
 * only "1" (a settled record) and does not list the others; any code
 * outside this table reads as null.
 */
export const RECORD_STATUS = { 0: 'pending', 1: 'completed' } as const
export const RecordStatus = Nullable(StringEnum(wordsOf(RECORD_STATUS), 'completed (upstream 1) or pending (0); null for a code the reference does not list'))
export const recordStatus = (code: unknown) => wordFor(RECORD_STATUS, code, null)
