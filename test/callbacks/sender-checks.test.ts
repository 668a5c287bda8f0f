import Fastify from 'fastify'
import t from 'tap'
import smsCallbackRoutes from '../../routes/callbacks/sms.js'
import { loadConfig } from '../../src/config.js'
import { buildTestApp } from '../helper.js'
import { RAW_SECRET, postCallback, reviewEvent, signedHeaders, storedEventCount } from './support/signed-callback.js'

const body = JSON.stringify(reviewEvent())

t.test('with neither CALLBACK_SECRET nor CALLBACK_IP_WHITELIST every callback is refused (403)', async (t) => {
  const app = await buildTestApp(t)
  const signed = await postCallback(app, { body })
  t.equal(signed.statusCode, 403)
  t.match(signed.headers['content-type'], /^application\/problem\+json/)
  t.equal(signed.json().code, 'GW_CALLBACKS_NOT_CONFIGURED')
  const bare = await app.inject({ method: 'POST', url: '/callbacks/sms', headers: { 'content-type': 'application/json' }, payload: body })
  t.equal(bare.statusCode, 403)
  t.equal(await storedEventCount(t), 0)
})

t.test('CALLBACK_IP_WHITELIST alone admits listed senders without a signature', async (t) => {
  const app = await buildTestApp(t, { CALLBACK_IP_WHITELIST: '203.0.113.0/24, 2001:db8::7' })
  const post = (remoteAddress: string, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url: '/callbacks/sms', remoteAddress, headers: { 'content-type': 'application/json', ...headers }, payload: body })

  t.equal((await post('203.0.113.9')).statusCode, 200, 'in the CIDR range')
  t.equal((await post('::ffff:203.0.113.10')).statusCode, 200, 'IPv4-mapped IPv6 is the same address')
  t.equal((await post('2001:db8::7')).statusCode, 200, 'IPv6 entry')
  const outsider = await post('198.51.100.1')
  t.equal(outsider.statusCode, 403)
  t.match(outsider.json(), { code: 'GW_CALLBACK_IP_NOT_ALLOWED', detail: /198\.51\.100\.1/ })
  // A webhook-id still deduplicates when the sender gives one.
  t.equal((await post('203.0.113.9', { 'webhook-id': 'msg_same' })).json().status, 'stored')
  t.equal((await post('203.0.113.9', { 'webhook-id': 'msg_same' })).json().status, 'duplicate')
  t.equal(await storedEventCount(t), 4)
})

t.test('with both configured a sender must be listed and sign', async (t) => {
  const app = await buildTestApp(t, { CALLBACK_SECRET: RAW_SECRET, CALLBACK_IP_WHITELIST: '203.0.113.5' })
  const post = (remoteAddress: string, headers: Record<string, string>) =>
    app.inject({ method: 'POST', url: '/callbacks/sms', remoteAddress, headers, payload: body })
  t.equal((await post('203.0.113.5', { 'content-type': 'application/json' })).statusCode, 401, 'listed but unsigned')
  t.equal((await post('127.0.0.1', signedHeaders({ body }))).statusCode, 403, 'signed but not listed')
  t.equal((await post('203.0.113.5', signedHeaders({ body }))).statusCode, 200, 'listed and signed')
})

t.test('a malformed CALLBACK_IP_WHITELIST entry stops start-up naming the variable', async (t) => {
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: t.testdir(), CALLBACK_IP_WHITELIST: '10.0.0.300' })
  const fastify = Fastify()
  t.teardown(() => fastify.close())
  await t.rejects(async () => { await fastify.register(smsCallbackRoutes, { config }).ready() }, /CALLBACK_IP_WHITELIST/)
})
