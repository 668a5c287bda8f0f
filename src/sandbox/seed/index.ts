import type { SandboxState } from '../state.js'
import { seedAccount, seedBalanceAlarm, seedSubaccounts } from './account.js'
import { seedFlowBalance, seedFlowPriceTiers, seedFlowRecords } from './cdn.js'
import { seedCoupons } from './coupons.js'
import { SEED_BALANCE, SEED_INVOICE_BALANCE, seedInvoices, seedPayments, seedRecharges } from './finance.js'
import { seedGroupRoles, seedGroups, seedPermissionCatalog } from './groups.js'
import { seedLogs } from './logs.js'

/** A fresh account, identical for every sandbox but for its credentials. */
export function createSeededState (username: string, password: string): SandboxState {
  return {
    account: seedAccount(username, password),
    balance: SEED_BALANCE,
    balanceAlarm: seedBalanceAlarm(),
    invoiceBalance: SEED_INVOICE_BALANCE,
    subaccounts: seedSubaccounts(),
    groups: seedGroups(),
    groupRoles: seedGroupRoles(),
    permissionCatalog: seedPermissionCatalog(),
    recharges: seedRecharges(),
    payments: seedPayments(),
    invoices: seedInvoices(),
    coupons: seedCoupons(),
    flowPriceTiers: seedFlowPriceTiers(),
    flowRecords: seedFlowRecords(),
    flowBalance: seedFlowBalance(),
    logs: seedLogs(),
    registeredAccounts: [],
    sequences: {
      // The first new group gets the reference's groupAdd id, 1571234567.
      group: 1571234567,
      groupRole: 7449123456,
      subaccount: 7005123456,
      registeredAccount: 1234567890,
      payment: 1081361124,
      invoice: 3512345678,
      flowRecord: 374488,
      log: 7021234568,
    },
  }
}
