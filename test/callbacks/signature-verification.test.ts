import t from 'tap'
import { buildTestApp } from '../helper.js'
import { standardSignature } from '../support/callback-receiver.js'
import { webhookFor } from '../../src/callbacks/webhook-secret.js'
import { RAW_SECRET, WHSEC_SECRET, newWebhookId, nowSeconds, postCallback, reviewEvent, storedEventCount } from './support/signed-callback.js'

type TestContext = Parameters<Parameters<typeof t.test>[0]>[0]

const body = JSON.stringify(reviewEvent())

async function appWithSecret (t: TestContext, secret = RAW_SECRET) {
  return buildTestApp(t, { CALLBACK_SECRET: secret })
}

t.test('a callback signed with the raw secret is stored and acknowledged with its event ids', async (t) => {
  const app = await appWithSecret(t)
  const response = await postCallback(app, { body })
  t.equal(response.statusCode, 200)
  t.equal(response.json().status, 'stored')
  t.match(response.json().eventIds, [/^evt_[0-9a-f]{32}$/])
  t.equal(await storedEventCount(t), 1)
})

t.test('a whsec_ (base64) secret verifies signatures made with its decoded bytes', async (t) => {
  const app = await appWithSecret(t, WHSEC_SECRET)
  t.equal((await postCallback(app, { body, secret: WHSEC_SECRET })).statusCode, 200)
  // The same text used as raw bytes is a different key.
  t.equal((await postCallback(app, { body, secret: WHSEC_SECRET.replace('whsec_', 'raw_') })).statusCode, 401)
})

t.test('a bad signature is 401 problem+json and stores nothing', async (t) => {
  const app = await appWithSecret(t)
  const response = await postCallback(app, { body, secret: 'another-secret-0123456789' })
  t.equal(response.statusCode, 401)
  t.match(response.headers['content-type'], /^application\/problem\+json/)
  t.match(response.json(), { status: 401, code: 'GW_CALLBACK_SIGNATURE_INVALID', detail: /no v1 entry/ })
  t.equal(await storedEventCount(t), 0)
})

t.test('a body changed after signing fails: the signature covers the exact bytes', async (t) => {
  const app = await appWithSecret(t)
  const webhookId = newWebhookId()
  const timestamp = String(nowSeconds())
  const signature = standardSignature(RAW_SECRET, webhookId, timestamp, body)
  const spaced = body.replace('{', '{ ')
  const response = await postCallback(app, { body: spaced, webhookId, timestamp, signature })
  t.equal(response.statusCode, 401)
  t.equal(await storedEventCount(t), 0)
})

t.test('several signature entries pass when one of them matches', async (t) => {
  const app = await appWithSecret(t)
  const webhookId = newWebhookId()
  const timestamp = String(nowSeconds())
  const good = standardSignature(RAW_SECRET, webhookId, timestamp, body)
  const rotatedOut = standardSignature('old-secret-0123456789abc', webhookId, timestamp, body)
  const signature = `v2,${good.slice(3)} ${rotatedOut} ${good}`
  t.equal((await postCallback(app, { body, webhookId, timestamp, signature })).statusCode, 200)
  const none = `${rotatedOut} v1,${Buffer.alloc(32).toString('base64')}`
  t.equal((await postCallback(app, { body, webhookId: newWebhookId(), timestamp, signature: none })).statusCode, 401)
})

t.test('a stale timestamp (over 5 minutes old) is refused', async (t) => {
  const app = await appWithSecret(t)
  const response = await postCallback(app, { body, timestamp: nowSeconds() - 301 })
  t.equal(response.statusCode, 401)
  t.match(response.json().detail, /in the past/)
  t.equal((await postCallback(app, { body, timestamp: nowSeconds() - 240 })).statusCode, 200, 'within tolerance')
})

t.test('a timestamp over 5 minutes in the future is refused', async (t) => {
  const app = await appWithSecret(t)
  // 20 s past the limit: the clock moves on while the request is handled, and a second
  // boundary crossed under load must not bring a timestamp just past it back inside.
  const response = await postCallback(app, { body, timestamp: nowSeconds() + 320 })
  t.equal(response.statusCode, 401)
  t.match(response.json().detail, /in the future/)
})

t.test('missing or malformed signature headers are 401', async (t) => {
  const app = await appWithSecret(t)
  for (const name of ['webhook-id', 'webhook-timestamp', 'webhook-signature']) {
    const response = await postCallback(app, { body }, { [name]: '' })
    t.equal(response.statusCode, 401, `${name} missing`)
    t.match(response.json().detail, new RegExp(`${name} header is missing`))
  }
  const lax = await postCallback(app, { body, timestamp: `${nowSeconds()}abc` })
  t.equal(lax.statusCode, 401, 'timestamp with trailing junk')
  const padded = await postCallback(app, { body, timestamp: `0${nowSeconds()}` })
  t.equal(padded.statusCode, 401, 'timestamp with a leading zero')
  t.equal(await storedEventCount(t), 0)
})

t.test('a secret that says whsec_ but is not base64 is refused outright', async (t) => {
  t.throws(() => webhookFor('whsec_not*base64*at*all!!'), /base64/)
  t.ok(webhookFor('not-whsec-so-any-text-is-raw!!'), 'raw secrets take any text')
})
