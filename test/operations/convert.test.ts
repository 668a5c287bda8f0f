import t from 'tap'
import {
  byLabel, codeFor, flagToText, flagToUpstream, invert, joinList, pick, requireId, requireRecord, splitList, toFlag, toId, toInteger,
  epochToIso, toIsoTime, toItems, toMoney, toOptionalId, toPage, toYearMonth, wordFor, wordsOf,
} from '../../src/operations/convert.js'

/** The conversions between the upstream's representation and the gateway's, on their own. */

t.test('every date format of the reference becomes ISO 8601 with +08:00', async (t) => {
  const cases: Array<[unknown, string | null]> = [
    ['2015/03/19 13:21', '2015-03-19T13:21:00+08:00'], // most lists
    ['2014/12/11 9:58', '2014-12-11T09:58:00+08:00'], // groupList: an unpadded hour
    ['2015-03-19 11:11', '2015-03-19T11:11:00+08:00'], // logs, subaccountList's created
    ['2015-03-19 13:21:07', '2015-03-19T13:21:07+08:00'],
    ['2015/01/04', '2015-01-04T00:00:00+08:00'],
    ['1426744428', '2015-03-19T13:53:48+08:00'], // groupAdd: epoch seconds as a string
    [1426750757, '2015-03-19T15:39:17+08:00'], // ... or as a number
    ['1422081708', '2015-01-24T14:41:48+08:00'], // 06:41:48 UTC
    ['', null],
    ['0', null],
    [0, null],
    [null, null],
    [undefined, null],
    ['yesterday', null],
  ]
  for (const [upstream, iso] of cases) t.equal(toIsoTime(upstream), iso, String(upstream))
})

t.test('a date read by position answers what the same date with unpadded parts answers', async (t) => {
  // Zero-padded dates take a shortcut (no captures, no padding); unpadded ones the general pattern.
  for (let day = 0; day < 800; day += 7) {
    const date = new Date(Date.UTC(2013, 0, 1 + day, day % 24, (day * 7) % 60, (day * 13) % 60))
    const parts = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()]
    const [year, month, dayOfMonth, hour, minute, second] = parts.map(String)
    const padded = parts.slice(1).map((part) => String(part).padStart(2, '0'))
    for (const separator of ['-', '/']) {
      const unpadded = toIsoTime(`${year}${separator}${month}${separator}${dayOfMonth} ${hour}:${minute}:${second}`)
      t.equal(toIsoTime(`${year}${separator}${padded.slice(0, 2).join(separator)} ${padded.slice(2).join(':')}`), unpadded)
      t.equal(toIsoTime(`${year}${separator}${padded.slice(0, 2).join(separator)}T${padded.slice(2, 4).join(':')}`), unpadded?.replace(/:\d\d\+/, ':00+'))
    }
  }
  t.equal(toIsoTime('2015-03-19 13:2x'), null, 'a letter where a digit belongs')
  t.equal(toIsoTime('2015-03-19 13:21:'), null, 'a trailing colon')
})

t.test('epoch times do not depend on the machine\'s time zone', async (t) => {
  const zone = process.env.TZ
  t.teardown(() => { process.env.TZ = zone })
  process.env.TZ = 'America/Los_Angeles'
  t.equal(toIsoTime('1426744428'), '2015-03-19T13:53:48+08:00')
})

t.test('epoch seconds convert by calendar arithmetic exactly as a Date would', async (t) => {
  const viaDate = (seconds: number) => new Date(Math.floor(seconds) * 1000 + 8 * 3600 * 1000).toISOString().slice(0, 19) + '+08:00'
  const edges = [
    1, 86_399 - 8 * 3600, 951_753_600, 951_839_999, 951_840_000, // 2000-02-29 (a leap day of a century divisible by 400)
    4_107_456_000, 4_107_542_400, // 2100-02-28 and 2100-03-01: no leap day in 2100
    1_704_038_400 - 8 * 3600 - 1, 1_704_038_400 - 8 * 3600, // the new year 2024 in +08:00
    1_426_744_428.9, 99_999_999_999, // a fraction is cut off; the largest epoch the upstream's 11 digits allow
  ]
  for (const seconds of edges) t.equal(epochToIso(seconds), viaDate(seconds), String(seconds))
  // And a sweep across the years the upstream's epochs can name, a few days and hours apart.
  let mismatches = 0
  for (let seconds = 100_000_000; seconds < 99_999_999_999; seconds += 987_654_321 + (seconds % 86_400)) {
    if (epochToIso(seconds) !== viaDate(seconds)) mismatches++
  }
  t.equal(mismatches, 0)
})

