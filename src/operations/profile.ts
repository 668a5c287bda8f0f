import { Type } from '@sinclair/typebox'
import { Id, Money } from '../schemas/primitives.js'
import { Contact, ContactChanges, Reports, contactFrom, contactToUpstream, reportsFrom } from './contact.js'
import { flagToUpstream, pick, record, requireId, requireRecord, toId, toInteger, toMoney, toOptionalId, toText } from './convert.js'
import { AccountIdentity, AccountStatus, Email, GroupRef, Password, PhoneNumber, Username, accountIdentityFrom, accountStatus } from './fields.js'
import { BalanceAlarm, balanceAlarmFrom } from './finance.js'
import { defineOperation } from './types.js'

/** Signing up an account, and the account's own profile: read it and change it. */

const TAGS = ['profile']

export const RegisterAccount = Type.Object({
  username: Username(),
  password: Password(),
  email: Email(),
  phone: PhoneNumber(),
}, { additionalProperties: false, title: 'RegisterAccount' })

const ProfileSubaccount = Type.Object({
  uid: Id(),
  username: Type.String(),
  email: Type.String(),
  status: AccountStatus,
  groupId: GroupRef,
  phone: Type.String(),
  couponAmount: Money('Coupon balance of the sub-account'),
}, { title: 'ProfileSubaccount' })

export const Profile = Type.Object({
  uid: Id(),
  username: Type.String(),
  email: Type.String(),
  status: AccountStatus,
  ...Contact,
  ...Reports,
  balance: Type.Object({
    amount: Money('Account balance'),
    alarm: BalanceAlarm,
    alarmsSent: Type.Integer({ minimum: 0, description: 'Alarms sent so far' }),
  }),
  couponAmount: Money('Coupon balance'),
  subaccounts: Type.Array(ProfileSubaccount),
}, { title: 'Profile' })

export const ProfileUpdate = Type.Object({
  ...ContactChanges,
  business: Type.Optional(Type.String({ maxLength: 255, description: 'Main business' })),
  website: Type.Optional(Type.String({ maxLength: 255 })),
}, { additionalProperties: false, minProperties: 1, title: 'ProfileUpdate' })

export const ChangePassword = Type.Object({
  oldPassword: Type.String({ minLength: 1, maxLength: 64, description: 'The current password' }),
  newPassword: Password('The new password; the gateway fills the upstream\'s confirmation field from it'),
}, { additionalProperties: false, title: 'ChangePassword' })

const Picture = Type.Object({ url: Type.String({ format: 'uri', pattern: '^https?://', maxLength: 1024, description: 'Avatar image URL' }) }, { additionalProperties: false, title: 'Picture' })
const EmailChange = Type.Object({ email: Email() }, { additionalProperties: false, title: 'EmailChange' })
const PhoneChange = Type.Object({ phone: PhoneNumber() }, { additionalProperties: false, title: 'PhoneChange' })

export const registerAccount = defineOperation({
  operationId: 'registerAccount',
  method: 'POST',
  path: '/accounts',
  tags: TAGS,
  summary: 'Sign up a new account',
  description: 'Creates a new VeryCloud account (not a sub-account). Needs the `admin` scope: the upstream takes it without the gateway\'s token, so nothing else limits who may sign up.',
  upstream: '/API/profile/register',
  scope: 'admin',
  withToken: false,
  status: 201,
  body: RegisterAccount,
  response: AccountIdentity,
  toUpstream: ({ body }) => ({ username: body.username, password: body.password, confirm_password: body.password, mail: body.email, phone: body.phone }),
  fromUpstream: ({ data }) => accountIdentityFrom(data),
  examples: {
    request: { username: 'example_user', password: '12345678', email: 'example_user@verycloud.cn', phone: '13545678945' },
    response: { uid: '1234567890', username: 'example_user', email: 'example_user@verycloud.cn', phone: '13545678945' },
  },
})

export const getProfile = defineOperation({
  operationId: 'getProfile',
  method: 'GET',
  path: '/profile',
  tags: TAGS,
  summary: 'Get the account profile',
  description: 'The account\'s profile with its balance block and its sub-accounts.',
  upstream: '/API/profile/detail',
  cache: { ttlSeconds: 5 },
  status: 200,
  response: Profile,
  toUpstream: () => ({}),
  fromUpstream: ({ data }) => {
    const account = requireRecord(data, 'data')
    const profile = record(account.profile)
    const balance = record(account.balance)
    const subaccounts = Array.isArray(account.subaccounts) ? account.subaccounts.map(record) : []
    return {
      uid: requireId(account.uid, 'data.uid'),
      username: toText(account.name),
      email: toText(account.mail),
      status: accountStatus(account.status),
      ...contactFrom(profile),
      ...reportsFrom(profile),
      balance: { amount: toMoney(balance.price, 'data.balance.price'), alarm: balanceAlarmFrom(balance), alarmsSent: toInteger(balance.send_num) },
      couponAmount: toMoney(account.couponprice, 'data.couponprice'),
      subaccounts: subaccounts.map((sub) => ({
        uid: toId(sub.uid),
        username: toText(sub.name ?? sub.username),
        email: toText(sub.mail),
        status: accountStatus(sub.status),
        groupId: toOptionalId(sub.gid),
        phone: toText(record(sub.profile).phone),
        couponAmount: toMoney(sub.couponprice, 'data.subaccounts[].couponprice'),
      })),
    }
  },
  examples: {
    response: {
      uid: '1234566894',
      username: 'example_user',
      email: 'example_user@verycloud.cn',
      status: 'enabled',
      contactName: 'example_user',
      phone: '13584145363',
      tel: '0510-86991216',
      fax: '0510-86991216',
      card: '320219198509036295',
      address: '江苏无锡',
      company: '云端网络',
      website: 'www.verycloud.cn',
      qq: '110',
      picture: 'http://manage.verycloud.cn/sites/default/files/styles/thumbnail/public/pictures/picture-6894-1425368210.jpg',
      otherEmails: [],
      otherPhones: [],
      dailyReport: true,
      weekReport: true,
      monthReport: false,
      balance: { amount: '29122.0219', alarm: { enabled: true, count: 1, threshold: '300.00' }, alarmsSent: 0 },
      couponAmount: '0.0000',
      subaccounts: [{ uid: '1234566895', username: 'example_subuser', email: 'example_subuser@verycloud.cn', status: 'enabled', groupId: '144', phone: '13584145365', couponAmount: '0.0000' }],
    },
  },
})

