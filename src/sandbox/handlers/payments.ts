import { success } from '../envelope.js'
import { agoText, slashDateTime } from '../formats.js'
import type { Endpoint, Handler } from '../handler.js'
import { paginate, readPage } from '../pagination.js'
import { optionalChoice, optionalId, optionalInteger } from '../params.js'
import { newestFirst, type PaymentProduct, type PaymentType } from '../state.js'

/**
 * `/API/profile/payList`: filtered by `type`, `paytype` and `bid`, none of
 * which the rows carry (only their `_zh` labels); its total is a string.
 */

export const PAYMENT_TYPE_NAMES: Record<PaymentType, string> = { 1: '消费', 2: '退款', 3: '发票款', 4: '代金券' }
export const PAYMENT_PRODUCT_NAMES: Record<PaymentProduct, string> = {
  1: '云主机', 2: '云硬盘', 3: '云主机备份', 5: '云分发', 6: '云分发流量包', 7: '云DNS', 8: '其它', 9: '物理云主机',
}
const PRODUCT_CODES = ['1', '2', '3', '5', '6', '7', '8', '9'] as const

const payList: Handler = (body, { state, nowSeconds }) => {
  const request = readPage(body)
  const type = optionalInteger(body, 'type', 1, 4)
  const paytypeText = optionalChoice(body, 'paytype', PRODUCT_CODES)
  const paytype = paytypeText === undefined ? undefined : Number(paytypeText)
  const bid = optionalId(body, 'bid')
  const matching = state.payments.filter((payment) =>
    (type === undefined || payment.type === type) &&
    (paytype === undefined || payment.paytype === paytype) &&
    (bid === undefined || payment.bid === bid))
  const page = paginate(newestFirst(matching), request)
  const rows = page.rows.map((payment) => ({
    id: payment.id,
    uid: state.account.uid,
    name: payment.name,
    code: payment.code,
    type_zh: PAYMENT_TYPE_NAMES[payment.type],
    paytype_zh: PAYMENT_PRODUCT_NAMES[payment.paytype],
    price: payment.price,
    status: payment.status,
    created: slashDateTime(payment.createdAt),
    created_ago: agoText(payment.createdAt, nowSeconds),
  }))
  return success(rows, { total: String(page.total), totalpage: page.totalpage })
}

export const paymentEndpoints: Endpoint[] = [
  { path: '/API/profile/payList', handler: payList },
]
