import t, { type Test } from 'tap'
import { ApiKeyService } from '../../src/keys/api-key-service.js'
import { RAW_SECRET, adminHeaders, createKey, postCallback, reviewEvent, type TestKey } from '../callbacks/support/signed-callback.js'
import { openEventStream, startListeningGateway, type SseClient } from './support/listening-gateway.js'

/**
 * GET /events over real sockets: at most SSE_MAX_STREAMS_PER_KEY open
 * streams per key (the next is a 429), and an open stream ends, rather than
 * streaming on, once its key no longer admits it: disabled, deleted,
 * rotated, without `read`, or no longer listing the caller's address,
 * whether the change is made through this gateway or by another process on
 * the same store.
 */

async function setup (t: Test, env: Record<string, string> = {}) {
  const gateway = await startListeningGateway(t, { CALLBACK_SECRET: RAW_SECRET, ...env })
  const open = async (key: TestKey): Promise<SseClient> => {
    const client = await openEventStream(`${gateway.origin}/events`, key.headers)
    t.teardown(client.close)
    return client
  }
  const patchKey = (key: TestKey, payload: Record<string, unknown>) =>
    gateway.app.inject({ method: 'PATCH', url: `/admin/api-keys/${key.secretId}`, headers: adminHeaders, payload })
  const storeEvent = (id: string) => postCallback(gateway.app, { body: JSON.stringify(reviewEvent({ data: { id } })) })
  return { ...gateway, open, patchKey, storeEvent }
}

/** A stream must end within a second of the change (docs/api.md); waits at most 5 s, so a stuck one fails instead of hanging. */
const ENDS_WITHIN_MS = 1000

async function ends (t: Test, client: SseClient, what: string, changedAt = performance.now()): Promise<void> {
  let timer: NodeJS.Timeout | undefined
  const stuck = new Promise<'open'>((resolve) => { timer = setTimeout(() => resolve('open'), 5000) })
  const outcome = await Promise.race([client.ended.then(() => 'ended' as const), stuck])
  clearTimeout(timer)
  t.equal(outcome, 'ended', what)
  const tookMs = performance.now() - changedAt
  t.ok(tookMs <= ENDS_WITHIN_MS, `within a second of the change (${tookMs.toFixed(0)} ms)`)
}

t.test('a key may hold SSE_MAX_STREAMS_PER_KEY open streams; the next is a 429 problem, another key is not affected', async (t) => {
  const { app, open, origin } = await setup(t, { SSE_MAX_STREAMS_PER_KEY: '2' })
  const key = await createKey(app)
  const first = await open(key)
  const second = await open(key)
  t.same([first.status, second.status], [200, 200])

  const third = await fetch(`${origin}/events`, { headers: key.headers })
  t.equal(third.status, 429)
  t.match(third.headers.get('content-type'), /^application\/problem\+json/)
  t.match(third.headers.get('retry-after'), /^\d+$/)
  t.match(await third.json(), { code: 'GW_TOO_MANY_STREAMS', detail: /2 open event streams.*SSE_MAX_STREAMS_PER_KEY/ })

  const other = await open(await createKey(app))
  t.equal(other.status, 200, 'the limit is per key')

  first.close()
  await first.ended
  let reopened: SseClient | undefined
  // The server learns of the close asynchronously: the slot comes back once it has.
  for (let attempt = 0; attempt < 50 && reopened?.status !== 200; attempt++) {
    reopened?.close()
    reopened = await open(key)
    if (reopened.status !== 200) await new Promise((resolve) => setTimeout(resolve, 20))
  }
  t.equal(reopened?.status, 200, 'a closed stream gives its slot back')
})

const revocations: Array<[string, (context: Awaited<ReturnType<typeof setup>>, key: TestKey) => Promise<unknown>]> = [
  ['disabled', ({ patchKey }, key) => patchKey(key, { disabled: true })],
  ['deleted', ({ app }, key) => app.inject({ method: 'DELETE', url: `/admin/api-keys/${key.secretId}`, headers: adminHeaders })],
  ['rotated', ({ app }, key) => app.inject({ method: 'POST', url: `/admin/api-keys/${key.secretId}/rotate`, headers: adminHeaders })],
  ['left without the read scope', ({ patchKey }, key) => patchKey(key, { scopes: ['write'] })],
  ['no longer whitelisting the caller', ({ patchKey }, key) => patchKey(key, { ipWhitelist: ['203.0.113.7'] })],
]

for (const [change, apply] of revocations) {
  t.test(`an open stream ends when its key is ${change} through the admin API`, async (t) => {
    const context = await setup(t)
    const key = await createKey(context.app)
    const client = await context.open(key)
    t.equal(client.status, 200)
    const changedAt = performance.now()
    const response = await apply(context, key) as { statusCode: number }
    t.ok(response.statusCode < 300, `the change was made (${response.statusCode})`)
    await ends(t, client, `the stream ended after the key was ${change}`, changedAt)
    t.equal(context.app.events.listenerCount, 0, 'and left no listener behind')
  })
}

t.test('an open stream ends when another process (the CLI, another instance) disables its key in the store', async (t) => {
  const context = await setup(t)
  const key = await createKey(context.app)
  const client = await context.open(key)
  // What the CLI does: the same service on the same store, with no access to this gateway's cache.
  const elsewhere = new ApiKeyService({ repository: context.app.store.apiKeys, allowPrivateCallbacks: false })
  const changedAt = performance.now()
  await elsewhere.update(key.secretId, { disabled: true })
  await ends(t, client, 'the stream ended once the store showed the change', changedAt)
})

t.test('a change that still admits the key leaves its stream open', async (t) => {
  const context = await setup(t)
  const key = await createKey(context.app)
  const client = await context.open(key)
  t.equal((await context.patchKey(key, { note: 'renamed', scopes: ['read', 'write'] })).statusCode, 200)
  // Past the store watch's interval, so a re-check has happened.
  await new Promise((resolve) => setTimeout(resolve, 700))
  await context.storeEvent('after-the-change')
  const [event] = await client.waitForEvents(1)
  t.equal(JSON.parse(event?.data ?? '{}').data.id, 'after-the-change')
})
