import t from 'tap'
import { resolveClientIp } from '../../src/net/client-ip.js'
import { IpRanges } from '../../src/net/ip-ranges.js'

/** Unit rules of the client address; test/auth/x-forwarded-for.test.ts drives the same through the app. */

const none = IpRanges.parse([])
const proxies = IpRanges.parse(['10.0.0.0/8', '192.168.1.5'])

t.test('the socket peer is the client when it is not a trusted proxy', async (t) => {
  t.equal(resolveClientIp('203.0.113.9', '1.2.3.4', none), '203.0.113.9')
  t.equal(resolveClientIp('203.0.113.9', '1.2.3.4', proxies), '203.0.113.9')
  t.equal(resolveClientIp('::ffff:203.0.113.9', undefined, none), '203.0.113.9', 'IPv4-mapped peers are plain IPv4')
  t.equal(resolveClientIp(undefined, undefined, none), 'unknown')
})

t.test('behind trusted proxies the first untrusted hop from the right is the client', async (t) => {
  t.equal(resolveClientIp('10.0.0.2', '198.51.100.7', proxies), '198.51.100.7')
  t.equal(resolveClientIp('10.0.0.2', '6.6.6.6, 198.51.100.7, 192.168.1.5, 10.9.9.9', proxies), '198.51.100.7', 'trusted hops skipped, spoofed left part ignored')
  t.equal(resolveClientIp('10.0.0.2', ['6.6.6.6', '198.51.100.7'], proxies), '198.51.100.7', 'repeated headers read as one list')
  t.equal(resolveClientIp('::ffff:10.0.0.2', '::ffff:198.51.100.7', proxies), '198.51.100.7')
  t.equal(resolveClientIp('10.0.0.2', '198.51.100.7:51234', proxies), '198.51.100.7', 'a port is dropped')
  t.equal(resolveClientIp('10.0.0.2', '[2001:db8::7]:443', proxies), '2001:db8::7')
})

t.test('all hops trusted: the leftmost is the client', async (t) => {
  t.equal(resolveClientIp('10.0.0.2', '10.1.1.1, 10.2.2.2', proxies), '10.1.1.1')
})

t.test('a hop that is not an address, where trusted proxies vouch, makes the client unknown, never a proxy', async (t) => {
  t.equal(resolveClientIp('10.0.0.2', 'garbage, 10.2.2.2', proxies), 'unknown')
  t.equal(resolveClientIp('10.0.0.2', 'garbage', proxies), 'unknown')
  t.equal(resolveClientIp('10.0.0.2', '', proxies), 'unknown')
  t.equal(resolveClientIp('10.0.0.2', '198.51.100.7, , 10.2.2.2', proxies), 'unknown', 'an empty hop too')
  t.equal(resolveClientIp('10.0.0.2', 'garbage, 198.51.100.7', proxies), '198.51.100.7', 'garbage left of the client is the client\'s own and ignored')
})
