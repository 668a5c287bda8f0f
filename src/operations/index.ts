import * as cdn from './cdn.js'
import * as coupons from './coupons.js'
import * as finance from './finance.js'
import * as groups from './groups.js'
import * as invoices from './invoices.js'
import * as logs from './logs.js'
import * as profile from './profile.js'
import * as subaccounts from './subaccounts.js'
import type { Operation } from './types.js'

/** The whole operation table, in the order of docs/api.md's resource table. */
export const operations: readonly Operation[] = [
  profile.registerAccount,
  profile.getProfile,
  profile.updateProfile,
  profile.updateProfilePicture,
  profile.changePassword,
  profile.updateEmail,
  profile.updatePhone,
  subaccounts.listSubaccounts,
  subaccounts.createSubaccount,
  subaccounts.updateSubaccount,
  subaccounts.setSubaccountPermissions,
  groups.listGroups,
  groups.createGroup,
  groups.updateGroup,
  groups.deleteGroup,
  groups.listPermissionCatalog,
  groups.listGroupRoles,
  groups.addGroupRoles,
  groups.updateGroupRole,
  groups.deleteGroupRole,
  finance.listRecharges,
  finance.getBalance,
  finance.setBalanceAlarm,
  finance.listPayments,
  invoices.listInvoices,
  invoices.createInvoice,
  invoices.getInvoiceBalance,
  coupons.listCoupons,
  coupons.redeemCoupon,
  coupons.getCouponBalance,
  cdn.listCdnPriceTiers,
  cdn.buyCdnFlowPackage,
  cdn.listCdnFlowRecords,
  cdn.getCdnFlowBalance,
  logs.listLogs,
]
