import t from 'tap'
import { apiKeyHeaders, buildTestApp } from '../helper.js'
import { RAW_SECRET, postCallback, storedEventCount } from '../callbacks/support/signed-callback.js'

/**
 * A newcomer's usual mistakes, each answered with what was wrong and what
 * is accepted, as a problem document, and changing nothing.
 */

t.test('admin routes without GATEWAY_ADMIN_TOKEN say so and say how to get in', async (t) => {
  const app = await buildTestApp(t, { GATEWAY_ADMIN_TOKEN: '' })
  for (const authorization of [undefined, 'Bearer some-token-i-made-up-0123']) {
    const response = await app.inject({ method: 'GET', url: '/admin/api-keys', headers: authorization === undefined ? {} : { authorization } })
    t.equal(response.statusCode, 401)
    t.match(response.headers['content-type'], /^application\/problem\+json/)
    t.match(response.json(), {
      code: 'GW_UNAUTHENTICATED',
      detail: /GATEWAY_ADMIN_TOKEN is not set on this gateway.*keys create --scopes admin/,
    }, `with ${authorization ?? 'no Authorization header'}`)
  }
})

t.test('admin routes with GATEWAY_ADMIN_TOKEN set offer both credentials', async (t) => {
  const app = await buildTestApp(t)
  const response = await app.inject({ method: 'GET', url: '/admin/api-keys', headers: { authorization: 'Bearer not-the-admin-token-0123' } })
  t.equal(response.statusCode, 401)
  t.match(response.json().detail, /It is not the admin token either.*or the GATEWAY_ADMIN_TOKEN from ADMIN_IP_WHITELIST/)
})

t.test('a bearer value that is not a key says what is wrong with it and what to send', async (t) => {
  const app = await buildTestApp(t)
  const cases = [
    [undefined, /^No Authorization header\. Send Authorization: Bearer <secretId>\.<secretKey>/],
    ['Basic dXNlcjpwYXNz', /^The Authorization header is not "Bearer <token>"\. Send Authorization: Bearer <secretId>\.<secretKey>/],
    ['Bearer AKIDonlytheid', /^The bearer token has no "\." between a secretId and a secretKey\. Send Authorization: Bearer <secretId>\.<secretKey> \(the value `keys create` prints\)$/],
    ['Bearer AKID.short', /^The bearer token is not a key: its secretId or secretKey has the wrong length or characters/],
  ] as const
  for (const [authorization, detail] of cases) {
    const response = await app.inject({ method: 'GET', url: '/balance', headers: authorization === undefined ? {} : { authorization } })
    t.equal(response.statusCode, 401)
    t.match(response.json(), { code: 'GW_UNAUTHENTICATED', detail }, String(authorization))
  }
})

