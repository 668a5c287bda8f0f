import t from 'tap'
import { IpRanges } from '../../src/net/ip-ranges.js'

/** Whitelist verdicts are remembered per address, and stay right however many addresses ask. */

t.test('verdicts stay right for more addresses than the ranges remember', async (t) => {
  const ranges = IpRanges.parse(['10.0.0.0/24', '2001:db8::/32'])
  const asked = Array.from({ length: 3000 }, (_, index) => `10.0.${index % 2}.${index % 250}`)
  const wrong = asked.filter((ip) => ranges.includes(ip) !== ip.startsWith('10.0.0.'))
  t.same(wrong, [], 'every verdict matches the ranges')
  // Asked again after the memory has been cleared and refilled.
  t.equal(ranges.includes('10.0.0.1'), true)
  t.equal(ranges.includes('10.0.1.1'), false)
  t.equal(ranges.includes('::ffff:10.0.0.9'), true, 'an IPv4-mapped address is the IPv4 address')
  t.equal(ranges.includes('2001:db8::1'), true)
  t.equal(ranges.includes('not an address'), false)
  t.equal(ranges.includes('not an address'), false, 'a remembered refusal')
})

t.test('an empty list includes nothing', async (t) => {
  t.equal(IpRanges.parse([]).includes('127.0.0.1'), false)
})
