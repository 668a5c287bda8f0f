import { Type, type Static } from '@sinclair/typebox'
import { Page, PageQuery } from '../schemas/page.js'
import { DateTime, Id, Nullable } from '../schemas/primitives.js'
import { Contact, ContactChanges, contactFrom, contactToUpstream } from './contact.js'
import { codeFor, flagToText, idToUpstream, pick, record, requireId, toFlag, toIsoTime, toOptionalId, toPage, toText, wordsOf } from './convert.js'
import { ACCOUNT_STATUS, AccountIdentity, AccountStatus, Email, GroupRef, IdInput, Password, PhoneNumber, Username, accountIdentityFrom, accountStatus } from './fields.js'
import { Group, groupFrom } from './groups.js'
import { defineOperation } from './types.js'

/** Sub-accounts: list, create, update (the same upstream call with `uid` set) and their per-product permissions. */

const TAGS = ['subaccounts']

/** subaccountPerm's product types: 1 云主机 2 云硬盘 3 安全组 4 私有网络 5 云分发 6 云dns. */
const PERMISSION_TYPE = { 1: 'instance', 2: 'disk', 3: 'securityGroup', 4: 'vpc', 5: 'cdn', 6: 'dns' } as const
type PermissionType = typeof PERMISSION_TYPE[keyof typeof PERMISSION_TYPE]

export const Subaccount = Type.Object({
  uid: Id(),
  username: Type.String(),
  email: Type.String(),
  status: AccountStatus,
  groupId: GroupRef,
  group: Nullable(Group),
  ...Contact,
  business: Type.String({ description: 'Main business' }),
  receiveMail: Type.Boolean(),
  receiveSms: Type.Boolean(),
  phoneVerified: Type.Boolean(),
  emailVerified: Type.Boolean(),
  platformLabel: Type.String({ description: 'The platform the sub-account belongs to, e.g. VeryCloud' }),
  createdAt: Nullable(DateTime()),
  updatedAt: Nullable(DateTime()),
}, { title: 'Subaccount' })

const CdnConfig = Type.Object({
  type: Type.String({ minLength: 1, maxLength: 32, description: 'Acceleration type', examples: ['cloud'] }),
  billingType: Type.String({ minLength: 1, maxLength: 32, description: 'Billing type', examples: ['tx4d'] }),
}, { additionalProperties: false })

const SubaccountFields = {
  username: Username(),
  password: Password(),
  email: Email(),
  phone: Type.Optional(PhoneNumber()),
  groupId: Type.Optional(Nullable(IdInput('The group to put the sub-account in; null for none'))),
  status: Type.Optional(AccountStatus),
  cdnConfig: Type.Optional(Type.Array(CdnConfig, { maxItems: 20, description: 'The CDN acceleration types the sub-account may use' })),
  ...ContactChanges,
}

export const CreateSubaccount = Type.Object(SubaccountFields, { additionalProperties: false, title: 'CreateSubaccount' })
export const UpdateSubaccount = Type.Partial(CreateSubaccount, { additionalProperties: false, minProperties: 1, title: 'UpdateSubaccount' })

export const ListSubaccountsQuery = Type.Object({ ...PageQuery }, { additionalProperties: false, title: 'ListSubaccountsQuery' })

const SubaccountParams = Type.Object({ uid: IdInput('The sub-account\'s uid') })

const ResourceIds = (word: string, code: string) => Type.Optional(Type.Array(Type.Integer({ minimum: 0 }), {
  maxItems: 1000,
  uniqueItems: true,
  description: `Ids of the ${word} resources the sub-account may use (upstream perms "${code}")`,
}))

/** One optional id list per product, named by the words of PERMISSION_TYPE. */
export const SubaccountPermissions = Type.Object(
  Object.fromEntries(Object.entries(PERMISSION_TYPE).map(([code, word]) => [word, ResourceIds(word, code)])) as Record<PermissionType, ReturnType<typeof ResourceIds>>,
  { additionalProperties: false, title: 'SubaccountPermissions' },
)

const permissionCode = codeFor(PERMISSION_TYPE)

/** create and update share the upstream call; `password2` is the gateway's copy of `password`. */
function subaccountToUpstream (body: Partial<Static<typeof CreateSubaccount>>): Record<string, unknown> {
  return {
    ...pick(body, {
      username: ['username'],
      password: ['password'],
      email: ['mail'],
      phone: ['phone'],
      groupId: ['gid', (id: string | null) => (id === null ? 0 : idToUpstream(id))],
      status: ['status', codeFor(ACCOUNT_STATUS)],
      cdnConfig: ['cdnconfig', (entries: Array<Static<typeof CdnConfig>>) => entries.map(({ type, billingType }) => ({ type, billtype: billingType }))],
    }),
    ...(body.password === undefined ? {} : { password2: body.password }),
    // subaccountAdd documents its switches as strings, unlike profile/update.
    ...contactToUpstream(body, flagToText),
  }
}

