/**
 * The sandbox's in-memory account: plain data, so tests can inspect and
 * arrange it directly. Money is kept as decimal strings with 4 decimals
 * ("750.6346"), times as epoch seconds, byte counts as safe integers, ids as
 * digit strings; handlers write them in the upstream's shapes when answering.
 */

/** Profile fields under the upstream's own names (typos included), all strings as it answers them. */
export interface ProfileFields {
  picture: string
  contactname: string
  phone: string
  tel: string
  fax: string
  card: string
  address: string
  company: string
  business: string
  website: string
  qq: string
  other_mail: string
  other_phone: string
  recieve_mail: string
  recieve_sms: string
  daily_report: string
  week_report: string
  month_report: string
  verify_phone: string
  verify_mail: string
  industry: string
  apptype: string
}

export interface AccountRecord {
  uid: string
  username: string
  /** Plain text: authorize decodes what it is sent and compares. */
  password: string
  mail: string
  status: string
  profile: ProfileFields
}

export interface BalanceAlarm {
  alarm: '0' | '1'
  alarmNum: string
  alarmValue: string
  sendNum: string
  status: string
}

export interface CdnConfigEntry {
  type: string
  billtype: string
}

export interface SubaccountRecord {
  uid: string
  username: string
  password: string
  mail: string
  status: '0' | '1'
  /** "0" when the sub-account is in no group. */
  gid: string
  platform: string
  createdAt: number
  updatedAt: number
  profile: ProfileFields
  cdnconfig: CdnConfigEntry[]
  /** subaccountPerm's `perms`: product type "1".."6" → resource ids. */
  perms: Record<string, number[]>
}

export interface GroupRecord {
  id: string
  name: string
  note: string
  createdAt: number
}

export interface GroupRoleRecord {
  id: string
  gid: string
  value: string
  createdAt: number
}

export interface PermissionModule {
  module: string
  name: string
  subs: Record<string, string>
}

export type RechargeType = 1 | 2 | 3 | 4 | 5

export interface RechargeRecord {
  id: string
  name: string
  price: string
  code: string
  type: RechargeType
  status: string
  createdAt: number
}

export type PaymentType = 1 | 2 | 3 | 4
export type PaymentProduct = 1 | 2 | 3 | 5 | 6 | 7 | 8 | 9

export interface PaymentRecord {
  id: string
  name: string
  code: string
  type: PaymentType
  paytype: PaymentProduct
  /** The business the payment is for (instance, CDN or DNS id). */
  bid: string
  price: string
  status: string
  createdAt: number
}

export interface InvoiceRecord {
  id: string
  title: string
  price: string
  type: '1' | '2'
  invoicetype: '1' | '2'
  status: string
  registerno: string
  bankname: string
  card: string
  address: string
  tel: string
  businesslicense: string
  taxcertificate: string
  taxatorqual: string
  fees: string
  express: string
  expressname: string
  expresscode: string
  recipients: string
  mailaddress: string
  phone: string
  postcode: string
  content: string | null
  createdAt: number
}

/** 0 unused, 1 activated, 2 used, 3 void, 4 expired. */
export type CouponStatus = '0' | '1' | '2' | '3' | '4'

export interface CouponRecord {
  id: string
  couponid: string
  status: CouponStatus
  price: string
  /** What is left of an activated coupon. */
  priceover: string
  createdAt: number
  endsAt: number
}

export interface FlowPriceTier {
  id: string
  type: string
  /** Exclusive lower and inclusive upper bound of the purchase size, in bytes. */
  lower: number
  upper: number
  /** Yuan per GB (10^9 bytes). */
  price: string
  createdAt: number
  updatedAt: number
}

export interface FlowRecord {
  id: string
  subUid: string
  bid: string
  name: string
  code: string
  type: string
  paytype: string
  flow: number
  /** Bought flow left after this record. */
  flowover: number
  monthflow: number
  status: string
  createdAt: number
}

export interface FlowBalance {
  freeTotal: number
  freeUsed: number
  buyTotal: number
  buyUsed: number
  monthTotal: number
}

export interface LogRecord {
  id: string
  type: string
  ip: string
  op: string
  title: string
  content: string
  createdAt: number
}

export interface RegisteredAccount {
  uid: number
  username: string
  password: string
  mail: string
  phone: string
  createdAt: number
}

export type SequenceName = 'group' | 'groupRole' | 'subaccount' | 'registeredAccount' | 'payment' | 'invoice' | 'flowRecord' | 'log'

export interface SandboxState {
  account: AccountRecord
  balance: string
  balanceAlarm: BalanceAlarm
  invoiceBalance: string
  subaccounts: SubaccountRecord[]
  groups: GroupRecord[]
  groupRoles: GroupRoleRecord[]
  permissionCatalog: PermissionModule[]
  recharges: RechargeRecord[]
  payments: PaymentRecord[]
  invoices: InvoiceRecord[]
  coupons: CouponRecord[]
  flowPriceTiers: FlowPriceTier[]
  flowRecords: FlowRecord[]
  flowBalance: FlowBalance
  logs: LogRecord[]
  registeredAccounts: RegisteredAccount[]
  /** The next id of each kind; seeded above every seeded id so new ones never collide. */
  sequences: Record<SequenceName, number>
}

export function nextId (state: SandboxState, name: SequenceName): string {
  const id = state.sequences[name]
  state.sequences[name] = id + 1
  return String(id)
}

/** Lists answer newest first, as the reference's examples are ordered; equal times fall back to the larger id. */
export function newestFirst<Row extends { createdAt: number, id: string }> (rows: readonly Row[]): Row[] {
  return [...rows].sort((a, b) => b.createdAt - a.createdAt || compareIds(b.id, a.id))
}

/** Numeric order of digit strings; ids are unique, so two are never equal. */
function compareIds (a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : 1)
}

/** Whether a user name is taken anywhere the upstream would look: the account, its sub-accounts, sign-ups. */
export function usernameTaken (state: SandboxState, username: string): boolean {
  const wanted = username.toLowerCase()
  return state.account.username.toLowerCase() === wanted ||
    state.subaccounts.some((subaccount) => subaccount.username.toLowerCase() === wanted) ||
    state.registeredAccounts.some((account) => account.username.toLowerCase() === wanted)
}
