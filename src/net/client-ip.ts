import { normalizeIp, type IpRanges } from './ip-ranges.js'

/**
 * Who is calling: the socket's peer, unless that peer is a proxy listed in
 * TRUST_PROXY. Only then is X-Forwarded-For believed, and only as far as
 * trusted hops reach: read right to left (each proxy appends the peer it
 * saw), skipping trusted proxies; the first untrusted address is the client.
 * Anything left of it was written by the client itself and is ignored. A
 * hop that is not an address, where a trusted proxy vouches, makes the
 * client unknown.
 */

/** Stands for a client whose address cannot be known; it matches no list. */
const UNKNOWN_CLIENT_IP = 'unknown'

export function resolveClientIp (peer: string | undefined, forwardedFor: string | readonly string[] | undefined, trustedProxies: IpRanges): string {
  const socketIp = peer === undefined ? UNKNOWN_CLIENT_IP : normalizeIp(peer) ?? peer
  if (forwardedFor === undefined || trustedProxies.isEmpty || !trustedProxies.includes(socketIp)) return socketIp

  // Repeated headers count as one list, in order.
  const hops = (typeof forwardedFor === 'string' ? forwardedFor : forwardedFor.join(',')).split(',')
  let client = socketIp
  for (let index = hops.length - 1; index >= 0; index--) {
    const hop = normalizeIp(withoutPort((hops[index] ?? '').trim()))
    // A trusted proxy writes addresses; anything else means the chain cannot be followed. The client is then
    // unknown (it matches no whitelist), never the proxy's own address, which may be on one.
    if (hop === undefined) return UNKNOWN_CLIENT_IP
    client = hop
    if (!trustedProxies.includes(hop)) break
  }
  return client
}

/** Some proxies write `1.2.3.4:5678` or `[2001:db8::1]:443`. */
function withoutPort (hop: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(hop)
  if (bracketed !== null) return bracketed[1] ?? hop
  const ipv4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(hop)
  return ipv4WithPort?.[1] ?? hop
}
