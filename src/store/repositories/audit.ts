import { readPage } from './paging.js'
import type { Selectable } from 'kysely'
import type { AuditEntry, AuditFilter, AuditRepository, NewAuditEntry } from '../audit.js'
import type { PageOf, PageRequest } from '../callbacks.js'
import type { Connection } from '../connection.js'
import type { AuditEntriesTable } from '../schema.js'

/** The audit log, on either database. */

export class KyselyAudit implements AuditRepository {
  private readonly db

  constructor (connection: Connection) {
    this.db = connection.db
  }

  async record (entry: NewAuditEntry): Promise<void> {
    await this.db.insertInto('audit_entries').values({
      at: entry.at,
      secret_id: entry.secretId,
      operation_id: entry.operationId,
      method: entry.method,
      path: entry.path,
      request_id: entry.requestId,
      idempotency_key: entry.idempotencyKey,
      replayed: entry.replayed ? 1 : 0,
      status: entry.status,
      outcome: entry.outcome,
      upstream_code: entry.upstreamCode,
      upstream_message: entry.upstreamMessage,
      amount: entry.amount,
      bytes: entry.bytes,
    }).execute()
  }

  async list (filter: AuditFilter, page: PageRequest): Promise<PageOf<AuditEntry>> {
    const from = this.db.selectFrom('audit_entries')
      .$if(filter.secretId !== undefined, (query) => query.where('secret_id', '=', filter.secretId as string))
      .$if(filter.operationId !== undefined, (query) => query.where('operation_id', '=', filter.operationId as string))
      .$if(filter.outcome !== undefined, (query) => query.where('outcome', '=', filter.outcome as AuditEntry['outcome']))
      .$if(filter.from !== undefined, (query) => query.where('at', '>=', filter.from as string))
      .$if(filter.to !== undefined, (query) => query.where('at', '<', filter.to as string))
    return readPage(from, (query) => query.selectAll().orderBy('id', 'desc'), toEntry, page)
  }

  async prune (before: string): Promise<number> {
    const result = await this.db.deleteFrom('audit_entries').where('at', '<', before).executeTakeFirst()
    return Number(result.numDeletedRows)
  }
}

function toEntry (row: Selectable<AuditEntriesTable>): AuditEntry {
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
