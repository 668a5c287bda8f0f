import t from 'tap'
import { isGatewayError } from '../../src/errors.js'
import { assertSafeCallbackUrl, safeCallbackAddresses } from '../../src/net/ssrf-guard.js'

/** Callback URLs must not reach the gateway's own network: checked at key creation/update and before each relay. */

const resolvesTo = (...addresses: string[]) => async () => addresses
const refusal = async (url: string, lookup = resolvesTo('93.184.216.34')) => {
  try {
    await assertSafeCallbackUrl(url, { allowPrivate: false, lookup })
  } catch (error) {
    if (isGatewayError(error)) return error
    throw error
  }
  return undefined
}

t.test('public http(s) targets are accepted', async (t) => {
  t.equal(await refusal('https://hooks.example.com/verycloud'), undefined)
  t.equal(await refusal('http://93.184.216.34:8080/cb'), undefined)
  t.equal(await refusal('https://[2606:2800:220:1:248:1893:25c8:1946]/cb'), undefined)
  t.same(await safeCallbackAddresses('https://hooks.example.com/', { allowPrivate: false, lookup: resolvesTo('93.184.216.34') }), ['93.184.216.34'])
})

t.test('loopback, private, link-local, ULA, CGNAT, unspecified, multicast and wrapped forms are refused', async (t) => {
  const literals = [
    'http://127.0.0.1/', 'http://127.1.2.3/', 'http://localhost.invalid/', 'http://10.1.2.3/', 'http://172.16.0.1/', 'http://192.168.1.1/',
    'http://169.254.169.254/latest/meta-data/', 'http://100.64.0.1/', 'http://0.0.0.0/', 'http://224.0.0.1/', 'http://255.255.255.255/',
    'http://[::1]/', 'http://[::]/', 'http://[fe80::1]/', 'http://[fd00::1]/', 'http://[ff02::1]/', 'http://[::ffff:127.0.0.1]/',
    'http://[::ffff:10.0.0.1]/', 'http://[2002:7f00:1::]/', 'http://2130706433/', 'http://0x7f.1/',
  ]
  for (const url of literals) {
    const error = await refusal(url, resolvesTo('127.0.0.1'))
    t.match(error, { statusCode: 400, code: 'GW_UNSAFE_CALLBACK_URL' }, url)
  }
})

t.test('a host name is refused when any of its addresses is not public', async (t) => {
  t.match(await refusal('https://rebind.example/', resolvesTo('93.184.216.34', '10.0.0.1')), { code: 'GW_UNSAFE_CALLBACK_URL', message: /10\.0\.0\.1/ })
  t.match(await refusal('https://nothing.example/', resolvesTo()), { code: 'GW_UNSAFE_CALLBACK_URL' })
  const failingLookup = async () => { throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' }) }
  t.match(await refusal('https://missing.example/', failingLookup), { code: 'GW_UNSAFE_CALLBACK_URL', message: /ENOTFOUND/ })
})

t.test('only absolute http(s) URLs without credentials', async (t) => {
  for (const url of ['ftp://93.184.216.34/', 'file:///etc/passwd', 'gopher://93.184.216.34/', 'javascript:alert(1)', '/relative', 'https://user:pass@hooks.example.com/']) {
    t.match(await refusal(url), { code: 'GW_UNSAFE_CALLBACK_URL', extras: { errors: [{ pointer: '/callbackUrl' }] } }, url)
  }
})

t.test('RELAY_ALLOW_PRIVATE lifts the address check but not the scheme check', async (t) => {
  await t.resolves(assertSafeCallbackUrl('http://127.0.0.1:9999/cb', { allowPrivate: true }))
  await t.rejects(assertSafeCallbackUrl('ftp://127.0.0.1/', { allowPrivate: true }), { code: 'GW_UNSAFE_CALLBACK_URL' })
})

t.test('the default lookup resolves through DNS (localhost is loopback)', async (t) => {
  await t.rejects(assertSafeCallbackUrl('http://localhost:9/', { allowPrivate: false }), { code: 'GW_UNSAFE_CALLBACK_URL' })
})

t.test('a deprecated IPv4-compatible IPv6 literal is refused, named by the address it embeds', async (t) => {
  t.match(await refusal('http://[::127.0.0.1]/'), { code: 'GW_UNSAFE_CALLBACK_URL', message: /loopback.*embedding 127\.0\.0\.1/ })
  t.match(await refusal('http://[::10.0.0.1]:8080/cb'), { code: 'GW_UNSAFE_CALLBACK_URL', message: /private.*embedding 10\.0\.0\.1/ })
  t.match(await refusal('http://[::1.2.3.4]/'), { code: 'GW_UNSAFE_CALLBACK_URL', message: /deprecated IPv4-compatible IPv6.*1\.2\.3\.4/ })
  t.match(await refusal('http://[0:0:0:0:0:0:7f00:1]/'), { code: 'GW_UNSAFE_CALLBACK_URL' })
  t.match(await refusal('https://compat.example/', resolvesTo('::7f00:1')), { code: 'GW_UNSAFE_CALLBACK_URL' }, 'also when a name resolves to one')
  t.match(await refusal('http://[::1]/'), { code: 'GW_UNSAFE_CALLBACK_URL', message: /loopback/ }, '::1 stays loopback')
})
