import { Type } from '@sinclair/typebox'
import { Id, Money, StringEnum } from '../schemas/primitives.js'
import { flagToUpstream, joinList, pick, record, splitList, toFlag, toId, toMoney, toText } from './convert.js'
import { defineOperation } from './types.js'

/** The account's own profile: read and update. */

const TAGS = ['profile']

export const AccountStatus = StringEnum(['enabled', 'disabled'] as const, 'enabled (upstream 1) or disabled (upstream 0)')
export const accountStatus = (value: unknown) => (toFlag(value) ? 'enabled' : 'disabled') as 'enabled' | 'disabled'

const ContactFields = {
  contactName: Type.String(),
  phone: Type.String(),
  tel: Type.String(),
  fax: Type.String(),
  card: Type.String({ description: 'Identity-card number; masked in logs' }),
  address: Type.String(),
  company: Type.String(),
  website: Type.String(),
  qq: Type.String(),
  picture: Type.String(),
  otherEmails: Type.Array(Type.String()),
  otherPhones: Type.Array(Type.String()),
  dailyReport: Type.Boolean(),
  weekReport: Type.Boolean(),
  monthReport: Type.Boolean(),
}

const ProfileSubaccount = Type.Object({
  uid: Id(),
  username: Type.String(),
  email: Type.String(),
  status: AccountStatus,
  groupId: Id('The sub-account group'),
  phone: Type.String(),
  couponAmount: Money('Coupon balance of the sub-account'),
}, { title: 'ProfileSubaccount' })

export const Profile = Type.Object({
  uid: Id(),
  username: Type.String(),
  email: Type.String(),
  status: AccountStatus,
  ...ContactFields,
  balance: Type.Object({
    amount: Money('Account balance'),
    alarm: Type.Object({
      enabled: Type.Boolean(),
      count: Type.Integer({ description: 'How many alarms to send' }),
      threshold: Money('Alarm when the balance falls below this'),
    }),
    alarmsSent: Type.Integer(),
  }),
  couponAmount: Money('Coupon balance'),
  subaccounts: Type.Array(ProfileSubaccount),
}, { title: 'Profile' })

function contactFrom (profile: Record<string, unknown>) {
  return {
    contactName: toText(profile.contactname),
    phone: toText(profile.phone),
    tel: toText(profile.tel),
    fax: toText(profile.fax),
    card: toText(profile.card),
    address: toText(profile.address),
    company: toText(profile.company),
    website: toText(profile.website),
    qq: toText(profile.qq),
    picture: toText(profile.picture),
    otherEmails: splitList(profile.other_mail),
    otherPhones: splitList(profile.other_phone),
    dailyReport: toFlag(profile.daily_report),
    weekReport: toFlag(profile.week_report),
    monthReport: toFlag(profile.month_report),
  }
}

export const getProfile = defineOperation({
  operationId: 'getProfile',
  method: 'GET',
  path: '/profile',
  tags: TAGS,
  summary: 'Get the account profile',
  description: 'The account\'s profile with its balance block and its sub-accounts.',
  upstream: '/API/profile/detail',
  status: 200,
  response: Profile,
  toUpstream: () => ({}),
  fromUpstream: ({ data }) => {
    const account = record(data)
    const balance = record(account.balance)
    const subaccounts = Array.isArray(account.subaccounts) ? account.subaccounts as Array<Record<string, unknown>> : []
    return {
      uid: toId(account.uid),
      username: toText(account.name),
      email: toText(account.mail),
      status: accountStatus(account.status),
      ...contactFrom(record(account.profile)),
      balance: {
        amount: toMoney(balance.price),
        alarm: { enabled: toFlag(balance.alarm), count: Number(balance.alarm_num ?? 0) || 0, threshold: toMoney(balance.alarm_value) },
        alarmsSent: Number(balance.send_num ?? 0) || 0,
      },
      couponAmount: toMoney(account.couponprice),
      subaccounts: subaccounts.map((sub) => ({
        uid: toId(sub.uid),
        username: toText(sub.name ?? sub.username),
        email: toText(sub.mail),
        status: accountStatus(sub.status),
        groupId: toId(sub.gid),
        phone: toText(record(sub.profile).phone),
        couponAmount: toMoney(sub.couponprice),
      })),
    }
  },
})

export const ProfileUpdate = Type.Object({
  contactName: Type.Optional(Type.String({ maxLength: 64 })),
  tel: Type.Optional(Type.String({ maxLength: 32 })),
  fax: Type.Optional(Type.String({ maxLength: 32 })),
  card: Type.Optional(Type.String({ maxLength: 32 })),
  address: Type.Optional(Type.String({ maxLength: 255 })),
  company: Type.Optional(Type.String({ maxLength: 255 })),
  business: Type.Optional(Type.String({ maxLength: 255 })),
  website: Type.Optional(Type.String({ maxLength: 255 })),
  qq: Type.Optional(Type.String({ pattern: '^\\d{1,15}$' })),
  receiveMail: Type.Optional(Type.Boolean()),
  receiveSms: Type.Optional(Type.Boolean()),
  otherEmails: Type.Optional(Type.Array(Type.String({ format: 'email' }), { maxItems: 20 })),
  otherPhones: Type.Optional(Type.Array(Type.String({ pattern: '^\\+?[\\d -]{5,20}$' }), { maxItems: 20 })),
  dailyReport: Type.Optional(Type.Boolean()),
  weekReport: Type.Optional(Type.Boolean()),
  monthReport: Type.Optional(Type.Boolean()),
}, { additionalProperties: false, minProperties: 1, title: 'ProfileUpdate' })

export const updateProfile = defineOperation({
  operationId: 'updateProfile',
  method: 'PATCH',
  path: '/profile',
  tags: TAGS,
  summary: 'Update the account profile',
  description: 'Changes the given contact and notification fields; absent fields stay as they are. Answers the fields that were applied.',
  upstream: '/API/profile/update',
  status: 200,
  body: ProfileUpdate,
  response: Type.Object({ ...ProfileUpdate.properties }, { title: 'ProfileUpdated' }),
  toUpstream: ({ body }) => pick<typeof body>(body, {
    contactName: ['contactname'],
    tel: ['tel'],
    fax: ['fax'],
    card: ['card'],
    address: ['address'],
    company: ['company'],
    business: ['business'],
    website: ['website'],
    qq: ['qq', Number],
    receiveMail: ['recieve_mail', flagToUpstream],
    receiveSms: ['recieve_sms', flagToUpstream],
    otherEmails: ['other_mail', joinList],
    otherPhones: ['other_phone', joinList],
    dailyReport: ['daily_report', flagToUpstream],
    weekReport: ['week_report', flagToUpstream],
    monthReport: ['month_report', flagToUpstream],
  }),
  fromUpstream: (_envelope, { body }) => body,
  examples: { request: { tel: '051086994256', receiveSms: true } },
})
