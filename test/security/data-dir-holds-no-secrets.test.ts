import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import t, { type Test } from 'tap'
import { buildApp } from '../../src/app.js'
import { loadConfig } from '../../src/config.js'
import { captureLogs } from '../support/log-capture.js'
import { TEST_DATABASE_URL } from '../support/databases.js'
import { asAdmin, createKey, dataDirFor, getBalance, startGateway } from '../auth/support/gateway.js'

/**
 * Secrets never rest in clear under DATA_DIR: the secretKey is kept as a
 * SHA-256 hash, the webhookSecret sealed with a master key. Every file is
 * searched byte for byte (database, -wal, -shm, master.key), with the app
 * running and after it closed.
 */

function filesUnder (dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

/** Each secret as text and as the raw random bytes it encodes. */
function needles (secretKey: string, webhookSecret: string): Array<[string, Buffer]> {
  const webhookBase64 = webhookSecret.slice('whsec_'.length)
  return [
    ['secretKey', Buffer.from(secretKey)],
    ['secretKey bytes', Buffer.from(secretKey, 'base64url')],
    ['webhookSecret', Buffer.from(webhookSecret)],
    ['webhookSecret base64', Buffer.from(webhookBase64)],
    ['webhookSecret bytes', Buffer.from(webhookBase64, 'base64')],
  ]
}

function assertNoSecretIn (t: Test, dataDir: string, secrets: Array<{ secretId?: string, secretKey: string, webhookSecret: string }>, when: string) {
  const files = filesUnder(dataDir)
  // The control: what is stored in clear (the secretId) is found, so the search itself works.
  const everything = Buffer.concat(files.map((file) => readFileSync(file)))
  t.ok(everything.includes(Buffer.from(secrets[0]?.secretId ?? 'no id')), `${when}: the search finds the secretId, which is stored in clear`)
  t.ok(files.some((file) => file.endsWith('gateway.sqlite')), `${when}: the database is there (${files.map((file) => file.slice(dataDir.length + 1)).join(', ')})`)
  for (const file of files) {
    const content = readFileSync(file)
    for (const { secretKey, webhookSecret } of secrets) {
      for (const [name, needle] of needles(secretKey, webhookSecret)) {
        t.equal(content.indexOf(needle), -1, `${when}: no ${name} in ${file.slice(dataDir.length + 1)}`)
      }
    }
  }
}

// The embedded store's files are the point here; on the PostgreSQL run the rows are elsewhere.
const EMBEDDED_ONLY = { skip: TEST_DATABASE_URL !== undefined && 'about the embedded store\'s files; the PostgreSQL run keeps no rows under DATA_DIR' }

t.test('neither the secretKey nor the webhookSecret appears in any file under DATA_DIR', EMBEDDED_ONLY, async (t) => {
  const dataDir = dataDirFor(t)
  const { app } = await startGateway(t, { DATA_DIR: dataDir })
  const secrets: Array<{ secretId?: string, secretKey: string, webhookSecret: string }> = []
  for (let index = 0; index < 3; index++) {
    const key = await createKey(app, { callbackUrl: `https://93.184.216.34/callbacks/${index}` })
    secrets.push(key)
    await getBalance(app, key.token)
  }
  const first = secrets[0] ?? { secretId: '' }
  const rotated = (await app.inject({ method: 'POST', url: `/admin/api-keys/${first.secretId}/rotate?webhookSecret=true`, headers: asAdmin })).json<{ secretKey: string, webhookSecret: string }>()
  secrets.push(rotated)

  assertNoSecretIn(t, dataDir, secrets, 'while running')
  await app.close()
  assertNoSecretIn(t, dataDir, secrets, 'after close')
})

t.test('the master key sits beside the database, mode 0600, and its creation is logged as a warning', async (t) => {
  const dataDir = dataDirFor(t)
  const logs = captureLogs('info')
  const app = await buildApp(loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, UPSTREAM_URL: 'http://127.0.0.1:9', UPSTREAM_USERNAME: 'u', UPSTREAM_PASSWORD: 'p' }), logs.logger)
  t.teardown(() => app.close())
  t.equal(statSync(join(dataDir, 'master.key')).mode & 0o777, 0o600)
  const warnings = logs.lines.map((line) => JSON.parse(line) as { level: number, msg: string }).filter((line) => line.level === 40 && line.msg.includes('master.key'))
  t.equal(warnings.length, 1)
  t.match(warnings[0]?.msg, /GATEWAY_ENCRYPTION_KEY is not set/)
})

t.test('with GATEWAY_ENCRYPTION_KEY no master.key file is written', async (t) => {
  const dataDir = dataDirFor(t)
  const { app } = await startGateway(t, { DATA_DIR: dataDir, GATEWAY_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64') })
  await createKey(app, { callbackUrl: 'https://93.184.216.34/cb' })
  t.notOk(filesUnder(dataDir).some((file) => file.endsWith('master.key')))
})

t.test('a GATEWAY_ENCRYPTION_KEY that is not base64 of 32 bytes is refused without echoing it', async (t) => {
  const error = await startGateway(t, { GATEWAY_ENCRYPTION_KEY: 'not-a-key-at-all' }).then(() => undefined, (error: Error) => error)
  t.match(error?.message, /GATEWAY_ENCRYPTION_KEY is not accepted \(value hidden\)\. Accepted: the base64 of 32 random bytes/)
  t.notMatch(error?.message, /not-a-key-at-all/)
})
