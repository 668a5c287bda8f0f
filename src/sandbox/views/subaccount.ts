import { agoText, dashDateTime, slashDateTime } from '../formats.js'
import type { SandboxState, SubaccountRecord } from '../state.js'
import { groupSummary } from './group.js'

/**
 * A sub-account in the two shapes the reference shows: nested in profile
 * detail (contact fields under `profile`) and flat in subaccountList (where
 * `created` is a dash date but `updatetime` a slash date, and the group is
 * embedded; `null` when the sub-account is in no group).
 */

/** The contact fields both shapes carry, in the reference's order. */
function contactFields (profile: SubaccountRecord['profile']) {
  return {
    picture: profile.picture,
    contactname: profile.contactname,
    phone: profile.phone,
    verify_phone: profile.verify_phone,
    verify_mail: profile.verify_mail,
    tel: profile.tel,
    fax: profile.fax,
    card: profile.card,
    address: profile.address,
    company: profile.company,
    industry: profile.industry,
    apptype: profile.apptype,
    business: profile.business,
    website: profile.website,
    qq: profile.qq,
  }
}

export function subaccountDetail (subaccount: SubaccountRecord) {
  const { profile } = subaccount
  return {
    uid: subaccount.uid,
    name: subaccount.username,
    mail: subaccount.mail,
    status: subaccount.status,
    profile: {
      ...contactFields(profile),
      other_mail: profile.other_mail,
      other_phone: profile.other_phone,
      daily_report: profile.daily_report,
      month_report: profile.month_report,
      week_report: profile.week_report,
    },
    couponprice: '0.0000',
    gid: subaccount.gid,
  }
}

export function subaccountListRow (subaccount: SubaccountRecord, state: SandboxState, nowSeconds: number) {
  const { profile } = subaccount
  const group = state.groups.find((candidate) => candidate.id === subaccount.gid)
  return {
    uid: subaccount.uid,
    name: subaccount.username,
    mail: subaccount.mail,
    created: dashDateTime(subaccount.createdAt),
    ...contactFields(profile),
    recieve_mail: profile.recieve_mail,
    recieve_sms: profile.recieve_sms,
    platform: subaccount.platform,
    updatetime: slashDateTime(subaccount.updatedAt),
    updatetime_ago: agoText(subaccount.updatedAt, nowSeconds),
    other_mail: profile.other_mail,
    platform_zh: 'VeryCloud',
    group: group === undefined ? null : groupSummary(group, state.account.uid),
    gid: subaccount.gid,
    status: subaccount.status,
  }
}
