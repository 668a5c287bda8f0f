import { chinaEpoch } from '../formats.js'
import type { AccountRecord, BalanceAlarm, ProfileFields, SubaccountRecord } from '../state.js'

/**
 * The account and its sub-accounts, from the reference's detail and
 * subaccountList examples. The reference's ids disagree between endpoints;
 * the sandbox settles on the account uid "6894123456" that most lists show
 * and makes each sub-account's `gid` the id of a seeded group.
 */

export const ACCOUNT_UID = '6894123456'

export function blankProfile (): ProfileFields {
  return {
    picture: '',
    contactname: '',
    phone: '',
    tel: '',
    fax: '',
    card: '',
    address: '',
    company: '',
    business: '',
    website: '',
    qq: '',
    other_mail: '',
    other_phone: '',
    recieve_mail: '0',
    recieve_sms: '0',
    daily_report: '0',
    week_report: '0',
    month_report: '0',
    verify_phone: '0',
    verify_mail: '0',
    industry: '0',
    apptype: 'a:0:{}',
  }
}

export function seedAccount (username: string, password: string): AccountRecord {
  return {
    uid: ACCOUNT_UID,
    username,
    password,
    mail: `${username}@verycloud.cn`,
    status: '1',
    profile: {
      ...blankProfile(),
      picture: 'http://manage.verycloud.cn/sites/default/files/styles/thumbnail/public/pictures/picture-6894-1425368210.jpg',
      contactname: username,
      phone: '13584145363',
      tel: '0510-86991216',
      fax: '0510-86991216',
      card: '320219198509036295',
      address: '江苏无锡',
      company: '云端网络',
      website: 'www.verycloud.cn',
      qq: '110',
      recieve_mail: '1',
      recieve_sms: '1',
      daily_report: '1',
      month_report: '0',
      week_report: '1',
      verify_phone: '1',
      verify_mail: '1',
    },
  }
}

export function seedBalanceAlarm (): BalanceAlarm {
  return { alarm: '1', alarmNum: '1', alarmValue: '300.0000', sendNum: '0', status: '1' }
}

export function seedSubaccounts (): SubaccountRecord[] {
  const newest = chinaEpoch(2015, 3, 19, 13, 21)
  return [
    {
      uid: '7002123456',
      username: 'example_subuser',
      password: 'subuser123',
      mail: 'example_subuser@verycloud.cn',
      status: '1',
      gid: '1441234567',
      platform: '1',
      createdAt: newest,
      updatedAt: newest,
      profile: { ...blankProfile(), phone: '13863536426' },
      cdnconfig: [{ type: 'cloud', billtype: 'tx4d' }],
      perms: { 1: [1, 2, 3], 2: [3, 4, 5] },
    },
    {
      uid: '7003123456',
      username: 'ops_monitor',
      password: 'monitor123',
      mail: 'ops_monitor@verycloud.cn',
      status: '1',
      gid: '1451234567',
      platform: '1',
      createdAt: chinaEpoch(2015, 2, 10, 9, 5),
      updatedAt: chinaEpoch(2015, 3, 2, 8, 40),
      profile: { ...blankProfile(), phone: '13584145365', contactname: '运维值班' },
      cdnconfig: [{ type: 'cloud', billtype: 'tx4d' }, { type: 'rtmp', billtype: 'tx4d' }],
      perms: {},
    },
    {
      uid: '7004123456',
      username: 'finance_viewer',
      password: 'finance123',
      mail: 'finance_viewer@verycloud.cn',
      status: '0',
      gid: '1441234567',
      platform: '1',
      createdAt: chinaEpoch(2014, 12, 20, 16, 30),
      updatedAt: chinaEpoch(2014, 12, 20, 16, 30),
      profile: { ...blankProfile(), phone: '13511112222' },
      cdnconfig: [],
      perms: {},
    },
  ]
}
