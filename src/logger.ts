import type { Config } from './config.js'

/**
 * pino options. Secrets never reach a log line: anything named like a token,
 * password, secret or key is censored at the top level and one level down
 * (the gateway logs no request or upstream bodies, only small objects), and
 * identity-card numbers are masked.
 *
 * Censoring is a `formatters.log` pass over the logged object rather than
 * pino's `redact`: redact paths with a leading wildcard run pino's redactor
 * over every field of every line and over every child logger's bindings,
 * which made logging the largest cost of a request. Bindings are not
 * censored: the gateway binds only request ids and component names.
 */

const SECRET_FIELDS = new Set(['token', 'access_token', 'password', 'password2', 'confirm_password', 'old_password', 'new_password', 'new_password2', 'oldPassword', 'newPassword', 'secret', 'secretKey', 'webhookSecret', 'authorization', 'cookie', 'card', 'bankAccount'])
const CENSOR = '[redacted]'

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null) return false
  const prototype = Object.getPrototypeOf(value) as unknown
  return prototype === Object.prototype || prototype === null
}

/** A copy with secret fields censored, made only when there is one; `depth` more levels are looked into. */
function censored (object: Record<string, unknown>, depth: number): Record<string, unknown> {
  let result = object
  for (const key in object) {
    const value = object[key]
    const replacement = SECRET_FIELDS.has(key) ? CENSOR : depth > 0 && isPlainObject(value) ? censored(value, depth - 1) : value
    if (replacement === value) continue
    if (result === object) result = { ...object }
    result[key] = replacement
  }
  return result
}

export const redactSecrets = (object: Record<string, unknown>): Record<string, unknown> => censored(object, 1)

export function loggerOptions (config: Pick<Config, 'LOG_LEVEL'>) {
  return {
    level: config.LOG_LEVEL,
    formatters: { log: redactSecrets },
  }
}
