import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ConfigError } from '../config.js'

/**
 * The key that seals webhook secrets. GATEWAY_ENCRYPTION_KEY (base64 of 32
 * bytes) when set; otherwise one generated on first start into
 * DATA_DIR/master.key (mode 0600), a file apart from the database so a copy
 * of the database alone reveals nothing. Losing the file makes the sealed
 * webhook secrets unreadable (keys keep working; rotate their webhook
 * secrets), hence the warning.
 */

export const MASTER_KEY_FILE = 'master.key'

export interface MasterKeySource {
  encryptionKey?: string | undefined
  dataDir: string
  /** Told when a key file is generated, so operators learn to back it up or set the variable. */
  warn: (message: string) => void
}

export function loadMasterKey ({ encryptionKey, dataDir, warn }: MasterKeySource): Buffer {
  if (encryptionKey !== undefined) return decode(encryptionKey, 'GATEWAY_ENCRYPTION_KEY')
  // Nothing outlives an in-memory database, so neither need its key.
  if (dataDir === ':memory:') return randomBytes(32)

  const file = join(dataDir, MASTER_KEY_FILE)
  const existing = readIfPresent(file)
  if (existing !== undefined) return decode(existing, file)

  mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  const key = randomBytes(32)
  try {
    // `wx`: if another process (the CLI, a second start) wrote it first, use theirs.
    writeFileSync(file, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return decode(readFileSync(file, 'utf8'), file)
    throw error
  }
  warn(`GATEWAY_ENCRYPTION_KEY is not set: generated ${file} to seal webhook secrets. Back it up, or move its content into GATEWAY_ENCRYPTION_KEY; without it the stored webhook secrets cannot be read.`)
  return key
}

function readIfPresent (file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}

function decode (text: string, source: string): Buffer {
  const key = Buffer.from(text.trim(), 'base64')
  if (key.length !== 32) {
    const variable = source === 'GATEWAY_ENCRYPTION_KEY' ? source : 'DATA_DIR'
    throw new ConfigError(variable, `${variable === source ? '' : `(${source}) `}must hold base64 of exactly 32 bytes (try: openssl rand -base64 32)`)
  }
  return key
}
