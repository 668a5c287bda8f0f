import t from 'tap'
import { obtainToken, postRaw, startTestSandbox } from './support/sandbox-client.js'

t.test('a body that is not JSON gets HTTP 400 in plain text', async (t) => {
  const sandbox = await startTestSandbox(t)
  const broken = await postRaw(sandbox, '/API/profile/balance', '{"token": ')
  t.equal(broken.status, 400)
  t.match(broken.contentType, /^text\/plain/)
  t.throws(() => JSON.parse(broken.text), 'not JSON, so nobody mistakes it for an envelope')

  const notAnObject = await postRaw(sandbox, '/API/profile/balance', '[1, 2]')
  t.equal(notAnObject.status, 400)
  t.equal(sandbox.calls.get('/API/profile/balance'), 2, 'refused calls are counted too')
})

t.test('an empty body is a request without parameters', async (t) => {
  const sandbox = await startTestSandbox(t)
  const empty = await postRaw(sandbox, '/API/profile/balance', '')
  t.equal(empty.status, 200)
  t.same(JSON.parse(empty.text), { code: 10001, message: 'token无效或已过期' })
})

t.test('other content types and unknown paths', async (t) => {
  const sandbox = await startTestSandbox(t)
  const token = await obtainToken(sandbox)
  const form = await postRaw(sandbox, '/API/profile/balance', `token=${token}`, 'application/x-www-form-urlencoded')
  t.equal(form.status, 415)
  const unknown = await postRaw(sandbox, '/API/profile/nothing', JSON.stringify({ token }))
  t.equal(unknown.status, 404)
  const get = await fetch(`${sandbox.url}/API/profile/balance`)
  t.equal(get.status, 404, 'every endpoint is POST only')
})

t.test('a handler fault is an HTTP 500, not an envelope', async (t) => {
  const sandbox = await startTestSandbox(t)
  const token = await obtainToken(sandbox)
  sandbox.state.balance = 'corrupted'
  const fault = await postRaw(sandbox, '/API/cdn/payFlowAdd', JSON.stringify({ token, flow: 1 }))
  t.equal(fault.status, 500)
  t.equal(fault.text, 'Internal Server Error')
})

t.test('a POST with no body at all asks for the token', async (t) => {
  const sandbox = await startTestSandbox(t)
  const response = await fetch(`${sandbox.url}/API/profile/balance?from=test`, { method: 'POST' })
  t.equal(response.status, 200)
  t.same(await response.json(), { code: 10001, message: 'token无效或已过期' })
  t.equal(sandbox.calls.get('/API/profile/balance'), 1, 'counted by path, without the query')
})

t.test('the sandbox can listen on IPv6', async (t) => {
  const sandbox = await startTestSandbox(t, { host: '::1' })
  t.match(sandbox.url, /^http:\/\/\[::1\]:\d+$/)
  const response = await fetch(`${sandbox.url}/API/profile/balance`, { method: 'POST' })
  t.equal(response.status, 200)
})
