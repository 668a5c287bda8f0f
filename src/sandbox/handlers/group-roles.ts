import { Rejection, success } from '../envelope.js'
import { agoText, slashDateTime } from '../formats.js'
import type { Endpoint, Handler, HandlerContext } from '../handler.js'
import { malformed, missing, optionalId, requireId, requireText, type Body } from '../params.js'
import { newestFirst, nextId, type GroupRoleRecord } from '../state.js'
import { groupSummary } from '../views/group.js'
import { findGroup } from './groups.js'

/**
 * Roles: the permissions (API paths from the groupPermissions catalog) a
 * group grants. groupRoleAdd and groupRoleUpdate answer `gid` as a JSON
 * number, as the reference's (malformed) examples do; groupRoleList embeds
 * the whole group instead.
 */

function roleAnswer (role: GroupRoleRecord, nowSeconds: number) {
  return { id: role.id, gid: Number(role.gid), value: role.value, created: slashDateTime(role.createdAt), created_ago: agoText(role.createdAt, nowSeconds) }
}

function checkPermission (context: HandlerContext, value: string): string {
  if (!context.state.permissionCatalog.some((module) => Object.hasOwn(module.subs, value))) throw new Rejection(`权限不存在: ${value}`)
  return value
}

function findRole (context: HandlerContext, id: string): GroupRoleRecord {
  const role = context.state.groupRoles.find((candidate) => candidate.id === id)
  if (role === undefined) throw new Rejection('子账号组权限不存在')
  return role
}

/** `value` (add) and `id` (delete) are arrays upstream; a single value is taken as a one-element array. */
function readList (body: Body, field: string): unknown[] {
  const value = body[field]
  if (value === undefined || value === null || value === '') throw missing(field)
  const list = Array.isArray(value) ? value : [value]
  if (list.length === 0) throw missing(field)
  return list
}

const groupRoleList: Handler = (body, context) => {
  const group = findGroup(context, requireId(body, 'gid'))
  const roles = newestFirst(context.state.groupRoles.filter((role) => role.gid === group.id))
  const embedded = groupSummary(group, context.state.account.uid)
  return success(roles.map((role) => ({
    id: role.id,
    group: embedded,
    value: role.value,
    created: slashDateTime(role.createdAt),
    created_ago: agoText(role.createdAt, context.nowSeconds),
  })))
}

const groupRoleAdd: Handler = (body, context) => {
  const group = findGroup(context, requireId(body, 'gid'))
  const values = readList(body, 'value').map((value) => {
    if (typeof value !== 'string' || value.trim() === '') throw malformed('value')
    return checkPermission(context, value.trim())
  })
  const roles = values.map((value) => ({ id: nextId(context.state, 'groupRole'), gid: group.id, value, createdAt: context.nowSeconds }))
  context.state.groupRoles.push(...roles)
  return success(roles.map((role) => roleAnswer(role, context.nowSeconds)))
}

const groupRoleUpdate: Handler = (body, context) => {
  const role = findRole(context, requireId(body, 'id'))
  const gid = optionalId(body, 'gid')
  if (gid !== undefined && gid !== role.gid) throw new Rejection('该权限不属于此子账号组')
  role.value = checkPermission(context, requireText(body, 'value'))
  return success(roleAnswer(role, context.nowSeconds))
}

const groupRoleDelete: Handler = (body, context) => {
  const gid = optionalId(body, 'gid')
  const ids = readList(body, 'id').map((id) => {
    const text = typeof id === 'number' && Number.isSafeInteger(id) ? String(id) : id
    if (typeof text !== 'string' || !/^\d+$/.test(text)) throw malformed('id')
    const role = findRole(context, text)
    if (gid !== undefined && gid !== role.gid) throw new Rejection('该权限不属于此子账号组')
    return role.id
  })
  const doomed = new Set(ids)
  context.state.groupRoles = context.state.groupRoles.filter((role) => !doomed.has(role.id))
  return success()
}

export const groupRoleEndpoints: Endpoint[] = [
  { path: '/API/profile/groupRoleList', handler: groupRoleList },
  { path: '/API/profile/groupRoleAdd', handler: groupRoleAdd },
  { path: '/API/profile/groupRoleUpdate', handler: groupRoleUpdate },
  { path: '/API/profile/groupRoleDelete', handler: groupRoleDelete },
]
