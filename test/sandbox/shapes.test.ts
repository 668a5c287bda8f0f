import t from 'tap'
import { ENDPOINTS } from '../../src/sandbox/handlers/index.js'
import { REDEEMABLE_COUPONS } from '../../src/sandbox/index.js'
import { encodePassword } from '../../src/upstream/password-cipher.js'
import { PASSWORD, post, startTestSandbox, tokenCaller, USERNAME, type Caller } from './support/sandbox-client.js'

/**
 * Every answer has exactly the fields of the reference's 响应示例, with its
 * quirks: numbers and ids as strings, three date formats, `_ago` fields,
 * totals sometimes strings and sometimes numbers.
 */

type Json = Record<string, unknown>

const SLASH_DATE = /^\d{4}\/\d{2}\/\d{2} \d{1,2}:\d{2}$/
const DASH_DATE = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/
const EPOCH = /^\d{10}$/
const DIGITS = /^\d+$/
const MONEY_4 = /^\d+\.\d{4}$/
const AGO = /^(刚刚|\d+(分钟|小时|天|月|年)前)$/

const keysOf = (value: unknown): string[] => Object.keys(value as Json).sort()
const sorted = (keys: string[]): string[] => [...keys].sort()
const asRows = (value: unknown): Json[] => value as Json[]
const first = (value: unknown): Json => (value as Json[])[0] as Json

let call: Caller

t.before(async () => {
  const sandbox = await startTestSandbox(t)
  call = await tokenCaller(sandbox)
})

/** Every 接口地址 of the reference, authorize included. */
const REFERENCE_PATHS = [
  '/API/OAuth/authorize', '/API/profile/register', '/API/profile/detail', '/API/profile/update', '/API/profile/pictureUpdate',
  '/API/profile/passwordUpdate', '/API/profile/mailUpdate', '/API/profile/phoneUpdate', '/API/profile/subaccountList',
  '/API/profile/subaccountAdd', '/API/profile/subaccountPerm', '/API/profile/groupList', '/API/profile/groupAdd',
  '/API/profile/groupUpdate', '/API/profile/groupDelete', '/API/profile/groupPermissions', '/API/profile/groupRoleList',
  '/API/profile/groupRoleAdd', '/API/profile/groupRoleUpdate', '/API/profile/groupRoleDelete', '/API/profile/rechargeList',
  '/API/profile/balance', '/API/profile/balanceAlarm', '/API/profile/payList', '/API/profile/invoiceList',
  '/API/profile/invoiceApply', '/API/profile/invoiceBalance', '/API/profile/couponList', '/API/profile/couponExchange',
  '/API/profile/couponBalance', '/API/cdn/flowPriceList', '/API/cdn/payFlowAdd', '/API/cdn/payFlowList',
  '/API/cdn/payFlowBalance', '/API/profile/logs',
]

t.test('the sandbox serves every endpoint of the reference, and only those', async (t) => {
  t.equal(REFERENCE_PATHS.length, 35)
  t.same(ENDPOINTS.map((endpoint) => endpoint.path).sort(), [...REFERENCE_PATHS].sort())
  t.same(ENDPOINTS.filter((endpoint) => endpoint.public === true).map((endpoint) => endpoint.path).sort(), ['/API/OAuth/authorize', '/API/profile/register'])
})

t.test('authorize and register', async (t) => {
  const sandbox = await startTestSandbox(t)
  const authorized = await post(sandbox, '/API/OAuth/authorize', { username: USERNAME, password: encodePassword(PASSWORD) })
  t.same(keysOf(authorized), ['access_token', 'code', 'expires', 'message'])
  t.type(authorized.expires, 'number')

  const registered = await post(sandbox, '/API/profile/register', {
    username: 'example_user2', password: '12345678', confirm_password: '12345678', mail: 'example_user@verycloud.cn', phone: '13545678945',
  })
  t.same(registered.data, { uid: 1234567890, name: 'example_user2', mail: 'example_user@verycloud.cn', phone: '13545678945' }, 'uid is a number here')
})

