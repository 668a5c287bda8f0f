import { errors, type ValidationIssue } from '../errors.js'
import { formatRange, parseRange, tooBroad } from '../net/ip-ranges.js'

/**
 * A key's IP whitelist as clients give it: an array, or one comma-separated
 * string as the console takes it ("多个IP用英文逗号隔开, 最多添加10个IP").
 * Each entry is an IPv4 or IPv6 address or a CIDR range; 1 to 10 of them.
 * A range broader than /8 (IPv4) or /16 (IPv6) is refused: `0.0.0.0/0`
 * and its kin would admit everyone. Entries are stored canonically (`::ffff:10.0.0.1` → `10.0.0.1`,
 * `10.0.0.7/24` → `10.0.0.0/24`), once each.
 */

export const MAX_WHITELIST_ENTRIES = 10
const FIELD = '/ipWhitelist'

export function parseIpWhitelist (input: string | readonly string[]): string[] {
  const asString = typeof input === 'string'
  // A trailing or doubled comma in the console's string form is a slip, not an entry.
  const entries = asString ? input.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '') : [...input]
  const issues: ValidationIssue[] = []
  if (entries.length < 1 || entries.length > MAX_WHITELIST_ENTRIES) {
    issues.push({ in: 'body', pointer: FIELD, message: `must list 1 to ${MAX_WHITELIST_ENTRIES} entries; it lists ${entries.length}` })
  }
  const canonical = entries.map((entry, index) => {
    const range = parseRange(entry.trim())
    const problem = range === undefined ? 'is not an IPv4 or IPv6 address or CIDR range' : tooBroad(range)
    if (range === undefined || problem !== undefined) {
      const where = asString ? { pointer: FIELD, message: `entry ${index + 1} ("${entry}") ${problem}` } : { pointer: `${FIELD}/${index}`, message: problem ?? '' }
      issues.push({ in: 'body', ...where })
      return ''
    }
    return formatRange(range)
  })
  if (issues.length > 0) throw errors.validation(issues.map((issue) => `body${issue.pointer} ${issue.message}`).join('; '), issues)
  return [...new Set(canonical)]
}
