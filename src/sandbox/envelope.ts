/**
 * The upstream's answer envelope, `{code, message, data, ...}`, always sent
 * with HTTP 200: success is `code` 1 with "操作完成", anything else is a
 * rejection whose message says why in Chinese.
 */

export type Envelope = { code: number, message: string } & Record<string, unknown>

export const SUCCESS_CODE = 1
export const SUCCESS_MESSAGE = '操作完成'
/** Business rejections and bad parameters. */
export const REJECTION_CODE = 0
export const TOKEN_INVALID_CODE = 10001
export const TOKEN_INVALID_MESSAGE = 'token无效或已过期'

/** A success; `data` is left out entirely when undefined, as in the reference's groupDelete. */
export function success (data?: unknown, extras: Record<string, unknown> = {}): Envelope {
  return data === undefined
    ? { code: SUCCESS_CODE, message: SUCCESS_MESSAGE, ...extras }
    : { code: SUCCESS_CODE, message: SUCCESS_MESSAGE, data, ...extras }
}

export function rejection (message: string, code = REJECTION_CODE): Envelope {
  return { code, message }
}

export function tokenInvalid (): Envelope {
  return rejection(TOKEN_INVALID_MESSAGE, TOKEN_INVALID_CODE)
}

/**
 * Thrown by handlers and parameter readers to stop with a rejection; the
 * router turns it into the envelope, so handlers read top to bottom.
 */
export class Rejection extends Error {
  constructor (message: string, readonly code = REJECTION_CODE) {
    super(message)
    this.name = 'Rejection'
  }

  toEnvelope (): Envelope {
    return rejection(this.message, this.code)
  }
}