t.test('profile detail', async (t) => {
  const { data } = await call<Json>('/API/profile/detail')
  t.same(keysOf(data), sorted(['uid', 'name', 'mail', 'status', 'profile', 'balance', 'couponprice', 'subaccounts']))
  t.match(data.uid, DIGITS)
  t.same(keysOf(data.profile), sorted(['picture', 'contactname', 'phone', 'tel', 'fax', 'card', 'address', 'company', 'website', 'qq', 'other_mail', 'other_phone', 'daily_report', 'month_report', 'week_report']))
  t.same(data.balance, { price: '750.6346', status: '1', alarm: '1', alarm_num: '1', send_num: '0', alarm_value: '300.00' })
  t.match(data.couponprice, MONEY_4)
  const subaccount = first(data.subaccounts)
  t.same(keysOf(subaccount), sorted(['uid', 'name', 'mail', 'status', 'profile', 'couponprice', 'gid']))
  t.same(keysOf(subaccount.profile), sorted(['picture', 'contactname', 'phone', 'verify_phone', 'verify_mail', 'tel', 'fax', 'card', 'address', 'company', 'industry', 'apptype', 'business', 'website', 'qq', 'other_mail', 'other_phone', 'daily_report', 'month_report', 'week_report']))
  t.match(subaccount.gid, DIGITS)
})

t.test('profile changes answer only what the reference shows', async (t) => {
  t.same(keysOf((await call('/API/profile/update', { tel: '051086994256', recieve_sms: 1 })).data), ['phone'])
  t.same((await call('/API/profile/pictureUpdate', { picture: 'https://example.com/p.jpg' })).data, { picture: 'https://example.com/p.jpg' })
  t.same((await call('/API/profile/mailUpdate', { mail: 'test@verycloud.cn' })).data, { mail: 'test@verycloud.cn' })
  t.same((await call('/API/profile/phoneUpdate', { phone: '13511111111' })).data, { phone: '13511111111' })
  t.same(await call('/API/profile/passwordUpdate', { old_password: PASSWORD, new_password: PASSWORD, new_password2: PASSWORD }), { code: 1, message: '操作完成' })
})

t.test('sub-accounts', async (t) => {
  const list = await call('/API/profile/subaccountList', { page: 1, limit: 30 })
  t.type(list.total, 'number')
  t.type(list.totalpage, 'number')
  const row = first(list.data)
  t.same(keysOf(row), sorted(['uid', 'name', 'mail', 'created', 'picture', 'contactname', 'phone', 'verify_phone', 'verify_mail', 'tel', 'fax', 'card', 'address', 'company', 'industry', 'apptype', 'business', 'website', 'qq', 'recieve_mail', 'recieve_sms', 'platform', 'updatetime', 'updatetime_ago', 'other_mail', 'platform_zh', 'group', 'gid', 'status']))
  t.match(row.created, DASH_DATE, 'created uses dashes here')
  t.match(row.updatetime, SLASH_DATE, 'but updatetime slashes')
  t.match(row.updatetime_ago, AGO)
  t.same(row.group, { id: '1441234567', uid: '6894123456', name: '测试组', note: '测试组', created: '1422081708' })

  const added = await call('/API/profile/subaccountAdd', { username: 'shape_user', password: '12345678', password2: '12345678', mail: 'shape_user@verycloud.cn', phone: '13545678945', gid: 1441234567, status: 1 })
  t.same(keysOf(added.data), ['mail', 'name', 'phone', 'uid'])
  t.match((added.data as Json).uid, DIGITS)
  t.same(await call('/API/profile/subaccountPerm', { uid: Number((added.data as Json).uid), perms: { 1: [1, 2, 3], 2: [3, 4, 5] } }), { code: 1, message: '操作完成' })
})

