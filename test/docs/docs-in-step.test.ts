import { readFile } from 'node:fs/promises'
import t, { type Test } from 'tap'
import { ConfigSchema } from '../../src/config.js'
import { errors } from '../../src/errors.js'
import { buildTestApp } from '../helper.js'

/**
 * docs/ is the reference users read; these checks keep it in step with
 * what the gateway serves and reads. A new route, status, error code or
 * variable fails here until it is documented.
 */

const doc = (name: string) => readFile(new URL(`../../docs/${name}`, import.meta.url), 'utf8')

const SEPARATOR = /^\|[-| ]+\|$/

/** The cells of every body row of the markdown tables in a text (not headers), backticks kept. */
function tableRows (markdown: string): string[][] {
  const lines = markdown.split('\n')
  return lines
    .filter((line, index) => line.startsWith('|') && !SEPARATOR.test(line) && !SEPARATOR.test(lines[index + 1] ?? ''))
    .map((line) => line.slice(1, -1).split('|').map((cell) => cell.trim()))
}

interface SpecOperation { operationId: string, responses: Record<string, unknown> }

async function servedOperations (t: Test) {
  const app = await buildTestApp(t)
  const spec = (await app.inject({ method: 'GET', url: '/openapi.json' })).json() as { paths: Record<string, Record<string, SpecOperation>> }
  return Object.entries(spec.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ route: `${method.toUpperCase()} ${path}`, ...operation })))
}

t.test('docs/api.md lists every served operation with its route and success status, and nothing else', async (t) => {
  const rows = tableRows(await doc('api.md'))
  const documented = new Map(rows.filter(([id]) => /^[a-z]\w+$/.test(id ?? '')).map((cells) => [cells[0], cells]))
  const served = await servedOperations(t)
  t.ok(served.length >= 50, 'the spec was read')

  for (const operation of served) {
    const cells = documented.get(operation.operationId)
    if (cells === undefined) {
      t.fail(`${operation.operationId} (${operation.route}) is not in docs/api.md`)
      continue
    }
    t.equal(cells[1], `\`${operation.route}\``, `${operation.operationId}: its route`)
    const success = Object.keys(operation.responses).filter((status) => status.startsWith('2'))
    t.ok(success.every((status) => cells.includes(status)), `${operation.operationId}: its success status ${success.join(', ')}`)
  }
  const servedIds = new Set(served.map((operation) => operation.operationId))
  for (const id of documented.keys()) t.ok(servedIds.has(id ?? ''), `docs/api.md's ${id} is served`)
})

t.test('docs/errors.md explains every status the spec lists and every GW_* code with its status', async (t) => {
  const rows = tableRows(await doc('errors.md'))
  const statuses = new Set(rows.map((cells) => cells[0]))
  for (const operation of await servedOperations(t)) {
    for (const status of Object.keys(operation.responses).filter((code) => Number(code) >= 400)) {
      t.ok(statuses.has(status), `status ${status} (${operation.operationId}) is in the statuses table`)
    }
  }

  const codes = new Map(rows.filter(([code]) => /^`GW_\w+`$/.test(code ?? '')).map((cells) => [cells[0]?.slice(1, -1), cells[1]]))
  const factories = Object.values(errors) as Array<(...args: unknown[]) => { code: string, statusCode: number }>
  t.ok(factories.length > 20, 'the error table was read')
  for (const factory of factories) {
    const error = factory('x', [])
    t.equal(codes.get(error.code), String(error.statusCode), `${error.code} is documented with status ${error.statusCode}`)
  }
})

t.test('docs/configuration.md lists every variable of ConfigSchema with its default', async (t) => {
  const rows = tableRows(await doc('configuration.md'))
  const documented = new Map(rows.filter(([name]) => /^`[A-Z_]+`$/.test(name ?? '')).map((cells) => [cells[0]?.slice(1, -1), cells[1]]))
  const variables = Object.entries(ConfigSchema.properties) as Array<[string, { default?: unknown }]>
  t.ok(variables.length > 20, 'the schema was read')
  for (const [name, schema] of variables) {
    const expected = schema.default === undefined || schema.default === '' ? 'unset' : `\`${String(schema.default)}\``
    t.equal(documented.get(name), expected, `${name}: documented, default ${expected}`)
  }
})

t.test('.env.example names every variable of ConfigSchema, set to its default or commented out', async (t) => {
  const example = await readFile(new URL('../../.env.example', import.meta.url), 'utf8')
  const named = new Map([...example.matchAll(/^(#\s*)?([A-Z][A-Z0-9_]+)=(.*)$/gm)].map((match) => [match[2], { commented: match[1] !== undefined, value: match[3] }]))
  for (const [name, schema] of Object.entries(ConfigSchema.properties) as Array<[string, { default?: unknown }]>) {
    const line = named.get(name)
    t.ok(line, `${name} is in .env.example`)
    if (line !== undefined && !line.commented) t.equal(line.value, String(schema.default ?? ''), `${name}=${line.value} is its default`)
  }
})
