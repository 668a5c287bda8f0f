import t from 'tap'
import { RAW_SECRET, adminHeaders, createKey, postCallback, reviewEvent } from '../callbacks/support/signed-callback.js'
import { apiKeyHeaders } from '../helper.js'
import { openEventStream, startListeningGateway } from './support/listening-gateway.js'

/**
 * GET /admin/events is /events for admins (the console): the same events,
 * ids and replay, for the admin token or an admin-scope key, while scopes
 * stay exact (a read key gets /events only, an admin key /admin/events only).
 */

t.test('the admin token and an admin key stream the same events, ids and replay as /events', async (t) => {
  const { app, origin } = await startListeningGateway(t, { CALLBACK_SECRET: RAW_SECRET })
  const readKey = await createKey(app)
  const adminKey = await apiKeyHeaders(app, ['admin'])
  const streams = await Promise.all([
    openEventStream(`${origin}/events`, readKey.headers),
    openEventStream(`${origin}/admin/events`, adminHeaders),
    openEventStream(`${origin}/admin/events`, adminKey),
  ])
  for (const stream of streams) t.teardown(stream.close)
  t.strictSame(streams.map((stream) => stream.status), [200, 200, 200])
  await postCallback(app, { body: JSON.stringify(reviewEvent({ data: { id: 'tpl-admin-1' } })) })
  const [reader, token, key] = await Promise.all(streams.map(async (stream) => (await stream.waitForEvents(1))[0]))
  t.match(JSON.parse(token?.data ?? ''), { type: 'sms.template.reviewed', data: { id: 'tpl-admin-1' } })
  t.strictSame(token, reader, 'the admin token sees what a read key sees')
  t.strictSame(key, reader, 'and so does an admin key')

  const replay = await openEventStream(`${origin}/admin/events`, { ...adminHeaders, 'last-event-id': String(Number(reader?.id) - 1) })
  t.teardown(replay.close)
  t.strictSame((await replay.waitForEvents(1))[0], reader, 'Last-Event-ID replays from the store')
})

t.test('scopes stay exact: a read key cannot use /admin/events, an admin key not /events', async (t) => {
  const { app, origin } = await startListeningGateway(t, { CALLBACK_SECRET: RAW_SECRET })
  const readKey = await createKey(app)
  const adminKey = await apiKeyHeaders(app, ['admin'])
  const refused = await Promise.all([
    fetch(`${origin}/admin/events`, { headers: readKey.headers }),
    fetch(`${origin}/events`, { headers: adminKey }),
    fetch(`${origin}/admin/events`),
  ])
  t.strictSame(refused.map((response) => response.status), [403, 403, 401])
  const problems = await Promise.all(refused.map(async (response) => await response.json() as { code: string }))
  t.strictSame(problems.map((problem) => problem.code), ['GW_INSUFFICIENT_SCOPE', 'GW_INSUFFICIENT_SCOPE', 'GW_UNAUTHENTICATED'])
})
