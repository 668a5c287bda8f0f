import { execFile } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import openapiTS, { astToString } from 'openapi-typescript'
import t from 'tap'
import { buildTestApp } from '../helper.js'
import { authHeaders } from '../operations/auth-headers.js'

/**
 * The spec serves its users: a typed client generated from it with
 * openapi-typescript, used through openapi-fetch by a small strict program
 * (list sub-accounts with no parameters and with some, create a group,
 * read the balance) with the named component types, type-checks with
 * tsc and runs against the gateway listening on the sandbox upstream.
 */

const run = promisify(execFile)
const REPO = fileURLToPath(new URL('../..', import.meta.url))

const PROGRAM = `import createClient from 'openapi-fetch'
import type { components, paths } from './schema.js'

const client = createClient<paths>({
  baseUrl: process.env.GATEWAY_URL ?? '',
  headers: { authorization: process.env.GATEWAY_AUTHORIZATION ?? '' },
})

// page and limit have defaults, so no parameters at all is a valid call.
const firstPage = await client.GET('/subaccounts')
if (firstPage.error !== undefined) throw new Error(\`listSubaccounts: \${firstPage.error.detail}\`)
const named: components['schemas']['SubaccountPage'] = firstPage.data
const someone: components['schemas']['Subaccount'] | undefined = named.items[0]
const problemCode: components['schemas']['Problem']['code'] | undefined = undefined

const subaccounts = await client.GET('/subaccounts', { params: { query: { page: 1, limit: 2 } } })
if (subaccounts.error !== undefined) throw new Error(\`listSubaccounts: \${subaccounts.error.detail}\`)
const total: number = subaccounts.data.total
const firstUid: string | undefined = subaccounts.data.items[0]?.uid

const created = await client.POST('/groups', { body: { name: '客户端组', note: 'made by a generated client' } })
if (created.error !== undefined) throw new Error(\`createGroup: \${created.error.detail}\`)
const groupId: string = created.data.id

const balance = await client.GET('/balance')
if (balance.error !== undefined) throw new Error(\`getBalance: \${balance.error.detail}\`)
const amount: string = balance.data.amount
// @ts-expect-error money is a decimal string, never a number: the generated types know it
const asNumber: number = balance.data.amount

const refused = await client.POST('/groups', { body: { name: '' } })

console.log(JSON.stringify({
  defaultPage: { page: named.page, limit: named.limit, size: named.items.length, someone: someone?.username, problemCode },
  total,
  pageSize: subaccounts.data.items.length,
  firstUid,
  created: { status: created.response.status, groupId, name: created.data.name },
  amount,
  asNumber,
  refused: { status: refused.response.status, type: refused.error?.type },
}))
`

const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    lib: ['ES2023', 'DOM'],
    types: ['node'],
    strict: true,
    noUncheckedIndexedAccess: true,
    noEmit: true,
    skipLibCheck: true,
  },
  include: ['*.ts'],
}

t.test('a client generated from the committed spec type-checks and works against the app', async (t) => {
  const app = await buildTestApp(t)
  const headers = await authHeaders(app)
  // The committed file, as a client team would use it (committed-spec.test.ts keeps it equal to the served one).
  const spec = JSON.parse(await readFile(join(REPO, 'openapi/openapi.json'), 'utf8')) as Record<string, unknown>
  const address = await app.listen({ host: '127.0.0.1', port: 0 })

  // Inside the repository, so the program resolves openapi-fetch and typescript from its node_modules.
  const dir = t.testdir()
  await writeFile(join(dir, 'openapi.json'), JSON.stringify(spec, null, 2))
  const types = astToString(await openapiTS(spec as never))
  await writeFile(join(dir, 'schema.ts'), types)
  t.match(types, '"application/json": components["schemas"]["SubaccountPage"]', 'answers are named component types, not inline objects')
  t.match(types, /query\?: \{\s+\/\*\*[^*]*\*\/\s+page\?: number;/, 'page is optional')
  await writeFile(join(dir, 'client.ts'), PROGRAM)
  await writeFile(join(dir, 'tsconfig.json'), JSON.stringify(TSCONFIG))

  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', GATEWAY_URL: address, GATEWAY_AUTHORIZATION: headers.authorization ?? '' }
  const tsc = await run(process.execPath, [join(REPO, 'node_modules/typescript/bin/tsc'), '-p', join(dir, 'tsconfig.json')], { cwd: REPO, env }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? String(error), failed: true }))
  t.equal(tsc.stdout, '', 'tsc --noEmit (strict) reports nothing')
  t.notOk('failed' in tsc, 'tsc succeeds')

  const { stdout } = await run(process.execPath, ['--import', 'tsx', join(dir, 'client.ts')], { cwd: REPO, env, timeout: 60_000 })
  const output = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Record<string, unknown>
  t.match(output, {
    defaultPage: { page: 1, limit: 30, size: 3, someone: /\w/ },
    total: 3,
    pageSize: 2,
    firstUid: /^\d+$/,
    created: { status: 201, groupId: /^\d+$/, name: '客户端组' },
    amount: '750.6346',
    asNumber: '750.6346',
    refused: { status: 400, type: /validation/ },
  })

  const groups = await app.inject({ method: 'GET', url: '/groups?name=%E5%AE%A2%E6%88%B7%E7%AB%AF', headers })
  t.equal(groups.json().total, 1, 'the group the program created is there')
})
