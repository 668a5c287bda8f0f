import { execFile } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import t from 'tap'
import { asAdmin, dataDirFor, getBalance, startGateway } from '../auth/support/gateway.js'
import { runCliWith, type CliResult } from '../support/cli.js'
import { databaseEnvFor } from '../support/databases.js'

/**
 * `verycloud-gateway keys …` on a DATA_DIR (in this process, and once as the
 * real command), and the keys it makes used against a gateway on the same store.
 */

const CLI = fileURLToPath(new URL('../../src/cli.ts', import.meta.url))
const TSX = import.meta.resolve('tsx')

// The same store as the gateway on this DATA_DIR: its PostgreSQL schema when the suite runs on PostgreSQL.
const cli = async (dataDir: string, ...args: string[]) => runCliWith({ DATA_DIR: dataDir, ...await databaseEnvFor(dataDir) }, ...args)

// tap instruments children too; this one runs the sources through tsx, whose coverage
// of the same files would replace, not add to, the in-process runs' in the merged report.
const CHILD_ENV = { PATH: process.env.PATH ?? '', _TAPJS_PROCESSINFO_COVERAGE_: '0' }

/** The real command, as operators run it: a child process in `cwd`, which may hold a `.env`. */
function cliProcess (cwd: string, env: Record<string, string>, ...args: string[]): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', TSX, CLI, ...args], { cwd, env: { ...CHILD_ENV, ...env } }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : Number(error.code ?? 1), stdout, stderr })
    })
  })
}

const json = <T = Record<string, unknown>>(result: CliResult): T => JSON.parse(result.stdout) as T

t.test('keys create prints the key with its secrets once; the gateway on the same store accepts it', async (t) => {
  const dataDir = dataDirFor(t)
  const created = await cli(dataDir, 'keys', 'create', '--scopes', 'read,write', '--ip', '10.0.0.1,10.0.0.0/24', '--ip', '127.0.0.1', '--note', 'cloud engine')
  t.equal(created.code, 0, created.stderr)
  const key = json<{ secretId: string, secretKey: string, webhookSecret: string }>(created)
  t.match(key, { secretId: /^AKID/, secretKey: /^[A-Za-z0-9_-]{43}$/, webhookSecret: /^whsec_/, scopes: ['read', 'write'], ipWhitelist: ['10.0.0.1', '10.0.0.0/24', '127.0.0.1'], note: 'cloud engine', disabled: false })
  t.match(created.stderr, /generated .*master\.key/, 'the first use warns that it generated the master key')

  const { app } = await startGateway(t, { DATA_DIR: dataDir })
  t.equal((await getBalance(app, `${key.secretId}.${key.secretKey}`)).statusCode, 200)
  t.equal((await getBalance(app, `${key.secretId}.${key.secretKey}`, { remoteAddress: '10.0.0.77' })).statusCode, 200, 'the CIDR entry works')
  t.equal((await getBalance(app, `${key.secretId}.${key.secretKey}`, { remoteAddress: '10.0.1.1' })).statusCode, 403)
})

t.test('a key made by the CLI while the gateway runs works at once', async (t) => {
  const dataDir = dataDirFor(t)
  const { app } = await startGateway(t, { DATA_DIR: dataDir })
  const key = json<{ secretId: string, secretKey: string }>(await cli(dataDir, 'keys', 'create', '--scopes', 'read', '--ip', '127.0.0.1'))
  t.equal((await getBalance(app, `${key.secretId}.${key.secretKey}`)).statusCode, 200)
})

t.test('list (no secrets), disable, enable, rotate and delete work on the same store', async (t) => {
  const dataDir = dataDirFor(t)
  const key = json<{ secretId: string, secretKey: string, webhookSecret: string }>(await cli(dataDir, 'keys', 'create', '--scopes', 'read', '--ip', '127.0.0.1'))
  const token = `${key.secretId}.${key.secretKey}`

  const listed = await cli(dataDir, 'keys', 'list')
  t.equal(listed.code, 0)
  t.match(json<unknown[]>(listed), [{ secretId: key.secretId, scopes: ['read'] }])
  t.notMatch(listed.stdout, key.secretKey)
  t.notMatch(listed.stdout, /secretKey|webhookSecret/)

  t.match(json(await cli(dataDir, 'keys', 'disable', key.secretId)), { disabled: true })
  let gateway = await startGateway(t, { DATA_DIR: dataDir })
  t.equal((await getBalance(gateway.app, token)).statusCode, 401, 'disabled')
  await gateway.app.close()

  t.match(json(await cli(dataDir, 'keys', 'enable', key.secretId)), { disabled: false })
  const rotated = json<{ secretKey: string, webhookSecret?: string }>(await cli(dataDir, 'keys', 'rotate', key.secretId, '--webhook-secret'))
  t.not(rotated.secretKey, key.secretKey)
  t.match(rotated.webhookSecret, /^whsec_/)
  gateway = await startGateway(t, { DATA_DIR: dataDir })
  t.equal((await getBalance(gateway.app, token)).statusCode, 401, 'the old secret is gone')
  t.equal((await getBalance(gateway.app, `${key.secretId}.${rotated.secretKey}`)).statusCode, 200, 'enabled, with the new secret')
  await gateway.app.close()

  t.same(json(await cli(dataDir, 'keys', 'delete', key.secretId)), { secretId: key.secretId, deleted: true })
  t.same(json(await cli(dataDir, 'keys', 'list')), [])
})

