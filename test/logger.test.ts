import t from 'tap'
import { redactSecrets } from '../src/logger.js'

/** Secret fields are censored at the top level and one level down, without touching what the caller logged. */

t.test('secret fields are censored at the top level and one level down', async (t) => {
  const logged = { token: 't0ken', upstreamBody: { password: 'hunter2', page: 1 }, headers: { authorization: 'Bearer x.y' }, msg: 'kept' }
  t.same(redactSecrets(logged), { token: '[redacted]', upstreamBody: { password: '[redacted]', page: 1 }, headers: { authorization: '[redacted]' }, msg: 'kept' })
  t.same(logged.upstreamBody, { password: 'hunter2', page: 1 }, 'the caller\'s object is not changed')
})

t.test('an object without secrets is passed through as it is', async (t) => {
  const logged = { req: { method: 'GET', url: '/balance' }, res: { statusCode: 200 }, responseTime: 1.5 }
  t.equal(redactSecrets(logged), logged, 'no copy is made')
})

t.test('errors and arrays are left to their serializers', async (t) => {
  const err = Object.assign(new Error('boom'), { token: 'inside an error' })
  const logged = { err, list: [{ token: 'in a list' }] }
  const result = redactSecrets(logged)
  t.equal(result.err, err, 'an Error keeps its prototype, message and stack')
  t.equal(result.list, logged.list)
})
