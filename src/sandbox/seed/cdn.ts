import { chinaEpoch } from '../formats.js'
import type { FlowBalance, FlowPriceTier, FlowRecord } from '../state.js'

/**
 * CDN flow price tiers, the flow-package records and the flow balance.
 * Ids "1" and "15" are the reference's tiers; "2" and "3" are cheaper tiers
 * for bigger packages so the tier choice matters. The two records and the
 * 15088000000000 bytes left are the reference's payFlowList story, so
 * buying 1T first answers `"flow": "16088000000000"` like its payFlowAdd.
 */

const TB = 1_000_000_000_000

export const FLOW_PACKAGE_BID = '100004'

export function seedFlowPriceTiers (): FlowPriceTier[] {
  const created = chinaEpoch(2015, 1, 26, 11, 1)
  const updated = chinaEpoch(2015, 5, 20, 13, 51)
  return [
    { id: '1', type: '1', lower: 0, upper: TB, price: '0.3200', createdAt: created, updatedAt: updated },
    { id: '2', type: '1', lower: TB, upper: 10 * TB, price: '0.2800', createdAt: created, updatedAt: updated },
    { id: '3', type: '1', lower: 10 * TB, upper: 1000 * TB, price: '0.2400', createdAt: created, updatedAt: updated },
    { id: '15', type: '2', lower: 0, upper: 1_000_000_000, price: '1.2000', createdAt: chinaEpoch(2015, 3, 5, 16, 35), updatedAt: chinaEpoch(2015, 3, 26, 15, 36) },
  ]
}

/** The tier type that prices flow packages; type "2" is shown but sells nothing. */
export const PACKAGE_TIER_TYPE = '1'

export function seedFlowRecords (): FlowRecord[] {
  const created = chinaEpoch(2015, 8, 28, 14, 4, 3)
  const record = (id: string, code: string, flowover: number): FlowRecord => ({
    id, subUid: '0', bid: FLOW_PACKAGE_BID, name: '购买1.00T流量包', code, type: '1', paytype: '2', flow: TB, flowover, monthflow: 0, status: '1', createdAt: created,
  })
  return [
    record('374487', '20150828140403901430', 15_088 * 1_000_000_000),
    record('374486', '20150828140403322596', 14_088 * 1_000_000_000),
  ]
}

export function seedFlowBalance (): FlowBalance {
  return { freeTotal: 50_000_000_000, freeUsed: 0, buyTotal: 15_088 * 1_000_000_000, buyUsed: 0, monthTotal: 100_000 }
}