t.test('key changes made with the CLI are in the audit log, as by "cli", with no secret', async (t) => {
  const dataDir = dataDirFor(t)
  const key = json<{ secretId: string, secretKey: string, webhookSecret: string }>(await cli(dataDir, 'keys', 'create', '--scopes', 'read', '--ip', '127.0.0.1'))
  await cli(dataDir, 'keys', 'disable', key.secretId)
  const rotated = json<{ secretKey: string }>(await cli(dataDir, 'keys', 'rotate', key.secretId))
  await cli(dataDir, 'keys', 'list')
  t.equal((await cli(dataDir, 'keys', 'delete', 'AKIDnosuchkey0000000000000000000')).code, 1, 'a refused change')
  await cli(dataDir, 'keys', 'delete', key.secretId)

  const { app } = await startGateway(t, { DATA_DIR: dataDir })
  const audit = (await app.inject({ method: 'GET', url: '/admin/audit?secretId=cli', headers: asAdmin })).json() as { items: Array<Record<string, unknown>>, total: number }
  t.match(audit.items.map((entry) => `${String(entry.operationId)} ${String(entry.path)}`).reverse(), [
    `createApiKey keys create ${key.secretId}`,
    `updateApiKey keys disable ${key.secretId}`,
    `rotateApiKey keys rotate ${key.secretId}`,
    `deleteApiKey keys delete ${key.secretId}`,
  ], 'the changes, not the list or the refused delete')
  t.equal(audit.total, 4)
  t.match(audit.items[0], { secretId: 'cli', method: 'CLI', outcome: 'ok', status: 204, requestId: /^cli-/ })
  const text = JSON.stringify(audit)
  for (const secret of [key.secretKey, key.webhookSecret, rotated.secretKey]) t.notOk(text.includes(secret), 'no secret in the log')
})

t.test('refusals are JSON problems on stderr with exit status 1; wrong usage is 64', async (t) => {
  const dataDir = dataDirFor(t)
  const eleven = Array.from({ length: 11 }, (_, index) => `10.0.0.${index + 1}`).join(',')
  const tooMany = await cli(dataDir, 'keys', 'create', '--scopes', 'read', '--ip', eleven)
  t.equal(tooMany.code, 1)
  t.match(JSON.parse(tooMany.stderr.slice(tooMany.stderr.indexOf('{'))), { error: { code: 'GW_VALIDATION', detail: /^--ip /, errors: [{ flag: '--ip', message: 'must list 1 to 10 entries; it lists 11' }] } }, 'named by the flag the operator typed')
  t.notMatch(tooMany.stderr, /body\/|"pointer"/)
  const badScope = await cli(dataDir, 'keys', 'create', '--scopes', 'root', '--ip', '127.0.0.1')
  t.equal(badScope.code, 1)
  const missing = await cli(dataDir, 'keys', 'rotate', 'AKIDnothinghere')
  t.equal(missing.code, 1)
  t.match(missing.stderr, /GW_NOT_FOUND/)

  for (const args of [['keys', 'create', '--ip', '127.0.0.1'], ['keys', 'get'], ['keys', 'list', '--verbose'], ['keys', 'explode'], ['nothing'], ['keys'], ['store']]) {
    const wrong = await cli(dataDir, ...args)
    t.equal(wrong.code, 64, args.join(' '))
    t.match(wrong.stderr, /Usage: verycloud-gateway keys/)
  }
  t.match((await cli(dataDir, 'keys')).stderr, /^Missing command after "keys"/)
})

t.test('--help and --version answer at once, with exit 0 and no store opened', async (t) => {
  const dataDir = dataDirFor(t)
  for (const args of [['--help'], ['-h'], ['help'], ['keys', '--help'], ['store', 'help']]) {
    const help = await cli(dataDir, ...args)
    t.equal(help.code, 0, args.join(' '))
    t.match(help.stdout, /^Usage: verycloud-gateway keys <command>/)
  }
  const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { name: string, version: string }
  for (const flag of ['--version', '-v', 'version']) {
    const version = await cli(dataDir, flag)
    t.equal(version.code, 0)
    t.equal(version.stdout, `verycloud-gateway ${packageJson.version}\n`, flag)
  }
  t.notOk(existsSync(join(dataDir, 'gateway.sqlite')), 'nothing was created')
})

