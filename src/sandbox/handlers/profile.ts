import { recordActivity } from '../activity-log.js'
import { couponBalance } from '../coupon-wallet.js'
import { Rejection, success } from '../envelope.js'
import type { Endpoint, Handler } from '../handler.js'
import { formatUnits, toUnits } from '../money.js'
import { requireMail, requireMobile, requireText } from '../params.js'
import { readProfileChanges } from '../profile-changes.js'
import { subaccountDetail } from '../views/subaccount.js'

/**
 * The account's own profile: detail and the four ways to change it. Each
 * change answers only the field(s) the reference shows (update answers the
 * phone, whatever was changed).
 */

const detail: Handler = (_body, { state, nowSeconds }) => {
  const { account, balanceAlarm } = state
  const { profile } = account
  const subaccounts = [...state.subaccounts].sort((a, b) => b.createdAt - a.createdAt)
  return success({
    uid: account.uid,
    name: account.username,
    mail: account.mail,
    status: account.status,
    profile: {
      picture: profile.picture,
      contactname: profile.contactname,
      phone: profile.phone,
      tel: profile.tel,
      fax: profile.fax,
      card: profile.card,
      address: profile.address,
      company: profile.company,
      website: profile.website,
      qq: profile.qq,
      other_mail: profile.other_mail,
      other_phone: profile.other_phone,
      daily_report: profile.daily_report,
      month_report: profile.month_report,
      week_report: profile.week_report,
    },
    balance: {
      price: state.balance,
      status: balanceAlarm.status,
      alarm: balanceAlarm.alarm,
      alarm_num: balanceAlarm.alarmNum,
      send_num: balanceAlarm.sendNum,
      alarm_value: formatUnits(toUnits(balanceAlarm.alarmValue), 2),
    },
    couponprice: formatUnits(couponBalance(state, nowSeconds)),
    subaccounts: subaccounts.map(subaccountDetail),
  })
}

const update: Handler = (body, { state }) => {
  const changes = readProfileChanges(body)
  if (Object.keys(changes).length === 0) throw new Rejection('没有需要更新的资料')
  Object.assign(state.account.profile, changes)
  return success({ phone: state.account.profile.phone })
}

const pictureUpdate: Handler = (body, { state }) => {
  const picture = requireText(body, 'picture')
  if (!/^https?:\/\/\S+$/.test(picture)) throw new Rejection('头像地址格式不正确')
  state.account.profile.picture = picture
  return success({ picture })
}

const mailUpdate: Handler = (body, context) => {
  const mail = requireMail(body, 'mail')
  context.state.account.mail = mail
  recordActivity(context, { type: 'user', op: '2', title: '修改邮箱', content: `邮箱:${mail}` })
  return success({ mail })
}

const phoneUpdate: Handler = (body, context) => {
  const phone = requireMobile(body, 'phone')
  context.state.account.profile.phone = phone
  recordActivity(context, { type: 'user', op: '2', title: '修改手机', content: `手机:${phone}` })
  return success({ phone })
}

export const profileEndpoints: Endpoint[] = [
  { path: '/API/profile/detail', handler: detail },
  { path: '/API/profile/update', handler: update },
  { path: '/API/profile/pictureUpdate', handler: pictureUpdate },
  { path: '/API/profile/mailUpdate', handler: mailUpdate },
  { path: '/API/profile/phoneUpdate', handler: phoneUpdate },
]
