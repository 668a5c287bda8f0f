import { Type } from '@sinclair/typebox'
import { ItemList } from '../schemas/page.js'
import { Count, DateTime, Id, Money, MoneyInput, Nullable } from '../schemas/primitives.js'
import { pick, record, requireId, requireRecord, toId, toInteger, toIsoTime, toItems, toMoney, toOptionalId, toText, toYearMonth } from './convert.js'
import { RecordStatus, recordStatus } from './fields.js'
import { defineOperation } from './types.js'

/** CDN flow: the price tiers (a synced catalog), buying flow packages, their records and the flow balance. */

const TAGS = ['cdn']

export const PriceTier = Type.Object({
  id: Id(),
  tierType: Type.String({ description: 'The upstream\'s tier family code ("1", "2"); the reference does not name them' }),
  lowerBytes: Count('Lower bound of the purchase size, in bytes'),
  upperBytes: Count('Upper bound of the purchase size, in bytes'),
  unitPrice: Money('Price per unit of flow in this tier, as the upstream states it'),
  createdAt: Nullable(DateTime()),
  updatedAt: Nullable(DateTime()),
}, { title: 'PriceTier' })

export const BuyFlowPackage = Type.Object({
  bytes: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER, description: 'Flow to buy, in bytes', examples: [100000000] }),
  couponAmount: Type.Optional(MoneyInput('Part of the price to pay from the coupon balance')),
}, { additionalProperties: false, title: 'BuyFlowPackage' })

export const FlowPurchase = Type.Object({
  username: Type.String({ description: 'The account the flow was added to' }),
  bytes: Count('Bought flow on the account after this purchase, in bytes'),
  freeBytesTotal: Count('Free flow the account is given, in bytes'),
  freeBytesUsed: Count('Free flow used, in bytes'),
}, { title: 'FlowPurchase' })

export const FlowRecord = Type.Object({
  id: Id(),
  name: Type.String({ description: 'What the record is, e.g. 购买1.00T流量包' }),
  orderNo: Type.String({ description: 'The upstream\'s order code' }),
  businessId: Id('The CDN business the flow is for'),
  subaccountUid: Nullable(Id('The sub-account that made it; null for the account itself')),
  bytes: Count('Flow bought or used, in bytes'),
  remainingBytes: Count('Bought flow left after this record, in bytes'),
  monthBytes: Count('Monthly flow in this record, in bytes'),
  typeLabel: Type.String({ description: 'The upstream\'s Chinese name of the record type' }),
  payTypeLabel: Type.String({ description: 'The upstream\'s Chinese name of the payment type' }),
  flowTypeLabel: Type.String({ description: 'The upstream\'s Chinese name of the flow type' }),
  status: RecordStatus,
  createdAt: Nullable(DateTime()),
}, { title: 'FlowRecord' })

const Allowance = Type.Object({ totalBytes: Count('In bytes'), usedBytes: Count('In bytes') })

export const FlowBalance = Type.Object({
  free: Allowance,
  purchased: Allowance,
  monthly: Type.Object({
    totalBytes: Count('This month\'s flow, in bytes'),
    month: Nullable(Type.String({ pattern: '^\\d{4}-\\d{2}$', description: 'The month, as YYYY-MM' })),
  }),
}, { title: 'FlowBalance' })

const allowanceFrom = (value: unknown) => {
  const allowance = record(value)
  return { totalBytes: toInteger(allowance.total), usedBytes: toInteger(allowance.used) }
}

export const listCdnPriceTiers = defineOperation({
  operationId: 'listCdnPriceTiers',
  method: 'GET',
  path: '/cdn/price-tiers',
  tags: TAGS,
  summary: 'List CDN flow price tiers',
  description: 'What flow costs by purchase size. It changes rarely, so it is served from memory: synced from the upstream at start, every SYNC_INTERVAL_S and on POST /admin/sync (see GET /admin/sync).',
  upstream: '/API/cdn/flowPriceList',
  catalog: 'cdnPriceTiers',
  status: 200,
  response: ItemList(PriceTier, 'PriceTierList'),
  toUpstream: () => ({}),
  fromUpstream: ({ data }) => toItems(data, (row) => ({
    id: requireId(row.id, 'data[].id'),
    tierType: toText(row.type),
    lowerBytes: toInteger(row.lower),
    upperBytes: toInteger(row.upper),
    unitPrice: toMoney(row.price, 'data[].price'),
    createdAt: toIsoTime(row.created),
    updatedAt: toIsoTime(row.updatetime),
  })),
  examples: {
    response: {
      items: [
        { id: '1', tierType: '1', lowerBytes: 0, upperBytes: 1000000000000, unitPrice: '0.32', createdAt: '2015-01-26T11:01:00+08:00', updatedAt: '2015-05-20T13:51:00+08:00' },
        { id: '15', tierType: '2', lowerBytes: 0, upperBytes: 1000000000, unitPrice: '1.20', createdAt: '2015-03-05T16:35:00+08:00', updatedAt: '2015-03-26T15:36:00+08:00' },
      ],
    },
  },
})

