import { readPage } from './paging.js'
import type { Selectable } from 'kysely'
import type { PageOf, PageRequest } from '../callbacks.js'
import type { Connection } from '../connection.js'
import type { ClaimResult, IdempotencyRecord, IdempotencyRepository, IdempotencyState, NewClaim, StoredAnswer } from '../idempotency.js'
import type { IdempotencyRecordsTable } from '../schema.js'

/**
 * Idempotency records, on either database. The claim runs in one
 * transaction: drop the key's record if it has expired, then insert with
 * ON CONFLICT DO NOTHING; whether a row came back says who won. On
 * PostgreSQL a second instance's insert waits for the first one's commit
 * and then finds its row.
 */

type RecordRow = Selectable<IdempotencyRecordsTable>

export class KyselyIdempotency implements IdempotencyRepository {
  private readonly db

  constructor (private readonly connection: Connection) {
    this.db = connection.db
  }

  async claim (claim: NewClaim, now: string): Promise<ClaimResult> {
    return this.connection.writeTransaction(async (trx) => {
      const key = { scope: claim.scope, idempotency_key: claim.idempotencyKey }
      await trx.deleteFrom('idempotency_records')
        .where('scope', '=', key.scope).where('idempotency_key', '=', key.idempotency_key).where('expires_at', '<=', now).execute()
      const inserted = await trx.insertInto('idempotency_records').values({
        ...key,
        fingerprint: claim.fingerprint,
        operation_id: claim.operationId,
        path: claim.path,
        state: 'in_flight',
        request_id: claim.requestId,
        created_at: claim.createdAt,
        expires_at: claim.expiresAt,
        lease_until: claim.leaseUntil,
      }).onConflict((conflict) => conflict.columns(['scope', 'idempotency_key']).doNothing()).returning('scope').executeTakeFirst()
      if (inserted !== undefined) return { claimed: true }
      const existing = await trx.selectFrom('idempotency_records').selectAll()
        .where('scope', '=', key.scope).where('idempotency_key', '=', key.idempotency_key).executeTakeFirstOrThrow()
      return { claimed: false, existing: toRecord(existing) }
    })
  }

  async finish (scope: string, idempotencyKey: string, state: 'completed' | 'unknown', answer: StoredAnswer): Promise<void> {
    await this.db.updateTable('idempotency_records')
      .set({ state, status: answer.status, headers: JSON.stringify(answer.headers), body: answer.body })
      .where('scope', '=', scope).where('idempotency_key', '=', idempotencyKey).where('state', '=', 'in_flight')
      .execute()
  }

  async abandonInFlight (before: string): Promise<number> {
    const result = await this.db.updateTable('idempotency_records').set({ state: 'unknown' })
      .where('state', '=', 'in_flight').where('lease_until', '<', before).executeTakeFirst()
    return Number(result.numUpdatedRows)
  }

  async prune (now: string): Promise<number> {
    const result = await this.db.deleteFrom('idempotency_records').where('expires_at', '<=', now).executeTakeFirst()
    return Number(result.numDeletedRows)
  }

  async list (filter: { state?: IdempotencyState }, page: PageRequest): Promise<PageOf<IdempotencyRecord>> {
    const from = this.db.selectFrom('idempotency_records')
      .$if(filter.state !== undefined, (query) => query.where('state', '=', filter.state as IdempotencyState))
    return readPage(from, (query) => query.selectAll().orderBy('created_at', 'desc').orderBy('scope').orderBy('idempotency_key'), toRecord, page)
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
