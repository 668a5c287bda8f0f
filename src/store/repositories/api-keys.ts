import type { Selectable } from 'kysely'
import type { ApiKeyChanges, ApiKeyRecord, ApiKeyRepository, CallbackTarget, NewApiKey, ResealOutcome, Scope } from '../api-keys.js'
import type { Connection } from '../connection.js'
import { SealerMismatchError, type Sealer } from '../sealer.js'
import type { ApiKeysTable } from '../schema.js'

/**
 * API keys, on either database. Webhook secrets are sealed with the
 * `Sealer`, bound to their secretId.
 */

type ApiKeyRow = Selectable<ApiKeysTable>

export class KyselyApiKeys implements ApiKeyRepository {
  private readonly db

  constructor (private readonly connection: Connection, private readonly sealer: Sealer) {
    this.db = connection.db
  }

  async create (key: NewApiKey): Promise<void> {
    await this.db.insertInto('api_keys')
      .values(toRow({ ...key, updatedAt: key.createdAt, lastUsedAt: null }, this.sealer.seal(key.webhookSecret, key.secretId)))
      .execute()
  }

  async find (secretId: string): Promise<ApiKeyRecord | undefined> {
    const row = await this.db.selectFrom('api_keys').selectAll().where('secret_id', '=', secretId).executeTakeFirst()
    return row === undefined ? undefined : toRecord(row)
  }

  async list ({ page, limit }: { page: number, limit: number }): Promise<{ items: ApiKeyRecord[], total: number }> {
    const rows = await this.db.selectFrom('api_keys').selectAll()
      .orderBy('created_at', 'desc').orderBy('secret_id').limit(limit).offset((page - 1) * limit).execute()
    const { total } = await this.db.selectFrom('api_keys').select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow()
    return { items: rows.map(toRecord), total: Number(total) }
  }

  async update (secretId: string, changes: ApiKeyChanges, updatedAt: string): Promise<ApiKeyRecord | undefined> {
    return this.connection.writeTransaction(async (trx) => {
      const row = await trx.selectFrom('api_keys').selectAll().where('secret_id', '=', secretId)
        // Two instances changing one key: the second reads what the first wrote.
        .$if(this.connection.kind === 'postgres', (query) => query.forUpdate())
        .executeTakeFirst()
      if (row === undefined) return undefined
      const { webhookSecret, ...fields } = changes
      const changed = { ...toRecord(row), ...definedOnly(fields), updatedAt }
      const sealed = webhookSecret === undefined ? row.webhook_secret : this.sealer.seal(webhookSecret, secretId)
      const { secret_id: _unchanged, created_at: _created, last_used_at: _lastUsed, ...columns } = toRow(changed, sealed)
      await trx.updateTable('api_keys').set(columns).where('secret_id', '=', secretId).execute()
      return changed
    })
  }

  async delete (secretId: string): Promise<boolean> {
    const result = await this.db.deleteFrom('api_keys').where('secret_id', '=', secretId).executeTakeFirst()
    return result.numDeletedRows > 0n
  }

  async recordLastUsed (lastUsed: ReadonlyMap<string, string>): Promise<void> {
    if (lastUsed.size === 0) return
    await this.connection.writeTransaction(async (trx) => {
      for (const [secretId, at] of lastUsed) {
        await trx.updateTable('api_keys').set({ last_used_at: at })
          .where('secret_id', '=', secretId)
          .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', at)]))
          .execute()
      }
    })
  }

  async listCallbackTargets (): Promise<CallbackTarget[]> {
    const rows = await this.db.selectFrom('api_keys').select(['secret_id', 'callback_url', 'webhook_secret'])
      .where('disabled', '=', 0).where('callback_url', 'is not', null)
      .orderBy('created_at').orderBy('secret_id').execute()
    return rows.map((row) => ({ secretId: row.secret_id, callbackUrl: row.callback_url ?? '', webhookSecret: this.sealer.open(row.webhook_secret, row.secret_id) }))
  }

  async resealWebhookSecrets (previous: Sealer): Promise<ResealOutcome> {
    return this.connection.writeTransaction(async (trx) => {
      const outcome: ResealOutcome = { resealed: [], alreadyCurrent: [], unreadable: [] }
      const rows = await trx.selectFrom('api_keys').select(['secret_id', 'webhook_secret']).orderBy('secret_id').execute()
      for (const row of rows) {
        if (opens(this.sealer, row.webhook_secret, row.secret_id) !== undefined) {
          outcome.alreadyCurrent.push(row.secret_id)
          continue
        }
        const clear = opens(previous, row.webhook_secret, row.secret_id)
        if (clear === undefined) {
          outcome.unreadable.push(row.secret_id)
          continue
        }
        await trx.updateTable('api_keys').set({ webhook_secret: this.sealer.seal(clear, row.secret_id) }).where('secret_id', '=', row.secret_id).execute()
        outcome.resealed.push(row.secret_id)
      }
      return outcome
    })
  }

  /** Fails at start-up, not at the first relay, when the master key is not the one the secrets were sealed with. */
  async assertSealerFits (): Promise<void> {
    const row = await this.db.selectFrom('api_keys').select(['secret_id', 'webhook_secret']).limit(1).executeTakeFirst()
    if (row === undefined) return
    try {
      this.sealer.open(row.webhook_secret, row.secret_id)
    } catch {
      throw new SealerMismatchError('The master key (GATEWAY_ENCRYPTION_KEY or DATA_DIR/master.key) does not open the stored webhook secrets: it is not the key they were sealed with')
    }
  }
}

/** The secret in clear, or undefined when `sealer` does not open it. */
function opens (sealer: Sealer, sealed: string, secretId: string): string | undefined {
  try {
    return sealer.open(sealed, secretId)
  } catch {
    return undefined
  }
}

function toRow (record: ApiKeyRecord, sealedWebhookSecret: string): ApiKeyRow {
  return {
    secret_id: record.secretId,
    secret_hash: record.secretHash,
    scopes: JSON.stringify(record.scopes),
    ip_whitelist: JSON.stringify(record.ipWhitelist),
    callback_url: record.callbackUrl,
    note: record.note,
    disabled: record.disabled ? 1 : 0,
    webhook_secret: sealedWebhookSecret,
    created_at: record.createdAt,
    updated_at: record.updatedAt,
    last_used_at: record.lastUsedAt,
  }
}

function toRecord (row: ApiKeyRow): ApiKeyRecord {
  return {
    secretId: row.secret_id,
    secretHash: Buffer.from(row.secret_hash),
    scopes: JSON.parse(row.scopes) as Scope[],
    ipWhitelist: JSON.parse(row.ip_whitelist) as string[],
    callbackUrl: row.callback_url,
    note: row.note,
    disabled: row.disabled === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    lastUsedAt: row.last_used_at,
  }
}

function definedOnly<T extends object> (fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>
}
