import t from 'tap'
import { manualClock, startTestSandbox, tokenCaller } from './support/sandbox-client.js'

interface GroupRow { id: string, name: string, note: string, uid: string, username: string, created: string, created_ago: string }
interface GroupSummary { id: string, uid: string, name: string, note: string, created: string }
interface RoleAnswer { id: string, gid: number, value: string, created: string, created_ago: string }
interface RoleRow { id: string, group: GroupSummary, value: string, created: string }

t.test('a created group shows in the list, changes, and disappears when deleted', async (t) => {
  const clock = manualClock()
  const sandbox = await startTestSandbox(t, { now: clock.now })
  const call = await tokenCaller(sandbox)

  const added = await call<GroupSummary>('/API/profile/groupAdd', { name: '新组', note: '备注' })
  t.equal(added.code, 1)
  t.same(added.data, { id: '1571234567', uid: '6894123456', name: '新组', note: '备注', created: String(Math.floor(clock.now() / 1000)) })

  const second = await call<GroupSummary>('/API/profile/groupAdd', { name: '另一个组' })
  t.equal(second.data.id, '1571234568', 'ids are unique')
  t.equal(second.data.note, '', 'note defaults to empty')

  clock.advance(5 * 60_000)
  let list = await call<GroupRow[]>('/API/profile/groupList')
  t.equal(list.data.length, 7)
  t.equal(list.data[1]?.id, '1571234567', 'newest first')
  t.equal(list.data[1]?.created_ago, '5分钟前')
  t.equal(list.data[1]?.username, 'example_user')

  const updated = await call<GroupSummary>('/API/profile/groupUpdate', { id: 1571234567, name: '改名组' })
  t.equal(updated.data.name, '改名组')
  t.equal(updated.data.note, '备注', 'a field not sent is kept')
  list = await call<GroupRow[]>('/API/profile/groupList', { name: '改名' })
  t.same(list.data.map((group) => group.id), ['1571234567'])

  t.same(await call('/API/profile/groupDelete', { id: '1571234567' }), { code: 1, message: '操作完成' })
  list = await call<GroupRow[]>('/API/profile/groupList')
  t.notOk(list.data.some((group) => group.id === '1571234567'))
  t.notOk(sandbox.state.groups.some((group) => group.id === '1571234567'))
})

t.test('unknown groups are refused in Chinese', async (t) => {
  const sandbox = await startTestSandbox(t)
  const call = await tokenCaller(sandbox)
  t.same(await call('/API/profile/groupDelete', { id: 999 }), { code: 0, message: '子账号组不存在' })
  t.same(await call('/API/profile/groupUpdate', { id: 999, name: 'x' }), { code: 0, message: '子账号组不存在' })
  t.same(await call('/API/profile/groupRoleList', { gid: 999 }), { code: 0, message: '子账号组不存在' })
  const noName = await call('/API/profile/groupAdd', { note: 'no name' })
  t.equal(noName.code, 0)
  t.match(noName.message, /name/)
  t.same(await call('/API/profile/groupDelete', { id: '14a' }), { code: 0, message: '参数格式不正确: id' })
  const noId = await call('/API/profile/groupDelete')
  t.equal(noId.code, 0)
  t.match(noId.message, /id/)
  t.equal(sandbox.state.groups.length, 5, 'nothing changed')
})

