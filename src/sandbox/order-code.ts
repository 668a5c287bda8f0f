import { randomInt } from 'node:crypto'
import { orderStamp } from './formats.js'

/** Order codes as the upstream writes them: the China wall-clock time to the second, then six random digits. */
export function newOrderCode (nowSeconds: number): string {
  return orderStamp(nowSeconds) + String(randomInt(0, 1_000_000)).padStart(6, '0')
}
