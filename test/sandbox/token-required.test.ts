import t from 'tap'
import { manualClock, obtainToken, PASSWORD, post, startTestSandbox, USERNAME } from './support/sandbox-client.js'

const TOKEN_INVALID = { code: 10001, message: 'token无效或已过期' }

t.test('every endpoint but authorize and register wants a token', async (t) => {
  const sandbox = await startTestSandbox(t)
  t.same(await post(sandbox, '/API/profile/balance'), TOKEN_INVALID, 'missing token')
  t.same(await post(sandbox, '/API/profile/balance', { token: '6375710ffd834236652d044776303a4c' }), TOKEN_INVALID, 'unknown token')
  t.same(await post(sandbox, '/API/profile/balance', { token: 42 }), TOKEN_INVALID, 'a token that is not a string')
  t.same(await post(sandbox, '/API/profile/groupAdd', { name: '无令牌' }), TOKEN_INVALID, 'writes too')
  t.equal(sandbox.state.groups.some((group) => group.name === '无令牌'), false, 'and nothing was written')

  const registered = await post(sandbox, '/API/profile/register', {
    username: 'new_user', password: '12345678', confirm_password: '12345678', mail: 'new_user@verycloud.cn', phone: '13545678945',
  })
  t.equal(registered.code, 1, 'register needs no token')
})

t.test('a valid token is accepted', async (t) => {
  const sandbox = await startTestSandbox(t)
  const token = await obtainToken(sandbox)
  const reply = await post(sandbox, '/API/profile/balance', { token })
  t.equal(reply.code, 1)
})

t.test('revoked tokens are refused until a new one is obtained', async (t) => {
  const sandbox = await startTestSandbox(t)
  const first = await obtainToken(sandbox)
  const second = await obtainToken(sandbox)
  sandbox.revokeTokens()
  t.same(await post(sandbox, '/API/profile/balance', { token: first }), TOKEN_INVALID)
  t.same(await post(sandbox, '/API/profile/balance', { token: second }), TOKEN_INVALID)
  const fresh = await obtainToken(sandbox)
  t.equal((await post(sandbox, '/API/profile/balance', { token: fresh })).code, 1)
})

t.test('a token expires at its `expires` time', async (t) => {
  const clock = manualClock()
  const sandbox = await startTestSandbox(t, { now: clock.now, tokenTtlSeconds: 60 })
  const token = await obtainToken(sandbox)
  clock.advance(59_999)
  t.equal((await post(sandbox, '/API/profile/balance', { token })).code, 1, 'just before expiry')
  clock.advance(1)
  t.same(await post(sandbox, '/API/profile/balance', { token }), TOKEN_INVALID, 'at expiry')
})

t.test('two sandboxes in one process share nothing', async (t) => {
  const one = await startTestSandbox(t)
  const other = await startTestSandbox(t, { password: 'other-password' })
  const token = await obtainToken(one)
  t.same(await post(other, '/API/profile/balance', { token }), TOKEN_INVALID, 'tokens are per sandbox')
  t.equal((await post(other, '/API/OAuth/authorize', { username: USERNAME, password: PASSWORD })).code, 0)

  await post(one, '/API/profile/groupAdd', { token, name: '只在一个里' })
  t.equal(one.state.groups.length, other.state.groups.length + 1, 'state is per sandbox')
  t.not(one.url, other.url)
})
