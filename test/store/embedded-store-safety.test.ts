import { execFile } from 'node:child_process'
import { copyFileSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import t, { type Test } from 'tap'
import { dataDirFor } from '../auth/support/gateway.js'
import { reviewEvent, RAW_SECRET, postCallback } from '../callbacks/support/signed-callback.js'
import { apiKeyHeaders, buildTestApp, TEST_ADMIN_TOKEN } from '../helper.js'
import { runCliWith } from '../support/cli.js'
import { startGatewayProcess } from '../support/gateway-process.js'

/**
 * The embedded store cannot silently lose data: one gateway per DATA_DIR
 * (the CLI works beside it), a database file deleted or replaced under a
 * running gateway makes /readyz and every write a 503, a master key that
 * does not open the sealed webhook secrets and a corrupt database stop
 * start-up with exit 78 and what to do (with `keys reseal` as the way
 * back), and the files are private to their owner. Always on the embedded
 * store, also in the suite's PostgreSQL run (DATABASE_URL is set empty).
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const EMBEDDED = { DATABASE_URL: '' }
// tap instruments children too; their coverage of the same files would replace the in-process runs'.
const CHILD_ENV = { PATH: process.env.PATH ?? '', _TAPJS_PROCESSINFO_COVERAGE_: '0', GATEWAY_ENCRYPTION_KEY: '', ...EMBEDDED }

interface Exit { code: number, stdout: string, stderr: string }

function runNode (script: string, args: string[], env: Record<string, string>): Promise<Exit> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, env: { ...CHILD_ENV, ...env }, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : Number(error.code ?? 1), stdout, stderr })
    })
  })
}

const cli = (dataDir: string, ...args: string[]) => runCliWith({ DATA_DIR: dataDir }, ...args)
/** A gateway start that is expected to stop before it listens. */
const serverStart = (dataDir: string, env: Record<string, string> = {}) => runNode('src/server.ts', [], { DATA_DIR: dataDir, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn', NODE_ENV: 'test', ...env })

function refusedWithOneLine (t: Test, exit: Exit): void {
  t.equal(exit.code, 78, 'exit code 78 (EX_CONFIG)')
  t.equal(exit.stderr.trim().split('\n').length, 1, `one line on stderr: ${exit.stderr}`)
  t.notMatch(exit.stderr, /\bat .*\.(ts|js):\d+/, 'no stack trace')
}

const modeOf = (path: string) => statSync(path).mode & 0o777

t.test('a second gateway on a DATA_DIR in use refuses to start naming DATA_DIR and the holder; the CLI works beside it; after kill -9 a restart is let in', async (t) => {
  const dataDir = dataDirFor(t)
  const first = await startGatewayProcess(t, { DATA_DIR: dataDir, ...EMBEDDED })

  const second = await serverStart(dataDir)
  refusedWithOneLine(t, second)
  t.match(second.stderr, new RegExp(`DATA_DIR \\(${dataDir}\\) is in use by another gateway \\(pid ${first.child.pid ?? -1} on `))

  const created = await cli(dataDir, 'keys', 'create', '--scopes', 'read', '--ip', '127.0.0.1')
  t.equal(created.code, 0, `the CLI writes beside the running gateway: ${created.stderr}`)
  const key = JSON.parse(created.stdout) as { secretId: string, secretKey: string }
  const authorization = `Bearer ${key.secretId}.${key.secretKey}`
  t.equal((await fetch(`${first.origin}/balance`, { headers: { authorization } })).status, 200, 'and the gateway uses what it wrote')

  first.child.kill('SIGKILL')
  await first.exited
  const restarted = await startGatewayProcess(t, { DATA_DIR: dataDir, ...EMBEDDED })
  t.equal((await fetch(`${restarted.origin}/balance`, { headers: { authorization } })).status, 200, 'the lock died with its holder; nothing was lost')
})

t.test('the database file deleted under a running gateway: /readyz and every write answer 503, nothing is acknowledged', async (t) => {
  const dataDir = dataDirFor(t)
  const app = await buildTestApp(t, { ...EMBEDDED, DATA_DIR: dataDir, CALLBACK_SECRET: RAW_SECRET })
  const headers = await apiKeyHeaders(app)
  t.equal((await app.inject('/readyz')).statusCode, 200)

  for (const suffix of ['', '-wal', '-shm']) rmSync(join(dataDir, `gateway.sqlite${suffix}`), { force: true })

  const ready = await app.inject('/readyz')
  t.equal(ready.statusCode, 503)
  t.match(ready.json(), { code: 'GW_NOT_READY', detail: /store: DATA_DIR\/gateway\.sqlite was deleted while the gateway ran/ })
  const writes = [
    await app.inject({ method: 'POST', url: '/groups', headers, payload: { name: 'lost' } }),
    await app.inject({ method: 'POST', url: '/admin/api-keys', headers: { authorization: `Bearer ${TEST_ADMIN_TOKEN}` }, payload: { scopes: ['read'], ipWhitelist: ['127.0.0.1'] } }),
    await postCallback(app, { body: JSON.stringify(reviewEvent()) }),
  ]
  for (const answer of writes) {
    t.equal(answer.statusCode, 503, `${answer.json().instance as string} is refused`)
    t.match(answer.json(), { code: 'GW_STORE_UNAVAILABLE', detail: /deleted while the gateway ran\. Writes are refused until the gateway is restarted/ })
  }
})

t.test('the database file replaced by another under a running gateway is seen too', async (t) => {
  const dataDir = dataDirFor(t)
  const app = await buildTestApp(t, { ...EMBEDDED, DATA_DIR: dataDir })
  const headers = await apiKeyHeaders(app)
  const file = join(dataDir, 'gateway.sqlite')
  copyFileSync(file, `${file}.copy`)
  renameSync(`${file}.copy`, file)
  const ready = await app.inject('/readyz')
  t.equal(ready.statusCode, 503)
  t.match(ready.json(), { detail: /store: DATA_DIR\/gateway\.sqlite was replaced by another file while the gateway ran/ })
  t.equal((await app.inject({ method: 'POST', url: '/groups', headers, payload: { name: 'lost' } })).statusCode, 503)
})

t.test('a lost master.key with sealed secrets stops start-up with what to do; keys list still works; keys reseal with the backup lets it start', async (t) => {
  const dataDir = dataDirFor(t)
  const created = await cli(dataDir, 'keys', 'create', '--scopes', 'read', '--ip', '127.0.0.1', '--callback-url', 'https://93.184.216.34/cb')
  t.equal(created.code, 0, created.stderr)
  const key = JSON.parse(created.stdout) as { secretId: string, secretKey: string }
  const backup = join(dataDirFor(t), 'master.key.backup')
  copyFileSync(join(dataDir, 'master.key'), backup)
  rmSync(join(dataDir, 'master.key'))

  const refused = await serverStart(dataDir)
  refusedWithOneLine(t, refused)
  t.match(refused.stderr, /GATEWAY_ENCRYPTION_KEY \(or DATA_DIR\/master\.key\) is not the key the stored webhook secrets were sealed with/)
  t.match(refused.stderr, /keys reseal --old-key-file <file>/, 'names the way back with the old key')
  t.match(refused.stderr, /keys rotate <secretId> --webhook-secret/, 'and the way out without it')

  // A wrong key given in the variable is refused alike.
  const wrongKey = await serverStart(dataDir, { GATEWAY_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64') })
  refusedWithOneLine(t, wrongKey)
  t.match(wrongKey.stderr, /GATEWAY_ENCRYPTION_KEY \(or DATA_DIR\/master\.key\) is not the key the stored webhook secrets were sealed with/)

  const listed = await cli(dataDir, 'keys', 'list')
  t.equal(listed.code, 0, `keys list does not crash: ${listed.stderr}`)
  t.match(JSON.parse(listed.stdout), [{ secretId: key.secretId }])

  const noFlag = await cli(dataDir, 'keys', 'reseal')
  t.equal(noFlag.code, 64)
  t.match(noFlag.stderr, /keys reseal needs --old-key-file <path>/)
  const missing = await cli(dataDir, 'keys', 'reseal', '--old-key-file', join(dataDir, 'nowhere.key'))
  t.equal(missing.code, 64)
  t.match(missing.stderr, /nowhere\.key cannot be read \(ENOENT\)/)
  const wrongShape = join(dataDirFor(t), 'short.key')
  writeFileSync(wrongShape, 'c2hvcnQ=\n')
  const short = await cli(dataDir, 'keys', 'reseal', '--old-key-file', wrongShape)
  t.equal(short.code, 64)
  t.match(short.stderr, /must hold the base64 of exactly 32 bytes/)
  t.notMatch(short.stderr, /c2hvcnQ/, 'the key file\'s content is not echoed')

  const resealed = await cli(dataDir, 'keys', 'reseal', '--old-key-file', backup)
  t.equal(resealed.code, 0, resealed.stderr)
  t.same(JSON.parse(resealed.stdout), { resealed: [key.secretId], alreadyCurrent: [], unreadable: [] })

  const gateway = await startGatewayProcess(t, { DATA_DIR: dataDir, ...EMBEDDED })
  t.equal((await fetch(`${gateway.origin}/balance`, { headers: { authorization: `Bearer ${key.secretId}.${key.secretKey}` } })).status, 200)
})

t.test('a database file that is not a database stops start-up with exit 78 and its path', async (t) => {
  const dataDir = dataDirFor(t)
  writeFileSync(join(dataDir, 'gateway.sqlite'), 'this is not a SQLite file, just text that got here '.repeat(100))
  const exit = await serverStart(dataDir)
  refusedWithOneLine(t, exit)
  t.match(exit.stderr, new RegExp(`DATA_DIR holds ${join(dataDir, 'gateway.sqlite').replace(/[.]/g, '\\.')}, which is not a sound SQLite database \\(SQLITE_NOTADB\\)\\. Restore it from a backup`))
})

t.test('DATA_DIR is made 0700 and the database and its WAL files 0600, whatever the umask or the modes found', async (t) => {
  const dataDir = join(dataDirFor(t), 'data')
  mkdirSync(dataDir, { mode: 0o777 })
  const previousUmask = process.umask(0)
  t.teardown(() => process.umask(previousUmask))
  const app = await buildTestApp(t, { ...EMBEDDED, DATA_DIR: dataDir })
  await apiKeyHeaders(app) // a write, so the WAL files exist
  t.equal(modeOf(dataDir), 0o700, 'DATA_DIR')
  for (const file of ['gateway.sqlite', 'gateway.sqlite-wal', 'gateway.sqlite-shm', 'master.key', 'gateway.lock']) {
    t.equal(modeOf(join(dataDir, file)), 0o600, file)
  }
})
