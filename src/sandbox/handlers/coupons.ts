import { recordActivity } from '../activity-log.js'
import { couponBalance } from '../coupon-wallet.js'
import { Rejection, success } from '../envelope.js'
import { agoText, slashDateTime } from '../formats.js'
import type { Endpoint, Handler } from '../handler.js'
import { formatUnits, toUnits } from '../money.js'
import { paginate, readPage } from '../pagination.js'
import { optionalChoice, optionalText, requireText } from '../params.js'
import { newestFirst, type CouponStatus } from '../state.js'

/**
 * Coupons: the list, redeeming an unused (status 0) coupon by its code, and
 * the balance left on activated ones — answered as a bare string `data`.
 */

const COUPON_STATUSES: readonly CouponStatus[] = ['0', '1', '2', '3', '4']

const couponList: Handler = (body, { state, nowSeconds }) => {
  const request = readPage(body)
  const couponid = optionalText(body, 'couponid')
  const status = optionalChoice(body, 'status', COUPON_STATUSES)
  const matching = state.coupons.filter((coupon) => (couponid === undefined || coupon.couponid === couponid) && (status === undefined || coupon.status === status))
  const page = paginate(newestFirst(matching), request)
  const rows = page.rows.map((coupon) => ({
    id: coupon.id,
    uid: state.account.uid,
    couponid: coupon.couponid,
    status: coupon.status,
    price: coupon.price,
    priceover: coupon.priceover,
    created: slashDateTime(coupon.createdAt),
    created_ago: agoText(coupon.createdAt, nowSeconds),
    endtime: slashDateTime(coupon.endsAt),
  }))
  return success(rows, { total: String(page.total), totalpage: page.totalpage })
}

const REFUSALS: Record<Exclude<CouponStatus, '0'>, string> = {
  1: '代金券已领取',
  2: '代金券已使用',
  3: '代金券已作废',
  4: '代金券已过期',
}

const couponExchange: Handler = (body, context) => {
  const couponid = requireText(body, 'couponid').toLowerCase()
  const coupon = context.state.coupons.find((candidate) => candidate.couponid === couponid)
  if (coupon === undefined) throw new Rejection('代金券不存在')
  if (coupon.status !== '0') throw new Rejection(REFUSALS[coupon.status])
  if (coupon.endsAt <= context.nowSeconds) throw new Rejection(REFUSALS[4])
  coupon.status = '1'
  coupon.priceover = coupon.price
  recordActivity(context, { type: 'finance', op: '1', title: '领取代金券', content: `代金券:${coupon.couponid}` })
  return success({ name: context.settings.username, price: formatUnits(toUnits(coupon.price), 2) })
}

const couponBalanceHandler: Handler = (_body, { state, nowSeconds }) => success(formatUnits(couponBalance(state, nowSeconds)))

export const couponEndpoints: Endpoint[] = [
  { path: '/API/profile/couponList', handler: couponList },
  { path: '/API/profile/couponExchange', handler: couponExchange },
  { path: '/API/profile/couponBalance', handler: couponBalanceHandler },
]
