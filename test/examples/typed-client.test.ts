import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import t from 'tap'
import { clientTypes } from '../../scripts/client-types.js'
import { apiKeyHeaders, buildTestApp } from '../helper.js'

/**
 * examples/typed-client works as its README says: its generated types are
 * those of the committed spec, it type-checks, and it lists, reads and buys
 * against a gateway on the sandbox.
 */

const run = promisify(execFile)
const REPO = fileURLToPath(new URL('../..', import.meta.url))
const EXAMPLE = join(REPO, 'examples/typed-client')
const CHILD_ENV = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', _TAPJS_PROCESSINFO_COVERAGE_: '0' }

t.test('the committed types are generated from the committed spec', async (t) => {
  const spec = JSON.parse(await readFile(join(REPO, 'openapi/openapi.json'), 'utf8')) as unknown
  t.equal(await readFile(join(EXAMPLE, 'schema.d.ts'), 'utf8'), await clientTypes(spec), 'examples/typed-client/schema.d.ts is stale: run `npm run openapi`')
})

t.test('the program type-checks', async (t) => {
  const tsc = await run(process.execPath, [join(REPO, 'node_modules/typescript/bin/tsc'), '-p', EXAMPLE], { cwd: REPO, env: CHILD_ENV })
    .catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? String(error), failed: true }))
  t.equal(tsc.stdout, '', 'tsc (strict) reports nothing')
  t.notOk('failed' in tsc)
})

t.test('the program lists sub-accounts, reads the balance and buys flow on the sandbox', async (t) => {
  const app = await buildTestApp(t)
  const headers = await apiKeyHeaders(app)
  const address = await app.listen({ host: '127.0.0.1', port: 0 })
  const purchasedBytes = async () => ((await app.inject({ method: 'GET', url: '/cdn/flow-balance', headers })).json() as { purchased: { totalBytes: number } }).purchased.totalBytes
  const before = await purchasedBytes()

  const { stdout } = await run(process.execPath, ['--import', 'tsx', join(EXAMPLE, 'main.ts')], {
    cwd: REPO,
    env: { ...CHILD_ENV, GATEWAY_URL: address, GATEWAY_AUTHORIZATION: headers.authorization ?? '' },
    timeout: 60_000,
  })
  const summary = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Record<string, unknown>
  t.match(summary, {
    total: 3,
    uids: [/^\d+$/, /^\d+$/, /^\d+$/],
    balance: '750.6346',
    purchased: { status: 201, accountBytes: Number, idempotencyKey: /^[0-9a-f-]{36}$/ },
  })
  t.match(stdout, /^balance: ¥750\.6346$/m, 'money shown as the decimal string it is')

  t.equal(await purchasedBytes(), before + 100_000_000, 'the sandbox booked the purchase once')
})

t.test('without a key the program says how to get one', async (t) => {
  const result = await run(process.execPath, ['--import', 'tsx', join(EXAMPLE, 'main.ts')], { cwd: REPO, env: CHILD_ENV })
    .catch((error: { code?: number, stderr?: string }) => ({ code: error.code, stderr: error.stderr ?? '' }))
  t.match(result, { code: 64, stderr: /GATEWAY_AUTHORIZATION.*keys create/ })
})
