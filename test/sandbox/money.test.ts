import t from 'tap'
import { formatUnits, parseAmount, scaleUnitsUp, toUnits } from '../../src/sandbox/money.js'
import { REDEEMABLE_COUPONS } from '../../src/sandbox/index.js'
import { startTestSandbox, tokenCaller } from './support/sandbox-client.js'

const TB = 1_000_000_000_000

interface FlowAdded { username: string, freeflowtotal: string, freeflow: string, flow: string }
interface BalanceRow { price: string }
interface PaymentRow { name: string, price: string, type_zh: string, paytype_zh: string, code: string }

t.test('decimal money helpers never round-trip through floats', async (t) => {
  t.equal(parseAmount('750.6346'), 7_506_346n)
  t.equal(parseAmount(0.1), 1_000n)
  t.equal(parseAmount('1.23456'), undefined, 'more than four decimals')
  t.equal(parseAmount('200.555', 2), undefined, 'more than the field allows')
  t.equal(parseAmount('-5'), undefined)
  t.equal(parseAmount('1e3'), undefined)
  t.equal(parseAmount({}), undefined)
  t.equal(formatUnits(toUnits('0.1') + toUnits('0.2')), '0.3000')
  t.equal(formatUnits(7_506_346n, 2), '750.63')
  t.equal(formatUnits(7_506_350n, 2), '750.64', 'half up')
  t.equal(formatUnits(-25n), '-0.0025')
  t.equal(toUnits('-1.5'), -15_000n)
  t.throws(() => toUnits('abc'))
  t.throws(() => toUnits('1.23456'), 'stored amounts have at most four decimals')
  t.equal(toUnits('5'), 50_000n)
  t.equal(scaleUnitsUp(3_200n, 1n, 1_000_000_000n), 1n, 'a part of a ten-thousandth is charged as one')
})

t.test('buying a flow package charges the tier price exactly', async (t) => {
  const sandbox = await startTestSandbox(t)
  const call = await tokenCaller(sandbox)

  const bought = await call<FlowAdded>('/API/cdn/payFlowAdd', { flow: TB })
  t.same(bought.data, { username: 'example_user', freeflowtotal: '50000000000', freeflow: '0', flow: '16088000000000' }, 'the reference answer, exactly')
  t.equal(sandbox.state.balance, '430.6346', '750.6346 - 1000 GB × 0.32')

  await call('/API/cdn/payFlowAdd', { flow: 100_000_000 })
  t.equal(sandbox.state.balance, '430.6026', '100 MB at 0.32 per GB is 0.0320')

  await call('/API/cdn/payFlowAdd', { flow: 1 })
  t.equal(sandbox.state.balance, '430.6025', 'one byte costs the smallest unit, never nothing')

  await call('/API/cdn/payFlowAdd', { flow: String(1_500_000_000_000) })
  t.equal(sandbox.state.balance, '10.6025', '1.5T falls in the 0.28 tier: 420.0000')

  const balance = await call<BalanceRow[]>('/API/profile/balance')
  t.same(balance.data, [{ price: '10.6025' }])

  const records = await call<Array<{ name: string, flow: string, flowover: string }>>('/API/cdn/payFlowList')
  t.equal(records.data[0]?.name, '购买1.50T流量包')
  t.equal(records.data[0]?.flowover, String(16_088 * 1e9 + 1e8 + 1 + 1.5 * TB))
  const flowBalance = await call<{ buy: { total: number, used: number } }>('/API/cdn/payFlowBalance')
  t.equal(flowBalance.data.buy.total, 16_088 * 1e9 + 1e8 + 1 + 1.5 * TB)

  const payments = await call<PaymentRow[]>('/API/profile/payList', { paytype: 6, limit: 3 })
  t.equal(payments.data[0]?.price, '420.0000')
  t.equal(payments.data[0]?.paytype_zh, '云分发流量包')
  t.equal(payments.data[0]?.code, sandbox.state.flowRecords.at(-1)?.code, 'the payment and the flow record share the order code')
  t.match(payments.data[0]?.code, /^\d{20}$/)
})

t.test('a package the balance cannot pay for is refused and changes nothing', async (t) => {
  const sandbox = await startTestSandbox(t)
  const call = await tokenCaller(sandbox)
  sandbox.state.balance = '0.3199'
  const refused = await call('/API/cdn/payFlowAdd', { flow: 1_000_000_000 })
  t.same(refused, { code: 0, message: '账户余额不足' })
  t.equal(sandbox.state.balance, '0.3199')
  t.equal(sandbox.state.flowRecords.length, 2)
  t.equal(sandbox.state.payments.length, 45)
  sandbox.state.balance = '0.3200'
  t.equal((await call('/API/cdn/payFlowAdd', { flow: 1_000_000_000 })).code, 1, 'exactly enough is enough')
  t.equal(sandbox.state.balance, '0.0000')
})

t.test('flow must be a positive whole number of bytes within the tiers', async (t) => {
  const sandbox = await startTestSandbox(t)
  const call = await tokenCaller(sandbox)
  t.match((await call('/API/cdn/payFlowAdd')).message, /flow/)
  t.same(await call('/API/cdn/payFlowAdd', { flow: 0 }), { code: 0, message: '参数格式不正确: flow' })
  t.same(await call('/API/cdn/payFlowAdd', { flow: 1.5 }), { code: 0, message: '参数格式不正确: flow' })
  t.same(await call('/API/cdn/payFlowAdd', { flow: 2000 * TB }), { code: 0, message: '购买流量超出可购买范围' })
  t.equal(sandbox.state.balance, '750.6346')
})