t.test('every run names the store it works on; create and rotate print the Authorization value to send', async (t) => {
  const dataDir = dataDirFor(t)
  const created = await cli(dataDir, 'keys', 'create', '--scopes', 'read', '--ip', '127.0.0.1')
  const key = json<{ secretId: string, secretKey: string, authorization: string }>(created)
  t.equal(key.authorization, `Bearer ${key.secretId}.${key.secretKey}`)
  const database = await databaseEnvFor(dataDir)
  const named = database.DATABASE_URL === undefined ? `store: DATA_DIR=${dataDir} (gateway.sqlite` : 'store: DATABASE_URL=postgres'
  t.ok(created.stderr.includes(named), `stderr names the store: ${created.stderr}`)
  t.notMatch(created.stderr, /:[^:@/\s]+@/, 'a database password is never printed')
  t.ok((await cli(dataDir, 'keys', 'list')).stderr.includes(named), 'so does a read')

  const { app } = await startGateway(t, { DATA_DIR: dataDir })
  t.equal((await app.inject({ method: 'GET', url: '/balance', headers: { authorization: key.authorization } })).statusCode, 200, 'the printed value is what the gateway takes')
  const rotated = json<{ secretKey: string, authorization: string }>(await cli(dataDir, 'keys', 'rotate', key.secretId))
  t.equal(rotated.authorization, `Bearer ${key.secretId}.${rotated.secretKey}`)
})

t.test('keys update changes only the fields given, and refuses an empty or contradictory change', async (t) => {
  const dataDir = dataDirFor(t)
  const key = json<{ secretId: string, secretKey: string }>(await cli(dataDir, 'keys', 'create', '--scopes', 'read', '--ip', '10.0.0.1', '--note', 'before', '--callback-url', 'https://93.184.216.34/cb'))
  const updated = await cli(dataDir, 'keys', 'update', key.secretId, '--ip', '127.0.0.1', '--ip', '10.0.0.0/24', '--scopes', 'read,write')
  t.equal(updated.code, 0, updated.stderr)
  t.match(json(updated), { secretId: key.secretId, scopes: ['read', 'write'], ipWhitelist: ['127.0.0.1', '10.0.0.0/24'], note: 'before', callbackUrl: 'https://93.184.216.34/cb' })
  t.notMatch(updated.stdout, /secretKey|webhookSecret|authorization/, 'an update shows no secret')
  t.match(json(await cli(dataDir, 'keys', 'update', key.secretId, '--no-callback-url', '--note', 'after')), { callbackUrl: null, note: 'after', scopes: ['read', 'write'] })

  const { app } = await startGateway(t, { DATA_DIR: dataDir })
  t.equal((await getBalance(app, `${key.secretId}.${key.secretKey}`)).statusCode, 200, 'the new whitelist lets 127.0.0.1 in')

  for (const args of [[key.secretId], [key.secretId, '--callback-url', 'https://93.184.216.34/cb', '--no-callback-url'], ['--note', 'x']]) {
    const wrong = await cli(dataDir, 'keys', 'update', ...args)
    t.equal(wrong.code, 64, args.join(' '))
  }
  const badIp = await cli(dataDir, 'keys', 'update', key.secretId, '--ip', '0.0.0.0/0')
  t.equal(badIp.code, 1)
  t.match(badIp.stderr, /GW_VALIDATION/)
  t.match(json(await cli(dataDir, 'keys', 'get', key.secretId)), { ipWhitelist: ['127.0.0.1', '10.0.0.0/24'] }, 'a refused update changes nothing')
})

t.test('the command reads .env from where it runs, as the server does, so both use the DATA_DIR set there', async (t) => {
  const dataDir = dataDirFor(t)
  const cwd = dataDirFor(t)
  writeFileSync(join(cwd, '.env'), `DATA_DIR=${dataDir}\nGATEWAY_ENCRYPTION_KEY=\n`)
  const database = await databaseEnvFor(dataDir)
  const created = await cliProcess(cwd, database, 'keys', 'create', '--scopes', 'read', '--ip', '127.0.0.1')
  t.equal(created.code, 0, created.stderr)
  t.match(created.stderr, `store: ${database.DATABASE_URL === undefined ? `DATA_DIR=${dataDir}` : 'DATABASE_URL='}`)
  const key = json<{ secretId: string, authorization: string }>(created)
  const { app } = await startGateway(t, { DATA_DIR: dataDir })
  t.equal((await app.inject({ method: 'GET', url: '/balance', headers: { authorization: key.authorization } })).statusCode, 200, 'the key is in the store the gateway on that DATA_DIR uses')

  const wrong = await cliProcess(cwd, database, 'keys', 'explode')
  t.equal(wrong.code, 64, 'exit statuses are the process\'s own')
})