export const updateProfile = defineOperation({
  operationId: 'updateProfile',
  method: 'PATCH',
  path: '/profile',
  tags: TAGS,
  summary: 'Update the account profile',
  description: 'Changes the given contact and notification fields; absent fields stay as they are. The upstream answers nothing useful, so this answers the fields that were applied.',
  upstream: '/API/profile/update',
  invalidates: ['getProfile'],
  status: 200,
  body: ProfileUpdate,
  response: Type.Object({ ...ProfileUpdate.properties }, { title: 'ProfileUpdated' }),
  toUpstream: ({ body }) => ({
    ...contactToUpstream(body, flagToUpstream),
    ...pick(body, { business: ['business'], website: ['website'] }),
  }),
  fromUpstream: (_envelope, { body }) => body,
  examples: {
    request: { tel: '051086994256', receiveSms: true },
    response: { tel: '051086994256', receiveSms: true },
  },
})

export const updateProfilePicture = defineOperation({
  operationId: 'updateProfilePicture',
  method: 'PUT',
  path: '/profile/picture',
  tags: TAGS,
  summary: 'Change the avatar',
  description: 'Points the account\'s avatar at an image URL.',
  upstream: '/API/profile/pictureUpdate',
  invalidates: ['getProfile'],
  status: 200,
  body: Picture,
  response: Type.Object({ url: Type.String() }, { title: 'PictureSet' }),
  toUpstream: ({ body }) => ({ picture: body.url }),
  fromUpstream: ({ data }, { body }) => ({ url: toText(record(data).picture ?? body.url) }),
  examples: {
    request: { url: 'https://manage.verycloud.cn/sites/default/files/styles/thumbnail/public/pictures/picture-6894-1425368210.jpg' },
    response: { url: 'https://manage.verycloud.cn/sites/default/files/styles/thumbnail/public/pictures/picture-6894-1425368210.jpg' },
  },
})

export const changePassword = defineOperation({
  operationId: 'changePassword',
  method: 'PUT',
  path: '/profile/password',
  tags: TAGS,
  summary: 'Change the account password',
  description: 'Changes the account\'s password. Note that the gateway signs in upstream with the password in its configuration (UPSTREAM_PASSWORD): change that too, or its next token request fails.',
  upstream: '/API/profile/passwordUpdate',
  invalidates: ['getProfile'],
  status: 204,
  body: ChangePassword,
  toUpstream: ({ body }) => ({ old_password: body.oldPassword, new_password: body.newPassword, new_password2: body.newPassword }),
  examples: { request: { oldPassword: '12345678', newPassword: '2321234' } },
})

export const updateEmail = defineOperation({
  operationId: 'updateEmail',
  method: 'PUT',
  path: '/profile/email',
  tags: TAGS,
  summary: 'Change the account email',
  description: 'Sets the account\'s email address.',
  upstream: '/API/profile/mailUpdate',
  invalidates: ['getProfile'],
  status: 200,
  body: EmailChange,
  response: Type.Object({ email: Type.String() }, { title: 'EmailSet' }),
  toUpstream: ({ body }) => ({ mail: body.email }),
  fromUpstream: ({ data }, { body }) => ({ email: toText(record(data).mail ?? body.email) }),
  examples: { request: { email: 'test@verycloud.cn' }, response: { email: 'test@verycloud.cn' } },
})

export const updatePhone = defineOperation({
  operationId: 'updatePhone',
  method: 'PUT',
  path: '/profile/phone',
  tags: TAGS,
  summary: 'Change the account mobile phone',
  description: 'Sets the account\'s mobile phone number.',
  upstream: '/API/profile/phoneUpdate',
  invalidates: ['getProfile'],
  status: 200,
  body: PhoneChange,
  response: Type.Object({ phone: Type.String() }, { title: 'PhoneSet' }),
  toUpstream: ({ body }) => ({ phone: body.phone }),
  fromUpstream: ({ data }, { body }) => ({ phone: toText(record(data).phone ?? body.phone) }),
  examples: { request: { phone: '13511111111' }, response: { phone: '13511111111' } },
})
