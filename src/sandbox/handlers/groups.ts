import { recordActivity } from '../activity-log.js'
import { Rejection, success } from '../envelope.js'
import type { Endpoint, Handler, HandlerContext } from '../handler.js'
import { paginate, readPage } from '../pagination.js'
import { optionalText, requireId, requireText } from '../params.js'
import { newestFirst, nextId, type GroupRecord } from '../state.js'
import { groupListRow, groupSummary } from '../views/group.js'

/** Sub-account groups and the catalog of permissions their roles may grant. */

const MAX_NAME_LENGTH = 50

export function findGroup (context: HandlerContext, id: string): GroupRecord {
  const group = context.state.groups.find((candidate) => candidate.id === id)
  if (group === undefined) throw new Rejection('子账号组不存在')
  return group
}

function checkName (name: string): string {
  if ([...name].length > MAX_NAME_LENGTH) throw new Rejection(`子账号组名称不能超过${MAX_NAME_LENGTH}个字符`)
  return name
}

const groupList: Handler = (body, { state, settings, nowSeconds }) => {
  const request = readPage(body)
  const name = optionalText(body, 'name')
  const matching = name === undefined ? state.groups : state.groups.filter((group) => group.name.includes(name))
  const page = paginate(newestFirst(matching), request)
  // The reference's example shows no totals here; the sandbox adds them, as strings like most lists.
  return success(
    page.rows.map((group) => groupListRow(group, state.account.uid, settings.username, nowSeconds)),
    { total: String(page.total), totalpage: page.totalpage },
  )
}

const groupAdd: Handler = (body, context) => {
  const name = checkName(requireText(body, 'name'))
  const note = optionalText(body, 'note') ?? ''
  const group: GroupRecord = { id: nextId(context.state, 'group'), name, note, createdAt: context.nowSeconds }
  context.state.groups.push(group)
  recordActivity(context, { type: 'user', op: '1', title: '创建子账号组', content: `子账号组:${name}` })
  return success(groupSummary(group, context.state.account.uid))
}

const groupUpdate: Handler = (body, context) => {
  const group = findGroup(context, requireId(body, 'id'))
  const name = optionalText(body, 'name')
  const note = optionalText(body, 'note')
  if (name !== undefined) group.name = checkName(name)
  // An explicit empty note clears it; an absent one leaves it.
  if (note !== undefined) group.note = note
  else if (body.note === '') group.note = ''
  return success(groupSummary(group, context.state.account.uid))
}

/** Deleting a group drops its roles and leaves its sub-accounts in no group. */
const groupDelete: Handler = (body, context) => {
  const group = findGroup(context, requireId(body, 'id'))
  const { state } = context
  state.groups = state.groups.filter((candidate) => candidate !== group)
  state.groupRoles = state.groupRoles.filter((role) => role.gid !== group.id)
  for (const subaccount of state.subaccounts) {
    if (subaccount.gid === group.id) subaccount.gid = '0'
  }
  recordActivity(context, { type: 'user', op: '3', title: '删除子账号组', content: `子账号组:${group.name}` })
  return success()
}

const groupPermissions: Handler = (_body, { state }) => {
  const catalog = Object.fromEntries(state.permissionCatalog.map((module) => [module.module, { module: module.module, name: module.name, subs: { ...module.subs } }]))
  return success(catalog)
}

export const groupEndpoints: Endpoint[] = [
  { path: '/API/profile/groupList', handler: groupList },
  { path: '/API/profile/groupAdd', handler: groupAdd },
  { path: '/API/profile/groupUpdate', handler: groupUpdate },
  { path: '/API/profile/groupDelete', handler: groupDelete },
  { path: '/API/profile/groupPermissions', handler: groupPermissions },
]
