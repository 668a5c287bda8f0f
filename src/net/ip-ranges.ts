import ipaddr from 'ipaddr.js'
import { ConfigError } from '../config.js'

/**
 * IP addresses and CIDR ranges, parsed and matched one way for every list
 * the gateway keeps: TRUST_PROXY, ADMIN_IP_WHITELIST and each key's
 * whitelist. An IPv4-mapped IPv6 address (`::ffff:a.b.c.d`) is read as the
 * IPv4 address it carries, so both spellings are one address everywhere.
 */

export type IpAddress = ipaddr.IPv4 | ipaddr.IPv6
export type IpRange = [address: IpAddress, prefixLength: number]

const fullLength = (address: IpAddress) => (address.kind() === 'ipv4' ? 32 : 128)

/**
 * Strict on purpose: only dotted-quad IPv4 (ipaddr.js would also take the
 * legacy `010.1` and `0x7f.1` spellings, which nobody means in a whitelist)
 * and IPv6 without a zone index.
 */
function parseStrict (text: string): IpAddress | undefined {
  if (ipaddr.IPv4.isValidFourPartDecimal(text)) return ipaddr.IPv4.parse(text)
  if (text.includes('%') || !ipaddr.IPv6.isValid(text)) return undefined
  return ipaddr.IPv6.parse(text)
}

const unmapped = (address: IpAddress): IpAddress =>
  address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress() ? (address as ipaddr.IPv6).toIPv4Address() : address

export function parseIp (text: string): IpAddress | undefined {
  const address = parseStrict(text)
  return address === undefined ? undefined : unmapped(address)
}

/** The canonical spelling of an address (IPv4 dotted quad, IPv6 RFC 5952), or undefined when `text` is none. A zone index is dropped. */
export function normalizeIp (text: string): string | undefined {
  const zone = text.indexOf('%')
  return parseIp(zone === -1 ? text : text.slice(0, zone))?.toString()
}

/** A single address or a CIDR range; host bits of a range are cleared (`10.0.0.7/24` is `10.0.0.0/24`). */
export function parseRange (text: string): IpRange | undefined {
  const slash = text.indexOf('/')
  if (slash === -1) {
    const address = parseIp(text)
    return address === undefined ? undefined : [address, fullLength(address)]
  }
  const address = parseStrict(text.slice(0, slash))
  const prefixText = text.slice(slash + 1)
  if (address === undefined || !/^\d{1,3}$/.test(prefixText)) return undefined
  let prefix = Number(prefixText)
  if (prefix > fullLength(address)) return undefined
  let network: IpAddress = address
  if (address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress() && prefix >= 96) {
    network = (address as ipaddr.IPv6).toIPv4Address()
    prefix -= 96
  }
  const masked = network.kind() === 'ipv4'
    ? ipaddr.IPv4.networkAddressFromCIDR(`${network.toString()}/${prefix}`)
    : ipaddr.IPv6.networkAddressFromCIDR(`${network.toString()}/${prefix}`)
  return [masked, prefix]
}

export function formatRange ([address, prefix]: IpRange): string {
  return prefix === fullLength(address) ? address.toString() : `${address.toString()}/${prefix}`
}

/** The shortest prefixes a list may hold: anything broader is most of an address family, not a set of callers. */
export const MIN_PREFIX = { ipv4: 8, ipv6: 16 } as const

/** Why a range is too broad for a whitelist (it covers the whole address space, or nearly), or undefined. */
export function tooBroad ([address, prefix]: IpRange): string | undefined {
  const kind = address.kind()
  if (prefix >= MIN_PREFIX[kind]) return undefined
  const whole = prefix === 0 ? 'covers the whole address space' : `covers 1/${2 ** prefix} of all ${kind === 'ipv4' ? 'IPv4' : 'IPv6'} addresses`
  return `${whole}; a whitelist must name its callers: use /${MIN_PREFIX.ipv4} or longer for IPv4, /${MIN_PREFIX.ipv6} or longer for IPv6`
}

export class InvalidIpRangeError extends Error {
  override name = 'InvalidIpRangeError'
  constructor (readonly entry: string) {
    super(`"${entry}" is not an IPv4 or IPv6 address or CIDR range`)
  }
}

/** Addresses whose verdict an IpRanges remembers; past this it starts over, so a flood of addresses cannot grow it. */
const VERDICT_MEMORY = 1024

/** A compiled list of ranges; `includes` is what hot paths call. */
export class IpRanges {
  /** The same few callers ask again and again: each address is parsed and matched once. */
  private readonly verdicts = new Map<string, boolean>()

  private constructor (private readonly ranges: readonly IpRange[]) {}

  /** Throws InvalidIpRangeError naming the first entry that is not an address or range. */
  static parse (entries: readonly string[]): IpRanges {
    return new IpRanges(entries.map((entry) => {
      const range = parseRange(entry.trim())
      if (range === undefined) throw new InvalidIpRangeError(entry)
      return range
    }))
  }

  get isEmpty (): boolean {
    return this.ranges.length === 0
  }

  includes (ip: string): boolean {
    if (this.ranges.length === 0) return false
    let verdict = this.verdicts.get(ip)
    if (verdict === undefined) {
      verdict = this.matches(ip)
      if (this.verdicts.size >= VERDICT_MEMORY) this.verdicts.clear()
      this.verdicts.set(ip, verdict)
    }
    return verdict
  }

  private matches (ip: string): boolean {
    const address = parseIp(ip)
    if (address === undefined) return false
    return this.ranges.some(([network, prefix]) => network.kind() === address.kind() && address.match(network, prefix))
  }
}

/** For list-valued configuration: a bad or too broad entry stops start-up with a message naming the variable. */
export function rangesFromConfig (variable: string, entries: readonly string[]): IpRanges {
  for (const entry of entries) {
    const range = parseRange(entry.trim())
    const broad = range === undefined ? undefined : tooBroad(range)
    if (broad !== undefined) throw new ConfigError(variable, `entry "${entry}" ${broad}`)
  }
  try {
    return IpRanges.parse(entries)
  } catch (error) {
    if (error instanceof InvalidIpRangeError) throw new ConfigError(variable, error.message)
    throw error
  }
}
