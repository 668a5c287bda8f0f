import { Rejection, success } from '../envelope.js'
import type { Endpoint, Handler } from '../handler.js'
import { checkNewPassword, requireMail, requireMobile, requireSecret, requireText } from '../params.js'
import { nextId, usernameTaken } from '../state.js'

/**
 * `/API/profile/register`: signs up a new account, without a token. The
 * answer's `uid` is a JSON number, unlike every other uid, as in the
 * reference. Signed-up accounts are only kept so their names stay taken.
 */

const USERNAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]{2,31}$/

const register: Handler = (body, context) => {
  const username = requireText(body, 'username')
  const password = requireSecret(body, 'password')
  const confirmation = requireSecret(body, 'confirm_password')
  const mail = requireMail(body, 'mail')
  const phone = requireMobile(body, 'phone')
  if (!USERNAME.test(username)) throw new Rejection('用户名格式不正确')
  if (password !== confirmation) throw new Rejection('两次输入的密码不一致')
  checkNewPassword(password)
  if (usernameTaken(context.state, username)) throw new Rejection('用户名已存在')

  const uid = Number(nextId(context.state, 'registeredAccount'))
  context.state.registeredAccounts.push({ uid, username, password, mail, phone, createdAt: context.nowSeconds })
  return success({ uid, name: username, mail, phone })
}

export const registerEndpoints: Endpoint[] = [
  { path: '/API/profile/register', handler: register, public: true },
]