t.test('groups, roles and the permission catalog', async (t) => {
  const list = await call('/API/profile/groupList', { page: 1, limit: 30 })
  t.same(first(list.data), { username: 'example_user', id: '1441234567', name: '测试组', uid: '6894123456', note: '测试组', created: '2015/01/24 14:41', created_ago: first(list.data).created_ago })
  t.equal(asRows(list.data)[1]?.created, '2014/12/11 9:58', 'the hour is not zero-padded, as in the reference')

  const added = await call<Json>('/API/profile/groupAdd', { name: '测试组', note: '测试组' })
  t.same(keysOf(added.data), ['created', 'id', 'name', 'note', 'uid'])
  t.match(added.data.created, EPOCH)
  const updated = await call<Json>('/API/profile/groupUpdate', { id: Number(added.data.id), name: '测试组', note: '测试组' })
  t.same(keysOf(updated.data), ['created', 'id', 'name', 'note', 'uid'])

  const catalog = await call<Json>('/API/profile/groupPermissions')
  t.same(catalog.data.cloud_cdn, {
    module: 'cloud_cdn',
    name: 'CDN',
    subs: (catalog.data.cloud_cdn as Json).subs,
  })
  t.equal(((catalog.data.cloud_cdn as Json).subs as Json)['API/cdn/domainList'], '频道列表')

  const roles = await call('/API/profile/groupRoleList', { gid: 1441234567 })
  t.same(keysOf(first(roles.data)), ['created', 'created_ago', 'group', 'id', 'value'])
  t.same(first(roles.data), { id: '7448123456', group: { id: '1441234567', uid: '6894123456', name: '测试组', note: '测试组', created: '1422081708' }, value: 'API/instance/cloudDiskAdd', created: '2015/01/20 13:00', created_ago: first(roles.data).created_ago })

  const gid = Number(added.data.id)
  const addedRoles = await call('/API/profile/groupRoleAdd', { gid, value: ['API/instance/cloudDiskList', 'API/instance/cloudDiskAdd'] })
  t.same(keysOf(first(addedRoles.data)), ['created', 'created_ago', 'gid', 'id', 'value'])
  const roleId = Number(first(addedRoles.data).id)
  const updatedRole = await call<Json>('/API/profile/groupRoleUpdate', { id: roleId, gid, value: 'API/instance/cloudDiskList' })
  t.same(keysOf(updatedRole.data), ['created', 'created_ago', 'gid', 'id', 'value'])
  t.same(await call('/API/profile/groupRoleDelete', { id: [roleId] }), { code: 1, message: '操作完成' })
  t.same(await call('/API/profile/groupDelete', { id: gid }), { code: 1, message: '操作完成' })
})

t.test('finance lists', async (t) => {
  const recharges = await call('/API/profile/rechargeList', { page: 1, limit: 30 })
  t.same(first(recharges.data), {
    id: '2331234567', name: '充值', uid: '6894123456', price: '1000.00', code: '20150317150637485662', type_zh: '线下转账', status: '1', createtime: '2015/03/17 15:06', createtime_ago: first(recharges.data).createtime_ago,
  })
  t.equal(recharges.total, '12', 'a string total')
  t.equal(recharges.totalpage, 1)

  const payments = await call('/API/profile/payList', { page: 1, limit: 30 })
  t.same(first(payments.data), {
    id: '1081361123', uid: '6894123456', name: 'i-230x2mmn', code: '20150319150000447822', type_zh: '消费', paytype_zh: '云主机', price: '0.4395', status: '1', created: '2015/03/19 15:00', created_ago: first(payments.data).created_ago,
  })
  t.equal(payments.total, '45')
  t.equal(payments.totalpage, 2)
  for (const row of asRows(payments.data)) {
    t.match(row.price, MONEY_4)
    t.match(row.created, SLASH_DATE)
  }

  t.same(await call('/API/profile/balance'), { code: 1, message: '操作完成', data: [{ price: '750.6346' }], total: '1' })
  t.same((await call('/API/profile/balanceAlarm', { alarm: 1, alarm_num: 3, alarm_value: 300 })).data, { alarm: '1', alarm_num: '3', alarm_value: '300.00' })
})

