import { readFileSync } from 'node:fs'
import t from 'tap'
import { buildTestApp } from '../helper.js'

/** openapi/openapi.json is what the app serves: regenerate it with `npm run openapi`. */
t.test('the committed spec equals the served one', async (t) => {
  const app = await buildTestApp(t)
  const served = (await app.inject({ method: 'GET', url: '/openapi.json' })).json()
  const committed = JSON.parse(readFileSync(new URL('../../openapi/openapi.json', import.meta.url), 'utf8'))
  t.same(committed, served, 'openapi/openapi.json is stale: run `npm run openapi` and commit it')
})

t.test('every route but the operational ones has an operationId, a summary and problem answers', async (t) => {
  const app = await buildTestApp(t)
  const spec = app.swagger() as unknown as { paths: Record<string, Record<string, { operationId?: string, summary?: string, responses: Record<string, unknown> }>> }
  const ids = new Set<string>()
  for (const [path, methods] of Object.entries(spec.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      t.ok(operation.operationId, `${method} ${path} has an operationId`)
      t.ok(operation.summary, `${method} ${path} has a summary`)
      t.notOk(ids.has(String(operation.operationId)), `${operation.operationId} is unique`)
      ids.add(String(operation.operationId))
      const errorStatuses = Object.keys(operation.responses).filter((status) => Number(status) >= 400)
      if (path !== '/healthz') t.ok(errorStatuses.length > 0, `${method} ${path} documents its errors`)
    }
  }
})

interface SpecParameter { in: string, name: string, required?: boolean, schema?: { maxLength?: number, pattern?: string } }
interface SpecOperation { operationId: string, parameters?: SpecParameter[] }
interface ServedSpec {
  servers?: Array<{ url: string }>
  info: { description: string }
  paths: Record<string, Record<string, SpecOperation>>
  components: { schemas: Record<string, { properties?: Record<string, { type?: string, description?: string }> }> }
}

t.test('what the spec promises a client generator: the Idempotency-Key header, a server, how to get a key, what money is', async (t) => {
  const app = await buildTestApp(t)
  const spec = app.swagger() as unknown as ServedSpec
  const operations = Object.entries(spec.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, operation]) => ({ path, method, operation })))

  // Every POST and PATCH of the resource API declares the header as a parameter, not only in prose.
  for (const operationId of ['createInvoice', 'redeemCoupon', 'buyCdnFlowPackage', 'createGroup', 'updateProfile']) {
    const found = operations.find((entry) => entry.operation.operationId === operationId)
    const header = found?.operation.parameters?.find((parameter) => parameter.in === 'header' && parameter.name === 'idempotency-key')
    t.match(header, { required: false, schema: { maxLength: 255, pattern: String } }, `${operationId} declares Idempotency-Key`)
  }
  for (const { path, method, operation } of operations.filter((entry) => entry.method === 'get' || entry.path.startsWith('/admin'))) {
    t.notOk(operation.parameters?.some((parameter) => parameter.name === 'idempotency-key'), `${method} ${path} does not take it`)
  }

  t.match(spec.servers, [{ url: '/' }, { url: /^http:\/\/127\.0\.0\.1:3000$/ }], 'the serving gateway first (so /docs calls its own port), then the default address for generators')
  t.match(spec.info.description, /Getting a key/, 'how to get a key comes first')
  t.notMatch(JSON.stringify(spec), /API\.md/, 'no prose points at a file users do not have')
  const amount = spec.components.schemas.Balance?.properties?.amount
  t.equal(amount?.type, 'string', 'money is a string')
  t.match(amount?.description, /CNY/, 'in a named currency')
  t.match(amount?.description, /decimal/, 'and says to parse it as a decimal')
})

t.test('a schema that admits null lists null among its enum values, or a strict validator refuses every null', async (t) => {
  const app = await buildTestApp(t)
  const nullableEnums: string[] = []
  const visit = (node: unknown, path: string): void => {
    if (node === null || typeof node !== 'object') return
    const schema = node as { type?: unknown, enum?: unknown[] }
    if (Array.isArray(schema.type) && schema.type.includes('null') && Array.isArray(schema.enum)) {
      nullableEnums.push(path)
      t.ok(schema.enum.includes(null), `${path}: enum admits null`)
    }
    for (const [key, child] of Object.entries(node)) visit(child, `${path}/${key}`)
  }
  visit(app.swagger(), '#')
  t.ok(nullableEnums.length >= 10, `${nullableEnums.length} nullable enums checked (statuses and types of coupons, invoices, payments, …)`)
})
