import { recordActivity } from '../activity-log.js'
import { Rejection, success } from '../envelope.js'
import type { Endpoint, Handler } from '../handler.js'
import { checkNewPassword, requireSecret } from '../params.js'

/**
 * `/API/profile/passwordUpdate`: plain passwords (only authorize encodes).
 * Tokens already issued stay valid; the next authorize must use the new one.
 */

const passwordUpdate: Handler = (body, context) => {
  const oldPassword = requireSecret(body, 'old_password')
  const newPassword = requireSecret(body, 'new_password')
  const confirmation = requireSecret(body, 'new_password2')
  const { account } = context.state
  if (oldPassword !== account.password) throw new Rejection('原密码错误')
  if (newPassword !== confirmation) throw new Rejection('两次输入的新密码不一致')
  checkNewPassword(newPassword)
  account.password = newPassword
  recordActivity(context, { type: 'user', op: '2', title: '修改密码', content: `用户:${account.username}` })
  return success()
}

export const passwordEndpoints: Endpoint[] = [
  { path: '/API/profile/passwordUpdate', handler: passwordUpdate },
]
