import type { Endpoint } from '../handler.js'
import { balanceEndpoints } from './balance.js'
import { cdnEndpoints } from './cdn.js'
import { couponEndpoints } from './coupons.js'
import { groupRoleEndpoints } from './group-roles.js'
import { groupEndpoints } from './groups.js'
import { invoiceEndpoints } from './invoices.js'
import { logEndpoints } from './logs.js'
import { oauthEndpoints } from './oauth.js'
import { passwordEndpoints } from './password.js'
import { paymentEndpoints } from './payments.js'
import { profileEndpoints } from './profile.js'
import { rechargeEndpoints } from './recharges.js'
import { registerEndpoints } from './register.js'
import { subaccountEndpoints } from './subaccounts.js'

/** Every upstream endpoint the sandbox serves: the reference's 35 (authorize included). */
export const ENDPOINTS: readonly Endpoint[] = [
  ...oauthEndpoints,
  ...registerEndpoints,
  ...profileEndpoints,
  ...passwordEndpoints,
  ...subaccountEndpoints,
  ...groupEndpoints,
  ...groupRoleEndpoints,
  ...rechargeEndpoints,
  ...balanceEndpoints,
  ...paymentEndpoints,
  ...invoiceEndpoints,
  ...couponEndpoints,
  ...cdnEndpoints,
  ...logEndpoints,
]
