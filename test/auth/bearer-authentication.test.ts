import t from 'tap'
import { asAdmin, bearer, createKey, getBalance, startGateway } from './support/gateway.js'

/** Resource routes need `Authorization: Bearer <secretId>.<secretKey>`; anything else is a 401 problem with WWW-Authenticate. */

t.test('a valid key from its whitelisted IP reaches the resource', async (t) => {
  const { app } = await startGateway(t)
  const key = await createKey(app)
  const response = await getBalance(app, key.token)
  t.equal(response.statusCode, 200)
  t.same(response.json(), { amount: '750.6346' })
})

t.test('missing, malformed, unknown and wrong credentials are 401 problems with WWW-Authenticate: Bearer', async (t) => {
  const { app } = await startGateway(t)
  const key = await createKey(app)
  const otherSecret = (await createKey(app)).secretKey
  const cases: Record<string, Record<string, string>> = {
    'no Authorization header': {},
    'another scheme': { authorization: `Basic ${Buffer.from('a:b').toString('base64')}` },
    'Bearer without a token': { authorization: 'Bearer ' },
    'a token without a dot': bearer(key.secretId),
    'a secretKey of the wrong shape': bearer(`${key.secretId}.short`),
    'an unknown secretId': bearer(`AKID${'x'.repeat(24)}.${key.secretKey}`),
    'the secret of another key': bearer(`${key.secretId}.${otherSecret}`),
    'the admin token on a resource route': asAdmin,
  }
  for (const [name, headers] of Object.entries(cases)) {
    const response = await app.inject({ method: 'GET', url: '/balance', headers })
    t.equal(response.statusCode, 401, name)
    t.match(response.headers['www-authenticate'], /^Bearer\b/, `${name}: WWW-Authenticate`)
    t.match(response.headers['content-type'], /^application\/problem\+json/, `${name}: problem+json`)
    t.match(response.json(), { status: 401, code: 'GW_UNAUTHENTICATED', instance: '/balance' }, name)
  }
})

t.test('an unknown key and a wrong secret get the same answer, so ids cannot be probed', async (t) => {
  const { app } = await startGateway(t)
  const key = await createKey(app)
  const other = await createKey(app)
  const unknown = await getBalance(app, `AKID${'y'.repeat(24)}.${key.secretKey}`)
  const wrongSecret = await getBalance(app, `${key.secretId}.${other.secretKey}`)
  t.equal(unknown.json().detail, wrongSecret.json().detail)
})

t.test('a disabled key is 401 from the next request on', async (t) => {
  const { app } = await startGateway(t)
  const key = await createKey(app)
  t.equal((await getBalance(app, key.token)).statusCode, 200)
  const disable = await app.inject({ method: 'PATCH', url: `/admin/api-keys/${key.secretId}`, headers: asAdmin, payload: { disabled: true } })
  t.equal(disable.statusCode, 200)
  const refused = await getBalance(app, key.token)
  t.equal(refused.statusCode, 401)
  t.match(refused.json(), { detail: 'This key is disabled' })
  t.match(refused.headers['www-authenticate'], /^Bearer/)

  await app.inject({ method: 'PATCH', url: `/admin/api-keys/${key.secretId}`, headers: asAdmin, payload: { disabled: false } })
  t.equal((await getBalance(app, key.token)).statusCode, 200, 'enabled again')
})

t.test('after a rotation the old secret is 401 at once and the new one works', async (t) => {
  const { app } = await startGateway(t)
  const key = await createKey(app)
  t.equal((await getBalance(app, key.token)).statusCode, 200, 'old secret cached by a first use')
  const rotated = (await app.inject({ method: 'POST', url: `/admin/api-keys/${key.secretId}/rotate`, headers: asAdmin })).json<{ secretKey: string }>()
  t.not(rotated.secretKey, key.secretKey)
  t.equal((await getBalance(app, key.token)).statusCode, 401, 'old secret refused')
  t.equal((await getBalance(app, `${key.secretId}.${rotated.secretKey}`)).statusCode, 200, 'new secret accepted')
})

t.test('a deleted key is 401 at once', async (t) => {
  const { app } = await startGateway(t)
  const key = await createKey(app)
  t.equal((await getBalance(app, key.token)).statusCode, 200)
  t.equal((await app.inject({ method: 'DELETE', url: `/admin/api-keys/${key.secretId}`, headers: asAdmin })).statusCode, 204)
  t.equal((await getBalance(app, key.token)).statusCode, 401)
})

t.test('the scheme name is case-insensitive, as RFC 9110 says', async (t) => {
  const { app } = await startGateway(t)
  const key = await createKey(app)
  const response = await app.inject({ method: 'GET', url: '/balance', headers: { authorization: `bearer ${key.token}` } })
  t.equal(response.statusCode, 200)
})

t.test('public routes need no key', async (t) => {
  const { app } = await startGateway(t)
  for (const url of ['/healthz', '/openapi.json', '/metrics']) {
    t.equal((await app.inject({ method: 'GET', url })).statusCode, 200, url)
  }
})