t.test('coupons can pay part of a package', async (t) => {
  const sandbox = await startTestSandbox(t)
  const call = await tokenCaller(sandbox)
  const bought = await call('/API/cdn/payFlowAdd', { flow: TB, couponprice: '80.5' })
  t.equal(bought.code, 1)
  t.equal(sandbox.state.balance, '511.1346', '320.0000 - 80.5000 from the balance')
  t.equal((await call('/API/profile/couponBalance')).data, '1499.5000')
  const payments = await call<PaymentRow[]>('/API/profile/payList', { limit: 2 })
  t.same(payments.data.map((payment) => [payment.type_zh, payment.price]).sort(), [['代金券', '80.5000'], ['消费', '239.5000']])
  const spent = sandbox.state.coupons.find((coupon) => coupon.couponid === '3c5e7a9b1d2f4e6a8c0b2d4f6a8c0e1f')
  t.equal(spent?.status, '2', 'a coupon spent to nothing is used')
  t.equal(spent?.priceover, '0.0000')

  t.same(await call('/API/cdn/payFlowAdd', { flow: 1_000_000_000, couponprice: 1 }), { code: 0, message: '代金券金额不能超过订单金额' })
  t.same(await call('/API/cdn/payFlowAdd', { flow: 10 * TB, couponprice: 1500 }), { code: 0, message: '代金券余额不足' })
})

t.test('redeeming a coupon adds its value to the coupon balance', async (t) => {
  const sandbox = await startTestSandbox(t)
  const call = await tokenCaller(sandbox)
  const coupon = REDEEMABLE_COUPONS.find((candidate) => candidate.price === '12.3456')
  const redeemed = await call('/API/profile/couponExchange', { couponid: coupon?.couponid })
  t.same(redeemed.data, { name: 'example_user', price: '12.35' }, 'two decimals, as the reference answers it')
  t.equal((await call('/API/profile/couponBalance')).data, '1592.3456')
  const detail = await call<{ couponprice: string }>('/API/profile/detail')
  t.equal(detail.data.couponprice, '1592.3456')
})

t.test('an invoice draws on the invoiceable amount', async (t) => {
  const sandbox = await startTestSandbox(t)
  const call = await tokenCaller(sandbox)
  const application = { title: '发票', price: 200.5, type: 2, invoicetype: 2, recipients: 'test', mailaddress: '地址', phone: '13211111111', postcode: 214400 }
  const applied = await call<{ price: string, fees: string, express: string, created: string }>('/API/profile/invoiceApply', application)
  t.equal(applied.code, 1)
  t.equal(applied.data.price, '200.50')
  t.equal(applied.data.fees, '16.0400')
  t.equal(applied.data.express, '10.00')
  t.equal((await call<{ invoiceprice: number }>('/API/profile/invoiceBalance')).data.invoiceprice, 57099.5)
  t.equal(sandbox.state.invoiceBalance, '57099.5000')

  t.same(await call('/API/profile/invoiceApply', { ...application, price: '57099.51' }), { code: 0, message: '可开发票金额不足' })
  t.same(await call('/API/profile/invoiceApply', { ...application, price: '1.001' }), { code: 0, message: '参数格式不正确: price' })
  t.same(await call('/API/profile/invoiceApply', { ...application, price: 0 }), { code: 0, message: '发票金额必须大于0' })
  t.same(await call('/API/profile/invoiceApply', { ...application, price: undefined }), { code: 0, message: '缺少必要参数: price' })
  t.same(await call('/API/profile/invoiceApply', { ...application, type: undefined }), { code: 0, message: '缺少必要参数: type' })
  t.equal((await call('/API/profile/invoiceApply', { ...application, price: '57099.50' })).code, 1, 'all of it')
  t.equal((await call<{ invoiceprice: number }>('/API/profile/invoiceBalance')).data.invoiceprice, 0)
})

t.test('a VAT special invoice needs the company tax details', async (t) => {
  const sandbox = await startTestSandbox(t)
  const call = await tokenCaller(sandbox)
  const application = { title: '云端网络', price: 100, type: 1, invoicetype: 1, recipients: '财务', mailaddress: '江苏无锡', phone: '0510-86991216', postcode: '214000' }
  t.same(await call('/API/profile/invoiceApply', application), { code: 0, message: '缺少必要参数: registerno' })
  t.same(await call('/API/profile/invoiceApply', { ...application, invoicetype: 3 }), { code: 0, message: '参数格式不正确: invoicetype' })
  t.same(await call('/API/profile/invoiceApply', { ...application, invoicetype: 2, postcode: '2140' }), { code: 0, message: '邮编格式不正确' })
  const details = { registerno: '320200000000001', bankname: '工商银行无锡分行', card: '1103000000000000', address: '江苏无锡', tel: '0510-86991216', taxatorqual: 'https://example.com/q.pdf' }
  const applied = await call<{ registerno: string, taxatorqual: string, businesslicense: string }>('/API/profile/invoiceApply', { ...application, ...details })
  t.match(applied.data, { registerno: '320200000000001', taxatorqual: 'https://example.com/q.pdf', businesslicense: '' })
  t.equal(sandbox.state.invoiceBalance, '57200.0000')
})
