import { ok, startFakeUpstream, type FakeUpstream } from '../../support/fake-upstream.js'

/**
 * An upstream stand-in that, like the real one may, keeps only its newest
 * token: every authorize revokes the tokens before it, and a call with a
 * revoked token is refused (code 10001, "token invalid"). It counts both,
 * so a test can say "one authorize, no rejected token".
 */

export interface NewestTokenUpstream extends FakeUpstream {
  authorizeCalls: () => number
  /** Calls that came with a token other than the newest. */
  rejectedCalls: () => number
}

export async function startNewestTokenUpstream (authorizeDelayMs = 200): Promise<NewestTokenUpstream> {
  const upstream = await startFakeUpstream()
  let newest: string | undefined
  let issued = 0
  let rejected = 0
  upstream.on('/API/OAuth/authorize', () => {
    newest = `token-${++issued}`
    return { json: { code: 1, message: '操作完成', access_token: newest, expires: Math.floor(Date.now() / 1000) + 7200 }, delayMs: authorizeDelayMs }
  })
  upstream.on('/API/profile/subaccountList', (body) => {
    if (body.token !== newest) {
      rejected++
      return { json: { code: 10001, message: 'token invalid' } }
    }
    return ok([], { total: 0, totalpage: 0, page: body.page })
  })
  return { ...upstream, authorizeCalls: () => issued, rejectedCalls: () => rejected }
}