t.test('money stays the upstream\'s decimal string', async (t) => {
  t.equal(toMoney('29122.0219', 'price'), '29122.0219')
  t.equal(toMoney('0.0000', 'price'), '0.0000', 'trailing zeros kept')
  t.equal(toMoney('1000.00', 'price'), '1000.00')
  t.equal(toMoney(' 300.00 ', 'price'), '300.00')
  t.equal(toMoney(57300, 'price'), '57300', 'invoiceBalance answers a JSON number')
  t.equal(toMoney(0.1, 'price'), '0.1')
  t.equal(toMoney('-5.5', 'price'), '-5.5')
})

t.test('what is not an amount is refused naming the field, never read as "0"', async (t) => {
  const cases: Array<[unknown, RegExp]> = [
    [undefined, /data\.price is missing/], [null, /is null/], [{}, /is an object/], [[], /is an array/], ['', /an empty string/],
    ['abc', /"abc"/], ['1e3', /"1e3"/], ['12,50', /"12,50"/], [Number.NaN, /number NaN/], [Number.POSITIVE_INFINITY, /Infinity/], [true, /boolean true/],
  ]
  for (const [value, message] of cases) {
    t.throws(() => toMoney(value, 'data.price'), { statusCode: 502, code: 'GW_UPSTREAM_BAD_ANSWER', message }, JSON.stringify(value) ?? 'undefined')
  }
  t.throws(() => toMoney('x'.repeat(500), 'data.price'), { message: /^(?!.*x{30})/ }, 'a long value is not repeated whole')
})

t.test('ids and data objects an answer needs are required', async (t) => {
  t.equal(requireId(130667, 'data[].id'), '130667')
  t.equal(requireId(' 42 ', 'data[].id'), '42')
  for (const value of [undefined, null, '', {}, Number.NaN]) t.throws(() => requireId(value, 'data[].id'), { code: 'GW_UPSTREAM_BAD_ANSWER', message: /data\[\]\.id/ })
  t.same(requireRecord({ a: 1 }, 'data'), { a: 1 })
  for (const value of [undefined, null, [], 'x', 7]) t.throws(() => requireRecord(value, 'data'), { code: 'GW_UPSTREAM_BAD_ANSWER', message: /its data is/ })
})

t.test('integers are numbers even when the upstream sends strings', async (t) => {
  t.equal(toInteger('130667'), 130667)
  t.equal(toInteger(4356), 4356)
  t.equal(toInteger('16088000000000'), 16088000000000, 'byte counts beyond 32 bits')
  t.equal(toInteger(''), 0)
  t.equal(toInteger('1.5'), 0)
  t.equal(toInteger('9007199254740993'), 0, 'not a safe integer')
  t.equal(toInteger(undefined, 7), 7, 'the fallback')
})

t.test('flags and ids', async (t) => {
  t.equal(toFlag('1'), true)
  t.equal(toFlag(1), true)
  t.equal(toFlag(true), true)
  t.equal(toFlag('0'), false)
  t.equal(toFlag(''), false)
  t.equal(toFlag(undefined), false)
  t.equal(flagToUpstream(true), 1)
  t.equal(flagToUpstream(false), 0)
  t.equal(flagToText(true), '1')
  t.equal(flagToText(false), '0')
  t.equal(toId(1234567890), '1234567890')
  t.equal(toId('144'), '144')
  t.equal(toId(null), '')
  t.equal(toOptionalId('0'), null, 'gid "0": in no group')
  t.equal(toOptionalId(''), null)
  t.equal(toOptionalId(144), '144')
})

