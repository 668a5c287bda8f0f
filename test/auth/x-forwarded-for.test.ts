import t from 'tap'
import { asAdmin, createKey, getBalance, startGateway } from './support/gateway.js'

/**
 * X-Forwarded-For is believed only from TRUST_PROXY peers, read right to
 * left, skipping trusted hops. Never Fastify's trustProxy: true.
 */

t.test('a spoofed X-Forwarded-For from an untrusted peer is ignored', async (t) => {
  const { app } = await startGateway(t)
  const key = await createKey(app, { ipWhitelist: ['198.51.100.7'] })
  const response = await getBalance(app, key.token, { remoteAddress: '203.0.113.9', headers: { authorization: `Bearer ${key.token}`, 'x-forwarded-for': '198.51.100.7' } })
  t.equal(response.statusCode, 403)
  t.match(response.json(), { code: 'GW_IP_NOT_ALLOWED', detail: /203\.0\.113\.9/ })
})

t.test('without TRUST_PROXY no peer is trusted, not even loopback', async (t) => {
  const { app } = await startGateway(t)
  const key = await createKey(app, { ipWhitelist: ['198.51.100.7'] })
  const response = await getBalance(app, key.token, { remoteAddress: '127.0.0.1', headers: { authorization: `Bearer ${key.token}`, 'x-forwarded-for': '198.51.100.7' } })
  t.equal(response.statusCode, 403)
})

t.test('a trusted proxy\'s header is honoured right to left, skipping trusted hops', async (t) => {
  const { app } = await startGateway(t, { TRUST_PROXY: '10.0.0.0/8, 192.168.1.5' })
  const key = await createKey(app, { ipWhitelist: ['198.51.100.7'] })
  const through = (remoteAddress: string, forwardedFor: string) =>
    getBalance(app, key.token, { remoteAddress, headers: { authorization: `Bearer ${key.token}`, 'x-forwarded-for': forwardedFor } })

  t.equal((await through('10.0.0.2', '198.51.100.7')).statusCode, 200, 'one trusted proxy')
  t.equal((await through('10.0.0.2', '6.6.6.6, 198.51.100.7, 192.168.1.5, 10.9.9.9')).statusCode, 200, 'a chain of trusted proxies; the client\'s own prefix is ignored')
  t.equal((await through('::ffff:10.0.0.2', '198.51.100.7')).statusCode, 200, 'an IPv4-mapped proxy address is the proxy')
  t.equal((await through('10.0.0.2', '198.51.100.7, 6.6.6.6')).statusCode, 403, 'the rightmost untrusted hop is the client, not an earlier one')
  t.equal((await through('203.0.113.1', '198.51.100.7')).statusCode, 403, 'the same header from an untrusted peer is ignored')
})

t.test('a malformed TRUST_PROXY stops start-up naming the variable', async (t) => {
  await t.rejects(startGateway(t, { TRUST_PROXY: '10.0.0.0/33' }), /TRUST_PROXY/)
})

t.test('garbage in X-Forwarded-For from a trusted proxy makes the client unknown: refused on whitelisted routes, the admin token included', async (t) => {
  const { app } = await startGateway(t, { TRUST_PROXY: '10.0.0.2', ADMIN_IP_WHITELIST: '127.0.0.1, 10.0.0.2' })
  const key = await createKey(app, { ipWhitelist: ['10.0.0.2'] })
  for (const forwardedFor of ['garbage', 'not-an-ip, 10.0.0.2', '']) {
    const keyed = await getBalance(app, key.token, { remoteAddress: '10.0.0.2', headers: { authorization: `Bearer ${key.token}`, 'x-forwarded-for': forwardedFor } })
    t.equal(keyed.statusCode, 403, `key from the proxy's own address with X-Forwarded-For: ${JSON.stringify(forwardedFor)}`)
    t.match(keyed.json(), { code: 'GW_IP_NOT_ALLOWED', detail: /unknown/ })
    const admin = await app.inject({ method: 'GET', url: '/admin/api-keys', remoteAddress: '10.0.0.2', headers: { ...asAdmin, 'x-forwarded-for': forwardedFor } })
    t.equal(admin.statusCode, 401, 'the admin token is not accepted for an unknown client')
  }
  const direct = await app.inject({ method: 'GET', url: '/admin/api-keys', remoteAddress: '10.0.0.2', headers: asAdmin })
  t.equal(direct.statusCode, 200, 'the proxy itself, without the header, is still its own address')
})
