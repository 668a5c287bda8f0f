import { lookup as dnsLookup } from 'node:dns/promises'
import ipaddr from 'ipaddr.js'
import { errors } from '../errors.js'

/**
 * Keeps relayed callbacks off the gateway's own network: a callback URL must
 * be http(s) and every address its host resolves to must be public unicast
 * (not loopback, link-local, RFC 1918, ULA, CGNAT, unspecified, multicast,
 * reserved, an IPv6 form wrapping such an address, or the deprecated
 * IPv4-compatible form `::a.b.c.d` whatever it embeds) unless
 * RELAY_ALLOW_PRIVATE. Checked when a key's URL is set, and again before each
 * delivery since DNS answers change.
 */

export type HostLookup = (host: string) => Promise<string[]>

export interface CallbackUrlOptions {
  allowPrivate: boolean
  /** Resolves a host name to its addresses; `dns.promises.lookup(host, { all: true })` by default. */
  lookup?: HostLookup
}

export const defaultLookup: HostLookup = async (host) =>
  (await dnsLookup(host, { all: true })).map((entry) => entry.address)

/** Throws `errors.unsafeCallbackUrl` unless the URL may receive relayed callbacks. */
export async function assertSafeCallbackUrl (url: string, options: CallbackUrlOptions): Promise<void> {
  await safeCallbackAddresses(url, options)
}

/**
 * Like `assertSafeCallbackUrl`, answering the checked addresses so a caller
 * can connect to exactly those (pinning them defeats DNS rebinding between
 * check and connect). Empty when `allowPrivate` skips resolution.
 */
export async function safeCallbackAddresses (url: string, options: CallbackUrlOptions): Promise<string[]> {
  const target = parseTarget(url)
  if (options.allowPrivate) return []
  // URL keeps IPv6 literals in brackets; IPv4 literals are already canonical dotted quads.
  const host = target.hostname.replace(/^\[(.*)\]$/, '$1')
  const addresses = ipaddr.isValid(host) ? [host] : await resolve(host, options.lookup ?? defaultLookup)
  if (addresses.length === 0) throw errors.unsafeCallbackUrl(`${host} resolves to no address`)
  for (const address of addresses) {
    const range = classify(address)
    if (range !== 'unicast') throw errors.unsafeCallbackUrl(`${host} resolves to ${address}, a ${range} address; only public addresses may receive callbacks (RELAY_ALLOW_PRIVATE=true lifts this)`)
  }
  return addresses
}

function parseTarget (url: string): URL {
  let target: URL
  try {
    target = new URL(url)
  } catch {
    throw errors.unsafeCallbackUrl('it is not an absolute URL')
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') throw errors.unsafeCallbackUrl('only http and https URLs may receive callbacks')
  // Credentials in a URL end up in logs and delivery records.
  if (target.username !== '' || target.password !== '') throw errors.unsafeCallbackUrl('it must not carry a user name or password')
  return target
}

async function resolve (host: string, lookup: HostLookup): Promise<string[]> {
  try {
    return await lookup(host)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'lookup failed'
    throw errors.unsafeCallbackUrl(`${host} cannot be resolved (${code})`)
  }
}

function classify (address: string): string {
  try {
    const parsed = ipaddr.process(address.replace(/%.*$/, ''))
    const embedded = ipv4Compatible(parsed)
    if (embedded === undefined) return parsed.range()
    // Deprecated (RFC 4291 §2.5.5.1) and never a real host: refused, named by what it embeds.
    const range = embedded.range()
    return range === 'unicast' ? `deprecated IPv4-compatible IPv6 (it embeds ${embedded.toString()}; write that address instead)` : `${range} (IPv4-compatible IPv6 embedding ${embedded.toString()})`
  } catch {
    return 'malformed'
  }
}

/** `::a.b.c.d` (URL parsers write it `::7f00:1`): the IPv4 address in its last 32 bits; not for `::` and `::1`. */
function ipv4Compatible (address: ipaddr.IPv4 | ipaddr.IPv6): ipaddr.IPv4 | undefined {
  if (address.kind() !== 'ipv6') return undefined
  const parts = (address as ipaddr.IPv6).parts
  if (parts.slice(0, 6).some((part) => part !== 0) || (parts[6] === 0 && (parts[7] ?? 0) <= 1)) return undefined
  const [high = 0, low = 0] = parts.slice(6)
  return new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff])
}