t.test('comma lists', async (t) => {
  t.strictSame(splitList('a@x.cn,b@x.cn'), ['a@x.cn', 'b@x.cn'])
  t.strictSame(splitList(' a@x.cn , ,b@x.cn '), ['a@x.cn', 'b@x.cn'])
  t.strictSame(splitList(''), [])
  t.strictSame(splitList(undefined), [])
  t.equal(joinList(['13511111111', '13522222222']), '13511111111,13522222222')
  t.equal(joinList([]), '')
})

t.test('payFlowBalance\'s month', async (t) => {
  t.equal(toYearMonth('201509'), '2015-09')
  t.equal(toYearMonth('2015-09'), '2015-09')
  t.equal(toYearMonth(''), null)
})

t.test('enum tables are written once and read both ways', async (t) => {
  const COUPON_STATUS = { 0: 'unused', 1: 'activated', 2: 'used', 3: 'void', 4: 'expired' } as const
  t.strictSame(wordsOf(COUPON_STATUS), ['unused', 'activated', 'used', 'void', 'expired'])
  t.equal(wordFor(COUPON_STATUS, '2', null), 'used', 'a string code')
  t.equal(wordFor(COUPON_STATUS, 0, null), 'unused', 'a number code, including 0')
  t.equal(wordFor(COUPON_STATUS, '9', null), null, 'an unknown code reads as the fallback')
  t.equal(wordFor(COUPON_STATUS, undefined, null), null)
  t.equal(wordFor(COUPON_STATUS, 'constructor', null), null, 'never a key of Object.prototype')
  t.strictSame(invert(COUPON_STATUS), { unused: 0, activated: 1, used: 2, void: 3, expired: 4 })
  const toCode = codeFor(COUPON_STATUS)
  for (const word of wordsOf(COUPON_STATUS)) t.equal(wordFor(COUPON_STATUS, toCode(word), null), word, `${word} round-trips`)

  const RECHARGE_TYPE = { 1: 'alipay', 2: 'bank', 3: 'transfer', 4: 'system', 5: 'invite' } as const
  const labels = byLabel(RECHARGE_TYPE, { 1: '支付宝', 2: '网银', 3: '线下转账', 4: '系统充值', 5: '邀请' })
  t.equal(wordFor(labels, '线下转账', null), 'transfer', 'a list that answers only the Chinese label')
})

t.test('pick copies only present fields, renamed and converted', async (t) => {
  const body: { tel?: string, receiveSms?: boolean, otherEmails?: string[], fax?: string } = { tel: '051086994256', receiveSms: false, otherEmails: ['a@x.cn'] }
  t.strictSame(pick(body, { tel: ['tel'], receiveSms: ['recieve_sms', flagToUpstream], otherEmails: ['other_mail', joinList], fax: ['fax'] }), {
    tel: '051086994256',
    recieve_sms: 0,
    other_mail: 'a@x.cn',
  })
})

t.test('page envelopes have numbers as numbers', async (t) => {
  const page = toPage({ data: [{ id: 1 }], total: '130667', totalpage: 4356 }, { page: 3, limit: 30 }, (row) => toId(row.id))
  t.strictSame(page, { items: ['1'], page: 3, limit: 30, total: 130667, totalPages: 4356 })
  t.strictSame(toPage({ data: [{}, {}] }, { page: 1, limit: 30 }, () => 0), { items: [0, 0], page: 1, limit: 30, total: 2, totalPages: 1 }, 'no totals upstream: counted')
  t.strictSame(toPage({ data: null }, { page: 1, limit: 30 }, () => 0), { items: [], page: 1, limit: 30, total: 0, totalPages: 0 })
  t.strictSame(toItems(null, () => 0), { items: [] }, 'null is the empty list')
  t.throws(() => toItems(undefined, () => 0), { code: 'GW_UPSTREAM_BAD_ANSWER', message: /its data is missing where a list is needed/ })
  t.throws(() => toPage({ data: { id: 1 } }, { page: 1, limit: 30 }, () => 0), { code: 'GW_UPSTREAM_BAD_ANSWER', message: /data is an object/ })
  t.throws(() => toPage({ data: [{ id: 1 }, 'x'] }, { page: 1, limit: 30 }, () => 0), { code: 'GW_UPSTREAM_BAD_ANSWER', message: /data\[1\] is "x"/ })
})
