import { recordActivity } from '../activity-log.js'
import { Rejection, success } from '../envelope.js'
import type { Endpoint, Handler, HandlerContext } from '../handler.js'
import { paginate, readPage } from '../pagination.js'
import {
  checkNewPassword, isPresent, malformed, optionalChoice, optionalId, optionalMail, optionalMobile,
  optionalText, requireId, requireMail, requireSecret, requireText, type Body,
} from '../params.js'
import { readProfileChanges } from '../profile-changes.js'
import { blankProfile } from '../seed/account.js'
import { nextId, usernameTaken, type CdnConfigEntry, type SubaccountRecord } from '../state.js'
import { subaccountListRow } from '../views/subaccount.js'

/**
 * Sub-accounts: a paged list, one endpoint that creates (no `uid`) or
 * updates (with `uid`), and the per-product permission map.
 */

const subaccountList: Handler = (body, { state, nowSeconds }) => {
  const request = readPage(body)
  const ordered = [...state.subaccounts].sort((a, b) => b.createdAt - a.createdAt)
  const page = paginate(ordered, request)
  // The reference answers this list's total as a number.
  return success(page.rows.map((subaccount) => subaccountListRow(subaccount, state, nowSeconds)), { total: page.total, totalpage: page.totalpage })
}

function findSubaccount (context: HandlerContext, uid: string): SubaccountRecord {
  const subaccount = context.state.subaccounts.find((candidate) => candidate.uid === uid)
  if (subaccount === undefined) throw new Rejection('子账号不存在')
  return subaccount
}

/** "0" (or absent) puts the sub-account in no group; any other id must be a group of the account. */
function readGroupId (body: Body, context: HandlerContext): string | undefined {
  const gid = optionalId(body, 'gid')
  if (gid === undefined || gid === '0') return gid
  if (!context.state.groups.some((group) => group.id === gid)) throw new Rejection('子账号组不存在')
  return gid
}

function readCdnConfig (body: Body): CdnConfigEntry[] | undefined {
  if (!isPresent(body, 'cdnconfig')) return undefined
  const value = body.cdnconfig
  if (!Array.isArray(value)) throw malformed('cdnconfig')
  return value.map((entry: unknown) => {
    if (entry === null || typeof entry !== 'object') throw malformed('cdnconfig')
    const { type, billtype } = entry as Record<string, unknown>
    if (typeof type !== 'string' || type === '' || typeof billtype !== 'string' || billtype === '') throw malformed('cdnconfig')
    return { type, billtype }
  })
}

function readNewPassword (body: Body): string {
  const password = requireSecret(body, 'password')
  if (password !== requireSecret(body, 'password2')) throw new Rejection('两次输入的密码不一致')
  checkNewPassword(password)
  return password
}

function answer (subaccount: SubaccountRecord) {
  return success({ uid: subaccount.uid, name: subaccount.username, mail: subaccount.mail, phone: subaccount.profile.phone })
}

function createSubaccount (body: Body, context: HandlerContext) {
  const username = requireText(body, 'username')
  const password = readNewPassword(body)
  const mail = requireMail(body, 'mail')
  const phone = optionalMobile(body, 'phone') ?? ''
  const gid = readGroupId(body, context) ?? '0'
  const status = optionalChoice(body, 'status', ['0', '1'] as const) ?? '1'
  const cdnconfig = readCdnConfig(body) ?? []
  const profile = { ...blankProfile(), ...readProfileChanges(body), phone }
  if (usernameTaken(context.state, username)) throw new Rejection('用户名已存在')

  const subaccount: SubaccountRecord = {
    uid: nextId(context.state, 'subaccount'),
    username,
    password,
    mail,
    status,
    gid,
    platform: '1',
    createdAt: context.nowSeconds,
    updatedAt: context.nowSeconds,
    profile,
    cdnconfig,
    perms: {},
  }
  context.state.subaccounts.push(subaccount)
  recordActivity(context, { type: 'user', op: '1', title: '创建子账号', content: `子账号:${username}` })
  return answer(subaccount)
}

function updateSubaccount (uid: string, body: Body, context: HandlerContext) {
  const subaccount = findSubaccount(context, uid)
  // Everything is read and checked before anything is changed: a rejected update changes nothing.
  const username = optionalText(body, 'username')
  if (username !== undefined && username !== subaccount.username && usernameTaken(context.state, username)) throw new Rejection('用户名已存在')
  const password = isPresent(body, 'password') ? readNewPassword(body) : undefined
  const mail = optionalMail(body, 'mail')
  const phone = optionalMobile(body, 'phone')
  const gid = readGroupId(body, context)
  const status = optionalChoice(body, 'status', ['0', '1'] as const)
  const cdnconfig = readCdnConfig(body)
  const changes = readProfileChanges(body)

  if (username !== undefined && username !== '') subaccount.username = username
  if (password !== undefined) subaccount.password = password
  if (mail !== undefined) subaccount.mail = mail
  if (gid !== undefined) subaccount.gid = gid
  if (status !== undefined) subaccount.status = status
  if (cdnconfig !== undefined) subaccount.cdnconfig = cdnconfig
  Object.assign(subaccount.profile, changes)
  if (phone !== undefined) subaccount.profile.phone = phone
  subaccount.updatedAt = context.nowSeconds
  return answer(subaccount)
}

const subaccountAdd: Handler = (body, context) => {
  const uid = optionalId(body, 'uid')
  return uid === undefined ? createSubaccount(body, context) : updateSubaccount(uid, body, context)
}

/** The product types perms may name: 1 云主机 2 云硬盘 3 安全组 4 私有网络 5 云分发 6 云dns. */
const PERM_TYPES = new Set(['1', '2', '3', '4', '5', '6'])

function readPerms (body: Body): Record<string, number[]> {
  if (!isPresent(body, 'perms')) throw new Rejection('缺少必要参数: perms')
  const value = body.perms
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Rejection('权限格式不正确')
  const perms: Record<string, number[]> = {}
  for (const [type, ids] of Object.entries(value)) {
    if (!PERM_TYPES.has(type) || !Array.isArray(ids)) throw new Rejection('权限格式不正确')
    perms[type] = ids.map((id: unknown) => {
      const number = typeof id === 'string' && /^\d+$/.test(id) ? Number(id) : id
      if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 0) throw new Rejection('权限格式不正确')
      return number
    })
  }
  return perms
}

const subaccountPerm: Handler = (body, context) => {
  const subaccount = findSubaccount(context, requireId(body, 'uid'))
  subaccount.perms = readPerms(body)
  return success()
}

export const subaccountEndpoints: Endpoint[] = [
  { path: '/API/profile/subaccountList', handler: subaccountList },
  { path: '/API/profile/subaccountAdd', handler: subaccountAdd },
  { path: '/API/profile/subaccountPerm', handler: subaccountPerm },
]
