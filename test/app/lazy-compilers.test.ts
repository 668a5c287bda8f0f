import { Ajv } from 'ajv'
import Fastify from 'fastify'
import fp from 'fastify-plugin'
import t from 'tap'
import { app, buildApp, fastifyOptions } from '../../src/app.js'
import { loadConfig } from '../../src/config.js'
import { lazyCompilers } from '../../src/lazy-compilers.js'
import { apiKeyHeaders, buildTestApp } from '../helper.js'
import { databaseEnvFor } from '../support/databases.js'
import { captureLogs } from '../support/log-capture.js'
import { waitUntil } from '../support/wait-until.js'

/**
 * Schemas are compiled when first used and in the background once the
 * server listens (src/lazy-compilers.ts), which took over a second off a
 * cold start. These tests hold what that must not change: every schema
 * still compiles and is valid, validation and serialization behave as
 * before on first use, and nothing is left uncompiled after listening.
 */

t.test('building the app compiles no schema; a route compiles its own on first use', async (t) => {
  const gateway = await buildTestApp(t)
  const before = gateway.schemaCompilers.pending
  t.ok(before > 100, `${before} validators and serializers wait to be compiled`)

  const headers = await apiKeyHeaders(gateway, ['read'])
  const listed = await gateway.inject({ method: 'GET', url: '/subaccounts', headers })
  t.equal(listed.statusCode, 200)
  const body = listed.json<{ page: number, limit: number }>()
  t.equal(body.page, 1, 'the query default is applied by the lazily compiled validator')
  t.ok(gateway.schemaCompilers.pending < before, 'the request compiled what it used')
  t.ok(gateway.schemaCompilers.pending > 0, 'and only that')

  const refused = await gateway.inject({ method: 'GET', url: '/subaccounts?limit=abc', headers })
  t.equal(refused.statusCode, 400)
  t.match(refused.json(), { errors: [{ in: 'querystring', pointer: '/limit' }] }, 'a first-use validator still names the field it refuses')
})

t.test('every schema of every route compiles (a bad one fails here, not on its first request)', async (t) => {
  const gateway = await buildTestApp(t)
  t.doesNotThrow(() => gateway.schemaCompilers.compileAll())
  t.equal(gateway.schemaCompilers.pending, 0)
})

t.test('every schema of every route is valid JSON Schema (the server skips this check at start)', async (t) => {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: t.testdir() })
  const gateway = Fastify(fastifyOptions(config, false))
  const schemas: Array<{ where: string, schema: object }> = []
  gateway.addHook('onRoute', (route) => {
    for (const [part, schema] of Object.entries(route.schema ?? {})) {
      if (part === 'response') {
        for (const [status, response] of Object.entries(schema as Record<string, object>)) schemas.push({ where: `${route.method} ${route.url} ${status}`, schema: response })
      } else if (typeof schema === 'object' && schema !== null && ['body', 'querystring', 'params', 'headers'].includes(part)) {
        schemas.push({ where: `${route.method} ${route.url} ${part}`, schema })
      }
    }
  })
  await gateway.register(fp(app), { config })
  await gateway.ready()
  t.teardown(() => gateway.close())

  const metaSchema = new Ajv({ strict: false })
  t.ok(schemas.length > 100, `${schemas.length} schemas checked`)
  const invalid = schemas.filter(({ schema }) => !metaSchema.validateSchema(schema)).map(({ where }) => where)
  t.same(invalid, [], 'each is valid against the JSON Schema meta-schema')
})

t.test('once listening, everything left is compiled in the background, and one line says when', async (t) => {
  const logs = captureLogs('info')
  const dataDir = t.testdir()
  const gateway = await buildApp(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'info', DATA_DIR: dataDir, ...await databaseEnvFor(dataDir) }), logs.logger)
  t.teardown(() => gateway.close())
  const pending = gateway.schemaCompilers.pending
  t.ok(pending > 0)
  await gateway.listen({ host: '127.0.0.1', port: 0 })
  await waitUntil('every schema is compiled', () => gateway.schemaCompilers.pending === 0)
  const doneLine = () => logs.lines.map((line) => JSON.parse(line) as { msg: string, compiled?: number, milliseconds?: number }).find((line) => line.msg === 'every schema is compiled')
  await waitUntil('the line is written', () => doneLine() !== undefined)
  t.equal(doneLine()?.compiled, pending, 'it counts what the background compiled')
  t.type(doneLine()?.milliseconds, 'number')
})

t.test('a compilation runs once, whoever asks first', async (t) => {
  let compilations = 0
  const compilers = lazyCompilers()
  const eager = () => () => {
    compilations++
    const validate = (data: unknown) => data === 'ok'
    return Object.assign(validate, { errors: null })
  }
  const validator = compilers.validatorFactory(eager as never)(undefined as never, undefined as never)({ url: '/x' } as never)
  t.equal(compilations, 0, 'nothing compiled when declared')
  t.equal(compilers.pending, 1)
  t.equal(validator('ok'), true)
  t.equal(validator('no'), false)
  compilers.compileAll()
  t.equal(compilations, 1, 'compiled by the first call, not again by compileAll')
  t.equal(compilers.pending, 0)
})

t.test('the background reports a schema that cannot compile, and goes on with the rest', async (t) => {
  const compilers = lazyCompilers()
  const serializers = compilers.serializerFactory({}, {})
  const broken = serializers({ method: 'GET', url: '/broken', httpStatus: '200', schema: { $ref: '#/nowhere' } } as never)
  const fine = serializers({ method: 'GET', url: '/fine', httpStatus: '200', schema: { type: 'object', properties: { a: { type: 'string' } } } } as never)
  const failures: string[] = []
  const done: unknown[] = []
  compilers.compileInBackground((error, route) => failures.push(`${route.url}: ${String(error)}`), (summary) => done.push(summary))
  await waitUntil('the pass is done', () => done.length > 0)
  t.equal(compilers.pending, 0)
  t.match(done, [{ compiled: 2, milliseconds: Number }], 'done once, both counted')
  t.equal(failures.length, 1)
  t.match(failures[0], /^\/broken: /)
  t.equal(fine({ a: 'x', secret: 'dropped' }), '{"a":"x"}', 'the good one is compiled and still drops undeclared fields')
  t.throws(() => broken({}), 'the broken route fails on use, as an eager compile would have at start')
})
