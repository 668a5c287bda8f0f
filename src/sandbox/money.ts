/**
 * Money as the upstream keeps it: decimal strings with four decimals
 * ("750.6346"). Arithmetic is done on whole ten-thousandths in bigint, so no
 * amount ever passes through a binary float.
 */

const SCALE = 4
const UNITS_PER_YUAN = 10n ** BigInt(SCALE)
const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/

/** Ten-thousandths of a yuan. */
export type MoneyUnits = bigint

/**
 * Reads an amount sent by a caller (a JSON number or a decimal string).
 * Undefined when it is not a plain non-negative decimal with at most
 * `maxDecimals` decimals: "1e3", "-5" and "1.23456" are all refused.
 */
export function parseAmount (value: unknown, maxDecimals = SCALE): MoneyUnits | undefined {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : typeof value === 'string' ? value.trim() : undefined
  if (text === undefined) return undefined
  const match = DECIMAL.exec(text)
  if (match === null || match[1] !== undefined) return undefined
  const fraction = match[3] ?? ''
  if (fraction.length > maxDecimals) return undefined
  return BigInt(match[2] as string) * UNITS_PER_YUAN + BigInt(fraction.padEnd(SCALE, '0'))
}

/** Reads an amount the sandbox itself stored; a malformed one is a bug, so it throws. */
export function toUnits (decimal: string): MoneyUnits {
  const match = DECIMAL.exec(decimal)
  if (match === null || (match[3] ?? '').length > SCALE) throw new RangeError(`not a stored money amount: ${decimal}`)
  const magnitude = BigInt(match[2] as string) * UNITS_PER_YUAN + BigInt((match[3] ?? '').padEnd(SCALE, '0'))
  return match[1] === undefined ? magnitude : -magnitude
}

/** Writes units with 4 decimals ("750.6346") or, rounding half up, 2 ("1000.00"), as the upstream does per field. */
export function formatUnits (units: MoneyUnits, decimals: 2 | 4 = 4): string {
  const negative = units < 0n
  let magnitude = negative ? -units : units
  const divisor = 10n ** BigInt(SCALE - decimals)
  magnitude = (magnitude + divisor / 2n) / divisor
  const scale = 10n ** BigInt(decimals)
  const whole = magnitude / scale
  const fraction = (magnitude % scale).toString().padStart(decimals, '0')
  return `${negative ? '-' : ''}${whole}.${fraction}`
}

/** `units * numerator / denominator`, rounded up to the next ten-thousandth: the vendor never undercharges. */
export function scaleUnitsUp (units: MoneyUnits, numerator: bigint, denominator: bigint): MoneyUnits {
  const product = units * numerator
  return (product + denominator - 1n) / denominator
}
