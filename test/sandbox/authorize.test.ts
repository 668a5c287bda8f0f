import t from 'tap'
import { encodePassword } from '../../src/upstream/password-cipher.js'
import { manualClock, PASSWORD, post, startTestSandbox, USERNAME } from './support/sandbox-client.js'

const AUTHORIZE = '/API/OAuth/authorize'

t.test('an encoded password obtains a token with an absolute expiry', async (t) => {
  const clock = manualClock()
  const sandbox = await startTestSandbox(t, { now: clock.now, tokenTtlSeconds: 600 })
  const reply = await post(sandbox, AUTHORIZE, { username: USERNAME, password: encodePassword(PASSWORD) })
  t.equal(reply.code, 1)
  t.equal(reply.message, '操作完成')
  t.match(reply.access_token, /^[0-9a-f]{32}$/)
  t.equal(reply.expires, Math.floor(clock.now() / 1000) + 600, 'expires is unix seconds, a number')
  t.notOk('data' in reply, 'the token sits at the top level, not under data')
})

t.test('the default token lifetime is two hours', async (t) => {
  const clock = manualClock()
  const sandbox = await startTestSandbox(t, { now: clock.now })
  const reply = await post(sandbox, AUTHORIZE, { username: USERNAME, password: encodePassword(PASSWORD) })
  t.equal(reply.expires, Math.floor(clock.now() / 1000) + 7200)
})

t.test('each authorize issues a different token and every lock index decodes', async (t) => {
  const sandbox = await startTestSandbox(t)
  const tokens = new Set<unknown>()
  for (const lockIndex of [0, 17, 64]) {
    const reply = await post(sandbox, AUTHORIZE, { username: USERNAME, password: encodePassword(PASSWORD, lockIndex) })
    t.equal(reply.code, 1, `lock index ${lockIndex}`)
    tokens.add(reply.access_token)
  }
  t.equal(tokens.size, 3)
})

const WRONG = { code: 0, message: '用户名或密码错误' }

t.test('credentials the upstream would refuse', async (t) => {
  const sandbox = await startTestSandbox(t)
  t.same(await post(sandbox, AUTHORIZE, { username: USERNAME, password: PASSWORD }), WRONG, 'the plain password does not decode to itself')
  t.same(await post(sandbox, AUTHORIZE, { username: USERNAME, password: encodePassword('another-pass') }), WRONG, 'another password')
  t.same(await post(sandbox, AUTHORIZE, { username: 'someone_else', password: encodePassword(PASSWORD) }), WRONG, 'another user')
  t.same(await post(sandbox, AUTHORIZE, { username: USERNAME, password: '!!!not cipher text+' }), WRONG, 'not cipher text at all')
  t.same(await post(sandbox, AUTHORIZE, { username: USERNAME, password: 12345 }), { code: 0, message: '参数格式不正确: password' })
})

t.test('missing credentials are named', async (t) => {
  const sandbox = await startTestSandbox(t)
  const noUser = await post(sandbox, AUTHORIZE, { password: encodePassword(PASSWORD) })
  t.equal(noUser.code, 0)
  t.match(noUser.message, /username/)
  const noPassword = await post(sandbox, AUTHORIZE, { username: USERNAME })
  t.equal(noPassword.code, 0)
  t.match(noPassword.message, /password/)
})

t.test("passwordEncoding 'none' compares the password as sent", async (t) => {
  const sandbox = await startTestSandbox(t, { passwordEncoding: 'none' })
  t.equal((await post(sandbox, AUTHORIZE, { username: USERNAME, password: PASSWORD })).code, 1)
  t.same(await post(sandbox, AUTHORIZE, { username: USERNAME, password: encodePassword(PASSWORD) }), WRONG)
})

t.test('authorize calls are counted per path', async (t) => {
  const sandbox = await startTestSandbox(t)
  await post(sandbox, AUTHORIZE, { username: USERNAME, password: encodePassword(PASSWORD) })
  await post(sandbox, AUTHORIZE, { username: USERNAME, password: 'wrong' })
  t.equal(sandbox.calls.get(AUTHORIZE), 2)
  t.equal(sandbox.calls.get('/API/profile/balance'), undefined)
})
