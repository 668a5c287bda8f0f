import { Type } from '@sinclair/typebox'
import { ItemList, Page, PageQuery } from '../schemas/page.js'
import { DateTime, Id, Nullable } from '../schemas/primitives.js'
import { idToUpstream, pick, record, requireId, requireRecord, toId, toIsoTime, toItems, toPage, toText } from './convert.js'
import { IdInput } from './fields.js'
import { defineOperation } from './types.js'

/** Sub-account groups, the roles (permissions) each grants, and the catalog of permissions there are. */

const TAGS = ['groups']

export const Group = Type.Object({
  id: Id(),
  name: Type.String(),
  note: Type.String(),
  ownerUid: Id('The account that owns the group'),
  createdAt: Nullable(DateTime()),
}, { title: 'Group' })

/** The upstream writes a group's `created` as "2015/01/24 14:41" in lists and "1426744428" elsewhere; both read the same. */
export const groupFrom = (value: unknown) => {
  const group = requireRecord(value, 'the group')
  return { id: requireId(group.id, 'group id'), name: toText(group.name), note: toText(group.note), ownerUid: toId(group.uid), createdAt: toIsoTime(group.created) }
}

const GroupName = Type.String({ minLength: 1, maxLength: 50, description: 'Group name' })
const GroupNote = Type.String({ maxLength: 255, description: 'Free-text note' })

export const ListGroupsQuery = Type.Object({
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 50, description: 'Only groups whose name contains this' })),
  ...PageQuery,
}, { additionalProperties: false, title: 'ListGroupsQuery' })

export const CreateGroup = Type.Object({ name: GroupName, note: Type.Optional(GroupNote) }, { additionalProperties: false, title: 'CreateGroup' })
export const UpdateGroup = Type.Object({ name: Type.Optional(GroupName), note: Type.Optional(GroupNote) }, { additionalProperties: false, minProperties: 1, title: 'UpdateGroup' })

const GroupParams = Type.Object({ groupId: IdInput('The group\'s id') })
const RoleParams = Type.Object({ groupId: IdInput('The group\'s id'), roleId: IdInput('The role\'s id') })

/** A permission is an upstream API path from the permission catalog. */
const Permission = Type.String({ pattern: '^API/[A-Za-z0-9_]+/[A-Za-z0-9_]+$', maxLength: 128, description: 'An upstream API path from the permission catalog', examples: ['API/instance/cloudDiskList'] })

export const GroupRole = Type.Object({
  id: Id(),
  groupId: Id(),
  permission: Type.String({ description: 'The API path this role grants' }),
  createdAt: Nullable(DateTime()),
}, { title: 'GroupRole' })

/** groupRoleList embeds the whole group, groupRoleAdd/Update give its `gid`; the path has it in any case. */
const groupRoleFrom = (value: unknown, groupId: string) => {
  const role = requireRecord(value, 'the role')
  const embedded = toId(record(role.group).id)
  return {
    id: requireId(role.id, 'role id'),
    groupId: toId(role.gid ?? (embedded === '' ? groupId : embedded)),
    permission: toText(role.value),
    createdAt: toIsoTime(role.created),
  }
}

/** The reference's two roles; its examples disagree on their group's id (1571234567 listed, 1234567890 added). */
const roleExamples = (groupId: string) => [
  { id: '7448123456', groupId, permission: 'API/instance/cloudDiskAdd', createdAt: '2015-01-20T13:00:00+08:00' },
  { id: '7412123456', groupId, permission: 'API/instance/cloudDiskList', createdAt: '2015-01-07T10:28:00+08:00' },
]

export const AddGroupRoles = Type.Object({
  permissions: Type.Array(Permission, { minItems: 1, maxItems: 100, uniqueItems: true }),
}, { additionalProperties: false, title: 'AddGroupRoles' })

export const UpdateGroupRole = Type.Object({ permission: Permission }, { additionalProperties: false, title: 'UpdateGroupRole' })

