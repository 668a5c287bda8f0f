import t from 'tap'
import { asAdmin, startGateway } from '../auth/support/gateway.js'

/** What createApiKey and updateApiKey refuse, each as a 400 problem with an `errors` array of JSON pointers. */

const create = (payload: Record<string, unknown>) => ({ method: 'POST' as const, url: '/admin/api-keys', headers: asAdmin, payload: { scopes: ['read'], ...payload } })
const addresses = (count: number) => Array.from({ length: count }, (_, index) => `10.0.0.${index + 1}`)

t.test('the console\'s comma-separated string is accepted like an array', async (t) => {
  const { app } = await startGateway(t)
  const response = await app.inject(create({ ipWhitelist: '10.0.0.1, 10.0.0.0/24,2001:db8::/32' }))
  t.equal(response.statusCode, 201)
  t.same(response.json().ipWhitelist, ['10.0.0.1', '10.0.0.0/24', '2001:db8::/32'])
})

t.test('ten whitelist entries are accepted; the 11-entry whitelist is refused in either form', async (t) => {
  const { app } = await startGateway(t)
  t.equal((await app.inject(create({ ipWhitelist: addresses(10) }))).statusCode, 201)
  t.equal((await app.inject(create({ ipWhitelist: addresses(10).join(',') }))).statusCode, 201)
  for (const ipWhitelist of [addresses(11), addresses(11).join(',')]) {
    const response = await app.inject(create({ ipWhitelist }))
    t.equal(response.statusCode, 400)
    t.match(response.headers['content-type'], /^application\/problem\+json/)
    t.match(response.json(), { code: 'GW_VALIDATION', errors: [{ in: 'body', pointer: '/ipWhitelist', message: /1 to 10/ }] })
  }
})

t.test('a malformed entry is refused with a pointer to it', async (t) => {
  const { app } = await startGateway(t)
  const response = await app.inject(create({ ipWhitelist: ['10.0.0.1', '10.0.0.0/24', '10.0.0.300', 'example.com'] }))
  t.equal(response.statusCode, 400)
  t.match(response.json().errors, [{ pointer: '/ipWhitelist/2' }, { pointer: '/ipWhitelist/3' }])
  const asString = await app.inject(create({ ipWhitelist: '10.0.0.1,10.0.0.300' }))
  t.match(asString.json().errors, [{ pointer: '/ipWhitelist', message: /entry 2 \("10\.0\.0\.300"\)/ }])
})

t.test('a whitelist is required and may not be emptied', async (t) => {
  const { app } = await startGateway(t)
  t.match((await app.inject(create({}))).json(), { status: 400, errors: [{ pointer: '/ipWhitelist', message: 'is required' }] })
  t.equal((await app.inject(create({ ipWhitelist: [] }))).statusCode, 400)
  const key = (await app.inject(create({ ipWhitelist: '127.0.0.1' }))).json()
  const emptied = await app.inject({ method: 'PATCH', url: `/admin/api-keys/${key.secretId}`, headers: asAdmin, payload: { ipWhitelist: '' } })
  t.equal(emptied.statusCode, 400)
})

t.test('scopes are required, known and non-empty', async (t) => {
  const { app } = await startGateway(t)
  t.equal((await app.inject({ method: 'POST', url: '/admin/api-keys', headers: asAdmin, payload: { ipWhitelist: '127.0.0.1' } })).statusCode, 400)
  t.equal((await app.inject(create({ scopes: [], ipWhitelist: '127.0.0.1' }))).statusCode, 400)
  t.equal((await app.inject(create({ scopes: ['superuser'], ipWhitelist: '127.0.0.1' }))).statusCode, 400)
})

t.test('a callback URL to a private or loopback address is refused with a pointer to it', async (t) => {
  const { app } = await startGateway(t)
  for (const callbackUrl of ['http://127.0.0.1:8080/cb', 'http://10.0.0.5/cb', 'http://[::1]/cb', 'http://169.254.169.254/', 'ftp://93.184.216.34/', 'not a url']) {
    const response = await app.inject(create({ ipWhitelist: '127.0.0.1', callbackUrl }))
    t.equal(response.statusCode, 400, callbackUrl)
    t.match(response.json(), { code: 'GW_UNSAFE_CALLBACK_URL', errors: [{ in: 'body', pointer: '/callbackUrl' }] }, callbackUrl)
  }
  const key = (await app.inject(create({ ipWhitelist: '127.0.0.1' }))).json()
  const update = await app.inject({ method: 'PATCH', url: `/admin/api-keys/${key.secretId}`, headers: asAdmin, payload: { callbackUrl: 'http://192.168.0.1/' } })
  t.equal(update.statusCode, 400, 'checked on update too')
})

t.test('RELAY_ALLOW_PRIVATE=true accepts private callback URLs', async (t) => {
  const { app } = await startGateway(t, { RELAY_ALLOW_PRIVATE: 'true' })
  const response = await app.inject(create({ ipWhitelist: '127.0.0.1', callbackUrl: 'http://127.0.0.1:8080/cb' }))
  t.equal(response.statusCode, 201)
  t.equal(response.json().callbackUrl, 'http://127.0.0.1:8080/cb')
})

t.test('a note longer than 255 characters is refused', async (t) => {
  const { app } = await startGateway(t)
  t.match((await app.inject(create({ ipWhitelist: '127.0.0.1', note: 'x'.repeat(256) }))).json(), { status: 400, errors: [{ pointer: '/note' }] })
})

t.test('a whitelist that admits everyone is refused with 400 on create and update, and nothing changes', async (t) => {
  const { app } = await startGateway(t)
  const created = await app.inject(create({ ipWhitelist: ['0.0.0.0/0'] }))
  t.equal(created.statusCode, 400)
  t.match(created.headers['content-type'], /^application\/problem\+json/)
  t.match(created.json(), { code: 'GW_VALIDATION', errors: [{ pointer: '/ipWhitelist/0', message: /whole address space; a whitelist must name its callers/ }] })
  t.equal((await app.inject({ method: 'GET', url: '/admin/api-keys', headers: asAdmin })).json().total, 0, 'no key was made')

  const key = await app.inject(create({ ipWhitelist: ['10.0.0.1'] }))
  const { secretId } = key.json() as { secretId: string }
  const updated = await app.inject({ method: 'PATCH', url: `/admin/api-keys/${secretId}`, headers: asAdmin, payload: { ipWhitelist: '::/0' } })
  t.equal(updated.statusCode, 400)
  t.same((await app.inject({ method: 'GET', url: `/admin/api-keys/${secretId}`, headers: asAdmin })).json().ipWhitelist, ['10.0.0.1'], 'the whitelist is unchanged')
})
