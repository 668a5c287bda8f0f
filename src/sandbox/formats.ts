/**
 * The upstream's ways of writing times. The upstream runs on China time
 * (UTC+08:00, no daylight saving), so every wall-clock field is rendered in
 * that zone whatever the machine's zone is. Times are kept as epoch seconds.
 */

const CHINA_OFFSET_MS = 8 * 3600 * 1000

function chinaWallClock (epochSeconds: number): Date {
  return new Date(epochSeconds * 1000 + CHINA_OFFSET_MS)
}

const two = (value: number): string => String(value).padStart(2, '0')

/** Epoch seconds of a China wall-clock time; months are 1-based as people write them. */
export function chinaEpoch (year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  return Math.floor((Date.UTC(year, month - 1, day, hour, minute, second) - CHINA_OFFSET_MS) / 1000)
}

/**
 * "2015/03/19 13:21" — most `created`/`updatetime`/`endtime` fields. The hour
 * is not zero-padded ("2014/12/11 9:58" in the reference's groupList), as
 * PHP's `G` format does.
 */
export function slashDateTime (seconds: number): string {
  const clock = chinaWallClock(seconds)
  return `${clock.getUTCFullYear()}/${two(clock.getUTCMonth() + 1)}/${two(clock.getUTCDate())} ${clock.getUTCHours()}:${two(clock.getUTCMinutes())}`
}

/** "2015-03-19 13:21" — logs and subaccountList's `created`. */
export function dashDateTime (seconds: number): string {
  const clock = chinaWallClock(seconds)
  return `${clock.getUTCFullYear()}-${two(clock.getUTCMonth() + 1)}-${two(clock.getUTCDate())} ${two(clock.getUTCHours())}:${two(clock.getUTCMinutes())}`
}

/** "1426744428" — groupAdd/groupUpdate, embedded groups and invoiceApply. */
export function epochString (seconds: number): string {
  return String(seconds)
}

/** "201509" — payFlowBalance's month. */
export function monthStamp (seconds: number): string {
  const clock = chinaWallClock(seconds)
  return `${clock.getUTCFullYear()}${two(clock.getUTCMonth() + 1)}`
}

/** "20150319150000" — the leading part of order codes such as "20150319150000447822". */
export function orderStamp (seconds: number): string {
  const clock = chinaWallClock(seconds)
  return `${clock.getUTCFullYear()}${two(clock.getUTCMonth() + 1)}${two(clock.getUTCDate())}` +
    `${two(clock.getUTCHours())}${two(clock.getUTCMinutes())}${two(clock.getUTCSeconds())}`
}

const MINUTE = 60
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
const MONTH = 30 * DAY
const YEAR = 365 * DAY

/** The `*_ago` fields: "14分钟前", "4小时前", "1天前", "3月前". */
export function agoText (seconds: number, nowSeconds: number): string {
  const elapsed = Math.max(0, nowSeconds - seconds)
  if (elapsed < MINUTE) return '刚刚'
  if (elapsed < HOUR) return `${Math.floor(elapsed / MINUTE)}分钟前`
  if (elapsed < DAY) return `${Math.floor(elapsed / HOUR)}小时前`
  if (elapsed < MONTH) return `${Math.floor(elapsed / DAY)}天前`
  if (elapsed < YEAR) return `${Math.floor(elapsed / MONTH)}月前`
  return `${Math.floor(elapsed / YEAR)}年前`
}

const DATE_INPUT = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/

/**
 * The logs filter's `start`/`end`: "2015-03-19", optionally with a time.
 * A bare date means the whole day, so `end` of a bare date reaches 23:59:59.
 */
export function parseChinaDate (text: string, endOfDay: boolean): number | undefined {
  const match = DATE_INPUT.exec(text.trim())
  if (match === null) return undefined
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined
  if (match[4] === undefined) {
    return endOfDay ? chinaEpoch(year, month, day, 23, 59, 59) : chinaEpoch(year, month, day)
  }
  const [hour, minute, second] = [Number(match[4]), Number(match[5]), Number(match[6] ?? (endOfDay ? 59 : 0))]
  if (hour > 23 || minute > 59 || second > 59) return undefined
  return chinaEpoch(year, month, day, hour, minute, second)
}
