import { ConfigError } from '../config.js'
import { SealerMismatchError } from './sealer.js'

/**
 * A store that cannot be opened for a reason the operator must fix becomes
 * a ConfigError (exit 78, one line saying what to do), not a stack trace:
 * a master key that does not open the sealed webhook secrets, or an
 * embedded database file that is not a database.
 */

/** SQLite's codes for a file that is not a (sound) database. */
const NOT_A_DATABASE = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT'])

export const MASTER_KEY_WAY_OUT = 'Restore DATA_DIR/master.key, or set GATEWAY_ENCRYPTION_KEY to the key the secrets were sealed with. To move to the current key while you still have the old one in a file: `verycloud-gateway keys reseal --old-key-file <file>`. If the old key is lost: run `verycloud-gateway keys rotate <secretId> --webhook-secret` for every key (`verycloud-gateway keys list` names them; receivers then need the new webhookSecret); then start again'

export function asStartupRefusal (error: unknown, file: string | undefined): unknown {
  if (error instanceof SealerMismatchError) {
    return new ConfigError('GATEWAY_ENCRYPTION_KEY', `(or DATA_DIR/master.key) is not the key the stored webhook secrets were sealed with, so they cannot be read. ${MASTER_KEY_WAY_OUT}`)
  }
  const code = (error as { code?: unknown } | null)?.code
  if (file !== undefined && typeof code === 'string' && NOT_A_DATABASE.has(code)) {
    return new ConfigError('DATA_DIR', `holds ${file}, which is not a sound SQLite database (${code}). Restore it from a backup, or move it away to start with an empty store`)
  }
  return error
}