export const PermissionModule = Type.Object({
  module: Type.String({ description: 'The upstream\'s module key, e.g. cloud_cdn' }),
  name: Type.String({ description: 'The module\'s display name' }),
  permissions: Type.Array(Type.Object({
    permission: Type.String({ description: 'The API path a role may grant' }),
    name: Type.String({ description: 'Its display name' }),
  })),
}, { title: 'PermissionModule' })

export const listGroups = defineOperation({
  operationId: 'listGroups',
  method: 'GET',
  path: '/groups',
  tags: TAGS,
  summary: 'List sub-account groups',
  description: 'The account\'s sub-account groups, optionally only those whose name contains `name`.',
  upstream: '/API/profile/groupList',
  cache: { ttlSeconds: 5 },
  status: 200,
  query: ListGroupsQuery,
  response: Page(Group, 'GroupPage'),
  toUpstream: ({ query }) => ({ ...pick(query, { name: ['name'] }), page: query.page, limit: query.limit }),
  fromUpstream: (envelope, { query }) => toPage(envelope, query, groupFrom),
  examples: {
    response: {
      items: [
        { id: '1441234567', name: '测试组', note: '测试组', ownerUid: '6894123456', createdAt: '2015-01-24T14:41:00+08:00' },
        { id: '1451234567', name: '测试组2', note: '测试组2', ownerUid: '6894123456', createdAt: '2014-12-11T09:58:00+08:00' },
      ],
      page: 1,
      limit: 30,
      total: 2,
      totalPages: 1,
    },
  },
})

const GROUP_FIELDS = { name: ['name'], note: ['note'] } as const

/** groupAdd's and groupUpdate's examples in the reference are the same group. */
const GROUP_EXAMPLES = {
  request: { name: '测试组', note: '测试组' },
  response: { id: '1571234567', name: '测试组', note: '测试组', ownerUid: '6894123456', createdAt: '2015-03-19T13:53:48+08:00' },
}

export const createGroup = defineOperation({
  operationId: 'createGroup',
  method: 'POST',
  path: '/groups',
  tags: TAGS,
  summary: 'Create a sub-account group',
  description: 'Creates a group; give it roles with addGroupRoles and put sub-accounts in it with their `groupId`.',
  upstream: '/API/profile/groupAdd',
  invalidates: ['listGroups'],
  status: 201,
  body: CreateGroup,
  response: Group,
  toUpstream: ({ body }) => pick(body, GROUP_FIELDS),
  fromUpstream: ({ data }) => groupFrom(data),
  examples: GROUP_EXAMPLES,
})

export const updateGroup = defineOperation({
  operationId: 'updateGroup',
  method: 'PATCH',
  path: '/groups/{groupId}',
  tags: TAGS,
  summary: 'Rename a group or change its note',
  description: 'Changes the given fields of a group; absent fields stay as they are.',
  upstream: '/API/profile/groupUpdate',
  invalidates: ['listGroups', 'listSubaccounts'],
  status: 200,
  params: GroupParams,
  body: UpdateGroup,
  response: Group,
  toUpstream: ({ params, body }) => ({ id: idToUpstream(params.groupId), ...pick(body, GROUP_FIELDS) }),
  fromUpstream: ({ data }) => groupFrom(data),
  examples: GROUP_EXAMPLES,
})

export const deleteGroup = defineOperation({
  operationId: 'deleteGroup',
  method: 'DELETE',
  path: '/groups/{groupId}',
  tags: TAGS,
  summary: 'Delete a group',
  description: 'Deletes a group with its roles.',
  upstream: '/API/profile/groupDelete',
  invalidates: ['listGroups', 'listGroupRoles', 'listSubaccounts'],
  status: 204,
  params: GroupParams,
  toUpstream: ({ params }) => ({ id: idToUpstream(params.groupId) }),
})

