/**
 * The IP whitelist field, checked as the operator types, by the rules the
 * gateway applies (src/keys/ip-whitelist.ts): one comma-separated string,
 * 1 to 10 entries, each a dotted-quad IPv4 address, an IPv6 address
 * without zone, or either with a /prefix. The gateway stays the judge; this
 * only says early what it would refuse. Pure, so a test holds it to the
 * gateway's own parser.
 */

export const MAX_WHITELIST_ENTRIES = 10

export type WhitelistVerdict =
  | { ok: true, entries: string[] }
  | { ok: false, reason: 'empty' }
  | { ok: false, reason: 'tooMany', count: number }
  | { ok: false, reason: 'badEntry', index: number, entry: string }

export function checkWhitelist (text: string): WhitelistVerdict {
  // As on the gateway: a trailing or doubled comma is a slip, not an entry.
  const entries = text.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '')
  if (entries.length === 0) return { ok: false, reason: 'empty' }
  if (entries.length > MAX_WHITELIST_ENTRIES) return { ok: false, reason: 'tooMany', count: entries.length }
  const bad = entries.findIndex((entry) => !isRange(entry))
  if (bad !== -1) return { ok: false, reason: 'badEntry', index: bad + 1, entry: entries[bad] as string }
  return { ok: true, entries }
}

function isRange (entry: string): boolean {
  const [address = '', prefix, extra] = entry.split('/')
  if (extra !== undefined) return false
  const bits = isIpv4(address) ? 32 : isIpv6(address) ? 128 : 0
  if (bits === 0) return false
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= bits)
}

const OCTET = /^(0|[1-9]\d{0,2})$/

export function isIpv4 (text: string): boolean {
  const parts = text.split('.')
  return parts.length === 4 && parts.every((part) => OCTET.test(part) && Number(part) <= 255)
}

const GROUP = /^[0-9a-f]{1,4}$/i

export function isIpv6 (text: string): boolean {
  if (!text.includes(':')) return false
  // An IPv4 address may end it (`::ffff:10.0.0.1`), standing for its last two groups.
  const lastField = text.slice(text.lastIndexOf(':') + 1)
  if (lastField.includes('.') && !isIpv4(lastField)) return false
  const hex = lastField.includes('.') ? `${text.slice(0, -lastField.length)}0:0` : text
  const halves = hex.split('::')
  if (halves.length > 2) return false
  const groups = halves.flatMap((half) => (half === '' ? [] : half.split(':')))
  if (!groups.every((group) => GROUP.test(group))) return false
  return halves.length === 2 ? groups.length <= 7 : groups.length === 8
}