t.test('roles are added, changed and removed per group', async (t) => {
  const sandbox = await startTestSandbox(t)
  const call = await tokenCaller(sandbox)
  const group = await call<GroupSummary>('/API/profile/groupAdd', { name: '角色组' })
  const gid = Number(group.data.id)

  const added = await call<RoleAnswer[]>('/API/profile/groupRoleAdd', { gid, value: ['API/instance/cloudDiskList', 'API/instance/cloudDiskAdd'] })
  t.equal(added.code, 1)
  t.equal(added.data.length, 2)
  t.equal(added.data[0]?.gid, gid, 'gid answered as a number, as in the reference')
  t.equal(added.data[0]?.value, 'API/instance/cloudDiskList')
  t.not(added.data[0]?.id, added.data[1]?.id)

  let roles = await call<RoleRow[]>('/API/profile/groupRoleList', { gid })
  t.equal(roles.data.length, 2)
  t.same(roles.data[0]?.group, group.data, 'the whole group is embedded')

  const roleId = added.data[0]?.id as string
  const changed = await call<RoleAnswer>('/API/profile/groupRoleUpdate', { id: Number(roleId), gid, value: 'API/cdn/domainList' })
  t.equal(changed.data.value, 'API/cdn/domainList')
  t.same(await call('/API/profile/groupRoleUpdate', { id: Number(roleId), gid: 1441234567, value: 'API/cdn/domainList' }),
    { code: 0, message: '该权限不属于此子账号组' })
  t.same(await call('/API/profile/groupRoleUpdate', { id: Number(roleId), value: 'API/nowhere' }), { code: 0, message: '权限不存在: API/nowhere' })

  t.same(await call('/API/profile/groupRoleDelete', { id: [Number(roleId)] }), { code: 1, message: '操作完成' })
  roles = await call<RoleRow[]>('/API/profile/groupRoleList', { gid })
  t.same(roles.data.map((role) => role.id), [added.data[1]?.id])
  t.same(await call('/API/profile/groupRoleDelete', { id: [Number(roleId)] }), { code: 0, message: '子账号组权限不存在' })
})

t.test('roles must name permissions of the catalog', async (t) => {
  const sandbox = await startTestSandbox(t)
  const call = await tokenCaller(sandbox)
  const refused = await call('/API/profile/groupRoleAdd', { gid: 1441234567, value: ['API/cdn/domainList', 'API/made/up'] })
  t.same(refused, { code: 0, message: '权限不存在: API/made/up' })
  t.equal(sandbox.state.groupRoles.length, 3, 'all or nothing')
})

t.test('deleting a group drops its roles and leaves its members in no group', async (t) => {
  const sandbox = await startTestSandbox(t)
  const call = await tokenCaller(sandbox)
  t.equal((await call('/API/profile/groupDelete', { id: 1441234567 })).code, 1)
  t.notOk(sandbox.state.groupRoles.some((role) => role.gid === '1441234567'))
  const member = sandbox.state.subaccounts.find((subaccount) => subaccount.uid === '7002123456')
  t.equal(member?.gid, '0')
  const list = await call<Array<{ uid: string, group: unknown, gid: string }>>('/API/profile/subaccountList')
  const row = list.data.find((subaccount) => subaccount.uid === '7002123456')
  t.equal(row?.group, null)
})

t.test('group and role edge cases', async (t) => {
  const sandbox = await startTestSandbox(t)
  const call = await tokenCaller(sandbox)
  t.same(await call('/API/profile/groupAdd', { name: { zh: '组' } }), { code: 0, message: '参数格式不正确: name' })
  t.same(await call('/API/profile/groupAdd', { name: '组'.repeat(51) }), { code: 0, message: '子账号组名称不能超过50个字符' })
  t.equal((await call<GroupSummary>('/API/profile/groupUpdate', { id: 1431234567, note: '' })).data.note, '', 'an explicit empty note clears it')

  const single = await call<RoleAnswer[]>('/API/profile/groupRoleAdd', { gid: 1451234567, value: 'API/dns/domainList' })
  t.equal(single.data.length, 1, 'a single value is a list of one')
  t.same(await call('/API/profile/groupRoleAdd', { gid: 1451234567, value: [] }), { code: 0, message: '缺少必要参数: value' })
  t.same(await call('/API/profile/groupRoleAdd', { gid: 1451234567, value: [7] }), { code: 0, message: '参数格式不正确: value' })
  t.same(await call('/API/profile/groupRoleAdd', { gid: 1451234567 }), { code: 0, message: '缺少必要参数: value' })
  t.same(await call('/API/profile/groupRoleDelete', { id: ['x'] }), { code: 0, message: '参数格式不正确: id' })
  t.same(await call('/API/profile/groupRoleDelete', { id: 7448123456, gid: 1451234567 }), { code: 0, message: '该权限不属于此子账号组' })
  t.same(await call('/API/profile/groupRoleDelete', { id: '7448123456', gid: 1441234567 }), { code: 1, message: '操作完成' }, 'a single id, as a string')
  t.same(await call('/API/profile/groupRoleDelete', { id: [7412123456, 1] }), { code: 0, message: '子账号组权限不存在' })
  t.ok(sandbox.state.groupRoles.some((role) => role.id === '7412123456'), 'all or nothing')
})
