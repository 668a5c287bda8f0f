import * as finance from './finance.js'
import * as profile from './profile.js'
import type { Operation } from './types.js'

/** The whole operation table, in the order of API.md section 1. */
export const operations: readonly Operation[] = [
  profile.getProfile,
  profile.updateProfile,
  finance.getBalance,
]
