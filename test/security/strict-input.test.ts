import type { FastifyInstance } from 'fastify'
import t, { type Test } from 'tap'
import { apiKeyHeaders, buildTestApp, upstreamEnv } from '../helper.js'
import { startFakeUpstream, type FakeUpstream } from '../support/fake-upstream.js'

/**
 * Every operation of the served spec, driven with input it must refuse:
 * wrong JSON types (no coercion of bodies), nulls where null is not
 * allowed, arrays for scalars, huge and non-finite numbers, numbers written
 * as exponents or hex in query strings and paths, repeated query keys, and
 * bodies that are not UTF-8. Each is a 400 problem document that names the
 * field, and none reaches the upstream.
 */

interface Schema {
  type?: string | string[]
  anyOf?: Schema[]
  enum?: unknown[]
  pattern?: string
  format?: string
  minLength?: number
  maxLength?: number
  items?: Schema
  properties?: Record<string, Schema>
}
interface Parameter { in: string, name: string, schema: Schema }
interface SpecOperation { operationId: string, parameters?: Parameter[], requestBody?: { content: Record<string, { schema: Schema }> } }

/** Its validation is its own code's, after the signature (test/callbacks/callback-bodies.test.ts); only its UTF-8 is driven here. */
const OWN_BODY_CHECKS = new Set(['receiveSmsReviewCallback'])
/** A raw JSON token the payload builder writes unquoted. */
const HUGE = Symbol('1e309')
const NEGATIVE_HUGE = Symbol('-1e309')

const typesOf = (schema: Schema): string[] => schema.anyOf !== undefined ? schema.anyOf.flatMap(typesOf) : [schema.type ?? []].flat()

/** JSON values of the wrong shape for a body field of this schema. */
function wrongBodyValues (schema: Schema): unknown[] {
  const types = typesOf(schema)
  const candidates: unknown[] = [true, 7, 7.5, '7', 'true', [], {}, null, HUGE, NEGATIVE_HUGE]
  const wrong = candidates.filter((value) => !admits(types, value))
  if (types.includes('array') && schema.items !== undefined) {
    wrong.push(...wrongBodyValues(schema.items).slice(0, 3).map((item) => [item]))
  }
  if (!types.includes('array')) wrong.push([sampleOf(schema)])
  return wrong
}

function admits (types: readonly string[], value: unknown): boolean {
  if (value === HUGE || value === NEGATIVE_HUGE) return false // Infinity is no JSON type's value
  if (value === null) return types.includes('null')
  if (Array.isArray(value)) return types.includes('array')
  if (typeof value === 'object') return types.includes('object')
  if (typeof value === 'boolean') return types.includes('boolean')
  if (typeof value === 'string') return types.includes('string')
  return types.includes('number') || (types.includes('integer') && Number.isInteger(value))
}

function sampleOf (schema: Schema): unknown {
  if (schema.enum !== undefined) return schema.enum[0]
  const [type] = typesOf(schema)
  if (type === 'integer' || type === 'number') return 1
  if (type === 'boolean') return true
  return schema.pattern === '^[1-9][0-9]{0,14}$' ? '1' : 'a'
}

/** Text for a query or path parameter that its schema refuses. */
function wrongTexts (schema: Schema, where: string): string[] {
  const types = typesOf(schema)
  if (types.includes('integer') || types.includes('number')) return ['1e309', '-1e309', 'Infinity', 'NaN', '0x10', '1e2', '99999999999999999999', 'abc']
  if (types.includes('boolean')) return ['maybe', '2']
  const texts: string[] = []
  if (schema.enum !== undefined) texts.push('not-a-listed-word')
  if (schema.pattern !== undefined) texts.push('not matching!')
  if (schema.format === 'date') texts.push('2024-13-45')
  // A path parameter longer than the router's limit is a 414 (test/security/parser-errors.test.ts).
  if (schema.maxLength !== undefined && (where === 'query' || schema.maxLength < 100)) texts.push('a'.repeat(schema.maxLength + 1))
  if (schema.minLength !== undefined && schema.minLength > 0 && where === 'query') texts.push('')
  return texts
}

