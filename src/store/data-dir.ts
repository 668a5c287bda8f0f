import BetterSqlite3 from 'better-sqlite3'
import { accessSync, chmodSync, closeSync, constants, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { ConfigError } from '../config.js'

/**
 * DATA_DIR as the embedded store keeps it: the directory 0700, the database
 * and its WAL files 0600 (SQLite gives -wal and -shm the mode of the
 * database file), owned by one gateway at a time, and watched so that a
 * database file deleted or replaced under a running gateway is noticed
 * instead of written into.
 */

export const LOCK_FILE = 'gateway.lock'
const OWNER_FILE = 'gateway.lock.owner'

export function prepareDataDir (dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 })
  chmodSync(dir, 0o700)
}

/** Creates `file` 0600 if it is missing, and narrows it and its WAL files to 0600 if they are wider. */
export function restrictDatabaseFiles (file: string): void {
  closeSync(openSync(file, 'a', 0o600))
  for (const path of [file, `${file}-wal`, `${file}-shm`]) {
    try {
      chmodSync(path, 0o600)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
  }
}

interface Owner { pid: number, host: string, startedAt: string }

/**
 * Makes this process the one gateway on `dir`, or throws a ConfigError
 * naming DATA_DIR and the process that holds it. The lock is an exclusive
 * SQLite (fcntl) lock on DATA_DIR/gateway.lock, held while the process
 * lives: the kernel drops it the moment the holder dies, kill -9 included,
 * so a restart is never refused by a stale lock, and a live holder is never
 * taken over (a time-based lock file such as proper-lockfile's can do
 * either). The CLI does not take it: it works alongside the gateway through
 * SQLite's own single-writer transactions.
 */
export function holdDataDir (dir: string): () => void {
  const lockPath = join(dir, LOCK_FILE)
  const lock = new BetterSqlite3(lockPath, { timeout: 0 })
  chmodSync(lockPath, 0o600)
  try {
    lock.pragma('locking_mode = EXCLUSIVE')
    // The first write takes the exclusive lock; EXCLUSIVE locking mode keeps it until the connection closes.
    lock.exec('BEGIN EXCLUSIVE; CREATE TABLE IF NOT EXISTS held (at TEXT); COMMIT')
  } catch (error) {
    lock.close()
    if ((error as { code?: string }).code !== 'SQLITE_BUSY') throw error
    throw new ConfigError('DATA_DIR', `(${dir}) is in use by another gateway (${describeOwner(dir)}). One gateway owns a DATA_DIR: stop that one, or give this one its own DATA_DIR, or share DATABASE_URL=postgres://… between instances. The CLI may run alongside.`)
  }
  const owner: Owner = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() }
  writeFileSync(join(dir, OWNER_FILE), `${JSON.stringify(owner)}\n`, { mode: 0o600 })
  return () => {
    rmSync(join(dir, OWNER_FILE), { force: true })
    lock.close()
  }
}

function describeOwner (dir: string): string {
  try {
    const owner = JSON.parse(readFileSync(join(dir, OWNER_FILE), 'utf8')) as Owner
    return `pid ${owner.pid} on ${owner.host}, started ${owner.startedAt}`
  } catch {
    return 'a process that did not say which'
  }
}

/**
 * Tells whether the database file this process opened is still the one at
 * its path, readable and writable. Deleted, replaced (another inode) or
 * made unreadable, writes would go into a file nobody will ever open again.
 */
export function watchDatabaseFile (file: string, name = 'DATA_DIR/gateway.sqlite'): () => string | undefined {
  const opened = statSync(file)
  return () => {
    try {
      const now = statSync(file)
      if (now.ino !== opened.ino || now.dev !== opened.dev) return `${name} was replaced by another file while the gateway ran`
      accessSync(file, constants.R_OK | constants.W_OK)
      return undefined
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      return code === 'ENOENT' ? `${name} was deleted while the gateway ran` : `${name} cannot be read and written (${code ?? 'unknown error'})`
    }
  }
}
