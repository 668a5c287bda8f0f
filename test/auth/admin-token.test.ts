import t from 'tap'
import { TEST_ADMIN_TOKEN } from '../helper.js'
import { asAdmin, bearer, createKey, startGateway } from './support/gateway.js'

/** /admin/* also takes Bearer <GATEWAY_ADMIN_TOKEN>, only from ADMIN_IP_WHITELIST (default 127.0.0.1,::1). */

const listKeys = { method: 'GET' as const, url: '/admin/api-keys' }

t.test('the admin token is accepted from 127.0.0.1 and ::1', async (t) => {
  const { app } = await startGateway(t)
  for (const remoteAddress of ['127.0.0.1', '::1', '::ffff:127.0.0.1']) {
    t.equal((await app.inject({ ...listKeys, headers: asAdmin, remoteAddress })).statusCode, 200, remoteAddress)
  }
})

t.test('the admin token from any other address gets the very answer a wrong token gets', async (t) => {
  const { app } = await startGateway(t)
  const answer = async (token: string, remoteAddress: string) => {
    const response = await app.inject({ ...listKeys, headers: bearer(token), remoteAddress })
    const { requestId: _id, ...problem } = response.json<Record<string, unknown>>()
    return { status: response.statusCode, authenticate: response.headers['www-authenticate'], problem }
  }
  for (const remoteAddress of ['10.0.0.5', '127.0.0.2', '2001:db8::1']) {
    const right = await answer(TEST_ADMIN_TOKEN, remoteAddress)
    t.equal(right.status, 401, remoteAddress)
    t.strictSame(right, await answer(`${TEST_ADMIN_TOKEN}x`, remoteAddress), `from ${remoteAddress}: same status, headers and problem as a wrong token`)
    t.strictSame(right, await answer('wrong-token-of-another-length', remoteAddress))
  }
})

t.test('ADMIN_IP_WHITELIST takes addresses and ranges', async (t) => {
  const { app } = await startGateway(t, { ADMIN_IP_WHITELIST: '10.0.0.0/8' })
  t.equal((await app.inject({ ...listKeys, headers: asAdmin, remoteAddress: '10.2.3.4' })).statusCode, 200)
  t.equal((await app.inject({ ...listKeys, headers: asAdmin, remoteAddress: '127.0.0.1' })).statusCode, 401)
})

t.test('a wrong admin token is 401', async (t) => {
  const { app } = await startGateway(t)
  const response = await app.inject({ ...listKeys, headers: bearer(`${TEST_ADMIN_TOKEN}x`) })
  t.equal(response.statusCode, 401)
  t.match(response.headers['www-authenticate'], /^Bearer/)
})

t.test('without GATEWAY_ADMIN_TOKEN only admin-scoped keys reach /admin/*', async (t) => {
  const withToken = await startGateway(t)
  const admin = await createKey(withToken.app, { scopes: ['admin'] })
  await withToken.app.close()

  const { app } = await startGateway(t, { DATA_DIR: withToken.dataDir, GATEWAY_ADMIN_TOKEN: '' })
  t.equal((await app.inject({ ...listKeys, headers: asAdmin })).statusCode, 401, 'the former token is just a bad credential')
  t.equal((await app.inject({ ...listKeys, headers: bearer(admin.token) })).statusCode, 200, 'the admin key still works')
})

t.test('a malformed ADMIN_IP_WHITELIST stops start-up naming the variable', async (t) => {
  await t.rejects(startGateway(t, { ADMIN_IP_WHITELIST: '127.0.0.1,localhost' }), /ADMIN_IP_WHITELIST.*"localhost"/)
})

t.test('an ADMIN_IP_WHITELIST, CALLBACK_IP_WHITELIST or TRUST_PROXY entry that admits everyone stops start-up', async (t) => {
  const entries: Array<[string, string]> = [['ADMIN_IP_WHITELIST', '0.0.0.0/0'], ['CALLBACK_IP_WHITELIST', '::/0'], ['TRUST_PROXY', '10.0.0.1, 0.0.0.0/4']]
  for (const [variable, value] of entries) {
    await t.rejects(startGateway(t, { [variable]: value }), new RegExp(`${variable}.*a whitelist must name its callers`), variable)
  }
})
