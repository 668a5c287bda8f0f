import { Type } from '@sinclair/typebox'
import { Page, PageQuery } from '../schemas/page.js'
import { DateTime, Id, Money, Nullable, StringEnum } from '../schemas/primitives.js'
import { codeFor, pick, record, requireId, toIsoTime, toMoney, toPage, toText, wordFor, wordsOf } from './convert.js'
import { defineOperation } from './types.js'

/** Coupons: the list, redeeming one by its code, and the balance left on activated ones. */

const TAGS = ['coupons']

/** couponList's `status`: 0 未使用 1 已激活 2 已使用 3 作废 4 过期. */
const COUPON_STATUS = { 0: 'unused', 1: 'activated', 2: 'used', 3: 'void', 4: 'expired' } as const
const CouponStatus = StringEnum(wordsOf(COUPON_STATUS), 'unused (upstream 0), activated (1), used (2), void (3), expired (4)')

const CouponCode = Type.String({ pattern: '^[A-Za-z0-9]{1,64}$', description: 'The coupon\'s code', examples: ['704c09edfa41e5cbb111965daf190ba5'] })

export const Coupon = Type.Object({
  id: Id(),
  code: Type.String({ description: 'The coupon\'s code' }),
  status: Nullable(CouponStatus),
  amount: Money('Face value'),
  remaining: Money('What is left of it'),
  createdAt: Nullable(DateTime()),
  expiresAt: Nullable(DateTime()),
}, { title: 'Coupon' })

export const ListCouponsQuery = Type.Object({
  code: Type.Optional(CouponCode),
  status: Type.Optional(CouponStatus),
  ...PageQuery,
}, { additionalProperties: false, title: 'ListCouponsQuery' })

export const RedeemCoupon = Type.Object({ code: CouponCode }, { additionalProperties: false, title: 'RedeemCoupon' })

export const CouponRedemption = Type.Object({
  code: Type.String({ description: 'The coupon redeemed' }),
  amount: Money('What it added to the coupon balance'),
  username: Type.String({ description: 'The account it was credited to' }),
}, { title: 'CouponRedemption' })

export const CouponBalance = Type.Object({ amount: Money('Coupon balance') }, { title: 'CouponBalance' })

export const listCoupons = defineOperation({
  operationId: 'listCoupons',
  method: 'GET',
  path: '/coupons',
  tags: TAGS,
  summary: 'List coupons',
  description: 'The account\'s coupons, newest first; filter by code or status.',
  upstream: '/API/profile/couponList',
  cache: { ttlSeconds: 5 },
  status: 200,
  query: ListCouponsQuery,
  response: Page(Coupon, 'CouponPage'),
  toUpstream: ({ query }) => ({
    ...pick(query, { code: ['couponid'], status: ['status', codeFor(COUPON_STATUS)] }),
    page: query.page,
    limit: query.limit,
  }),
  fromUpstream: (envelope, { query }) => toPage(envelope, query, (row) => ({
    id: requireId(row.id, 'data[].id'),
    code: toText(row.couponid),
    status: wordFor(COUPON_STATUS, row.status, null),
    amount: toMoney(row.price, 'data[].price'),
    remaining: toMoney(row.priceover, 'data[].priceover'),
    createdAt: toIsoTime(row.created),
    expiresAt: toIsoTime(row.endtime),
  })),
  examples: {
    response: {
      items: [{ id: '4841234567', code: '704c09edfa41e5cbb111965daf190ba5', status: 'used', amount: '100.0000', remaining: '0.0000', createdAt: '2014-12-04T14:09:00+08:00', expiresAt: '2015-01-04T23:59:00+08:00' }],
      page: 1,
      limit: 30,
      total: 54,
      totalPages: 2,
    },
  },
})

export const redeemCoupon = defineOperation({
  operationId: 'redeemCoupon',
  method: 'POST',
  path: '/coupons/redemptions',
  tags: TAGS,
  summary: 'Redeem a coupon',
  description: 'Activates an unused coupon by its code, adding its value to the coupon balance.',
  upstream: '/API/profile/couponExchange',
  invalidates: ['listCoupons', 'getCouponBalance', 'getBalance', 'getProfile'],
  movesMoney: true,
  status: 201,
  body: RedeemCoupon,
  response: CouponRedemption,
  toUpstream: ({ body }) => ({ couponid: body.code }),
  // A coupon's value is known only once the upstream has redeemed it.
  moved: (_input, answer) => (answer === undefined ? {} : { amount: answer.amount }),
  fromUpstream: ({ data }, { body }) => {
    const redeemed = record(data)
    return { code: body.code, amount: toMoney(redeemed.price, 'data.price'), username: toText(redeemed.name) }
  },
  examples: {
    request: { code: '704c09edfa41e5cbb111965daf190ba5' },
    response: { code: '704c09edfa41e5cbb111965daf190ba5', amount: '100.00', username: 'example_user' },
  },
})

export const getCouponBalance = defineOperation({
  operationId: 'getCouponBalance',
  method: 'GET',
  path: '/coupons/balance',
  tags: TAGS,
  summary: 'Get the coupon balance',
  description: 'What is left on the account\'s activated coupons. The upstream answers a bare string; this answers `{amount}`.',
  upstream: '/API/profile/couponBalance',
  cache: { ttlSeconds: 5 },
  status: 200,
  response: CouponBalance,
  toUpstream: () => ({}),
  fromUpstream: ({ data }) => ({ amount: toMoney(data, 'data') }),
  examples: { response: { amount: '1580.0000' } },
})
