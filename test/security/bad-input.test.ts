import t, { type Test } from 'tap'
import { bearer, createKey, startGateway } from '../auth/support/gateway.js'

/**
 * Bodies the gateway will not take, through a real route (PATCH /profile)
 * with a valid key: all answered as problem documents, none reaching the
 * upstream or an object prototype.
 */

async function gatewayWithKey (t: Test) {
  const gateway = await startGateway(t)
  const key = await createKey(gateway.app)
  const patch = (payload: string | Buffer, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    gateway.app.inject({ method: 'PATCH', url: '/profile', headers: { ...bearer(key.token), ...headers }, payload })
  return { ...gateway, key, patch }
}

const isProblem = (t: Test, response: { statusCode: number, headers: Record<string, unknown>, json: () => unknown }, status: number, code: string) => {
  t.equal(response.statusCode, status)
  t.match(response.headers['content-type'], /^application\/problem\+json/)
  t.match(response.json(), { status, code, instance: '/profile' })
}

t.test('a body over the limit is 413', async (t) => {
  const { patch, upstream } = await gatewayWithKey(t)
  const response = await patch(JSON.stringify({ address: 'x'.repeat(300 * 1024) }))
  isProblem(t, response, 413, 'GW_PAYLOAD_TOO_LARGE')
  t.equal(upstream.callsTo('/API/profile/update').length, 0)
})

t.test('a content type other than JSON is 415', async (t) => {
  const { patch, upstream } = await gatewayWithKey(t)
  for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml']) {
    const response = await patch('{"tel":"1234567"}', { 'content-type': contentType })
    isProblem(t, response, 415, 'GW_UNSUPPORTED_MEDIA_TYPE')
  }
  t.equal(upstream.callsTo('/API/profile/update').length, 0)
})

t.test('JSON with a charset parameter is JSON', async (t) => {
  const { patch } = await gatewayWithKey(t)
  t.equal((await patch('{"tel":"1234567"}', { 'content-type': 'application/json; charset=utf-8' })).statusCode, 200)
})

t.test('malformed JSON is 400', async (t) => {
  const { patch } = await gatewayWithKey(t)
  for (const body of ['{"tel":', '{tel: 1}', '[1,', '']) {
    isProblem(t, await patch(body), 400, 'GW_BAD_REQUEST')
  }
})

t.test('__proto__ and constructor.prototype keys are 400 and never reach a prototype', async (t) => {
  const { patch, upstream } = await gatewayWithKey(t)
  const bodies = [
    '{"__proto__": {"polluted": "yes"}}',
    '{"tel": "1234567", "nested": {"__proto__": {"polluted": "yes"}}}',
    '{"constructor": {"prototype": {"polluted": "yes"}}}',
    '{"tel": "1234567", "\\u005f\\u005fproto__": {"polluted": "yes"}}',
  ]
  for (const body of bodies) {
    isProblem(t, await patch(body), 400, 'GW_BAD_REQUEST')
  }
  t.equal(({} as Record<string, unknown>).polluted, undefined, 'Object.prototype untouched')
  t.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), false)
  t.equal(upstream.callsTo('/API/profile/update').length, 0)
})

t.test('unknown fields are 400 with a pointer to each', async (t) => {
  const { patch } = await gatewayWithKey(t)
  const response = await patch('{"tel": "1234567", "bogus": 1}')
  isProblem(t, response, 400, 'GW_VALIDATION')
  t.match(response.json(), { errors: [{ in: 'body', pointer: '/bogus' }] })
})

t.test('without a valid key the body is never read: 401, not 413', async (t) => {
  const { app } = await gatewayWithKey(t)
  const response = await app.inject({ method: 'PATCH', url: '/profile', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ address: 'x'.repeat(300 * 1024) }) })
  t.equal(response.statusCode, 401)
})
