import { scaleUnitsUp, toUnits, type MoneyUnits } from './money.js'
import { PACKAGE_TIER_TYPE } from './seed/cdn.js'
import type { FlowPriceTier } from './state.js'

/**
 * What a CDN flow package costs. The whole package is priced at the one
 * tier its size falls in (lower < bytes ≤ upper), per GB of 10^9 bytes as
 * the upstream counts ("1.00T" is 10^12 bytes), rounded up to the next
 * ten-thousandth of a yuan.
 */

const BYTES_PER_GB = 1_000_000_000n

export function packageTier (tiers: readonly FlowPriceTier[], bytes: number): FlowPriceTier | undefined {
  return tiers.find((tier) => tier.type === PACKAGE_TIER_TYPE && bytes > tier.lower && bytes <= tier.upper)
}

export function packageCost (tier: FlowPriceTier, bytes: number): MoneyUnits {
  return scaleUnitsUp(toUnits(tier.price), BigInt(bytes), BYTES_PER_GB)
}

const UNITS: ReadonlyArray<[string, bigint]> = [['T', 10n ** 12n], ['G', 10n ** 9n], ['M', 10n ** 6n], ['K', 10n ** 3n]]

/** "1.00T", "100.00M": the size in a package's name, two decimals, truncated. */
export function flowLabel (bytes: number): string {
  const value = BigInt(bytes)
  const [suffix, size] = UNITS.find(([, unitSize]) => value >= unitSize) ?? ['B', 1n]
  const hundredths = (value * 100n) / size
  return `${hundredths / 100n}.${String(hundredths % 100n).padStart(2, '0')}${suffix}`
}
