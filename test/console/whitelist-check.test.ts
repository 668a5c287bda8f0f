import t from 'tap'
import { checkWhitelist } from '../../src/console/browser/whitelist.js'
import { isGatewayError } from '../../src/errors.js'
import { parseIpWhitelist } from '../../src/keys/ip-whitelist.js'

/**
 * The console checks the IP whitelist as it is typed; the gateway decides.
 * They must agree: a list the page lets through is one the gateway takes,
 * and one it refuses is one the gateway refuses too.
 */

const CASES = [
  '10.0.0.1', '10.0.0.1,10.0.0.0/24', ' 10.0.0.1 , 192.168.1.0/24 ,', '10.0.0.0/8', '255.255.255.255', '::', '::1', '2001::/16',
  '0.0.0.0/0', '10.0.0.0/7', '::/0', '2000::/15', '::ffff:10.0.0.1/104', '::ffff:10.0.0.1/103', '::ffff:0a00:1/120', '::ffff:10.0.0.1/80', '::ffff:10.0.0.1/15',
  '2001:db8::/32', '2001:db8::1/128', 'fe80::1', '::ffff:10.0.0.1', '::ffff:10.0.0.1/120', '1:2:3:4:5:6:7:8', '1::', '::1:2:3:4:5:6:7',
  '1:2:3:4:5:6:1.2.3.4', 'ABCD:ef01::', '10.0.0.1,,10.0.0.2',
  '', ',', ' , ', '999.1.1.1', '10.0.0', '10.0.0.1.5', '010.0.0.1', '10.0.0.1/33', '10.0.0.1/', '10.0.0.1/-1', '10.0.0.1/8/8', '10.0.0.1/0x8',
  '::1/129', '1:2:3:4:5:6:7:8:9', '1::2::3', '12345::', 'fe80::1%eth0', '1.2.3.4::', ':1::', ':::', '1:2:3:4:5:6:7:1.2.3.4', '::1.2.3', 'gggg::', 'localhost', 'a,b',
  Array.from({ length: 10 }, (_, index) => `10.0.0.${index}`).join(','),
  Array.from({ length: 11 }, (_, index) => `10.0.0.${index}`).join(','),
]

function gatewayTakes (input: string): boolean {
  try {
    parseIpWhitelist(input)
    return true
  } catch (error) {
    if (!isGatewayError(error)) throw error
    return false
  }
}

t.test('the page and the gateway agree on every list', async (t) => {
  for (const input of CASES) t.equal(checkWhitelist(input).ok, gatewayTakes(input), JSON.stringify(input))
})

t.test('the page says why, as the gateway does', async (t) => {
  t.strictSame(checkWhitelist(' , '), { ok: false, reason: 'empty' })
  t.strictSame(checkWhitelist(Array.from({ length: 12 }, (_, index) => `10.0.0.${index}`).join(',')), { ok: false, reason: 'tooMany', count: 12 })
  t.strictSame(checkWhitelist('10.0.0.1, 10.0.0.300'), { ok: false, reason: 'badEntry', index: 2, entry: '10.0.0.300' })
  t.strictSame(checkWhitelist('10.0.0.1,0.0.0.0/0'), { ok: false, reason: 'tooBroad', index: 2, entry: '0.0.0.0/0' })
  t.strictSame(checkWhitelist('10.0.0.1, ::1'), { ok: true, entries: ['10.0.0.1', '::1'] })
})
