import t from 'tap'
import { apiKeyHeaders, buildTestApp, upstreamEnv } from '../helper.js'
import { ok, startFakeUpstream } from '../support/fake-upstream.js'
import { toGatewayError } from '../../src/problem.js'

t.test('unknown routes answer a problem document', async (t) => {
  const app = await buildTestApp(t)
  const response = await app.inject({ method: 'GET', url: '/no/such/thing?x=1' })
  t.equal(response.statusCode, 404)
  t.match(response.headers['content-type'], /^application\/problem\+json/)
  t.match(response.json(), { type: /\/problems\/gw-not-found$/, title: 'Not found', status: 404, code: 'GW_NOT_FOUND', instance: '/no/such/thing' })
})

t.test('schema failures list every bad field with a JSON pointer, and nothing goes upstream', async (t) => {
  const upstream = await startFakeUpstream()
  t.teardown(upstream.close)
  upstream.on('/API/profile/update', ok({}))
  const app = await buildTestApp(t, upstreamEnv(upstream.url))
  const headers = await apiKeyHeaders(app)
  const response = await app.inject({ method: 'PATCH', url: '/profile', headers, payload: { receiveMail: 'perhaps', otherEmails: ['ok@example.com', 'not-an-email'], bogus: 1 } })
  t.equal(response.statusCode, 400)
  const problem = response.json()
  t.equal(problem.code, 'GW_VALIDATION')
  const pointers = problem.errors.map((issue: { in: string, pointer: string }) => `${issue.in}${issue.pointer}`)
  t.ok(pointers.includes('body/bogus'), 'the unknown field')
  t.ok(pointers.includes('body/receiveMail'), 'the wrong type')
  t.ok(pointers.includes('body/otherEmails/1'), 'the bad array entry')
  t.equal(upstream.callsTo('/API/profile/update').length, 0)
})

t.test('an empty PATCH is refused', async (t) => {
  const app = await buildTestApp(t)
  const headers = await apiKeyHeaders(app)
  const response = await app.inject({ method: 'PATCH', url: '/profile', headers, payload: {} })
  t.equal(response.statusCode, 400)
})

t.test('upstream data that is not an object is a 502 naming it, never a made-up empty profile', async (t) => {
  const upstream = await startFakeUpstream()
  t.teardown(upstream.close)
  const app = await buildTestApp(t, upstreamEnv(upstream.url))
  const headers = await apiKeyHeaders(app)
  upstream.on('/API/profile/detail', ok('not an object'))
  const response = await app.inject({ method: 'GET', url: '/profile', headers })
  t.equal(response.statusCode, 502)
  t.equal(response.json().code, 'GW_UPSTREAM_BAD_ANSWER')
})

t.test('an unexpected error becomes a 500 that leaks nothing', async (t) => {
  const error = toGatewayError(new Error('secret internal detail at /srv/x.ts:42'))
  t.equal(error.statusCode, 500)
  t.equal(error.code, 'GW_INTERNAL')
  t.notMatch(error.message, /secret|srv/)
})

t.test('framework errors keep their status under our codes', async (t) => {
  t.equal(toGatewayError(Object.assign(new Error('Request body is too large'), { statusCode: 413 })).code, 'GW_PAYLOAD_TOO_LARGE')
  t.equal(toGatewayError(Object.assign(new Error('Unsupported Media Type'), { statusCode: 415 })).code, 'GW_UNSUPPORTED_MEDIA_TYPE')
  t.equal(toGatewayError(Object.assign(new Error('Rate limit exceeded'), { statusCode: 429 })).statusCode, 429)
})
