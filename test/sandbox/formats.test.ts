import t from 'tap'
import { agoText, chinaEpoch, dashDateTime, epochString, monthStamp, orderStamp, parseChinaDate, slashDateTime } from '../../src/sandbox/formats.js'
import { flowLabel } from '../../src/sandbox/flow-pricing.js'

t.test('wall-clock formats are China time whatever the host zone', async (t) => {
  t.equal(slashDateTime(1422081708), '2015/01/24 14:41', 'the reference pairs this epoch with this date')
  t.equal(slashDateTime(chinaEpoch(2014, 12, 11, 9, 58)), '2014/12/11 9:58', 'unpadded hour')
  t.equal(dashDateTime(chinaEpoch(2015, 3, 19, 9, 5)), '2015-03-19 09:05', 'dash dates pad the hour')
  t.equal(slashDateTime(chinaEpoch(2015, 1, 1, 0, 0)), '2015/01/01 0:00', 'midnight in China is the previous day in UTC')
  t.equal(epochString(1426744428), '1426744428')
  t.equal(monthStamp(chinaEpoch(2015, 9, 30, 23, 59)), '201509')
  t.equal(orderStamp(chinaEpoch(2015, 3, 19, 15, 0, 0)), '20150319150000')
})

t.test('ago texts', async (t) => {
  const now = 1_700_000_000
  t.equal(agoText(now - 10, now), '刚刚')
  t.equal(agoText(now - 14 * 60, now), '14分钟前')
  t.equal(agoText(now - 4 * 3600, now), '4小时前')
  t.equal(agoText(now - 86400, now), '1天前')
  t.equal(agoText(now - 95 * 86400, now), '3月前')
  t.equal(agoText(now - 800 * 86400, now), '2年前')
  t.equal(agoText(now + 100, now), '刚刚', 'a time in the future is now')
})

t.test('log filter dates', async (t) => {
  t.equal(parseChinaDate('2015-03-19', false), chinaEpoch(2015, 3, 19))
  t.equal(parseChinaDate('2015-03-19', true), chinaEpoch(2015, 3, 19, 23, 59, 59))
  t.equal(parseChinaDate('2015-03-19 11:11', true), chinaEpoch(2015, 3, 19, 11, 11, 59))
  t.equal(parseChinaDate('2015-03-19T11:11:05', false), chinaEpoch(2015, 3, 19, 11, 11, 5))
  t.equal(parseChinaDate('2015-13-01', false), undefined)
  t.equal(parseChinaDate('2015-03-19 24:00', false), undefined)
  t.equal(parseChinaDate('yesterday', false), undefined)
})

t.test('flow sizes in package names', async (t) => {
  t.equal(flowLabel(1_000_000_000_000), '1.00T')
  t.equal(flowLabel(1_500_000_000_000), '1.50T')
  t.equal(flowLabel(100_000_000), '100.00M')
  t.equal(flowLabel(999), '999.00B')
})
