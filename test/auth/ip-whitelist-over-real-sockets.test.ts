import type { AddressInfo } from 'node:net'
import t, { type Test } from 'tap'
import { Client } from 'undici'
import { bearer, createKey, startGateway, type Gateway } from './support/gateway.js'

/**
 * The whitelist is checked against the real socket peer: a listening server,
 * and clients whose source address is bound (127.0.0.2 works on Linux
 * loopback). No header decides it.
 */

async function listen (t: Test, gateway: Gateway, host: string): Promise<string> {
  await gateway.app.listen({ port: 0, host })
  const { port } = gateway.app.server.address() as AddressInfo
  return `http://127.0.0.1:${port}`
}

async function balanceFrom (t: Test, origin: string, localAddress: string, token: string, headers: Record<string, string> = {}) {
  const client = new Client(origin, { localAddress })
  t.teardown(() => client.close())
  const response = await client.request({ method: 'GET', path: '/balance', headers: { ...bearer(token), ...headers } })
  return { status: response.statusCode, body: await response.body.json() as Record<string, unknown> }
}

t.test('a key whitelisted for 127.0.0.2 passes from 127.0.0.2 and is refused from 127.0.0.1', async (t) => {
  const gateway = await startGateway(t)
  const key = await createKey(gateway.app, { ipWhitelist: ['127.0.0.2'] })
  const origin = await listen(t, gateway, '127.0.0.1')

  const allowed = await balanceFrom(t, origin, '127.0.0.2', key.token)
  t.equal(allowed.status, 200)
  t.same(allowed.body, { amount: '750.6346' })

  const refused = await balanceFrom(t, origin, '127.0.0.1', key.token)
  t.equal(refused.status, 403)
  t.match(refused.body, { code: 'GW_IP_NOT_ALLOWED', detail: /127\.0\.0\.1/ })
})

t.test('a spoofed X-Forwarded-For from an untrusted peer changes nothing', async (t) => {
  const gateway = await startGateway(t)
  const key = await createKey(gateway.app, { ipWhitelist: ['127.0.0.2'] })
  const origin = await listen(t, gateway, '127.0.0.1')
  const spoofed = await balanceFrom(t, origin, '127.0.0.1', key.token, { 'x-forwarded-for': '127.0.0.2' })
  t.equal(spoofed.status, 403, 'the header does not make 127.0.0.1 look like 127.0.0.2')
})

t.test('on a dual-stack socket the IPv4-mapped peer ::ffff:127.0.0.2 matches the entry 127.0.0.2', async (t) => {
  const gateway = await startGateway(t)
  const key = await createKey(gateway.app, { ipWhitelist: '127.0.0.2' })
  const origin = await listen(t, gateway, '::')
  t.equal((await balanceFrom(t, origin, '127.0.0.2', key.token)).status, 200)
  t.equal((await balanceFrom(t, origin, '127.0.0.3', key.token)).status, 403)
})