function subaccountFrom (value: unknown) {
  const row = record(value)
  return {
    uid: requireId(row.uid, 'data[].uid'),
    username: toText(row.name ?? row.username),
    email: toText(row.mail),
    status: accountStatus(row.status),
    groupId: toOptionalId(row.gid),
    group: row.group === null || typeof row.group !== 'object' ? null : groupFrom(row.group),
    ...contactFrom(row),
    business: toText(row.business),
    receiveMail: toFlag(row.recieve_mail),
    receiveSms: toFlag(row.recieve_sms),
    phoneVerified: toFlag(row.verify_phone),
    emailVerified: toFlag(row.verify_mail),
    platformLabel: toText(row.platform_zh),
    createdAt: toIsoTime(row.created),
    updatedAt: toIsoTime(row.updatetime),
  }
}

const identityExample = { uid: '7002123456', username: 'example_user', email: 'example_user@verycloud.cn', phone: '13545678945' }

export const listSubaccounts = defineOperation({
  operationId: 'listSubaccounts',
  method: 'GET',
  path: '/subaccounts',
  tags: TAGS,
  summary: 'List sub-accounts',
  description: 'The account\'s sub-accounts with their contact fields and group.',
  upstream: '/API/profile/subaccountList',
  cache: { ttlSeconds: 5 },
  status: 200,
  query: ListSubaccountsQuery,
  response: Page(Subaccount, 'SubaccountPage'),
  toUpstream: ({ query }) => ({ page: query.page, limit: query.limit }),
  fromUpstream: (envelope, { query }) => toPage(envelope, query, subaccountFrom),
  examples: {
    response: {
      items: [{
        uid: '7002123456',
        username: 'example_user',
        email: 'example_user@qq.com',
        status: 'enabled',
        groupId: '144',
        group: { id: '1441234567', name: '测试组', note: '测试组', ownerUid: '1234567890', createdAt: '2015-01-24T14:41:48+08:00' },
        contactName: '',
        phone: '13863536426',
        tel: '',
        fax: '',
        card: '',
        address: '',
        company: '',
        business: '',
        website: '',
        qq: '',
        picture: '',
        otherEmails: [],
        otherPhones: [],
        receiveMail: false,
        receiveSms: false,
        phoneVerified: false,
        emailVerified: false,
        platformLabel: 'VeryCloud',
        createdAt: '2015-03-19T13:21:00+08:00',
        updatedAt: '2015-03-19T13:21:00+08:00',
      }],
      page: 1,
      limit: 30,
      total: 1,
      totalPages: 1,
    },
  },
})

export const createSubaccount = defineOperation({
  operationId: 'createSubaccount',
  method: 'POST',
  path: '/subaccounts',
  tags: TAGS,
  summary: 'Create a sub-account',
  description: 'Creates a sub-account, optionally in a group and with its contact fields set.',
  upstream: '/API/profile/subaccountAdd',
  invalidates: ['listSubaccounts', 'getProfile'],
  status: 201,
  body: CreateSubaccount,
  response: AccountIdentity,
  toUpstream: ({ body }) => subaccountToUpstream(body),
  fromUpstream: ({ data }) => accountIdentityFrom(data),
  examples: {
    request: { username: 'example_user', password: '12345678', email: 'example_user@verycloud.cn', phone: '13545678945', groupId: '123', status: 'enabled' },
    response: identityExample,
  },
})

export const updateSubaccount = defineOperation({
  operationId: 'updateSubaccount',
  method: 'PATCH',
  path: '/subaccounts/{uid}',
  tags: TAGS,
  summary: 'Update a sub-account',
  description: 'Changes the given fields of a sub-account; absent fields stay as they are. Upstream this is the create call with `uid` set.',
  upstream: '/API/profile/subaccountAdd',
  invalidates: ['listSubaccounts', 'getProfile'],
  status: 200,
  params: SubaccountParams,
  body: UpdateSubaccount,
  response: AccountIdentity,
  toUpstream: ({ params, body }) => ({ uid: idToUpstream(params.uid), ...subaccountToUpstream(body) }),
  fromUpstream: ({ data }) => accountIdentityFrom(data),
  examples: { request: { status: 'disabled', receiveMail: true }, response: identityExample },
})

export const setSubaccountPermissions = defineOperation({
  operationId: 'setSubaccountPermissions',
  method: 'PUT',
  path: '/subaccounts/{uid}/permissions',
  tags: TAGS,
  summary: 'Set which resources a sub-account may use',
  description: `Per product, the ids of the resources the sub-account may use. Products map to the upstream's perms keys: ${Object.entries(PERMISSION_TYPE).map(([code, word]) => `${word} "${code}"`).join(', ')}.`,
  upstream: '/API/profile/subaccountPerm',
  invalidates: ['listSubaccounts'],
  status: 204,
  params: SubaccountParams,
  body: SubaccountPermissions,
  toUpstream: ({ params, body }) => ({
    uid: idToUpstream(params.uid),
    perms: Object.fromEntries(Object.entries(body).map(([word, ids]) => [String(permissionCode(word as PermissionType)), ids])),
  }),
  examples: { request: { instance: [1, 2, 3], disk: [3, 4, 5] } },
})

/** The words, for tests and docs that list them. */
export const PERMISSION_TYPES = wordsOf(PERMISSION_TYPE)