export const listPermissionCatalog = defineOperation({
  operationId: 'listPermissionCatalog',
  method: 'GET',
  path: '/permissions',
  tags: TAGS,
  summary: 'List the permissions a group role may grant',
  description: 'The catalog of upstream API paths, by module. It changes rarely, so it is served from memory: synced from the upstream at start, every SYNC_INTERVAL_S and on POST /admin/sync (see GET /admin/sync).',
  upstream: '/API/profile/groupPermissions',
  catalog: 'permissions',
  status: 200,
  response: ItemList(PermissionModule, 'PermissionCatalog'),
  toUpstream: () => ({}),
  // The upstream answers an object keyed by module; the modules are its values.
  fromUpstream: ({ data }) => ({
    items: Object.values(record(data)).map(record).map((module) => ({
      module: toText(module.module),
      name: toText(module.name),
      permissions: Object.entries(record(module.subs)).map(([permission, name]) => ({ permission, name: toText(name) })),
    })),
  }),
  examples: {
    response: {
      items: [{
        module: 'cloud_cdn',
        name: 'CDN',
        permissions: [{ permission: 'API/cdn/domainList', name: '频道列表' }, { permission: 'API/cdn/domainAdd', name: '新增频道' }],
      }],
    },
  },
})

export const listGroupRoles = defineOperation({
  operationId: 'listGroupRoles',
  method: 'GET',
  path: '/groups/{groupId}/roles',
  tags: TAGS,
  summary: 'List a group\'s roles',
  description: 'The permissions a group grants. The upstream does not page this list.',
  upstream: '/API/profile/groupRoleList',
  cache: { ttlSeconds: 5 },
  status: 200,
  params: GroupParams,
  response: ItemList(GroupRole, 'GroupRoleList'),
  toUpstream: ({ params }) => ({ gid: idToUpstream(params.groupId) }),
  fromUpstream: ({ data }, { params }) => toItems(data, (row) => groupRoleFrom(row, params.groupId)),
  examples: { response: { items: roleExamples('1571234567') } },
})

export const addGroupRoles = defineOperation({
  operationId: 'addGroupRoles',
  method: 'POST',
  path: '/groups/{groupId}/roles',
  tags: TAGS,
  summary: 'Grant permissions to a group',
  description: 'Adds one role per permission (API paths from GET /permissions). Answers the roles created.',
  upstream: '/API/profile/groupRoleAdd',
  invalidates: ['listGroupRoles'],
  status: 201,
  params: GroupParams,
  body: AddGroupRoles,
  response: ItemList(GroupRole, 'GroupRolesAdded'),
  toUpstream: ({ params, body }) => ({ gid: idToUpstream(params.groupId), value: body.permissions }),
  fromUpstream: ({ data }, { params }) => toItems(data, (row) => groupRoleFrom(row, params.groupId)),
  examples: {
    request: { permissions: ['API/instance/cloudDiskList', 'API/instance/cloudDiskAdd'] },
    response: { items: roleExamples('1234567890') },
  },
})

export const updateGroupRole = defineOperation({
  operationId: 'updateGroupRole',
  method: 'PUT',
  path: '/groups/{groupId}/roles/{roleId}',
  tags: TAGS,
  summary: 'Change the permission a role grants',
  description: 'Replaces a role\'s permission with another from GET /permissions.',
  upstream: '/API/profile/groupRoleUpdate',
  invalidates: ['listGroupRoles'],
  status: 200,
  params: RoleParams,
  body: UpdateGroupRole,
  response: GroupRole,
  toUpstream: ({ params, body }) => ({ id: idToUpstream(params.roleId), gid: idToUpstream(params.groupId), value: body.permission }),
  fromUpstream: ({ data }, { params }) => groupRoleFrom(data, params.groupId),
  examples: {
    request: { permission: 'API/instance/cloudDiskAdd' },
    response: roleExamples('1234567890')[0],
  },
})

export const deleteGroupRole = defineOperation({
  operationId: 'deleteGroupRole',
  method: 'DELETE',
  path: '/groups/{groupId}/roles/{roleId}',
  tags: TAGS,
  summary: 'Remove a role from a group',
  description: 'Deletes one role. The upstream identifies roles by id alone, so only the role id travels upstream.',
  upstream: '/API/profile/groupRoleDelete',
  invalidates: ['listGroupRoles'],
  status: 204,
  params: RoleParams,
  toUpstream: ({ params }) => ({ id: [idToUpstream(params.roleId)] }),
})
