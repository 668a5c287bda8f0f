import t, { type Test } from 'tap'
import { Pool } from 'undici'
import { createKey, startGateway } from './support/gateway.js'

/**
 * The client IP is worked out once per connection when nothing forwarded is
 * to be read, and per request when a trusted proxy forwards: requests of one
 * keep-alive connection each get their own answer.
 */

async function oneConnection (t: Test, env: Record<string, string>) {
  const gateway = await startGateway(t, env)
  await gateway.app.listen({ port: 0, host: '127.0.0.1' })
  const address = gateway.app.server.address()
  if (address === null || typeof address === 'string') throw new Error('not listening')
  const pool = new Pool(`http://127.0.0.1:${address.port}`, { connections: 1 })
  t.teardown(() => pool.close())
  const status = async (headers: Record<string, string>) => {
    const response = await pool.request({ method: 'GET', path: '/balance', headers })
    await response.body.dump()
    return response.statusCode
  }
  return { gateway, status }
}

t.test('behind a trusted proxy, each request on one connection is judged by its own X-Forwarded-For', async (t) => {
  const { gateway, status } = await oneConnection(t, { TRUST_PROXY: '127.0.0.1' })
  const key = await createKey(gateway.app, { ipWhitelist: ['198.51.100.7'] })
  const auth = { authorization: `Bearer ${key.token}` }
  t.equal(await status({ ...auth, 'x-forwarded-for': '198.51.100.7' }), 200, 'forwarded for a whitelisted client')
  t.equal(await status(auth), 403, 'the same connection without the header is the proxy itself')
  t.equal(await status({ ...auth, 'x-forwarded-for': '203.0.113.9' }), 403, 'forwarded for another client')
  t.equal(await status({ ...auth, 'x-forwarded-for': '198.51.100.7' }), 200, 'and the first client again')
})

t.test('without trusted proxies, a forwarded header on a reused connection changes nothing', async (t) => {
  const { gateway, status } = await oneConnection(t, {})
  const key = await createKey(gateway.app, { ipWhitelist: ['127.0.0.1'] })
  const auth = { authorization: `Bearer ${key.token}` }
  t.equal(await status(auth), 200)
  t.equal(await status({ ...auth, 'x-forwarded-for': '198.51.100.7' }), 200, 'still the socket peer, 127.0.0.1')
  const other = await createKey(gateway.app, { ipWhitelist: ['198.51.100.7'] })
  t.equal(await status({ authorization: `Bearer ${other.token}`, 'x-forwarded-for': '198.51.100.7' }), 403, 'a spoofed header does not pass another key\'s whitelist')
})
