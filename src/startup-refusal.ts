import type { Config } from './config.js'
import { ConfigError } from './config.js'
import { withoutPassword } from './config-messages.js'

/**
 * The one-line message for a start-up failure that is the operator's to fix
 * (a bad variable, a port in use, a database that cannot be opened), or
 * undefined for anything else, which is a bug and keeps its stack trace.
 * The server prints the line and exits with EX_CONFIG (78).
 */

export const EX_CONFIG = 78

type Listen = Pick<Config, 'HOST' | 'PORT'>
type Database = Pick<Config, 'DATABASE_URL'>

const NETWORK_FAULTS = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET'])
/** PostgreSQL SQLSTATE classes an operator fixes: 08 connection, 28 authorization, 3D unknown database. */
const DATABASE_SETUP_STATES = /^(08|28|3D)[0-9A-Z]{3}$/

interface CodedError { code?: unknown, message?: unknown, cause?: unknown, errors?: unknown }

export function startupRefusal (error: unknown, config: Listen & Database): string | undefined {
  if (error instanceof ConfigError) return error.message
  return listenRefusal(error, config) ?? databaseRefusal(error, config)
}

function listenRefusal (error: unknown, { HOST, PORT }: Listen): string | undefined {
  const code = (error as CodedError | undefined)?.code
  if (code === 'EADDRINUSE') return `Invalid configuration: PORT ${PORT} on HOST ${HOST} is already in use by another process. Stop that process or choose another port; example: PORT=${PORT === 3000 ? 3001 : 3000}`
  if (code === 'EACCES') return `Invalid configuration: PORT ${PORT} needs privileges this process does not have. Accepted: a port from 1024 to 65535 (or 0 for any free port); example: PORT=3000`
  if (code === 'EADDRNOTAVAIL') return `Invalid configuration: HOST ${HOST} is not an address of this machine. Accepted: one of its addresses, 127.0.0.1 (this machine only) or 0.0.0.0 (every interface); example: HOST=127.0.0.1`
  return undefined
}

function databaseRefusal (error: unknown, { DATABASE_URL }: Database): string | undefined {
  if (DATABASE_URL === undefined) return undefined
  const reason = databaseFault(error)
  if (reason === undefined) return undefined
  return `Invalid configuration: DATABASE_URL (${withoutPassword(DATABASE_URL)}) cannot be opened: ${reason}. Check that the server runs and is reachable, the user and password, and that the database exists; or unset DATABASE_URL to use the embedded store under DATA_DIR. Accepted: postgres://user:password@host:5432/database`
}

/** The first error in the cause chain that is about reaching or logging in to the database. */
function databaseFault (error: unknown, depth = 0): string | undefined {
  if (typeof error !== 'object' || error === null || depth > 5) return undefined
  const { code, message, cause, errors } = error as CodedError
  const text = typeof message === 'string' && message !== '' ? message : String(code)
  if (typeof code === 'string' && (NETWORK_FAULTS.has(code) || DATABASE_SETUP_STATES.test(code))) return `${code}${text === code ? '' : ` (${text})`}`
  if (/DATABASE_URL/.test(text)) return text
  for (const inner of [cause, ...(Array.isArray(errors) ? errors : [])]) {
    const found = databaseFault(inner, depth + 1)
    if (found !== undefined) return found
  }
  return undefined
}
