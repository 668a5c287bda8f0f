import { success } from '../envelope.js'
import { agoText, slashDateTime } from '../formats.js'
import type { Endpoint, Handler } from '../handler.js'
import { formatUnits, toUnits } from '../money.js'
import { paginate, readPage } from '../pagination.js'
import { optionalId, optionalInteger } from '../params.js'
import { newestFirst, type RechargeType } from '../state.js'

/** `/API/profile/rechargeList`: filtered by record `id` and `type` (1..5); its total is a string. */

const RECHARGE_TYPE_NAMES: Record<RechargeType, string> = { 1: '支付宝', 2: '网银', 3: '线下转账', 4: '系统充值', 5: '邀请' }

const rechargeList: Handler = (body, { state, nowSeconds }) => {
  const request = readPage(body)
  const id = optionalId(body, 'id')
  const type = optionalInteger(body, 'type', 1, 5)
  const matching = state.recharges.filter((recharge) => (id === undefined || recharge.id === id) && (type === undefined || recharge.type === type))
  const page = paginate(newestFirst(matching), request)
  const rows = page.rows.map((recharge) => ({
    id: recharge.id,
    name: recharge.name,
    uid: state.account.uid,
    price: formatUnits(toUnits(recharge.price), 2),
    code: recharge.code,
    type_zh: RECHARGE_TYPE_NAMES[recharge.type],
    status: recharge.status,
    createtime: slashDateTime(recharge.createdAt),
    createtime_ago: agoText(recharge.createdAt, nowSeconds),
  }))
  return success(rows, { total: String(page.total), totalpage: page.totalpage })
}

export const rechargeEndpoints: Endpoint[] = [
  { path: '/API/profile/rechargeList', handler: rechargeList },
]
