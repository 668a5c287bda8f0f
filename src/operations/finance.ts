import { Type, type TSchema } from '@sinclair/typebox'
import { Page, PageQuery } from '../schemas/page.js'
import { Count, DateTime, Id, Money, MoneyInput, Nullable, StringEnum } from '../schemas/primitives.js'
import { byLabel, codeFor, flagToUpstream, idToUpstream, pick, record, requireId, requireRecord, toFlag, toInteger, toIsoTime, toMoney, toPage, toText, wordFor, wordsOf } from './convert.js'
import { RecordStatus, recordStatus } from './fields.js'
import { defineOperation } from './types.js'

/** Balance, balance alarm, recharges and payments. */

const TAGS = ['finance']

/** rechargeList's `type`: 1 支付宝 2 网银 3 线下转账 4 系统充值 5 邀请. */
const RECHARGE_TYPE = { 1: 'alipay', 2: 'bank', 3: 'transfer', 4: 'system', 5: 'invite' } as const
const RECHARGE_TYPE_LABEL = { 1: '支付宝', 2: '网银', 3: '线下转账', 4: '系统充值', 5: '邀请' }
/** payList's `type`: 1 消费 2 退款 3 发票款 4 代金券. */
const PAYMENT_TYPE = { 1: 'consumption', 2: 'refund', 3: 'invoice', 4: 'coupon' } as const
const PAYMENT_TYPE_LABEL = { 1: '消费', 2: '退款', 3: '发票款', 4: '代金券' }
/** payList's `paytype`: 1 云主机 2 云硬盘 3 云主机备份 5 云分发 6 云分发流量包 7 云DNS 8 其它 9 物理云主机. */
const PAYMENT_PRODUCT = { 1: 'instance', 2: 'disk', 3: 'instance_backup', 5: 'cdn', 6: 'cdn_flow_package', 7: 'dns', 8: 'other', 9: 'bare_metal' } as const
const PAYMENT_PRODUCT_LABEL = { 1: '云主机', 2: '云硬盘', 3: '云主机备份', 5: '云分发', 6: '云分发流量包', 7: '云DNS', 8: '其它', 9: '物理云主机' }

const RechargeType = StringEnum(wordsOf(RECHARGE_TYPE), 'alipay (upstream 1), bank (2), transfer (3), system (4), invite (5)')
const PaymentType = StringEnum(wordsOf(PAYMENT_TYPE), 'consumption (upstream 1), refund (2), invoice (3), coupon (4)')
const PaymentProduct = StringEnum(wordsOf(PAYMENT_PRODUCT), 'instance (upstream 1), disk (2), instance_backup (3), cdn (5), cdn_flow_package (6), dns (7), other (8), bare_metal (9)')

/**
 * The lists answer only the Chinese label of `type` and `paytype`, so the
 * word is read from the code when the upstream sends one, else from the label.
 */
const coded = <W extends string>(words: Readonly<Record<string, W>>, labels: Readonly<Record<string, string>>) => {
  const wordByLabel = byLabel(words, labels)
  return (code: unknown, label: unknown): W | null => wordFor(words, code, wordFor(wordByLabel, label, null))
}
const rechargeType = coded(RECHARGE_TYPE, RECHARGE_TYPE_LABEL)
const paymentType = coded(PAYMENT_TYPE, PAYMENT_TYPE_LABEL)
const paymentProduct = coded(PAYMENT_PRODUCT, PAYMENT_PRODUCT_LABEL)

export const Balance = Type.Object({ amount: Money('Account balance') }, { title: 'Balance' })

export const BalanceAlarm = Type.Object({
  enabled: Type.Boolean({ description: 'Whether low-balance alarms are sent' }),
  count: Count('How many alarms to send'),
  threshold: Money('Alarm when the balance falls below this'),
}, { title: 'BalanceAlarm' })

export const balanceAlarmFrom = (data: unknown) => {
  const alarm = record(data)
  return { enabled: toFlag(alarm.alarm), count: toInteger(alarm.alarm_num), threshold: toMoney(alarm.alarm_value, 'alarm_value') }
}

export const SetBalanceAlarm = Type.Object({
  enabled: Type.Boolean({ description: 'Send low-balance alarms' }),
  count: Type.Optional(Type.Integer({ minimum: 0, maximum: 100, description: 'How many alarms to send; unchanged when absent' })),
  threshold: Type.Optional(MoneyInput('Alarm when the balance falls below this; unchanged when absent')),
}, { additionalProperties: false, title: 'SetBalanceAlarm' })

/** What recharges and payments both are: an order with an amount, a type and a time. */
const MoneyRecord = <T extends TSchema>(type: T, amount: string) => ({
  id: Id(),
  name: Type.String({ description: 'What the record is about, e.g. 充值 or an instance name' }),
  amount: Money(amount),
  orderNo: Type.String({ description: 'The upstream\'s order code' }),
  type: Nullable(type),
  typeLabel: Type.String({ description: 'The upstream\'s Chinese name of the type' }),
  status: RecordStatus,
  createdAt: Nullable(DateTime()),
})

function moneyRecordFrom<W extends string> (row: Record<string, unknown>, type: W | null, created: unknown) {
  return {
    id: requireId(row.id, 'data[].id'),
    name: toText(row.name),
    amount: toMoney(row.price, 'data[].price'),
    orderNo: toText(row.code),
    type,
    typeLabel: toText(row.type_zh),
    status: recordStatus(row.status),
    createdAt: toIsoTime(created),
  }
}