t.test('an unknown key hints at the store the CLI must write to', async (t) => {
  const app = await buildTestApp(t)
  const headers = await apiKeyHeaders(app)
  const wrong = `${headers.authorization?.slice(0, -4)}AAAA`
  const response = await app.inject({ method: 'GET', url: '/balance', headers: { authorization: wrong } })
  t.equal(response.statusCode, 401)
  t.match(response.json().detail, /^Unknown key or wrong secret\. .*must be made on this gateway's DATA_DIR or DATABASE_URL$/)
})

t.test('an enum violation lists the accepted values', async (t) => {
  const app = await buildTestApp(t)
  const headers = await apiKeyHeaders(app)
  const response = await app.inject({ method: 'GET', url: '/coupons?status=new', headers })
  t.equal(response.statusCode, 400)
  t.match(response.json(), {
    code: 'GW_VALIDATION',
    detail: 'querystring/status must be one of: unused, activated, used, void, expired',
    errors: [{ in: 'querystring', pointer: '/status', message: 'must be one of: unused, activated, used, void, expired' }],
  })
})

t.test('a wrong callback body names each field and what it takes, and stores nothing', async (t) => {
  const app = await buildTestApp(t, { CALLBACK_SECRET: RAW_SECRET })
  const body = JSON.stringify({ type: 'sms.reviewed', data: { id: true, status: 'ok' } })
  const response = await postCallback(app, { body })
  t.equal(response.statusCode, 400)
  t.match(response.json(), {
    code: 'GW_CALLBACK_BODY_INVALID',
    errors: [
      { pointer: '/type', message: 'must be one of: sms.signature.reviewed, sms.template.reviewed' },
      { pointer: '/data/id', message: 'must be a string or an integer' },
      { pointer: '/data/status', message: 'must be one of: approved, rejected' },
    ],
  })
  t.notMatch(response.body, /Expected union value/)
  t.equal(await storedEventCount(t), 0)

  const missing = await postCallback(app, { body: JSON.stringify({ data: { id: 'tpl-1' } }) })
  t.match(missing.json().errors, [{ pointer: '/type', message: 'is required' }, { pointer: '/data/status', message: 'is required' }], 'a missing field is reported once, as required')
})

t.test('curl -d without a content type is told to send JSON, and nothing is created', async (t) => {
  const app = await buildTestApp(t)
  const headers = await apiKeyHeaders(app)
  const response = await app.inject({ method: 'POST', url: '/groups', headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' }, payload: '{"name":"ops"}' })
  t.equal(response.statusCode, 415)
  t.match(response.json(), {
    code: 'GW_UNSUPPORTED_MEDIA_TYPE',
    detail: "Content-Type application/x-www-form-urlencoded is not accepted here. Send the body as JSON with Content-Type: application/json (curl: -H 'Content-Type: application/json')",
  })
  const noType = await app.inject({ method: 'POST', url: '/groups', headers, payload: Buffer.from('{"name":"ops"}') })
  t.equal(noType.statusCode, 415)
  t.match(noType.json().detail, /^The body has no Content-Type\. Send the body as JSON/)
  const groups = await app.inject({ method: 'GET', url: '/groups?name=ops', headers })
  t.equal(groups.json().total, 0, 'no group was made')
})

t.test('an unknown field is answered with the fields that are known', async (t) => {
  const app = await buildTestApp(t)
  const headers = await apiKeyHeaders(app)
  const body = await app.inject({ method: 'POST', url: '/groups', headers, payload: { name: 'ops', bogus: 1 } })
  t.equal(body.statusCode, 400)
  t.match(body.json().errors, [{ in: 'body', pointer: '/bogus', message: 'is not a known field; known fields: name, note' }])
  const query = await app.inject({ method: 'GET', url: '/groups?foo=1', headers })
  t.match(query.json().errors, [{ in: 'querystring', pointer: '/foo', message: /^is not a known field; known fields: name, page, limit$/ }])
})

t.test('a value of the wrong type or shape is answered with an example of what is accepted', async (t) => {
  const app = await buildTestApp(t)
  const headers = await apiKeyHeaders(app)
  const number = await app.inject({ method: 'POST', url: '/invoices', headers, payload: { amount: 200 } })
  t.equal(number.statusCode, 400)
  const amountIssue = (response: { json: () => { errors: Array<{ pointer: string, message: string }> } }) => response.json().errors.find((issue) => issue.pointer === '/amount')
  t.match(amountIssue(number), { in: 'body', message: 'must be string, e.g. "200.00"' })
  const threeDecimals = await app.inject({ method: 'POST', url: '/invoices', headers, payload: { amount: '1,000' } })
  t.match(amountIssue(threeDecimals), { message: /^must match pattern .*, e\.g\. "200\.00"$/ })
})

t.test('no body, or an empty one under a JSON content type, is told to send a JSON object', async (t) => {
  const app = await buildTestApp(t)
  const headers = await apiKeyHeaders(app)
  const none = await app.inject({ method: 'POST', url: '/groups', headers })
  t.equal(none.statusCode, 400)
  t.match(none.json().errors, [{ in: 'body', pointer: '', message: /^is missing: send the body as JSON with Content-Type: application\/json/ }])
  const empty = await app.inject({ method: 'POST', url: '/groups', headers: { ...headers, 'content-type': 'application/json' }, payload: '' })
  t.equal(empty.statusCode, 400)
  t.match(empty.json(), { code: 'GW_BAD_REQUEST', detail: /^The body is empty, but Content-Type says it is JSON: send a JSON object/ })
})
