import type { Config } from './config.js'

/**
 * pino options. Secrets never reach a log line: anything named like a token,
 * password, secret or key is censored at the top level and one level down
 * (the gateway logs no request or upstream bodies, only small objects), and
 * identity-card numbers are masked. Deeper wildcards are left out on purpose:
 * pino runs redaction over every request's child-logger bindings, and each
 * extra wildcard level costs on the hot path.
 */

const SECRET_FIELDS = ['token', 'access_token', 'password', 'password2', 'confirm_password', 'old_password', 'new_password', 'new_password2', 'oldPassword', 'newPassword', 'secret', 'secretKey', 'webhookSecret', 'authorization', 'cookie', 'card', 'bankAccount']
const REDACT_PATHS = SECRET_FIELDS.flatMap((field) => [field, `*.${field}`])

export function loggerOptions (config: Pick<Config, 'LOG_LEVEL'>) {
  return {
    level: config.LOG_LEVEL,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
  }
}