function jsonWith (base: Record<string, unknown>, field: string, value: unknown): string {
  if (value !== HUGE && value !== NEGATIVE_HUGE) return JSON.stringify({ ...base, [field]: value })
  return JSON.stringify({ ...base, [field]: '@@raw@@' }).replace('"@@raw@@"', value === HUGE ? '1e309' : '-1e309')
}

interface Case {
  name: string
  method: string
  url: string
  payload?: string | Buffer
  pointer?: string
}

function casesFor (method: string, path: string, operation: SpecOperation): Case[] {
  const parameters = operation.parameters ?? []
  const pathParams = parameters.filter((parameter) => parameter.in === 'path')
  const fill = (overrides: Record<string, string> = {}) => path.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const parameter = pathParams.find((candidate) => candidate.name === name)
    return encodeURIComponent(overrides[name] ?? String(sampleOf(parameter?.schema ?? {})))
  })
  const bodySchema = operation.requestBody?.content['application/json']?.schema
  const validBody = bodySchema === undefined ? undefined : '{}'
  const cases: Case[] = []

  for (const parameter of pathParams) {
    for (const text of wrongTexts(parameter.schema, 'path')) {
      cases.push({ name: `${operation.operationId} path ${parameter.name}=${JSON.stringify(text)}`, method, url: fill({ [parameter.name]: text }), payload: validBody, pointer: `/${parameter.name}` })
    }
  }
  for (const parameter of parameters.filter((candidate) => candidate.in === 'query')) {
    const query = (text: string) => `${fill()}?${parameter.name}=${encodeURIComponent(text)}`
    for (const text of wrongTexts(parameter.schema, 'query')) {
      cases.push({ name: `${operation.operationId} query ${parameter.name}=${JSON.stringify(text)}`, method, url: query(text), payload: validBody, pointer: `/${parameter.name}` })
    }
    const sample = String(sampleOf(parameter.schema))
    cases.push({ name: `${operation.operationId} query ${parameter.name} given twice`, method, url: `${query(sample)}&${parameter.name}=${encodeURIComponent(sample)}`, payload: validBody, pointer: `/${parameter.name}` })
  }
  if (bodySchema !== undefined && !OWN_BODY_CHECKS.has(operation.operationId)) {
    for (const [field, schema] of Object.entries(bodySchema.properties ?? {})) {
      for (const value of wrongBodyValues(schema)) {
        const payload = jsonWith({}, field, value)
        cases.push({ name: `${operation.operationId} body ${payload}`, method, url: fill(), payload, pointer: `/${field}` })
      }
    }
    for (const value of [null, [], 'text', 7, true]) {
      cases.push({ name: `${operation.operationId} body ${JSON.stringify(value)}`, method, url: fill(), payload: JSON.stringify(value) })
    }
  }
  return cases
}

async function gatewayWithCountingUpstream (t: Test) {
  const upstream = await startFakeUpstream()
  t.teardown(() => upstream.close())
  const app = await buildTestApp(t, upstreamEnv(upstream.url, { RATE_LIMIT_MAX: '1000000', CALLBACK_IP_WHITELIST: '127.0.0.1', SYNC_INTERVAL_S: '0' }))
  const headers = await apiKeyHeaders(app, ['read', 'write', 'admin'])
  await app.inject({ method: 'POST', url: '/admin/sync', headers }) // the start-up sync settled before anything is counted
  return { app, upstream, headers }
}

const upstreamCalls = (upstream: FakeUpstream) => upstream.requests.filter((request) => request.path !== '/API/OAuth/authorize').length

/** The served spec with every `#/components/schemas/…` reference replaced by the schema it names. */
function inlineReferences (value: unknown, schemas: Record<string, unknown>): unknown {
  if (Array.isArray(value)) return value.map((item) => inlineReferences(item, schemas))
  if (value === null || typeof value !== 'object') return value
  const ref = (value as { $ref?: unknown }).$ref
  if (typeof ref === 'string') return inlineReferences(schemas[ref.replace('#/components/schemas/', '')], schemas)
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, inlineReferences(item, schemas)]))
}

function specOperations (app: FastifyInstance): Array<[method: string, path: string, operation: SpecOperation]> {
  const served = app.swagger() as unknown as { paths: unknown, components?: { schemas?: Record<string, unknown> } }
  const spec = { paths: inlineReferences(served.paths, served.components?.schemas ?? {}) as Record<string, Record<string, SpecOperation>> }
  return Object.entries(spec.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => [method.toUpperCase(), path, operation] as [string, string, SpecOperation]))
}

