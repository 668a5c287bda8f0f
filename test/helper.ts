import type { FastifyInstance } from 'fastify'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Test } from 'tap'
import { buildApp } from '../src/app.js'
import { loadConfig } from '../src/config.js'
import { databaseEnvFor } from './support/databases.js'
import { freshRedisPrefix } from './support/redis-server.js'

/**
 * Builds the gateway as the server does, without listening, and closes it
 * after the test. With TEST_DATABASE_URL set, its store is a PostgreSQL
 * schema of its own (one per DATA_DIR: test/support/databases.ts), so the
 * whole suite runs again on PostgreSQL.
 */

type TestContext = Pick<Test, 'teardown'>

export const TEST_ADMIN_TOKEN = 'test-admin-token-0123456789'

const dataDirs = new WeakMap<TestContext, string>()

/** The DATA_DIR of the app buildTestApp last built for this test. */
export function dataDirOf (t: TestContext): string {
  const dir = dataDirs.get(t)
  if (dir === undefined) throw new Error('no app was built for this test')
  return dir
}

export async function buildTestApp (t: TestContext, env: Record<string, string> = {}): Promise<FastifyInstance> {
  // A directory of its own rather than t.testdir(): a test that calls t.testdir() for its
  // own files would otherwise wipe the database under the running app.
  const dataDir = env.DATA_DIR ?? await mkdtemp(join(tmpdir(), 'gateway-test-'))
  dataDirs.set(t, dataDir)
  // Shared services for the second run of the suite: each adds its variable here.
  const shared = { ...(env.DATABASE_URL === undefined ? await databaseEnvFor(dataDir) : {}), ...(env.REDIS_URL === undefined ? sharedRedisEnv() : {}) }
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: dataDir, GATEWAY_ADMIN_TOKEN: TEST_ADMIN_TOKEN, ...shared, ...env })
  const removeDataDir = async () => { if (env.DATA_DIR === undefined) await rm(dataDir, { recursive: true, force: true }) }
  const app = await buildApp(config, false).catch(async (error: unknown) => { await removeDataDir(); throw error })
  t.teardown(async () => { await app.close(); await removeDataDir() })
  return app
}

/** With TEST_REDIS_URL set (CI's second run), every app uses that Redis, each under a key prefix of its own. */
function sharedRedisEnv (): Record<string, string> {
  const url = process.env.TEST_REDIS_URL
  return url === undefined || url === '' ? {} : { REDIS_URL: url, REDIS_KEY_PREFIX: freshRedisPrefix() }
}

/** Env that points the gateway at a fake upstream instead of the sandbox. */
export const upstreamEnv = (url: string, extra: Record<string, string> = {}) => ({
  UPSTREAM_URL: url,
  UPSTREAM_USERNAME: 'gateway-user',
  UPSTREAM_PASSWORD: 'correct horse battery',
  ...extra,
})

/**
 * Headers of a fresh API key (created through the admin API with the
 * bootstrap admin token, as `inject` comes from 127.0.0.1).
 */
export async function apiKeyHeaders (app: FastifyInstance, scopes: string[] = ['read', 'write']): Promise<Record<string, string>> {
  const created = await app.inject({
    method: 'POST',
    url: '/admin/api-keys',
    headers: { authorization: `Bearer ${TEST_ADMIN_TOKEN}` },
    payload: { scopes, ipWhitelist: ['127.0.0.1', '::1'], note: 'test key' },
  })
  if (created.statusCode !== 201) throw new Error(`could not create a test key: ${created.statusCode} ${created.body}`)
  const { secretId, secretKey } = created.json() as { secretId: string, secretKey: string }
  return { authorization: `Bearer ${secretId}.${secretKey}` }
}
