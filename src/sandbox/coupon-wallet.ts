import { formatUnits, toUnits, type MoneyUnits } from './money.js'
import type { CouponRecord, SandboxState } from './state.js'

/**
 * The coupon balance is what is left on activated, unexpired coupons; it is
 * derived from the coupons themselves so the list and the balance can never
 * disagree. Spending draws from the coupon that expires first.
 */

function spendable (state: SandboxState, nowSeconds: number): CouponRecord[] {
  return state.coupons
    .filter((coupon) => coupon.status === '1' && coupon.endsAt > nowSeconds && toUnits(coupon.priceover) > 0n)
    .sort((a, b) => a.endsAt - b.endsAt || a.createdAt - b.createdAt)
}

export function couponBalance (state: SandboxState, nowSeconds: number): MoneyUnits {
  return spendable(state, nowSeconds).reduce((sum, coupon) => sum + toUnits(coupon.priceover), 0n)
}

/** Takes `amount` off the coupons; the caller has checked it is at most the balance. A coupon spent to zero becomes used (2). */
export function spendCoupons (state: SandboxState, amount: MoneyUnits, nowSeconds: number): void {
  let owed = amount
  for (const coupon of spendable(state, nowSeconds)) {
    if (owed === 0n) break
    const left = toUnits(coupon.priceover)
    const taken = left < owed ? left : owed
    coupon.priceover = formatUnits(left - taken)
    if (left === taken) coupon.status = '2'
    owed -= taken
  }
}
