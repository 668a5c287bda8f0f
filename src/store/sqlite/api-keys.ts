import type Database from 'better-sqlite3'
import type { SecretBox } from '../../keys/secret-box.js'
import type { ApiKeyChanges, ApiKeyRecord, ApiKeyRepository, CallbackTarget, NewApiKey, Scope } from '../api-keys.js'

/**
 * API keys in the embedded SQLite file. better-sqlite3 is synchronous, so
 * each method has committed before its promise resolves. Webhook secrets are
 * sealed with the `SecretBox`, bound to their secretId.
 */

interface ApiKeyRow {
  secret_id: string
  secret_hash: Buffer
  scopes: string
  ip_whitelist: string
  callback_url: string | null
  note: string
  disabled: 0 | 1
  webhook_secret: string
  created_at: string
  updated_at: string
  last_used_at: string | null
}

const COLUMNS = 'secret_id, secret_hash, scopes, ip_whitelist, callback_url, note, disabled, webhook_secret, created_at, updated_at, last_used_at'

export class SqliteApiKeys implements ApiKeyRepository {
  private readonly statements

  constructor (private readonly db: Database.Database, private readonly secretBox: SecretBox) {
    this.statements = {
      insert: db.prepare(`INSERT INTO api_keys (${COLUMNS}) VALUES (@secret_id, @secret_hash, @scopes, @ip_whitelist, @callback_url, @note, @disabled, @webhook_secret, @created_at, @updated_at, @last_used_at)`),
      find: db.prepare(`SELECT ${COLUMNS} FROM api_keys WHERE secret_id = ?`),
      page: db.prepare(`SELECT ${COLUMNS} FROM api_keys ORDER BY created_at DESC, secret_id LIMIT ? OFFSET ?`),
      count: db.prepare('SELECT COUNT(*) FROM api_keys').pluck(),
      update: db.prepare(`UPDATE api_keys SET secret_hash = @secret_hash, scopes = @scopes, ip_whitelist = @ip_whitelist, callback_url = @callback_url,
        note = @note, disabled = @disabled, webhook_secret = @webhook_secret, updated_at = @updated_at WHERE secret_id = @secret_id`),
      delete: db.prepare('DELETE FROM api_keys WHERE secret_id = ?'),
      touch: db.prepare('UPDATE api_keys SET last_used_at = ? WHERE secret_id = ? AND (last_used_at IS NULL OR last_used_at < ?)'),
      callbackTargets: db.prepare('SELECT secret_id, callback_url, webhook_secret FROM api_keys WHERE disabled = 0 AND callback_url IS NOT NULL ORDER BY created_at, secret_id'),
      anySealed: db.prepare('SELECT secret_id, webhook_secret FROM api_keys LIMIT 1'),
    }
    this.assertMasterKeyFits()
  }

  async create (key: NewApiKey): Promise<void> {
    this.statements.insert.run(this.toRow({ ...key, updatedAt: key.createdAt, lastUsedAt: null }, this.secretBox.seal(key.webhookSecret, key.secretId)))
  }

  async find (secretId: string): Promise<ApiKeyRecord | undefined> {
    const row = this.statements.find.get(secretId) as ApiKeyRow | undefined
    return row === undefined ? undefined : toRecord(row)
  }

  async list ({ page, limit }: { page: number, limit: number }): Promise<{ items: ApiKeyRecord[], total: number }> {
    const rows = this.statements.page.all(limit, (page - 1) * limit) as ApiKeyRow[]
    return { items: rows.map(toRecord), total: this.statements.count.get() as number }
  }

  async update (secretId: string, changes: ApiKeyChanges, updatedAt: string): Promise<ApiKeyRecord | undefined> {
    return this.db.transaction(() => {
      const row = this.statements.find.get(secretId) as ApiKeyRow | undefined
      if (row === undefined) return undefined
      const { webhookSecret, ...fields } = changes
      const changed = { ...toRecord(row), ...definedOnly(fields), updatedAt }
      const sealed = webhookSecret === undefined ? row.webhook_secret : this.secretBox.seal(webhookSecret, secretId)
      this.statements.update.run(this.toRow(changed, sealed))
      return changed
    }).immediate()
  }

  async delete (secretId: string): Promise<boolean> {
    return this.statements.delete.run(secretId).changes > 0
  }

  async recordLastUsed (lastUsed: ReadonlyMap<string, string>): Promise<void> {
    this.db.transaction(() => {
      for (const [secretId, at] of lastUsed) this.statements.touch.run(at, secretId, at)
    })()
  }

  async listCallbackTargets (): Promise<CallbackTarget[]> {
    const rows = this.statements.callbackTargets.all() as Array<Pick<ApiKeyRow, 'secret_id' | 'webhook_secret'> & { callback_url: string }>
    return rows.map((row) => ({ secretId: row.secret_id, callbackUrl: row.callback_url, webhookSecret: this.secretBox.open(row.webhook_secret, row.secret_id) }))
  }

  private toRow (record: ApiKeyRecord, sealedWebhookSecret: string): ApiKeyRow {
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

  /** Fails at start-up, not at the first relay, when the master key is not the one the secrets were sealed with. */
  private assertMasterKeyFits (): void {
    const row = this.statements.anySealed.get() as Pick<ApiKeyRow, 'secret_id' | 'webhook_secret'> | undefined
    if (row === undefined) return
    try {
      this.secretBox.open(row.webhook_secret, row.secret_id)
    } catch {
      throw new Error('The master key (GATEWAY_ENCRYPTION_KEY or DATA_DIR/master.key) does not open the stored webhook secrets: it is not the key they were sealed with')
    }
  }
}

function toRecord (row: ApiKeyRow): ApiKeyRecord {
  return {
    secretId: row.secret_id,
    secretHash: row.secret_hash,
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
