import t from 'tap'
import { bearer, createKey, getBalance, startGateway } from '../auth/support/gateway.js'
import { RAW_SECRET, reviewEvent, signedHeaders } from '../callbacks/support/signed-callback.js'

/**
 * RATE_LIMIT_MAX per RATE_LIMIT_WINDOW, per key once authenticated and per
 * client IP before (failed attempts included); per IP on POST /callbacks/sms
 * and on unknown routes too. A 429 is a problem document
 * with Retry-After and the draft RateLimit-* headers.
 */

const LIMITED = { RATE_LIMIT_MAX: '3', RATE_LIMIT_WINDOW: '1 minute' }

t.test('every limited answer carries RateLimit-Limit, RateLimit-Remaining and RateLimit-Reset', async (t) => {
  const { app } = await startGateway(t, LIMITED)
  const key = await createKey(app)
  const response = await getBalance(app, key.token)
  t.equal(response.headers['ratelimit-limit'], '3')
  t.equal(response.headers['ratelimit-remaining'], '2')
  t.match(response.headers['ratelimit-reset'], /^\d+$/)
  t.notOk(response.headers['x-ratelimit-limit'], 'the draft names, not the legacy X- ones')
})

t.test('past the limit a key gets 429 problem+json with Retry-After; another key is not affected', async (t) => {
  const { app } = await startGateway(t, LIMITED)
  const busy = await createKey(app)
  const quiet = await createKey(app)
  for (let index = 0; index < 3; index++) t.equal((await getBalance(app, busy.token)).statusCode, 200)

  const limited = await getBalance(app, busy.token)
  t.equal(limited.statusCode, 429)
  t.match(limited.headers['content-type'], /^application\/problem\+json/)
  t.match(limited.json(), { type: /gw-rate-limited$/, title: 'Too many requests', status: 429, code: 'GW_RATE_LIMITED', instance: '/balance', detail: /At most 3 requests per 1 minute/ })
  t.match(limited.headers['retry-after'], /^\d+$/)
  t.ok(Number(limited.headers['retry-after']) > 0 && Number(limited.headers['retry-after']) <= 60)
  t.equal(limited.headers['ratelimit-limit'], '3')
  t.equal(limited.headers['ratelimit-remaining'], '0')
  t.match(limited.headers['ratelimit-reset'], /^\d+$/)

  t.equal((await getBalance(app, quiet.token)).statusCode, 200, 'the budget is per key')
})

t.test('the budget is per key, not per route', async (t) => {
  const { app } = await startGateway(t, LIMITED)
  const key = await createKey(app)
  await getBalance(app, key.token)
  await app.inject({ method: 'GET', url: '/profile', headers: bearer(key.token) })
  await app.inject({ method: 'PATCH', url: '/profile', headers: bearer(key.token), payload: { tel: '1234567' } })
  t.equal((await app.inject({ method: 'GET', url: '/profile', headers: bearer(key.token) })).statusCode, 429)
})

t.test('a flood of bad credentials from one IP ends in 429s; other IPs still get their 401', async (t) => {
  const { app } = await startGateway(t, LIMITED)
  const key = await createKey(app)
  const wrong = `${key.secretId}.${'A'.repeat(43)}`
  const statuses = []
  for (let index = 0; index < 6; index++) statuses.push((await getBalance(app, wrong, { remoteAddress: '203.0.113.9' })).statusCode)
  t.same(statuses, [401, 401, 401, 429, 429, 429])
  const fromElsewhere = await getBalance(app, wrong, { remoteAddress: '203.0.113.10' })
  t.equal(fromElsewhere.statusCode, 401)
  const noHeader = await app.inject({ method: 'GET', url: '/balance', remoteAddress: '203.0.113.9' })
  t.equal(noHeader.statusCode, 429, 'no credentials at all count against the same IP')
})

t.test('a key used from off its whitelist is limited per IP, so it cannot drain the owner\'s budget', async (t) => {
  const { app } = await startGateway(t, LIMITED)
  const key = await createKey(app)
  for (let index = 0; index < 5; index++) await getBalance(app, key.token, { remoteAddress: '203.0.113.50' })
  t.equal((await getBalance(app, key.token)).statusCode, 200)
})

t.test('public routes are not limited', async (t) => {
  const { app } = await startGateway(t, LIMITED)
  for (let index = 0; index < 6; index++) t.equal((await app.inject({ method: 'GET', url: '/healthz' })).statusCode, 200)
  t.notOk((await app.inject({ method: 'GET', url: '/healthz' })).headers['ratelimit-limit'])
})

t.test('the window resets', async (t) => {
  const { app } = await startGateway(t, { RATE_LIMIT_MAX: '1', RATE_LIMIT_WINDOW: '1 second' })
  const key = await createKey(app)
  t.equal((await getBalance(app, key.token)).statusCode, 200)
  t.equal((await getBalance(app, key.token)).statusCode, 429)
  await new Promise((resolve) => setTimeout(resolve, 1100))
  t.equal((await getBalance(app, key.token)).statusCode, 200)
})

t.test('bad-signature callbacks from one IP end in 429s, without the body being checked; other IPs still get their 401', async (t) => {
  const { app } = await startGateway(t, { ...LIMITED, CALLBACK_SECRET: RAW_SECRET })
  const body = JSON.stringify(reviewEvent())
  const post = (remoteAddress: string) => app.inject({ method: 'POST', url: '/callbacks/sms', remoteAddress, headers: { ...signedHeaders({ body, secret: 'not-the-callback-secret-0123' }) }, payload: body })
  const statuses = []
  for (let index = 0; index < 5; index++) statuses.push((await post('203.0.113.20')).statusCode)
  t.same(statuses, [401, 401, 401, 429, 429])
  const limited = await post('203.0.113.20')
  t.match(limited.headers['content-type'], /^application\/problem\+json/)
  t.match(limited.json(), { code: 'GW_RATE_LIMITED', instance: '/callbacks/sms' })
  t.match(limited.headers['retry-after'], /^\d+$/)
  t.equal((await post('203.0.113.21')).statusCode, 401)
})

t.test('callbacks from a sender off CALLBACK_IP_WHITELIST count too', async (t) => {
  const { app } = await startGateway(t, { ...LIMITED, CALLBACK_IP_WHITELIST: '198.51.100.1' })
  const statuses = []
  for (let index = 0; index < 5; index++) statuses.push((await app.inject({ method: 'POST', url: '/callbacks/sms', remoteAddress: '203.0.113.22', payload: {} })).statusCode)
  t.same(statuses, [403, 403, 403, 429, 429])
})

t.test('unknown routes are limited per IP: a path scan ends in 429s', async (t) => {
  const { app } = await startGateway(t, LIMITED)
  const statuses = []
  for (let index = 0; index < 5; index++) statuses.push((await app.inject({ method: 'GET', url: `/wp-admin/${index}.php`, remoteAddress: '203.0.113.30' })).statusCode)
  t.same(statuses, [404, 404, 404, 429, 429])
  const limited = await app.inject({ method: 'GET', url: '/.env', remoteAddress: '203.0.113.30' })
  t.match(limited.headers['content-type'], /^application\/problem\+json/)
  t.match(limited.json(), { code: 'GW_RATE_LIMITED' })
  t.equal((await app.inject({ method: 'GET', url: '/.env', remoteAddress: '203.0.113.31' })).statusCode, 404, 'another IP still gets its 404')
})
