import { Type } from '@sinclair/typebox'
import { Money } from '../schemas/primitives.js'
import { record, toMoney } from './convert.js'
import { defineOperation } from './types.js'

/** Balance, balance alarm, recharges and payments. */

const TAGS = ['finance']

export const Balance = Type.Object({ amount: Money('Account balance') }, { title: 'Balance' })

export const getBalance = defineOperation({
  operationId: 'getBalance',
  method: 'GET',
  path: '/balance',
  tags: TAGS,
  summary: 'Get the account balance',
  description: 'The account\'s cash balance. The upstream answers a one-row list; this answers the amount.',
  upstream: '/API/profile/balance',
  status: 200,
  response: Balance,
  toUpstream: () => ({}),
  fromUpstream: ({ data }) => ({ amount: toMoney(record(Array.isArray(data) ? data[0] : data).price) }),
  examples: { response: { amount: '750.6346' } },
})
