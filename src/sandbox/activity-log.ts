import type { HandlerContext } from './handler.js'
import { nextId } from './state.js'

/**
 * Writes the operation log rows that `/API/profile/logs` lists, so changes
 * made through the sandbox show up there as they would upstream.
 */

export interface Activity {
  type: 'user' | 'finance' | 'webcdn'
  /** "1" add, "2" change, "3" delete or restore, as the seeded rows use it. */
  op: '1' | '2' | '3'
  title: string
  content: string
}

export function recordActivity (context: HandlerContext, activity: Activity): void {
  context.state.logs.push({ id: nextId(context.state, 'log'), ip: context.ip, createdAt: context.nowSeconds, ...activity })
}
