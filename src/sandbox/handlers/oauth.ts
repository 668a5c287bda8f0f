import { passwordMatches } from '../credentials.js'
import { rejection, success } from '../envelope.js'
import type { Endpoint, Handler } from '../handler.js'
import { requireSecret, requireText } from '../params.js'

/** `/API/OAuth/authorize`: the account's credentials for a token; `expires` is absolute unix seconds. */

const WRONG_CREDENTIALS = '用户名或密码错误'

const authorize: Handler = (body, context) => {
  const username = requireText(body, 'username')
  const password = requireSecret(body, 'password')
  const { account } = context.state
  if (username !== account.username || !passwordMatches(password, account.password, context.settings.passwordEncoding)) {
    return rejection(WRONG_CREDENTIALS)
  }
  const { token, expires } = context.tokens.issue()
  return success(undefined, { access_token: token, expires })
}

export const oauthEndpoints: Endpoint[] = [
  { path: '/API/OAuth/authorize', handler: authorize, public: true },
]
