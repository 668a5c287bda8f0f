import { createHash } from 'node:crypto'
import { chinaEpoch } from '../formats.js'
import type { CouponRecord, CouponStatus } from '../state.js'

/**
 * 54 coupons, as the reference's couponList total says. The activated ones
 * have 1580.0000 left between them, the reference's couponBalance. The
 * unused ones can be redeemed with couponExchange; their codes are exported
 * for tests and for the gateway's own tests.
 */

/** Status 0 (未使用): couponExchange activates them. */
export const REDEEMABLE_COUPONS: ReadonlyArray<{ couponid: string, price: string }> = [
  { couponid: '42633481d6c06b82838b1a382417b430', price: '100.0000' },
  { couponid: '56e1038685675bef06a32b9328e8f054', price: '200.0000' },
  { couponid: '42ba891a4f3055f3985f8fa26c7a9212', price: '50.0000' },
  { couponid: 'd91ec535c7007a4b323e116a68693610', price: '12.3456' },
  { couponid: 'c7c8efcfa30ce713b45508502de29c92', price: '0.0001' },
]
/** The reference's own coupon: already used (status 2), so redeeming it is refused. */
export const USED_COUPON_ID = '704c09edfa41e5cbb111965daf190ba5'
export const VOID_COUPON_ID = 'ac71c0d12375807c46a84940b6468faf'
export const EXPIRED_COUPON_ID = 'f816a262c165a96cc5462ac896ef20f7'
export const SEED_COUPON_BALANCE = '1580.0000'

const FAR_FUTURE = chinaEpoch(2099, 12, 31, 23, 59)
const DAY = 24 * 3600

export function seedCoupons (): CouponRecord[] {
  const recent = chinaEpoch(2015, 3, 10, 10, 0)
  const coupons: CouponRecord[] = []
  let nextId = 4841234600
  const add = (couponid: string, status: CouponStatus, price: string, priceover: string, createdAt: number, endsAt: number): void => {
    coupons.push({ id: String(nextId--), couponid, status, price, priceover, createdAt, endsAt })
  }

  add('0e86964ec93f321f3e499c91e8fd04e6', '1', '1000.0000', '1000.0000', recent, FAR_FUTURE)
  add('9b1f0c63a4d24e7b8e5f2a1c7d3b6e90', '1', '500.0000', '500.0000', recent - DAY, FAR_FUTURE)
  add('3c5e7a9b1d2f4e6a8c0b2d4f6a8c0e1f', '1', '100.0000', '80.0000', recent - 2 * DAY, FAR_FUTURE)
  REDEEMABLE_COUPONS.forEach(({ couponid, price }, index) => {
    add(couponid, '0', price, price, recent - (3 + index) * DAY, FAR_FUTURE)
  })
  add(VOID_COUPON_ID, '3', '100.0000', '100.0000', recent - 10 * DAY, FAR_FUTURE)
  add(EXPIRED_COUPON_ID, '4', '100.0000', '100.0000', chinaEpoch(2014, 11, 1, 9, 0), chinaEpoch(2014, 12, 1, 23, 59))
  // The reference's row, then older used or expired coupons up to 54.
  add(USED_COUPON_ID, '2', '100.0000', '0.0000', chinaEpoch(2014, 12, 4, 14, 9), chinaEpoch(2015, 1, 4, 23, 59))
  for (let index = 0; coupons.length < 54; index++) {
    const createdAt = chinaEpoch(2014, 12, 1, 8, 30) - index * 6 * DAY
    const couponid = createHash('md5').update(`sandbox-coupon-${index}`).digest('hex')
    const used = index % 3 !== 2
    add(couponid, used ? '2' : '4', '50.0000', used ? '0.0000' : '50.0000', createdAt, createdAt + 30 * DAY)
  }
  return coupons
}