t.test('every operation refuses wrong types, nulls, arrays for scalars, non-finite and out-of-range numbers and repeated keys with 400, and calls no upstream', async (t) => {
  const { app, upstream, headers } = await gatewayWithCountingUpstream(t)
  const cases = specOperations(app).flatMap(([method, path, operation]) => casesFor(method, path, operation))
  t.ok(cases.length > 500, `a table of ${cases.length} cases`)
  t.ok(cases.some((c) => c.name.startsWith('listSubaccounts query limit="1e309"')), 'includes ?limit=1e309')
  t.ok(cases.some((c) => c.name === 'buyCdnFlowPackage body {"bytes":true}'), 'includes {"bytes": true}')
  t.ok(cases.some((c) => c.name === 'setBalanceAlarm body {"threshold":7}'), 'includes a number where a decimal string is wanted')

  const before = upstreamCalls(upstream)
  const failures: string[] = []
  for (const testCase of cases) {
    const response = await app.inject({
      method: testCase.method,
      url: testCase.url,
      headers: { ...headers, ...(testCase.payload === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(testCase.payload === undefined ? {} : { payload: testCase.payload }),
    })
    const problem = response.headers['content-type']?.toString().startsWith('application/problem+json') === true ? response.json<{ status: number, errors?: Array<{ pointer: string }> }>() : undefined
    const named = testCase.pointer === undefined || problem?.errors?.some((issue) => issue.pointer === testCase.pointer || issue.pointer.startsWith(`${testCase.pointer}/`)) === true
    if (response.statusCode !== 400 || problem?.status !== 400 || !named) failures.push(`${testCase.name}: ${response.statusCode} ${response.body.slice(0, 200)}`)
  }
  t.strictSame(failures, [], 'every case is a 400 problem naming the field')
  t.equal(upstreamCalls(upstream), before, 'no case reached the upstream')
})

t.test('a JSON body that is not UTF-8 is a 400 on every route that takes one, callbacks included, and calls no upstream', async (t) => {
  const { app, upstream, headers } = await gatewayWithCountingUpstream(t)
  const withBodies = specOperations(app).filter(([, , operation]) => operation.requestBody?.content['application/json'] !== undefined)
  t.ok(withBodies.length >= 20, `${withBodies.length} routes take JSON`)
  const before = upstreamCalls(upstream)
  // {"name":"<0xff 0xfe>"}: bytes no UTF-8 decoder accepts, which a lenient one would turn into U+FFFD.
  const payload = Buffer.concat([Buffer.from('{"name":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')])
  const failures: string[] = []
  for (const [method, path, operation] of withBodies) {
    const url = path.replace(/\{(\w+)\}/g, (_match, name: string) => name === 'secretId' ? 'AKIDnone' : '1')
    const response = await app.inject({ method, url, headers: { ...headers, 'content-type': 'application/json' }, payload })
    const isProblem = response.headers['content-type']?.toString().startsWith('application/problem+json') === true
    if (response.statusCode !== 400 || !isProblem || !/UTF-8/.test(response.body)) failures.push(`${operation.operationId}: ${response.statusCode} ${response.body.slice(0, 200)}`)
  }
  t.strictSame(failures, [])
  t.equal(upstreamCalls(upstream), before)
})

t.test('the same values a client would mean are still accepted: decimal text in queries, exact JSON types in bodies', async (t) => {
  const { app, upstream, headers } = await gatewayWithCountingUpstream(t)
  upstream.on('/API/profile/subaccountList', { json: { code: 1, message: 'ok', data: [], total: '0', totalpage: '0' } })
  const listed = await app.inject({ method: 'GET', url: '/subaccounts?page=2&limit=007', headers })
  t.equal(listed.statusCode, 200, listed.body)
  t.match(listed.json(), { page: 2, limit: 7 })
  t.match(upstream.callsTo('/API/profile/subaccountList')[0]?.body, { page: 2, limit: 7 })
  const rotated = await app.inject({ method: 'POST', url: '/admin/api-keys/AKIDnone/rotate?webhookSecret=true', headers })
  t.equal(rotated.statusCode, 404, 'a boolean query in words passes validation')
})
