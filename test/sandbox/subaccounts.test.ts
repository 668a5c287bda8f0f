import t from 'tap'
import { startTestSandbox, tokenCaller } from './support/sandbox-client.js'

interface SubaccountAnswer { uid: string, name: string, mail: string, phone: string }
interface SubaccountRow { uid: string, name: string, gid: string, status: string, tel: string, created: string }

const NEW_SUBACCOUNT = { username: 'ops_new', password: '12345678', password2: '12345678', mail: 'ops_new@verycloud.cn', phone: '13545678945', gid: 1451234567, status: 1 }

t.test('a sub-account is created without uid and updated with it', async (t) => {
  const sandbox = await startTestSandbox(t)
  const call = await tokenCaller(sandbox)

  const created = await call<SubaccountAnswer>('/API/profile/subaccountAdd', { ...NEW_SUBACCOUNT, tel: '0510-1', cdnconfig: [{ type: 'cloud', billtype: 'tx4d' }] })
  t.same(created.data, { uid: '7005123456', name: 'ops_new', mail: 'ops_new@verycloud.cn', phone: '13545678945' })
  const stored = sandbox.state.subaccounts.find((subaccount) => subaccount.uid === '7005123456')
  t.match(stored, { password: '12345678', gid: '1451234567', status: '1', cdnconfig: [{ type: 'cloud', billtype: 'tx4d' }], profile: { tel: '0510-1' } })

  let list = await call<SubaccountRow[]>('/API/profile/subaccountList')
  t.equal(list.total, 4)
  t.equal(list.data[0]?.uid, '7005123456', 'newest first')

  const updated = await call<SubaccountAnswer>('/API/profile/subaccountAdd', { uid: 7005123456, status: 0, gid: 0, mail: 'ops_moved@verycloud.cn' })
  t.same(updated.data, { uid: '7005123456', name: 'ops_new', mail: 'ops_moved@verycloud.cn', phone: '13545678945' })
  list = await call<SubaccountRow[]>('/API/profile/subaccountList')
  t.match(list.data[0], { uid: '7005123456', status: '0', gid: '0', tel: '0510-1' })
  t.equal(sandbox.state.subaccounts.length, 4, 'an update creates nothing')
  t.equal(stored?.password, '12345678', 'an update without password keeps it')
})

t.test('a new sub-account needs only a name, a password twice and a mail', async (t) => {
  const sandbox = await startTestSandbox(t)
  const call = await tokenCaller(sandbox)
  const created = await call<SubaccountAnswer>('/API/profile/subaccountAdd', { username: 'bare_user', password: 'bare-pass', password2: 'bare-pass', mail: 'bare@verycloud.cn' })
  t.same(created.data, { uid: '7005123456', name: 'bare_user', mail: 'bare@verycloud.cn', phone: '' })
  t.match(sandbox.state.subaccounts.at(-1), { gid: '0', status: '1', cdnconfig: [], perms: {} })
})

t.test('sub-account rejections', async (t) => {
  const sandbox = await startTestSandbox(t)
  const call = await tokenCaller(sandbox)
  t.same(await call('/API/profile/subaccountAdd', { ...NEW_SUBACCOUNT, password2: 'other-pass' }), { code: 0, message: '两次输入的密码不一致' })
  t.same(await call('/API/profile/subaccountAdd', { ...NEW_SUBACCOUNT, username: 'example_subuser' }), { code: 0, message: '用户名已存在' })
  t.same(await call('/API/profile/subaccountAdd', { ...NEW_SUBACCOUNT, gid: 999 }), { code: 0, message: '子账号组不存在' })
  t.same(await call('/API/profile/subaccountAdd', { ...NEW_SUBACCOUNT, username: undefined }), { code: 0, message: '缺少必要参数: username' })
  t.same(await call('/API/profile/subaccountAdd', { ...NEW_SUBACCOUNT, cdnconfig: 'cloud' }), { code: 0, message: '参数格式不正确: cdnconfig' })
  t.same(await call('/API/profile/subaccountAdd', { uid: 1, status: 0 }), { code: 0, message: '子账号不存在' })
  t.same(await call('/API/profile/subaccountAdd', { uid: 7002123456, password: 'abcdefg', password2: 'abcdefh' }), { code: 0, message: '两次输入的密码不一致' })
  t.same(await call('/API/profile/subaccountAdd', { uid: 7002123456, username: 'ops_monitor' }), { code: 0, message: '用户名已存在' })
  t.equal(sandbox.state.subaccounts.length, 3)
  t.equal(sandbox.state.subaccounts[0]?.username, 'example_subuser', 'a refused update changes nothing')
})

t.test('sub-account permissions are stored per product type', async (t) => {
  const sandbox = await startTestSandbox(t)
  const call = await tokenCaller(sandbox)
  t.same(await call('/API/profile/subaccountPerm', { uid: 7003123456, perms: { 1: [1, 2, 3], 5: ['7'] } }), { code: 1, message: '操作完成' })
  t.same(sandbox.state.subaccounts.find((subaccount) => subaccount.uid === '7003123456')?.perms, { 1: [1, 2, 3], 5: [7] })
  t.same(await call('/API/profile/subaccountPerm', { uid: 7003123456, perms: { 7: [1] } }), { code: 0, message: '权限格式不正确' })
  t.same(await call('/API/profile/subaccountPerm', { uid: 7003123456, perms: { 1: ['x'] } }), { code: 0, message: '权限格式不正确' })
  t.same(await call('/API/profile/subaccountPerm', { uid: 7003123456, perms: [[1]] }), { code: 0, message: '权限格式不正确' })
  t.same(await call('/API/profile/subaccountPerm', { uid: 7003123456 }), { code: 0, message: '缺少必要参数: perms' })
  t.same(await call('/API/profile/subaccountPerm', { uid: 42, perms: {} }), { code: 0, message: '子账号不存在' })
})

t.test('an update may rename a sub-account and change its password', async (t) => {
  const sandbox = await startTestSandbox(t)
  const call = await tokenCaller(sandbox)
  const updated = await call<SubaccountAnswer>('/API/profile/subaccountAdd', {
    uid: '7002123456', username: 'renamed_user', password: 'brand-new', password2: 'brand-new', phone: '13900000000', cdnconfig: [], contactname: '张三',
  })
  t.same(updated.data, { uid: '7002123456', name: 'renamed_user', mail: 'example_subuser@verycloud.cn', phone: '13900000000' })
  t.match(sandbox.state.subaccounts[0], { username: 'renamed_user', password: 'brand-new', cdnconfig: [], profile: { contactname: '张三' } })
  t.same(await call('/API/profile/subaccountAdd', { uid: 7002123456, username: 'renamed_user' }), updated, 'keeping its own name is no clash')
  t.same(await call('/API/profile/subaccountAdd', { ...NEW_SUBACCOUNT, cdnconfig: [{ type: 'cloud' }] }), { code: 0, message: '参数格式不正确: cdnconfig' })
  t.same(await call('/API/profile/subaccountAdd', { ...NEW_SUBACCOUNT, cdnconfig: [null] }), { code: 0, message: '参数格式不正确: cdnconfig' })
  t.same(await call('/API/profile/subaccountPerm', { uid: 7002123456, perms: { 1: [-1] } }), { code: 0, message: '权限格式不正确' })
})