t.test('invoices', async (t) => {
  const invoices = await call('/API/profile/invoiceList', { page: 1, limit: 30 })
  t.same(first(invoices.data), {
    id: '3212345678', uid: '6894123456', title: '发票申请', price: '200.00', type: '1', invoicetype: '1', status: '3', expressname: '', expresscode: '', mailaddress: '地址', content: '地址不正确', created: '2014/12/31 17:12', created_ago: first(invoices.data).created_ago,
  })
  t.equal(invoices.total, '11')
  t.equal(invoices.totalpage, 1)

  const applied = await call<Json>('/API/profile/invoiceApply', { title: '发票', price: 200, type: 2, invoicetype: 2, recipients: 'test', mailaddress: '地址', phone: '13211111111', postcode: 214400 })
  t.same(applied.data, {
    id: '3512345678', uid: '6894123456', title: '发票', price: '200.00', type: '2', invoicetype: '2', registerno: '', bankname: '', card: '', address: '', tel: '', businesslicense: '', taxcertificate: '', taxatorqual: '', fees: '16.0000', express: '10.00', status: '1', created: applied.data.created, expressname: '', expresscode: '', recipients: 'test', mailaddress: '地址', phone: '13211111111', postcode: '214400', platform: '1', content: null, username: 'example_user',
  })
  t.match(applied.data.created, EPOCH)
  t.same(await call('/API/profile/invoiceBalance'), { code: 1, message: '操作完成', data: { invoiceprice: 57100 } })
})

t.test('coupons', async (t) => {
  const coupons = await call('/API/profile/couponList', { page: 1, limit: 30 })
  t.same(keysOf(first(coupons.data)), sorted(['id', 'uid', 'couponid', 'status', 'price', 'priceover', 'created', 'created_ago', 'endtime']))
  t.equal(coupons.total, '54')
  t.equal(coupons.totalpage, 2)
  const used = await call('/API/profile/couponList', { couponid: '704c09edfa41e5cbb111965daf190ba5' })
  t.same(first(used.data), {
    id: first(used.data).id, uid: '6894123456', couponid: '704c09edfa41e5cbb111965daf190ba5', status: '2', price: '100.0000', priceover: '0.0000', created: '2014/12/04 14:09', created_ago: first(used.data).created_ago, endtime: '2015/01/04 23:59',
  })
  t.same(await call('/API/profile/couponBalance'), { code: 1, message: '操作完成', data: '1580.0000' })
  t.same((await call('/API/profile/couponExchange', { couponid: REDEEMABLE_COUPONS[0]?.couponid })).data, { name: 'example_user', price: '100.00' })
})

t.test('CDN flow', async (t) => {
  const tiers = await call('/API/cdn/flowPriceList')
  t.same(first(tiers.data), {
    id: '1', type: '1', lower: '0', upper: '1000000000000', price: '0.32', created: '2015/01/26 11:01', created_ago: first(tiers.data).created_ago, updatetime: '2015/05/20 13:51', updatetime_ago: first(tiers.data).updatetime_ago,
  })
  t.ok(asRows(tiers.data).some((tier) => tier.id === '15' && tier.type === '2' && tier.price === '1.20'))

  const records = await call('/API/cdn/payFlowList')
  t.same(first(records.data), {
    username: 'example_user', id: '374487', uid: '6894123456', sub_uid: '0', bid: '100004', name: '购买1.00T流量包', code: '20150828140403901430', type: '1', paytype: '2', type_zh: '流量', paytype_zh: '购买', flowtype_zh: '购买流量包', flow: '1000000000000', flowover: '15088000000000', monthflow: '0', status: '1', created: '2015/08/28 14:04', created_ago: first(records.data).created_ago,
  })
  t.notOk('total' in records, 'not paged')

  const balance = await call<Json>('/API/cdn/payFlowBalance')
  t.same(keysOf(balance.data), ['buy', 'free', 'month'])
  t.same(balance.data.free, { total: 50000000000, used: 0 })
  t.match(balance.data.month, { total: 100000, month: /^\d{6}$/ })

  t.same((await call('/API/cdn/payFlowAdd', { flow: 100000000 })).data, { username: 'example_user', freeflowtotal: '50000000000', freeflow: '0', flow: '15088100000000' })
})

t.test('logs', async (t) => {
  // Bounded by date: earlier subtests added log rows of their own.
  const logs = await call('/API/profile/logs', { page: 1, limit: 20, end: '2015-03-19' })
  t.same(first(logs.data), {
    id: '7021234567', uid: '6894123456', type: 'backup', ip: '58.215.133.213', op: '3', title: '回收站还原', content: '主机:i-l0cinjvx\n备份:b_n22ovkdx', created: '2015-03-19 11:11', created_ago: first(logs.data).created_ago,
  })
  t.equal(logs.limit, 20)
  t.equal(logs.page, 1)
  t.type(logs.total, 'number')
  t.type(logs.totalpage, 'number')
})
