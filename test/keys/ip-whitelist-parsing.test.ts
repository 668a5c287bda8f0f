import t from 'tap'
import { isGatewayError } from '../../src/errors.js'
import { parseIpWhitelist } from '../../src/keys/ip-whitelist.js'
import { IpRanges } from '../../src/net/ip-ranges.js'

const refusal = (input: string | string[]) => {
  try {
    parseIpWhitelist(input)
  } catch (error) {
    if (isGatewayError(error)) return { status: error.statusCode, errors: error.extras.errors }
    throw error
  }
  throw new Error('accepted')
}

t.test('an array and the console\'s comma-separated string give the same whitelist', async (t) => {
  t.same(parseIpWhitelist(['10.0.0.1', '10.0.0.0/24']), ['10.0.0.1', '10.0.0.0/24'])
  t.same(parseIpWhitelist('10.0.0.1, 10.0.0.0/24,'), ['10.0.0.1', '10.0.0.0/24'], 'spaces and a trailing comma are forgiven')
})

t.test('entries are stored canonically and once', async (t) => {
  t.same(parseIpWhitelist(['::ffff:10.0.0.1', '10.0.0.1', '10.0.0.7/24', '2001:DB8:0:0::1', '2001:db8::/32', '::ffff:192.168.0.0/112']),
    ['10.0.0.1', '10.0.0.0/24', '2001:db8::1', '2001:db8::/32', '192.168.0.0/16'])
})

t.test('ten entries are accepted, eleven refused with a pointer to the list', async (t) => {
  const ten = Array.from({ length: 10 }, (_, index) => `10.0.0.${index + 1}`)
  t.equal(parseIpWhitelist(ten).length, 10)
  t.equal(parseIpWhitelist(ten.join(',')).length, 10)
  for (const eleven of [[...ten, '10.0.0.11'], [...ten, '10.0.0.11'].join(',')]) {
    t.match(refusal(eleven), { status: 400, errors: [{ in: 'body', pointer: '/ipWhitelist', message: /1 to 10/ }] })
  }
})

t.test('an empty whitelist is refused', async (t) => {
  t.match(refusal([]), { status: 400, errors: [{ pointer: '/ipWhitelist' }] })
  t.match(refusal(' , '), { status: 400, errors: [{ pointer: '/ipWhitelist' }] })
})

t.test('a malformed entry is refused with a JSON pointer to it', async (t) => {
  for (const bad of ['10.0.0.256', '10.0.0.1/33', 'example.com', '010.0.0.1', '0x7f.0.0.1', 'fe80::1%eth0', '10.0.0.0/', '::/129', '']) {
    t.match(refusal(['10.0.0.1', bad]), { status: 400, errors: [{ in: 'body', pointer: '/ipWhitelist/1' }] }, JSON.stringify(bad))
  }
  t.match(refusal('10.0.0.1,nope'), { errors: [{ pointer: '/ipWhitelist', message: /entry 2 \("nope"\)/ }] })
})

t.test('matching: ranges, single addresses, both IP versions, ::ffff:a.b.c.d equals a.b.c.d', async (t) => {
  const ranges = IpRanges.parse(['10.0.0.0/24', '192.168.1.10', '2001:db8::/32'])
  t.ok(ranges.includes('10.0.0.200'))
  t.notOk(ranges.includes('10.0.1.1'))
  t.ok(ranges.includes('192.168.1.10'))
  t.ok(ranges.includes('::ffff:192.168.1.10'))
  t.ok(ranges.includes('::ffff:10.0.0.9'))
  t.notOk(ranges.includes('192.168.1.11'))
  t.ok(ranges.includes('2001:db8:1::5'))
  t.notOk(ranges.includes('2001:db9::5'))
  t.notOk(ranges.includes('not an ip'))
  t.ok(IpRanges.parse(['::ffff:127.0.0.1']).includes('127.0.0.1'), 'a mapped entry matches the plain client address')
})

t.test('an entry covering the whole address space, or nearly, is refused: a whitelist must name its callers', async (t) => {
  for (const broad of ['0.0.0.0/0', '::/0', '::ffff:0:0/96', '128.0.0.0/1', '10.0.0.0/7', '2000::/3', '2001::/15']) {
    t.match(refusal(['10.0.0.1', broad]), { status: 400, errors: [{ in: 'body', pointer: '/ipWhitelist/1', message: /a whitelist must name its callers/ }] }, broad)
  }
  t.match(refusal('10.0.0.1, 0.0.0.0/0'), { errors: [{ pointer: '/ipWhitelist', message: /entry 2 \("0\.0\.0\.0\/0"\) covers the whole address space/ }] })
  t.same(parseIpWhitelist(['10.0.0.0/8', '2001:db8::/16']), ['10.0.0.0/8', '2001::/16'], '/8 and /16 are the broadest accepted')
})
