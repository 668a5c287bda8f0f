import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { standardSignature } from '../../support/callback-receiver.js'
import type { Test } from 'tap'
import { TEST_ADMIN_TOKEN, dataDirOf } from '../../helper.js'
import { storedRows as rowsOf } from '../../support/databases.js'

/** Builds callbacks as the upstream sends them, signed with the gateway's CALLBACK_SECRET. */

export const RAW_SECRET = 'raw-callback-secret-0123456789'
export const WHSEC_SECRET = `whsec_${Buffer.from('spec-form-secret-bytes-0123456789').toString('base64')}`

export const nowSeconds = () => Math.floor(Date.now() / 1000)

let counter = 0
export const newWebhookId = () => `msg_test_${process.pid}_${++counter}_${Date.now()}`

export function reviewEvent (overrides: { type?: string, data?: Record<string, unknown> } = {}) {
  return {
    type: overrides.type ?? 'sms.template.reviewed',
    data: { id: 'tpl-1001', name: 'Login code', status: 'approved', reason: null, reviewedAt: '2024-05-01 10:20:30', ...overrides.data },
  }
}

export interface SignedCallback {
  body: string | Buffer
  secret?: string
  webhookId?: string
  timestamp?: number | string
  contentType?: string
  /** Replaces the computed webhook-signature header. */
  signature?: string
}

export function signedHeaders (callback: SignedCallback): Record<string, string> {
  const webhookId = callback.webhookId ?? newWebhookId()
  const timestamp = String(callback.timestamp ?? nowSeconds())
  return {
    'content-type': callback.contentType ?? 'application/json',
    'webhook-id': webhookId,
    'webhook-timestamp': timestamp,
    'webhook-signature': callback.signature ?? standardSignature(callback.secret ?? RAW_SECRET, webhookId, timestamp, callback.body),
  }
}

export async function postCallback (app: FastifyInstance, callback: SignedCallback, extraHeaders: Record<string, string> = {}): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'POST', url: '/callbacks/sms', headers: { ...signedHeaders(callback), ...extraHeaders }, payload: callback.body })
}

export const adminHeaders = { authorization: `Bearer ${TEST_ADMIN_TOKEN}` }

export interface TestKey {
  secretId: string
  webhookSecret: string
  headers: Record<string, string>
}

/** A key with the read scope, and a callbackUrl when given. */
export async function createKey (app: FastifyInstance, callbackUrl?: string): Promise<TestKey> {
  const created = await app.inject({
    method: 'POST',
    url: '/admin/api-keys',
    headers: adminHeaders,
    payload: { scopes: ['read'], ipWhitelist: ['127.0.0.1', '::1'], note: 'callback tests', ...(callbackUrl === undefined ? {} : { callbackUrl }) },
  })
  if (created.statusCode !== 201) throw new Error(`could not create a key: ${created.statusCode} ${created.body}`)
  const { secretId, secretKey, webhookSecret } = created.json() as { secretId: string, secretKey: string, webhookSecret: string }
  return { secretId, webhookSecret, headers: { authorization: `Bearer ${secretId}.${secretKey}` } }
}

/** What the gateway's store holds (its SQLite file, or its PostgreSQL schema on the shared run), read beside the running app. */
export const storedRows = (t: Pick<Test, 'teardown'>, sql: string): Promise<unknown[]> => rowsOf(dataDirOf(t), sql)

export const storedEventCount = async (t: Pick<Test, 'teardown'>) => ((await storedRows(t, 'SELECT COUNT(*) AS n FROM callback_events'))[0] as { n: number }).n
