import type Database from 'better-sqlite3'
import type { AuditEntry, AuditFilter, AuditOutcome, AuditRepository, NewAuditEntry } from '../audit.js'
import type { PageOf, PageRequest } from '../callbacks.js'

/** The audit log in the embedded SQLite file. */

interface EntryRow {
  id: number
  at: string
  secret_id: string
  operation_id: string
  method: string
  path: string
  request_id: string
  idempotency_key: string | null
  replayed: number
  status: number
  outcome: AuditOutcome
  upstream_code: string | null
  upstream_message: string | null
  amount: string | null
  bytes: number | null
}

const COLUMNS = 'id, at, secret_id, operation_id, method, path, request_id, idempotency_key, replayed, status, outcome, upstream_code, upstream_message, amount, bytes'

/** Each filter field and the condition it adds. */
const CONDITIONS: Record<keyof AuditFilter, string> = {
  secretId: 'secret_id = ?',
  operationId: 'operation_id = ?',
  outcome: 'outcome = ?',
  from: 'at >= ?',
  to: 'at < ?',
}

export class SqliteAudit implements AuditRepository {
  private readonly statements

  constructor (private readonly db: Database.Database) {
    this.statements = {
      insert: db.prepare(`INSERT INTO audit_entries (at, secret_id, operation_id, method, path, request_id, idempotency_key, replayed, status, outcome, upstream_code, upstream_message, amount, bytes)
        VALUES (@at, @secretId, @operationId, @method, @path, @requestId, @idempotencyKey, @replayed, @status, @outcome, @upstreamCode, @upstreamMessage, @amount, @bytes)`),
      prune: db.prepare('DELETE FROM audit_entries WHERE at < ?'),
    }
  }

  async record (entry: NewAuditEntry): Promise<void> {
    this.statements.insert.run({ ...entry, replayed: entry.replayed ? 1 : 0 })
  }

  async list (filter: AuditFilter, page: PageRequest): Promise<PageOf<AuditEntry>> {
    const used = (Object.keys(CONDITIONS) as Array<keyof AuditFilter>).filter((field) => filter[field] !== undefined)
    const where = used.length === 0 ? '' : `WHERE ${used.map((field) => CONDITIONS[field]).join(' AND ')}`
    const args = used.map((field) => filter[field])
    const total = this.db.prepare(`SELECT COUNT(*) FROM audit_entries ${where}`).pluck().get(...args) as number
    const rows = this.db.prepare(`SELECT ${COLUMNS} FROM audit_entries ${where} ORDER BY id DESC LIMIT ? OFFSET ?`)
      .all(...args, page.limit, (page.page - 1) * page.limit) as EntryRow[]
    return { items: rows.map(toEntry), total }
  }

  async prune (before: string): Promise<number> {
    return this.statements.prune.run(before).changes
  }
}

function toEntry (row: EntryRow): AuditEntry {
  return {
    id: String(row.id),
    at: row.at,
    secretId: row.secret_id,
    operationId: row.operation_id,
    method: row.method,
    path: row.path,
    requestId: row.request_id,
    idempotencyKey: row.idempotency_key,
    replayed: row.replayed === 1,
    status: row.status,
    outcome: row.outcome,
    upstreamCode: row.upstream_code,
    upstreamMessage: row.upstream_message,
    amount: row.amount,
    bytes: row.bytes,
  }
}