export const Recharge = Type.Object(MoneyRecord(RechargeType, 'Amount recharged'), { title: 'Recharge' })

export const ListRechargesQuery = Type.Object({
  type: Type.Optional(RechargeType),
  ...PageQuery,
}, { additionalProperties: false, title: 'ListRechargesQuery' })

export const Payment = Type.Object({
  ...MoneyRecord(PaymentType, 'Amount paid or refunded'),
  product: Nullable(PaymentProduct),
  productLabel: Type.String({ description: 'The upstream\'s Chinese name of the product' }),
}, { title: 'Payment' })

export const ListPaymentsQuery = Type.Object({
  type: Type.Optional(PaymentType),
  product: Type.Optional(PaymentProduct),
  businessId: Type.Optional(Type.String({ pattern: '^[0-9]{1,15}$', description: 'The business paid for: an instance, CDN or DNS id' })),
  ...PageQuery,
}, { additionalProperties: false, title: 'ListPaymentsQuery' })

export const listRecharges = defineOperation({
  operationId: 'listRecharges',
  method: 'GET',
  path: '/recharges',
  tags: TAGS,
  summary: 'List recharges',
  description: 'Money paid into the account, newest first, optionally of one type.',
  upstream: '/API/profile/rechargeList',
  status: 200,
  query: ListRechargesQuery,
  response: Page(Recharge, 'RechargePage'),
  toUpstream: ({ query }) => ({
    ...pick(query, { type: ['type', codeFor(RECHARGE_TYPE)] }),
    page: query.page,
    limit: query.limit,
  }),
  fromUpstream: (envelope, { query }) => toPage(envelope, query, (row) => moneyRecordFrom(row, rechargeType(row.type, row.type_zh), row.createtime)),
  examples: {
    response: {
      items: [{ id: '2331234567', name: '充值', amount: '1000.00', orderNo: '20150317150637485662', type: 'transfer', typeLabel: '线下转账', status: 'completed', createdAt: '2015-03-17T15:06:00+08:00' }],
      page: 1,
      limit: 30,
      total: 1,
      totalPages: 1,
    },
  },
})

export const getBalance = defineOperation({
  operationId: 'getBalance',
  method: 'GET',
  path: '/balance',
  tags: TAGS,
  summary: 'Get the account balance',
  description: 'The account\'s cash balance. The upstream answers a one-row list; this answers the amount.',
  upstream: '/API/profile/balance',
  cache: { ttlSeconds: 5 },
  status: 200,
  response: Balance,
  toUpstream: () => ({}),
  fromUpstream: ({ data }) => ({ amount: toMoney(requireRecord(Array.isArray(data) ? data[0] : data, 'data').price, 'data.price') }),
  examples: { response: { amount: '750.6346' } },
})

export const setBalanceAlarm = defineOperation({
  operationId: 'setBalanceAlarm',
  method: 'PUT',
  path: '/balance/alarm',
  tags: TAGS,
  summary: 'Set the low-balance alarm',
  description: 'Turns the low-balance alarm on or off; `count` and `threshold` keep their values when left out. Answers the alarm as it now is.',
  upstream: '/API/profile/balanceAlarm',
  invalidates: ['getProfile'],
  status: 200,
  body: SetBalanceAlarm,
  response: BalanceAlarm,
  // The threshold travels as the decimal string the client sent, so no amount passes through a float.
  toUpstream: ({ body }) => pick(body, { enabled: ['alarm', flagToUpstream], count: ['alarm_num'], threshold: ['alarm_value'] }),
  fromUpstream: ({ data }) => balanceAlarmFrom(data),
  examples: {
    request: { enabled: true, count: 3, threshold: '300' },
    response: { enabled: true, count: 1, threshold: '300.00' },
  },
})

export const listPayments = defineOperation({
  operationId: 'listPayments',
  method: 'GET',
  path: '/payments',
  tags: TAGS,
  summary: 'List payments',
  description: 'Consumption, refunds, invoice fees and coupon deductions, newest first; filter by type, product or the business paid for.',
  upstream: '/API/profile/payList',
  status: 200,
  query: ListPaymentsQuery,
  response: Page(Payment, 'PaymentPage'),
  toUpstream: ({ query }) => ({
    ...pick(query, {
      type: ['type', codeFor(PAYMENT_TYPE)],
      product: ['paytype', codeFor(PAYMENT_PRODUCT)],
      businessId: ['bid', idToUpstream],
    }),
    page: query.page,
    limit: query.limit,
  }),
  fromUpstream: (envelope, { query }) => toPage(envelope, query, (row) => ({
    ...moneyRecordFrom(row, paymentType(row.type, row.type_zh), row.created),
    product: paymentProduct(row.paytype, row.paytype_zh),
    productLabel: toText(row.paytype_zh),
  })),
  examples: {
    response: {
      items: [{ id: '1081361123', name: 'i-230x2mmn', amount: '0.4395', orderNo: '20150319150000447822', type: 'consumption', typeLabel: '消费', product: 'instance', productLabel: '云主机', status: 'completed', createdAt: '2015-03-19T15:00:00+08:00' }],
      page: 1,
      limit: 30,
      total: 130667,
      totalPages: 4356,
    },
  },
})
