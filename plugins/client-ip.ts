import type { Socket } from 'node:net'
import fp from 'fastify-plugin'
import type { Config } from '../src/config.js'
import { resolveClientIp } from '../src/net/client-ip.js'
import { rangesFromConfig } from '../src/net/ip-ranges.js'

/**
 * `request.clientIp`: the caller's address as whitelists, admin access and
 * rate limits see it, worked out once per request. Fastify's own
 * `trustProxy` stays off: believing X-Forwarded-For from anyone would let
 * any caller pick the address its whitelist is checked against.
 */

declare module 'fastify' {
  interface FastifyRequest {
    /** IPv4 dotted quad (IPv4-mapped IPv6 unwrapped) or RFC 5952 IPv6. */
    clientIp: string
  }
}

export default fp<{ config: Config }>(async (fastify, { config }) => {
  const trustedProxies = rangesFromConfig('TRUST_PROXY', config.TRUST_PROXY)
  // Without a forwarded header to read, the answer is the socket's peer: worked out once per connection.
  const peerIps = new WeakMap<Socket, string>()
  fastify.decorateRequest('clientIp', '')
  // A callback hook: nothing here waits, so no promise per request.
  fastify.addHook('onRequest', (request, _reply, done) => {
    const forwardedFor = trustedProxies.isEmpty ? undefined : request.headers['x-forwarded-for']
    if (forwardedFor !== undefined) {
      request.clientIp = resolveClientIp(request.socket.remoteAddress, forwardedFor, trustedProxies)
      done()
      return
    }
    let peerIp = peerIps.get(request.socket)
    if (peerIp === undefined) {
      peerIp = resolveClientIp(request.socket.remoteAddress, undefined, trustedProxies)
      peerIps.set(request.socket, peerIp)
    }
    request.clientIp = peerIp
    done()
  })
}, { name: 'client-ip' })