export const buyCdnFlowPackage = defineOperation({
  operationId: 'buyCdnFlowPackage',
  method: 'POST',
  path: '/cdn/flow-packages',
  tags: TAGS,
  summary: 'Buy a CDN flow package',
  description: 'Buys flow at the price of its tier, paid from the balance and, up to `couponAmount`, from the coupon balance.',
  upstream: '/API/cdn/payFlowAdd',
  invalidates: ['getBalance', 'getCdnFlowBalance', 'listCdnFlowRecords', 'getCouponBalance', 'listCoupons', 'getProfile'],
  moved: ({ body }) => ({ bytes: body.bytes }),
  movesMoney: true,
  status: 201,
  body: BuyFlowPackage,
  response: FlowPurchase,
  toUpstream: ({ body }) => ({ flow: body.bytes, ...pick(body, { couponAmount: ['couponprice'] }) }),
  fromUpstream: ({ data }) => {
    const purchase = requireRecord(data, 'data')
    return {
      username: toText(purchase.username),
      bytes: toInteger(purchase.flow),
      freeBytesTotal: toInteger(purchase.freeflowtotal),
      freeBytesUsed: toInteger(purchase.freeflow),
    }
  },
  examples: {
    request: { bytes: 100000000 },
    response: { username: 'testuser', bytes: 16088000000000, freeBytesTotal: 50000000000, freeBytesUsed: 0 },
  },
})

export const listCdnFlowRecords = defineOperation({
  operationId: 'listCdnFlowRecords',
  method: 'GET',
  path: '/cdn/flow-records',
  tags: TAGS,
  summary: 'List CDN flow records',
  description: 'Flow packages bought and flow used, newest first. The upstream does not page this list.',
  upstream: '/API/cdn/payFlowList',
  cache: { ttlSeconds: 5 },
  status: 200,
  response: ItemList(FlowRecord, 'FlowRecordList'),
  toUpstream: () => ({}),
  fromUpstream: ({ data }) => toItems(data, (row) => ({
    id: requireId(row.id, 'data[].id'),
    name: toText(row.name),
    orderNo: toText(row.code),
    businessId: toId(row.bid),
    subaccountUid: toOptionalId(row.sub_uid),
    bytes: toInteger(row.flow),
    remainingBytes: toInteger(row.flowover),
    monthBytes: toInteger(row.monthflow),
    typeLabel: toText(row.type_zh),
    payTypeLabel: toText(row.paytype_zh),
    flowTypeLabel: toText(row.flowtype_zh),
    status: recordStatus(row.status),
    createdAt: toIsoTime(row.created),
  })),
  examples: {
    response: {
      // The reference's two records differ only in id, order code and what was left.
      items: ['374487', '374486'].map((id, index) => ({
        id,
        name: '购买1.00T流量包',
        orderNo: index === 0 ? '20150828140403901430' : '20150828140403322596',
        businessId: '100004',
        subaccountUid: null,
        bytes: 1000000000000,
        remainingBytes: index === 0 ? 15088000000000 : 14088000000000,
        monthBytes: 0,
        typeLabel: '流量',
        payTypeLabel: '购买',
        flowTypeLabel: '购买流量包',
        status: 'completed',
        createdAt: '2015-08-28T14:04:00+08:00',
      })),
    },
  },
})

export const getCdnFlowBalance = defineOperation({
  operationId: 'getCdnFlowBalance',
  method: 'GET',
  path: '/cdn/flow-balance',
  tags: TAGS,
  summary: 'Get the CDN flow balance',
  description: 'Free, purchased and this month\'s flow, in bytes.',
  upstream: '/API/cdn/payFlowBalance',
  cache: { ttlSeconds: 5 },
  status: 200,
  response: FlowBalance,
  toUpstream: () => ({}),
  fromUpstream: ({ data }) => {
    const balance = requireRecord(data, 'data')
    const month = record(balance.month)
    return {
      free: allowanceFrom(balance.free),
      purchased: allowanceFrom(balance.buy),
      monthly: { totalBytes: toInteger(month.total), month: toYearMonth(month.month) },
    }
  },
  examples: {
    response: {
      free: { totalBytes: 100000000, usedBytes: 0 },
      purchased: { totalBytes: 100000000, usedBytes: 0 },
      monthly: { totalBytes: 100000, month: '2015-09' },
    },
  },
})
