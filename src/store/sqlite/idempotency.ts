import type Database from 'better-sqlite3'
import type { PageOf, PageRequest } from '../callbacks.js'
import type { ClaimResult, IdempotencyRecord, IdempotencyRepository, IdempotencyState, NewClaim, StoredAnswer } from '../idempotency.js'

/**
 * Idempotency records in the embedded SQLite file. The claim runs in one
 * transaction: drop the key's record if it has expired, then insert with
 * ON CONFLICT DO NOTHING; the insert's change count says who won.
 */

interface RecordRow {
  scope: string
  idempotency_key: string
  fingerprint: string
  operation_id: string
  path: string
  state: IdempotencyState
  request_id: string
  status: number | null
  headers: string | null
  body: string | null
  created_at: string
  expires_at: string
  lease_until: string
}

const COLUMNS = 'scope, idempotency_key, fingerprint, operation_id, path, state, request_id, status, headers, body, created_at, expires_at, lease_until'

export class SqliteIdempotency implements IdempotencyRepository {
  private readonly statements
  private readonly claimTransaction: (claim: NewClaim, now: string) => ClaimResult

  constructor (private readonly db: Database.Database) {
    this.statements = {
      dropExpired: db.prepare('DELETE FROM idempotency_records WHERE scope = ? AND idempotency_key = ? AND expires_at <= ?'),
      insert: db.prepare(`INSERT INTO idempotency_records (scope, idempotency_key, fingerprint, operation_id, path, state, request_id, created_at, expires_at, lease_until)
        VALUES (@scope, @idempotencyKey, @fingerprint, @operationId, @path, 'in_flight', @requestId, @createdAt, @expiresAt, @leaseUntil)
        ON CONFLICT (scope, idempotency_key) DO NOTHING`),
      find: db.prepare(`SELECT ${COLUMNS} FROM idempotency_records WHERE scope = ? AND idempotency_key = ?`),
      finish: db.prepare(`UPDATE idempotency_records SET state = ?, status = ?, headers = ?, body = ?
        WHERE scope = ? AND idempotency_key = ? AND state = 'in_flight'`),
      abandon: db.prepare('UPDATE idempotency_records SET state = \'unknown\' WHERE state = \'in_flight\' AND lease_until < ?'),
      prune: db.prepare('DELETE FROM idempotency_records WHERE expires_at <= ?'),
    }
    this.claimTransaction = db.transaction((claim: NewClaim, now: string): ClaimResult => {
      this.statements.dropExpired.run(claim.scope, claim.idempotencyKey, now)
      if (this.statements.insert.run(claim).changes === 1) return { claimed: true }
      return { claimed: false, existing: toRecord(this.statements.find.get(claim.scope, claim.idempotencyKey) as RecordRow) }
    })
  }

  async claim (claim: NewClaim, now: string): Promise<ClaimResult> {
    return this.claimTransaction(claim, now)
  }

  async finish (scope: string, idempotencyKey: string, state: 'completed' | 'unknown', answer: StoredAnswer): Promise<void> {
    this.statements.finish.run(state, answer.status, JSON.stringify(answer.headers), answer.body, scope, idempotencyKey)
  }

  async abandonInFlight (before: string): Promise<number> {
    return this.statements.abandon.run(before).changes
  }

  async prune (now: string): Promise<number> {
    return this.statements.prune.run(now).changes
  }

  async list (filter: { state?: IdempotencyState }, page: PageRequest): Promise<PageOf<IdempotencyRecord>> {
    const where = filter.state === undefined ? '' : 'WHERE state = ?'
    const args = filter.state === undefined ? [] : [filter.state]
    const total = this.db.prepare(`SELECT COUNT(*) FROM idempotency_records ${where}`).pluck().get(...args) as number
    const rows = this.db.prepare(`SELECT ${COLUMNS} FROM idempotency_records ${where} ORDER BY created_at DESC, scope, idempotency_key LIMIT ? OFFSET ?`)
      .all(...args, page.limit, (page.page - 1) * page.limit) as RecordRow[]
    return { items: rows.map(toRecord), total }
  }
}

function toRecord (row: RecordRow): IdempotencyRecord {
  return {
    scope: row.scope,
    idempotencyKey: row.idempotency_key,
    fingerprint: row.fingerprint,
    operationId: row.operation_id,
    path: row.path,
    state: row.state,
    requestId: row.request_id,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    leaseUntil: row.lease_until,
    answer: row.status === null ? null : { status: row.status, headers: JSON.parse(row.headers ?? '{}') as Record<string, string>, body: row.body ?? '' },
  }
}
