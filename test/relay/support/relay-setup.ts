import type { FastifyInstance } from 'fastify'
import { buildTestApp } from '../../helper.js'
import { startCallbackReceiver, type CallbackReceiver } from '../../support/callback-receiver.js'
import { RAW_SECRET, adminHeaders, createKey, postCallback, reviewEvent, type TestKey } from '../../callbacks/support/signed-callback.js'

/** A gateway relaying to a local receiver on a short retry schedule. */

export const SHORT_SCHEDULE = '50,100,200'

export interface DeliveryView {
  id: string
  eventId: string
  secretId: string
  callbackUrl: string
  state: 'pending' | 'delivered' | 'failed'
  attempts: number
  lastStatus: number | null
  lastError: string | null
  nextAttemptAt: string | null
  deliveredAt: string | null
}

export interface RelaySetup {
  app: FastifyInstance
  receiver: CallbackReceiver
  key: TestKey
  /** Stores one signed review callback; answers its event id. */
  storeEvent: (id?: string) => Promise<string>
  deliveries: (query?: string) => Promise<DeliveryView[]>
  /** Polls GET /admin/deliveries until `check` holds for the list. */
  waitForDeliveries: (check: (deliveries: DeliveryView[]) => boolean, timeoutMs?: number) => Promise<DeliveryView[]>
}

export async function relaySetup (t: { testdir: () => string, teardown: (fn: () => unknown) => void }, env: Record<string, string> = {}): Promise<RelaySetup> {
  const receiver = await startCallbackReceiver()
  t.teardown(receiver.close)
  const app = await buildTestApp(t, { CALLBACK_SECRET: RAW_SECRET, RELAY_ALLOW_PRIVATE: 'true', RELAY_RETRY_SCHEDULE_MS: SHORT_SCHEDULE, ...env })
  const key = await createKey(app, receiver.url)
  receiver.secret = key.webhookSecret
  const deliveries = async (query = '') => {
    const response = await app.inject({ method: 'GET', url: `/admin/deliveries${query}`, headers: adminHeaders })
    if (response.statusCode !== 200) throw new Error(`GET /admin/deliveries: ${response.statusCode} ${response.body}`)
    return (response.json() as { items: DeliveryView[] }).items
  }
  return {
    app,
    receiver,
    key,
    storeEvent: async (id = 'tpl-1') => {
      const response = await postCallback(app, { body: JSON.stringify(reviewEvent({ data: { id } })) })
      if (response.statusCode !== 200) throw new Error(`callback refused: ${response.statusCode} ${response.body}`)
      return (response.json() as { eventIds: string[] }).eventIds[0] ?? ''
    },
    deliveries,
    waitForDeliveries: async (check, timeoutMs = 10_000) => {
      const deadline = Date.now() + timeoutMs
      for (;;) {
        const list = await deliveries()
        if (check(list)) return list
        if (Date.now() > deadline) throw new Error(`deliveries never matched: ${JSON.stringify(list)}`)
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
    },
  }
}
