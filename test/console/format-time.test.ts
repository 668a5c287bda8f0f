import t from 'tap'
import { localTime } from '../../src/console/browser/time.js'

/** The console's times: unambiguous (year first) in every language, in the reader's time zone. */

t.test('a time is written year first, in the local time zone, never day/month or month/day', async (t) => {
  const zone = process.env.TZ
  t.teardown(() => { process.env.TZ = zone })
  process.env.TZ = 'America/New_York'
  t.equal(localTime('2026-12-03T09:04:05+08:00'), '2026-12-02 20:04:05')
  process.env.TZ = 'Asia/Shanghai'
  t.equal(localTime('2026-12-03T09:04:05+08:00'), '2026-12-03 09:04:05')
  t.equal(localTime('2015-03-19T13:21:00+08:00'), '2015-03-19 13:21:00')
})

t.test('text that is not a time is shown as it is', async (t) => {
  t.equal(localTime('someday'), 'someday')
})
