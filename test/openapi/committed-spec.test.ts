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
