import { success } from '../envelope.js'
import type { Endpoint, Handler } from '../handler.js'
import { formatUnits, toUnits } from '../money.js'
import { optionalAmount, optionalInteger, requireFlag } from '../params.js'

/**
 * The account balance and its low-balance alarm. balance answers a
 * one-row list with a string total, as in the reference; the alarm
 * settings are echoed in profile detail's balance block.
 */

const balance: Handler = (_body, { state }) => success([{ price: state.balance }], { total: '1' })

const balanceAlarm: Handler = (body, { state }) => {
  const alarm = requireFlag(body, 'alarm')
  const alarmNum = optionalInteger(body, 'alarm_num', 0, 100)
  const alarmValue = optionalAmount(body, 'alarm_value', 2)
  const settings = state.balanceAlarm
  settings.alarm = alarm
  if (alarmNum !== undefined) settings.alarmNum = String(alarmNum)
  if (alarmValue !== undefined) settings.alarmValue = formatUnits(alarmValue)
  return success({ alarm: settings.alarm, alarm_num: settings.alarmNum, alarm_value: formatUnits(toUnits(settings.alarmValue), 2) })
}

export const balanceEndpoints: Endpoint[] = [
  { path: '/API/profile/balance', handler: balance },
  { path: '/API/profile/balanceAlarm', handler: balanceAlarm },
]
