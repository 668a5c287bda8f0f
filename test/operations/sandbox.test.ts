import t from 'tap'
import { REDEEMABLE_COUPONS, USED_COUPON_ID } from '../../src/sandbox/index.js'
import { buildTestApp } from '../helper.js'
import { authHeaders } from './auth-headers.js'

/**
 * Every operation of the table end to end against the built-in sandbox
 * upstream (no UPSTREAM_URL), statefully where the upstream is: what a
 * write changes, the matching read shows.
 */

interface Page<T> { items: T[], page: number, limit: number, total: number, totalPages: number }
interface Named { id: string, name: string, note: string }

t.test('every operation against the built-in sandbox', async (t) => {
  const app = await buildTestApp(t)
  const headers = await authHeaders(app)

  async function call<T = Record<string, unknown>> (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: object, status?: number): Promise<T> {
    const response = await app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload }) })
    const expected = status ?? (method === 'POST' ? 201 : 200)
    if (response.statusCode !== expected) throw new Error(`${method} ${url}: expected ${expected}, got ${response.statusCode} ${response.body}`)
    return (response.body === '' ? undefined : response.json()) as T
  }
  const profile = () => call<Record<string, unknown> & { balance: { amount: string, alarm: object } }>('GET', '/profile')

  t.test('profile', async (t) => {
    const registered = await call('POST', '/accounts', { username: 'new_user', password: '12345678', email: 'new_user@example.com', phone: '13545678945' })
    t.match(registered, { uid: /^\d+$/, username: 'new_user', email: 'new_user@example.com', phone: '13545678945' }, 'registerAccount')
    await call('POST', '/accounts', { username: 'new_user', password: '12345678', email: 'new_user@example.com', phone: '13545678945' }, 422)

    t.match(await profile(), { username: 'sandbox', status: 'enabled', balance: { amount: '750.6346' }, subaccounts: [{ uid: /^\d+$/ }] }, 'getProfile')

    t.strictSame(await call('PATCH', '/profile', { tel: '051086994256', otherEmails: ['a@example.com', 'b@example.com'], dailyReport: false }), { tel: '051086994256', otherEmails: ['a@example.com', 'b@example.com'], dailyReport: false })
    t.match(await profile(), { tel: '051086994256', otherEmails: ['a@example.com', 'b@example.com'], dailyReport: false }, 'updateProfile shows in getProfile')

    const url = 'https://example.com/avatar.png'
    t.strictSame(await call('PUT', '/profile/picture', { url }), { url })
    t.strictSame(await call('PUT', '/profile/email', { email: 'me@example.com' }), { email: 'me@example.com' })
    t.strictSame(await call('PUT', '/profile/phone', { phone: '13511111111' }), { phone: '13511111111' })
    t.match(await profile(), { picture: url, email: 'me@example.com', phone: '13511111111' }, 'picture, email and phone show in getProfile')

    await call('PUT', '/profile/password', { oldPassword: 'wrong-password', newPassword: 'temporary-pw' }, 422)
    t.equal(await call('PUT', '/profile/password', { oldPassword: 'sandbox-password', newPassword: 'temporary-pw' }, 204), undefined, 'changePassword')
    await call('PUT', '/profile/password', { oldPassword: 'temporary-pw', newPassword: 'sandbox-password' }, 204)
  })

  t.test('sub-accounts', async (t) => {
    const before = await call<Page<{ uid: string }>>('GET', '/subaccounts')
    const created = await call<{ uid: string }>('POST', '/subaccounts', { username: 'e2e_user', password: 'secret99', email: 'e2e@example.com', phone: '13511112222', groupId: '1441234567', receiveSms: true })
    t.match(created, { uid: /^\d+$/, username: 'e2e_user', email: 'e2e@example.com', phone: '13511112222' }, 'createSubaccount')
    const afterCreate = await call<Page<Record<string, unknown>>>('GET', '/subaccounts')
    t.equal(afterCreate.total, before.total + 1, 'the new sub-account is listed')
    t.match(afterCreate.items.find((item) => item.uid === created.uid), { groupId: '1441234567', group: { name: '测试组' }, status: 'enabled', receiveSms: true })

    t.match(await call('PATCH', `/subaccounts/${created.uid}`, { status: 'disabled', receiveMail: true, groupId: null }), { uid: created.uid, username: 'e2e_user' }, 'updateSubaccount')
    const afterUpdate = await call<Page<Record<string, unknown>>>('GET', '/subaccounts')
    t.match(afterUpdate.items.find((item) => item.uid === created.uid), { status: 'disabled', receiveMail: true, groupId: null, group: null }, 'the update shows in the list')

    await call('PUT', `/subaccounts/${created.uid}/permissions`, { instance: [1, 2], dns: [9] }, 204)
    await call('PUT', '/subaccounts/9999999999/permissions', { instance: [1] }, 422)
  })

  t.test('groups and their roles', async (t) => {
    const before = await call<Page<Named>>('GET', '/groups')
    const group = await call<Named>('POST', '/groups', { name: 'e2e组', note: '端到端' })
    t.match(group, { id: /^\d+$/, name: 'e2e组', note: '端到端', createdAt: /\+08:00$/ }, 'createGroup')
    const listed = await call<Page<Named>>('GET', '/groups')
    t.equal(listed.total, before.total + 1)
    t.ok(listed.items.some((item) => item.id === group.id), 'a created group shows in the list')

    t.match(await call('PATCH', `/groups/${group.id}`, { note: '改过' }), { id: group.id, name: 'e2e组', note: '改过' }, 'updateGroup changes only what it is given')
    const filtered = await call<Page<Named>>('GET', `/groups?name=${encodeURIComponent('e2e')}`)
    t.strictSame(filtered.items.map((item) => item.id), [group.id], 'listGroups by name')

    const catalog = await call<{ items: Array<{ permissions: Array<{ permission: string }> }> }>('GET', '/permissions')
    const permissions = catalog.items.flatMap((module) => module.permissions.map((entry) => entry.permission))
    t.ok(permissions.includes('API/cdn/domainList'), 'listPermissionCatalog')

    const added = await call<{ items: Array<{ id: string, groupId: string, permission: string }> }>('POST', `/groups/${group.id}/roles`, { permissions: ['API/cdn/domainList', 'API/profile/balance'] })
    t.strictSame(added.items.map((role) => [role.groupId, role.permission]), [[group.id, 'API/cdn/domainList'], [group.id, 'API/profile/balance']], 'addGroupRoles')
    const [first, second] = added.items.map((role) => role.id)
    t.match(await call('PUT', `/groups/${group.id}/roles/${first}`, { permission: 'API/cdn/domainAdd' }), { id: first, groupId: group.id, permission: 'API/cdn/domainAdd' }, 'updateGroupRole')
    await call('DELETE', `/groups/${group.id}/roles/${second}`, undefined, 204)
    const roles = await call<{ items: Array<{ id: string, permission: string }> }>('GET', `/groups/${group.id}/roles`)
    t.strictSame(roles.items.map((role) => [role.id, role.permission]), [[first, 'API/cdn/domainAdd']], 'listGroupRoles: updated, and the deleted role is gone')
    await call('POST', `/groups/${group.id}/roles`, { permissions: ['API/nothing/here'] }, 422)

    await call('DELETE', `/groups/${group.id}`, undefined, 204)
    const after = await call<Page<Named>>('GET', '/groups')
    t.notOk(after.items.some((item) => item.id === group.id), 'a deleted group is gone')
    await call('GET', `/groups/${group.id}/roles`, undefined, 422)
  })

  t.test('finance', async (t) => {
    const recharges = await call<Page<{ type: string }>>('GET', '/recharges?type=alipay')
    t.ok(recharges.total > 0 && recharges.items.every((item) => item.type === 'alipay'), 'listRecharges by type')
    t.strictSame(await call('GET', '/balance'), { amount: '750.6346' })

    t.strictSame(await call('PUT', '/balance/alarm', { enabled: true, count: 3, threshold: '500' }), { enabled: true, count: 3, threshold: '500.00' }, 'setBalanceAlarm')
    t.match(await profile(), { balance: { alarm: { enabled: true, count: 3, threshold: '500.00' } } }, 'the alarm shows in getProfile')

    const payments = await call<Page<{ type: string, product: string }>>('GET', '/payments?type=consumption&product=cdn&limit=100')
    t.ok(payments.total > 0 && payments.items.every((item) => item.type === 'consumption' && item.product === 'cdn'), 'listPayments by type and product')
    const all = await call<Page<unknown>>('GET', '/payments?limit=10&page=2')
    t.match(all, { page: 2, limit: 10, total: 45, totalPages: 5 })
  })

  t.test('invoices', async (t) => {
    const before = await call<Page<unknown>>('GET', '/invoices')
    t.strictSame(await call('GET', '/invoices/balance'), { amount: '57300' })
    const invoice = await call('POST', '/invoices', { title: '发票', amount: '200', type: 'personal', invoiceType: 'vat_general', recipient: 'test', mailAddress: '地址', phone: '13211111111', postcode: '214400' })
    t.match(invoice, { title: '发票', amount: '200.00', type: 'personal', invoiceType: 'vat_general', status: 'pending', recipient: 'test', fee: '16.0000' }, 'createInvoice')
    t.strictSame(await call('GET', '/invoices/balance'), { amount: '57100' }, 'the invoiceable balance went down')
    t.equal((await call<Page<unknown>>('GET', '/invoices')).total, before.total + 1, 'the invoice is listed')
    await call('POST', '/invoices', { title: '发票', amount: '999999', type: 'personal', invoiceType: 'vat_general', recipient: 'test', mailAddress: '地址', phone: '13211111111', postcode: '214400' }, 422)
  })

  t.test('coupons', async (t) => {
    const coupon = REDEEMABLE_COUPONS[0] as { couponid: string, price: string }
    const unused = await call<Page<{ code: string, status: string }>>('GET', `/coupons?status=unused&code=${coupon.couponid}`)
    t.strictSame(unused.items.map((item) => [item.code, item.status]), [[coupon.couponid, 'unused']], 'listCoupons by code and status')
    t.strictSame(await call('GET', '/coupons/balance'), { amount: '1580.0000' })
    t.strictSame(await call('POST', '/coupons/redemptions', { code: coupon.couponid }), { code: coupon.couponid, amount: '100.00', username: 'sandbox' }, 'redeemCoupon')
    t.strictSame(await call('GET', '/coupons/balance'), { amount: '1680.0000' }, 'a redeemed coupon raises the coupon balance')
    await call('POST', '/coupons/redemptions', { code: coupon.couponid }, 422)
    await call('POST', '/coupons/redemptions', { code: USED_COUPON_ID }, 422)
  })

  t.test('CDN flow', async (t) => {
    const tiers = await call<{ items: Array<{ tierType: string, unitPrice: string }> }>('GET', '/cdn/price-tiers')
    t.match(tiers.items[0], { tierType: '1', unitPrice: '0.32' }, 'listCdnPriceTiers')
    const records = await call<{ items: unknown[] }>('GET', '/cdn/flow-records')
    const flow = await call<{ purchased: { totalBytes: number } }>('GET', '/cdn/flow-balance')
    const { amount: cash } = await call<{ amount: string }>('GET', '/balance')

    t.strictSame(await call('POST', '/cdn/flow-packages', { bytes: 1_000_000_000_000 }), { username: 'sandbox', bytes: 16_088_000_000_000, freeBytesTotal: 50_000_000_000, freeBytesUsed: 0 }, 'buyCdnFlowPackage')
    t.equal(cash, '750.6346')
    t.strictSame(await call('GET', '/balance'), { amount: '430.6346' }, 'a bought flow package lowers the balance by its price (1000 GB at 0.32)')
    t.equal((await call<{ items: unknown[] }>('GET', '/cdn/flow-records')).items.length, records.items.length + 1, 'and is recorded')
    t.match(await call('GET', '/cdn/flow-balance'), { purchased: { totalBytes: flow.purchased.totalBytes + 1_000_000_000_000 }, monthly: { month: /^\d{4}-\d{2}$/ } }, 'and adds to the flow balance')

    const { amount: coupons } = await call<{ amount: string }>('GET', '/coupons/balance')
    await call('POST', '/cdn/flow-packages', { bytes: 1_000_000_000, couponAmount: '0.32' })
    t.strictSame(await call('GET', '/balance'), { amount: '430.6346' }, 'paid wholly from coupons: the balance stays')
    t.strictSame(await call('GET', '/coupons/balance'), { amount: (Number(coupons) - 0.32).toFixed(4) }, 'and the coupon balance goes down')
    await call('POST', '/cdn/flow-packages', { bytes: 1_000_000_000_000, couponAmount: '99999' }, 422)
  })

  t.test('logs', async (t) => {
    const logs = await call<Page<{ type: string, title: string, createdAt: string }>>('GET', '/logs?type=webcdn')
    t.ok(logs.items.every((item) => item.type === 'webcdn'), 'listLogs by type')
    t.equal(logs.items[0]?.title, '购买流量包', 'the purchase above is the newest webcdn entry')
    const ranged = await call<Page<{ createdAt: string }>>('GET', '/logs?start=2015-03-01&end=2015-03-19&limit=100')
    t.ok(ranged.total > 0 && ranged.items.every((item) => item.createdAt >= '2015-03-01' && item.createdAt <= '2015-03-19T23:59:59+08:00'), 'listLogs by day range')
  })
})
