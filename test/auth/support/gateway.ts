import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance, InjectOptions } from 'fastify'
import type { Test } from 'tap'
import { TEST_ADMIN_TOKEN, buildTestApp, upstreamEnv } from '../../helper.js'
import { ok, startFakeUpstream, type FakeUpstream } from '../../support/fake-upstream.js'

/**
 * A gateway on a fake upstream that answers the three resource routes every
 * key test drives (GET /profile, PATCH /profile, GET /balance), and helpers
 * to make keys through the admin API.
 */

type TestContext = Pick<Test, 'testdir' | 'teardown'>

export interface Gateway {
  app: FastifyInstance
  upstream: FakeUpstream
  dataDir: string
}

export async function startGateway (t: TestContext, env: Record<string, string> = {}): Promise<Gateway> {
  const upstream = await startFakeUpstream()
  t.teardown(() => upstream.close())
  upstream.on('/API/profile/balance', ok([{ price: '750.6346' }]))
  upstream.on('/API/profile/update', ok(null))
  upstream.on('/API/profile/detail', ok({ uid: 1, name: 'demo', mail: 'demo@example.com', status: 1, profile: {}, balance: {} }))
  const dataDir = env.DATA_DIR ?? dataDirFor(t)
  const app = await buildTestApp(t, upstreamEnv(upstream.url, { ...env, DATA_DIR: dataDir }))
  return { app, upstream, dataDir }
}

/**
 * A data directory that outlives one app, for tests that restart the gateway
 * (t.testdir() is emptied each time it is called, and buildTestApp calls it).
 */
export function dataDirFor (t: Pick<Test, 'teardown'>): string {
  const dir = mkdtempSync(join(tmpdir(), 'gateway-keys-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

export const asAdmin = { authorization: `Bearer ${TEST_ADMIN_TOKEN}` }
export const bearer = (token: string) => ({ authorization: `Bearer ${token}` })

interface KeyAnswer {
  secretId: string
  secretKey: string
  webhookSecret: string
  ipWhitelist: string[]
  scopes: string[]
}

export interface CreatedKey extends KeyAnswer {
  /** `<secretId>.<secretKey>`, what a client sends. */
  token: string
}

/** Creates a key through POST /admin/api-keys with the admin token from 127.0.0.1. */
export async function createKey (app: FastifyInstance, body: Record<string, unknown> = {}): Promise<CreatedKey> {
  const response = await app.inject({ method: 'POST', url: '/admin/api-keys', headers: asAdmin, payload: { scopes: ['read', 'write'], ipWhitelist: ['127.0.0.1'], ...body } })
  if (response.statusCode !== 201) throw new Error(`key creation answered ${response.statusCode}: ${response.body}`)
  const key = response.json<KeyAnswer>()
  return { ...key, token: `${key.secretId}.${key.secretKey}` }
}

/** An authenticated GET /balance (scope read) from `remoteAddress`. */
export const getBalance = (app: FastifyInstance, token: string, extra: Partial<InjectOptions> = {}) =>
  app.inject({ method: 'GET', url: '/balance', headers: bearer(token), ...extra })
