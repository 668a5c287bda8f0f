import type { Config } from './config.js'

/**
 * pino options. Secrets never reach a log line: anything named like a token,
 * password, secret or key is censored wherever it appears (to three levels),
 * and identity-card numbers are masked.
 */

const SECRET_FIELDS = ['token', 'access_token', 'password', 'password2', 'confirm_password', 'old_password', 'new_password', 'new_password2', 'oldPassword', 'newPassword', 'secret', 'secretKey', 'webhookSecret', 'authorization', 'cookie', 'card', 'bankAccount', 'x-api-key']
const REDACT_PATHS = SECRET_FIELDS.flatMap((field) => [field, `*.${field}`, `*.*.${field}`, `*.*.*.${field}`].map((path) => path.includes('-') ? path.replace(field, `["${field}"]`) : path))

export function loggerOptions (config: Pick<Config, 'LOG_LEVEL'>) {
  return {
    level: config.LOG_LEVEL,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
  }
}
