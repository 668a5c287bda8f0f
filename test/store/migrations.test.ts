import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import t from 'tap'
import { SecretBox } from '../../src/keys/secret-box.js'
import { migrations } from '../../src/store/migrations/index.js'
import { SQLITE_FILE, openStore } from '../../src/store/open.js'
import { LEGACY_MIGRATIONS } from './fixtures/legacy-schema.js'
import { eachDatabase } from './support/each-database.js'

/** The schema is migrated once, in order, and a DATA_DIR made by the previous version opens with all it kept. */

const MIGRATION_IDS = migrations.map((migration) => migration.id)

/** A DATA_DIR as version 0.1.0 left it: its raw SQL, one key with a sealed webhook secret, one review event, and its outbox row. */
function legacyDataDir (dataDir: string, sealer: SecretBox): void {
  const db = new BetterSqlite3(join(dataDir, SQLITE_FILE))
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT PRIMARY KEY, applied_at TEXT NOT NULL)')
  for (const migration of LEGACY_MIGRATIONS) {
    db.exec(migration.sql)
    db.prepare('INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)').run(migration.id, '2026-01-01T00:00:00.000Z')
  }
  db.prepare(`INSERT INTO api_keys (secret_id, secret_hash, scopes, ip_whitelist, callback_url, note, disabled, webhook_secret, created_at, updated_at, last_used_at)
    VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)`).run('AKIDlegacy', Buffer.alloc(32, 7), '["read","write"]', '["127.0.0.1"]', 'https://example.com/cb', 'old key',
    sealer.seal('whsec_legacy', 'AKIDlegacy'), '2026-01-01T00:00:00.000Z', '2026-01-02T00:00:00.000Z', '2026-01-03T00:00:00.000Z')
  db.prepare(`INSERT INTO callback_events (sequence, event_id, webhook_id, position, type, content_type, raw, data, received_at)
    VALUES (41, 'evt_legacy', 'msg_legacy', 0, 'sms.template.reviewed', 'application/json', '{}', ?, '2026-01-04T00:00:00.000Z')`)
    .run(JSON.stringify({ id: 'tpl-old', status: 'approved' }))
  db.prepare(`INSERT INTO sms_reviews (event_sequence, kind, subject_id, name, status, reason, reviewed_at, ranked_at_ms)
    VALUES (41, 'template', 'tpl-old', 'Old', 'approved', NULL, '2026-01-04T00:00:00.000Z', 1767484800000)`).run()
  db.prepare("INSERT INTO sms_review_latest (kind, subject_id, event_sequence, ranked_at_ms) VALUES ('template', 'tpl-old', 41, 1767484800000)").run()
  db.prepare(`INSERT INTO callback_deliveries (id, event_sequence, secret_id, callback_url, state, attempts, next_attempt_at, created_at)
    VALUES (9, 41, 'AKIDlegacy', 'https://example.com/cb', 'pending', 2, 1767484805000, '2026-01-04T00:00:00.000Z')`).run()
  db.close()
}

function appliedIds (dataDir: string): string[] {
  const db = new BetterSqlite3(join(dataDir, SQLITE_FILE), { readonly: true })
  try {
    return (db.prepare('SELECT id FROM schema_migrations ORDER BY id').pluck().all() as string[])
  } finally {
    db.close()
  }
}

t.test('a DATA_DIR made by version 0.1.0 opens with its keys, events, reviews and pending deliveries', async (t) => {
  const dataDir = t.testdir()
  const sealer = new SecretBox(randomBytes(32))
  legacyDataDir(dataDir, sealer)
  const store = await openStore({ DATA_DIR: dataDir }, { sealer, warn: () => {} })
  t.teardown(() => store.close())

  t.same(appliedIds(dataDir), MIGRATION_IDS, 'only the new migrations ran, under the same table')
  t.match(await store.apiKeys.find('AKIDlegacy'), { scopes: ['read', 'write'], ipWhitelist: ['127.0.0.1'], note: 'old key', disabled: false, lastUsedAt: '2026-01-03T00:00:00.000Z', secretHash: Buffer.alloc(32, 7) })
  t.same(await store.apiKeys.listCallbackTargets(), [{ secretId: 'AKIDlegacy', callbackUrl: 'https://example.com/cb', webhookSecret: 'whsec_legacy' }])
  t.match(await store.callbacks.eventsAfter(0, 10), [{ sequence: 41, eventId: 'evt_legacy', data: { id: 'tpl-old' } }])
  t.match(await store.callbacks.latestReview('template', 'tpl-old'), { status: 'approved', eventId: 'evt_legacy' })
  t.match(await store.callbacks.claimDue({ owner: 'w', nowMs: 1767484805000, limit: 10, leaseMs: 1000 }), [{ id: '9', attempts: 2, event: { eventId: 'evt_legacy' } }])

  const next = await store.callbacks.record({ webhookId: 'msg_new', contentType: 'application/json', receivedAt: new Date(), events: [{ type: 'sms.template.reviewed', raw: '{}', data: {} }], targets: [] })
  t.equal(next.events[0]?.sequence, 42, 'sequences go on after the old ones (Last-Event-ID stays valid)')
})

t.test('a fresh SQLite file has the same tables, columns and indexes as one upgraded from version 0.1.0', async (t) => {
  const sealer = new SecretBox(randomBytes(32))
  const legacy = t.testdir()
  legacyDataDir(legacy, sealer)
  const fresh = join(legacy, 'fresh')
  for (const dataDir of [legacy, fresh]) await (await openStore({ DATA_DIR: dataDir }, { sealer, warn: () => {} })).close()

  const shape = (dataDir: string) => {
    const db = new BetterSqlite3(join(dataDir, SQLITE_FILE), { readonly: true })
    try {
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[]
      return Object.fromEntries(tables.map((table) => [table, {
        columns: (db.pragma(`table_info(${table})`) as Array<{ name: string, type: string, notnull: number, pk: number, dflt_value: string | null }>)
          .map((column) => ({ ...column, type: column.type.toUpperCase() })),
        indexes: (db.pragma(`index_list(${table})`) as Array<{ name: string, unique: number, partial: number }>)
          .filter((index) => !index.name.startsWith('sqlite_autoindex')).map(({ name, unique, partial }) => ({ name, unique, partial })),
        uniques: (db.pragma(`index_list(${table})`) as Array<{ name: string, unique: number }>).filter((index) => index.unique === 1).length,
        foreignKeys: (db.pragma(`foreign_key_list(${table})`) as Array<{ table: string, from: string, to: string }>).map(({ table, from, to }) => ({ table, from, to })),
        autoincrement: /AUTOINCREMENT/i.test(String(db.prepare("SELECT sql FROM sqlite_master WHERE name = ?").pluck().get(table))),
      }]))
    } finally {
      db.close()
    }
  }
  t.same(shape(fresh), shape(legacy))
})

eachDatabase(t, 'instances starting together on one database migrate it once and share its data', async (t, database) => {
  const stores = await Promise.all([database.open(), database.open(), database.open()])
  await stores[0]?.apiKeys.create({ secretId: 'AKIDkept', secretHash: Buffer.alloc(32), scopes: ['read'], ipWhitelist: ['::1'], callbackUrl: null, note: '', disabled: false, createdAt: '2026-01-01T00:00:00.000Z', webhookSecret: 'whsec_x' })
  const again = await database.open()
  t.ok(await again.apiKeys.find('AKIDkept'), 'the data survived a second open')
  t.equal(again.kind, database.kind)
  await again.ping()
})
