import { readFile } from 'node:fs/promises'
import t from 'tap'
import { buildTestApp } from '../helper.js'

/**
 * The served spec against the repository's own reference: every row of the
 * resource table in docs/api.md (the 35 upstream operations) is served with
 * its operationId, method and path, names its upstream endpoint, and
 * carries what generated clients rely on.
 */

interface ContractRow {
  operationId: string
  method: string
  path: string
  upstream: string
  notes: string
}

const API_DOC = new URL('../../docs/api.md', import.meta.url)
const ROW = /^\|\s*(\w+)\s*\|\s*`(GET|POST|PUT|PATCH|DELETE)\s+(\/\S*)`\s*\|\s*`(\/API\/\S+)`\s*\|(.*)\|\s*$/
const DOMAIN_TAGS = ['profile', 'subaccounts', 'groups', 'finance', 'invoices', 'coupons', 'cdn', 'logs']

async function contractRows (): Promise<ContractRow[]> {
  const text = await readFile(API_DOC, 'utf8')
  const section = text.slice(text.indexOf('## Resource API'), text.indexOf('## Admin API'))
  return section.split('\n').flatMap((line) => {
    const match = ROW.exec(line)
    if (match === null) return []
    const [, operationId, method, path, upstream, notes] = match as unknown as [string, string, string, string, string, string]
    return [{ operationId, method, path, upstream, notes }]
  })
}

interface SpecOperation {
  operationId?: string
  summary?: string
  description?: string
  tags?: string[]
  security?: unknown[]
  requestBody?: { content: Record<string, { example?: unknown }> }
  responses: Record<string, { content?: Record<string, { example?: unknown, schema?: { $ref?: string } }> }>
}

t.test('every row of docs/api.md\'s resource table is served as it says', async (t) => {
  const rows = await contractRows()
  t.equal(rows.length, 35, 'the resource table was read')

  const app = await buildTestApp(t)
  const response = await app.inject({ method: 'GET', url: '/openapi.json' })
  t.equal(response.statusCode, 200)
  const spec = response.json() as { paths: Record<string, Record<string, SpecOperation>> }

  const served = new Map<string, { method: string, path: string, operation: SpecOperation }>()
  for (const [path, methods] of Object.entries(spec.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      if (operation.operationId !== undefined) served.set(operation.operationId, { method: method.toUpperCase(), path, operation })
    }
  }

  for (const row of rows) {
    t.test(row.operationId, async (t) => {
      const entry = served.get(row.operationId)
      if (entry === undefined) return t.fail(`${row.operationId} (${row.method} ${row.path}) is missing from the served spec`)
      const { operation } = entry
      t.equal(`${entry.method} ${entry.path}`, `${row.method} ${row.path}`, 'method and path')
      t.ok(operation.summary, 'a summary')
      t.match(operation.description, `Upstream: \`POST ${row.upstream}\``, 'the description names the upstream endpoint')
      t.equal(operation.tags?.length, 1)
      t.ok(DOMAIN_TAGS.includes(operation.tags?.[0] ?? ''), `tagged by domain (${String(operation.tags)})`)
      t.strictSame(operation.security, [{ bearer: [] }], 'the bearer scheme')

      const success = /\b201\b/.test(row.notes) ? '201' : /\b204\b/.test(row.notes) ? '204' : '200'
      t.ok(operation.responses[success], `answers ${success}`)
      t.strictSame(Object.keys(operation.responses).filter((status) => status.startsWith('2')), [success], 'one success status')
      if (success !== '204') t.not(operation.responses[success]?.content?.['application/json']?.example, undefined, 'an answer example')
      if (operation.requestBody !== undefined) t.not(operation.requestBody.content['application/json']?.example, undefined, 'a request example')
      for (const status of ['400', '401', '403', '422', '502']) {
        t.equal(operation.responses[status]?.content?.['application/problem+json']?.schema?.$ref, '#/components/schemas/Problem', `${status} is a problem document`)
      }
      if (/Idempotency-Key/.test(row.notes)) t.match(operation.description, 'Idempotency-Key', 'money-moving: says to send an Idempotency-Key')
    })
  }

  t.test('the admin sync routes are served too', async (t) => {
    t.equal(served.get('getSyncStatus')?.path, '/admin/sync')
    t.equal(served.get('getSyncStatus')?.method, 'GET')
    t.equal(served.get('syncCatalogs')?.method, 'POST')
    t.strictSame(served.get('syncCatalogs')?.operation.tags, ['admin'])
  })
})
