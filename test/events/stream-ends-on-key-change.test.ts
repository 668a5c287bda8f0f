import t from 'tap'
import { adminHeaders, createKey, RAW_SECRET } from '../callbacks/support/signed-callback.js'
import { openEventStream, startListeningGateway } from './support/listening-gateway.js'

/** A key that changes ends its open streams: the client reconnects and is checked again (refused, if disabled). */

const changes: Array<[string, (secretId: string) => { method: 'PATCH' | 'POST' | 'DELETE', url: string, payload?: object }]> = [
  ['disabled', (secretId) => ({ method: 'PATCH', url: `/admin/api-keys/${secretId}`, payload: { disabled: true } })],
  ['rotated', (secretId) => ({ method: 'POST', url: `/admin/api-keys/${secretId}/rotate` })],
  ['re-scoped', (secretId) => ({ method: 'PATCH', url: `/admin/api-keys/${secretId}`, payload: { scopes: ['write'] } })],
  ['whitelist changed', (secretId) => ({ method: 'PATCH', url: `/admin/api-keys/${secretId}`, payload: { ipWhitelist: ['10.0.0.1'] } })],
  ['deleted', (secretId) => ({ method: 'DELETE', url: `/admin/api-keys/${secretId}` })],
]

for (const [change, request] of changes) {
  t.test(`a key ${change} has its open stream ended, and the next attempt is checked afresh`, async (t) => {
    const { app, origin } = await startListeningGateway(t, { CALLBACK_SECRET: RAW_SECRET })
    const key = await createKey(app)
    const bystander = await createKey(app)
    const stream = await openEventStream(`${origin}/events`, key.headers)
    const other = await openEventStream(`${origin}/events`, bystander.headers)
    t.teardown(other.close)
    t.equal(stream.status, 200)

    const answer = await app.inject({ ...request(key.secretId), headers: adminHeaders })
    t.ok(answer.statusCode < 300, `${change}: ${answer.statusCode}`)
    await stream.ended
    t.equal(app.events.listenerCount, 1, 'the other key\'s stream stays open')
    const again = await openEventStream(`${origin}/events`, key.headers)
    t.teardown(again.close)
    t.not(again.status, 200, 'the old credentials no longer open a stream')
  })
}
