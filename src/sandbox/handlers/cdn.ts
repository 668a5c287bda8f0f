import { recordActivity } from '../activity-log.js'
import { couponBalance, spendCoupons } from '../coupon-wallet.js'
import { Rejection, success } from '../envelope.js'
import { agoText, monthStamp, slashDateTime } from '../formats.js'
import { flowLabel, packageCost, packageTier } from '../flow-pricing.js'
import type { Endpoint, Handler } from '../handler.js'
import { formatUnits, toUnits } from '../money.js'
import { newOrderCode } from '../order-code.js'
import { optionalAmount, requireInteger } from '../params.js'
import { FLOW_PACKAGE_BID } from '../seed/cdn.js'
import { newestFirst, nextId, type FlowRecord } from '../state.js'

/**
 * CDN flow packages: the price tiers, buying a package (money moves: the
 * account balance, and optionally coupons, pay for it), the purchase
 * records and the flow balance. Byte counts are strings in lists and
 * numbers in payFlowBalance, as in the reference.
 */

const flowPriceList: Handler = (_body, { state, nowSeconds }) => success(state.flowPriceTiers.map((tier) => ({
  id: tier.id,
  type: tier.type,
  lower: String(tier.lower),
  upper: String(tier.upper),
  price: formatUnits(toUnits(tier.price), 2),
  created: slashDateTime(tier.createdAt),
  created_ago: agoText(tier.createdAt, nowSeconds),
  updatetime: slashDateTime(tier.updatedAt),
  updatetime_ago: agoText(tier.updatedAt, nowSeconds),
})))

const payFlowAdd: Handler = (body, context) => {
  const { state, nowSeconds } = context
  const flow = requireInteger(body, 'flow', 1, Number.MAX_SAFE_INTEGER)
  const couponPart = optionalAmount(body, 'couponprice', 4) ?? 0n
  const tier = packageTier(state.flowPriceTiers, flow)
  if (tier === undefined) throw new Rejection('购买流量超出可购买范围')
  const cost = packageCost(tier, flow)
  if (couponPart > cost) throw new Rejection('代金券金额不能超过订单金额')
  if (couponPart > couponBalance(state, nowSeconds)) throw new Rejection('代金券余额不足')
  const cashPart = cost - couponPart
  const balance = toUnits(state.balance)
  if (cashPart > balance) throw new Rejection('账户余额不足')

  state.balance = formatUnits(balance - cashPart)
  if (couponPart > 0n) spendCoupons(state, couponPart, nowSeconds)
  state.flowBalance.buyTotal += flow
  const left = state.flowBalance.buyTotal - state.flowBalance.buyUsed
  const name = `购买${flowLabel(flow)}流量包`
  const code = newOrderCode(nowSeconds)
  state.flowRecords.push({
    id: nextId(state, 'flowRecord'), subUid: '0', bid: FLOW_PACKAGE_BID, name, code, type: '1', paytype: '2', flow, flowover: left, monthflow: 0, status: '1', createdAt: nowSeconds,
  })
  const payment = { name, code, paytype: 6 as const, bid: FLOW_PACKAGE_BID, status: '1', createdAt: nowSeconds }
  if (cashPart > 0n) state.payments.push({ ...payment, id: nextId(state, 'payment'), type: 1, price: formatUnits(cashPart) })
  if (couponPart > 0n) state.payments.push({ ...payment, id: nextId(state, 'payment'), type: 4, price: formatUnits(couponPart) })
  recordActivity(context, { type: 'webcdn', op: '1', title: '购买流量包', content: `${name}\n金额:${formatUnits(cost)}` })

  return success({
    username: context.settings.username,
    freeflowtotal: String(state.flowBalance.freeTotal),
    freeflow: String(state.flowBalance.freeUsed),
    flow: String(left),
  })
}

function flowRecordRow (record: FlowRecord, uid: string, username: string, nowSeconds: number) {
  return {
    username,
    id: record.id,
    uid,
    sub_uid: record.subUid,
    bid: record.bid,
    name: record.name,
    code: record.code,
    type: record.type,
    paytype: record.paytype,
    type_zh: '流量',
    paytype_zh: '购买',
    flowtype_zh: '购买流量包',
    flow: String(record.flow),
    flowover: String(record.flowover),
    monthflow: String(record.monthflow),
    status: record.status,
    created: slashDateTime(record.createdAt),
    created_ago: agoText(record.createdAt, nowSeconds),
  }
}

/** Not paged upstream: every record, newest first. */
const payFlowList: Handler = (_body, { state, settings, nowSeconds }) =>
  success(newestFirst(state.flowRecords).map((record) => flowRecordRow(record, state.account.uid, settings.username, nowSeconds)))

const payFlowBalance: Handler = (_body, { state, nowSeconds }) => {
  const balance = state.flowBalance
  return success({
    free: { total: balance.freeTotal, used: balance.freeUsed },
    buy: { total: balance.buyTotal, used: balance.buyUsed },
    month: { total: balance.monthTotal, month: monthStamp(nowSeconds) },
  })
}

export const cdnEndpoints: Endpoint[] = [
  { path: '/API/cdn/flowPriceList', handler: flowPriceList },
  { path: '/API/cdn/payFlowAdd', handler: payFlowAdd },
  { path: '/API/cdn/payFlowList', handler: payFlowList },
  { path: '/API/cdn/payFlowBalance', handler: payFlowBalance },
]
