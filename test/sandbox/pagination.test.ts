import t from 'tap'
import { startTestSandbox, tokenCaller, type Caller } from './support/sandbox-client.js'

interface Row { id: string, name?: string, type_zh?: string, paytype_zh?: string, status?: string, type?: string, created?: string }

let call: Caller

t.before(async () => {
  const sandbox = await startTestSandbox(t)
  call = await tokenCaller(sandbox)
})

t.test('pages default to page 1 of 30 rows', async (t) => {
  const first = await call<Row[]>('/API/profile/payList')
  t.equal(first.data.length, 30)
  t.equal(first.total, '45')
  t.equal(first.totalpage, 2)
  const second = await call<Row[]>('/API/profile/payList', { page: 2 })
  t.equal(second.data.length, 15)
  const ids = new Set([...first.data, ...second.data].map((row) => row.id))
  t.equal(ids.size, 45, 'the pages do not overlap')
  const beyond = await call<Row[]>('/API/profile/payList', { page: 3 })
  t.same(beyond.data, [])
  t.equal(beyond.total, '45')
})

t.test('limit and page may come as strings', async (t) => {
  const page = await call<Row[]>('/API/profile/payList', { page: '5', limit: '10' })
  t.equal(page.data.length, 5)
  t.equal(page.totalpage, 5)
})

t.test('bad paging values are refused', async (t) => {
  t.same(await call('/API/profile/payList', { page: 0 }), { code: 0, message: '参数格式不正确: page' })
  t.same(await call('/API/profile/payList', { limit: -1 }), { code: 0, message: '参数格式不正确: limit' })
  t.same(await call('/API/profile/payList', { limit: 'ten' }), { code: 0, message: '参数格式不正确: limit' })
})

t.test('payList filters by type, paytype and bid', async (t) => {
  const refunds = await call<Row[]>('/API/profile/payList', { type: 2 })
  t.ok(refunds.data.length > 0)
  t.ok(refunds.data.every((row) => row.type_zh === '退款'))
  t.equal(refunds.total, String(refunds.data.length))
  const dns = await call<Row[]>('/API/profile/payList', { paytype: 7 })
  t.ok(dns.data.every((row) => row.paytype_zh === '云DNS'))
  const instance = await call<Row[]>('/API/profile/payList', { bid: 100231 })
  t.ok(instance.data.length > 0)
  t.ok(instance.data.every((row) => ['i-230x2mmn', 'b_n22ovkdx'].includes(row.name ?? '')))
  t.same(await call('/API/profile/payList', { paytype: 4 }), { code: 0, message: '参数格式不正确: paytype' })
  t.same(await call('/API/profile/payList', { type: 5 }), { code: 0, message: '参数格式不正确: type' })
})

t.test('rechargeList filters by type and id', async (t) => {
  const alipay = await call<Row[]>('/API/profile/rechargeList', { type: 1 })
  t.ok(alipay.data.length > 0)
  t.ok(alipay.data.every((row) => row.type_zh === '支付宝'))
  const one = await call<Row[]>('/API/profile/rechargeList', { id: 2331234567 })
  t.same(one.data.map((row) => row.id), ['2331234567'])
  t.equal(one.total, '1')
  t.same(await call('/API/profile/rechargeList', { type: 6 }), { code: 0, message: '参数格式不正确: type' })
})

t.test('couponList filters by status and code', async (t) => {
  const unused = await call<Row[]>('/API/profile/couponList', { status: 0 })
  t.equal(unused.total, '5')
  t.ok(unused.data.every((row) => row.status === '0'))
  const byCode = await call<Row[]>('/API/profile/couponList', { couponid: '704c09edfa41e5cbb111965daf190ba5' })
  t.equal(byCode.data.length, 1)
  const limited = await call<Row[]>('/API/profile/couponList', { limit: 10, page: 6 })
  t.equal(limited.data.length, 4)
  t.equal(limited.totalpage, 6)
})

t.test('groupList filters by name', async (t) => {
  const tests = await call<Row[]>('/API/profile/groupList', { name: '测试' })
  t.same(tests.data.map((row) => row.name), ['测试组', '测试组2'])
  t.equal(tests.total, '2')
  const paged = await call<Row[]>('/API/profile/groupList', { limit: 2, page: 3 })
  t.equal(paged.data.length, 1)
  t.equal(paged.totalpage, 3)
})

t.test('logs filter by type and dates, in China time', async (t) => {
  const all = await call<Row[]>('/API/profile/logs')
  t.equal(all.total, 25)
  t.equal(all.limit, 30)
  t.equal(all.page, 1)
  const dns = await call<Row[]>('/API/profile/logs', { type: 'dns' })
  t.ok(dns.data.length > 0)
  t.ok(dns.data.every((row) => row.type === 'dns'))
  const oneDay = await call<Row[]>('/API/profile/logs', { start: '2015-03-19', end: '2015-03-19' })
  t.same(oneDay.data.map((row) => row.created), ['2015-03-19 11:11'])
  const untilMorning = await call<Row[]>('/API/profile/logs', { start: '2015-03-18', end: '2015-03-18 09:00' })
  t.ok(untilMorning.data.every((row) => (row.created ?? '') >= '2015-03-18 00:00' && (row.created ?? '') <= '2015-03-18 09:00'))
  t.same(await call('/API/profile/logs', { start: '19/03/2015' }), { code: 0, message: '日期格式不正确: start' })
  t.same(await call('/API/profile/logs', { start: '2015-03-20', end: '2015-03-19' }), { code: 0, message: '开始日期不能晚于结束日期' })
  t.same(await call('/API/profile/logs', { type: 'nope' }), { code: 0, message: '参数格式不正确: type' })
})
