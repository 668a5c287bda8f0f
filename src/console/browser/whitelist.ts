/**
 * The IP whitelist field, checked as the operator types, by the rules the
 * gateway applies (src/keys/ip-whitelist.ts): one comma-separated string,
 * 1 to 10 entries, each a dotted-quad IPv4 address, an IPv6 address
 * without zone, or either with a /prefix no broader than /8 (IPv4) or /16
 * (IPv6), since a wider range admits nearly everyone. The gateway stays the judge; this
 * only says early what it would refuse. Pure, so a test holds it to the
 * gateway's own parser.
 */

export const MAX_WHITELIST_ENTRIES = 10
export const MIN_PREFIX = { ipv4: 8, ipv6: 16 } as const

export type WhitelistVerdict =
  | { ok: true, entries: string[] }
  | { ok: false, reason: 'empty' }
  | { ok: false, reason: 'tooMany', count: number }
  | { ok: false, reason: 'badEntry', index: number, entry: string }
  | { ok: false, reason: 'tooBroad', index: number, entry: string }

export function checkWhitelist (text: string): WhitelistVerdict {
  // As on the gateway: a trailing or doubled comma is a slip, not an entry.
  const entries = text.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '')
  if (entries.length === 0) return { ok: false, reason: 'empty' }
  if (entries.length > MAX_WHITELIST_ENTRIES) return { ok: false, reason: 'tooMany', count: entries.length }
  for (const [index, entry] of entries.entries()) {
    const range = rangeOf(entry)
    if (range === undefined) return { ok: false, reason: 'badEntry', index: index + 1, entry }
    if (range.prefix < MIN_PREFIX[range.kind]) return { ok: false, reason: 'tooBroad', index: index + 1, entry }
  }
  return { ok: true, entries }
}

interface Range { kind: 'ipv4' | 'ipv6', prefix: number }

function rangeOf (entry: string): Range | undefined {
  const [address = '', prefixText, extra] = entry.split('/')
  if (extra !== undefined) return undefined
  const groups = isIpv4(address) ? undefined : ipv6Groups(address)
  if (!isIpv4(address) && groups === undefined) return undefined
  const bits = groups === undefined ? 32 : 128
  if (prefixText !== undefined && !(/^\d{1,3}$/.test(prefixText) && Number(prefixText) <= bits)) return undefined
  const prefix = prefixText === undefined ? bits : Number(prefixText)
  // As on the gateway, `::ffff:a.b.c.d/N` with N ≥ 96 is the IPv4 range a.b.c.d/(N − 96).
  if (groups !== undefined && isIpv4Mapped(groups) && prefix >= 96) return { kind: 'ipv4', prefix: prefix - 96 }
  return { kind: groups === undefined ? 'ipv4' : 'ipv6', prefix }
}

const isIpv4Mapped = (groups: number[]) => groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff

const OCTET = /^(0|[1-9]\d{0,2})$/

export function isIpv4 (text: string): boolean {
  const parts = text.split('.')
  return parts.length === 4 && parts.every((part) => OCTET.test(part) && Number(part) <= 255)
}

const GROUP = /^[0-9a-f]{1,4}$/i

export function isIpv6 (text: string): boolean {
  return ipv6Groups(text) !== undefined
}

/** The eight 16-bit groups of an IPv6 address, or undefined when `text` is none. */
function ipv6Groups (text: string): number[] | undefined {
  if (!text.includes(':')) return undefined
  // An IPv4 address may end it (`::ffff:10.0.0.1`), standing for its last two groups.
  const lastField = text.slice(text.lastIndexOf(':') + 1)
  if (lastField.includes('.') && !isIpv4(lastField)) return undefined
  const octets = lastField.includes('.') ? lastField.split('.').map(Number) as [number, number, number, number] : undefined
  const hex = octets === undefined ? text : `${text.slice(0, -lastField.length)}${((octets[0] << 8) | octets[1]).toString(16)}:${((octets[2] << 8) | octets[3]).toString(16)}`
  const halves = hex.split('::')
  if (halves.length > 2) return undefined
  const [head = [], tail = []] = halves.map((half) => (half === '' ? [] : half.split(':')))
  if (![...head, ...tail].every((group) => GROUP.test(group))) return undefined
  const given = head.length + tail.length
  if (halves.length === 2 ? given > 7 : given !== 8) return undefined
  const zeros = Array.from({ length: 8 - given }, () => '0')
  return [...head, ...zeros, ...tail].map((group) => parseInt(group, 16))
}
