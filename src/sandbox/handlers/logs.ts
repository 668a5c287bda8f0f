import { Rejection, success } from '../envelope.js'
import { agoText, dashDateTime, parseChinaDate } from '../formats.js'
import type { Endpoint, Handler } from '../handler.js'
import { paginate, readPage } from '../pagination.js'
import { optionalChoice, optionalText } from '../params.js'
import { LOG_TYPES } from '../seed/logs.js'
import { newestFirst } from '../state.js'

/**
 * `/API/profile/logs`: the operation log, filtered by `type` and by
 * `start`/`end` dates (China time, both inclusive). It echoes `limit` and
 * `page` and answers `total` as a number; its dates use dashes.
 */

function readDate (text: string | undefined, field: string, endOfDay: boolean): number | undefined {
  if (text === undefined) return undefined
  const seconds = parseChinaDate(text, endOfDay)
  if (seconds === undefined) throw new Rejection(`日期格式不正确: ${field}`)
  return seconds
}

const logs: Handler = (body, { state, nowSeconds }) => {
  const request = readPage(body)
  const type = optionalChoice(body, 'type', LOG_TYPES)
  const start = readDate(optionalText(body, 'start'), 'start', false)
  const end = readDate(optionalText(body, 'end'), 'end', true)
  if (start !== undefined && end !== undefined && start > end) throw new Rejection('开始日期不能晚于结束日期')
  const matching = state.logs.filter((log) =>
    (type === undefined || log.type === type) &&
    (start === undefined || log.createdAt >= start) &&
    (end === undefined || log.createdAt <= end))
  const page = paginate(newestFirst(matching), request)
  const rows = page.rows.map((log) => ({
    id: log.id,
    uid: state.account.uid,
    type: log.type,
    ip: log.ip,
    op: log.op,
    title: log.title,
    content: log.content,
    created: dashDateTime(log.createdAt),
    created_ago: agoText(log.createdAt, nowSeconds),
  }))
  return success(rows, { limit: request.limit, page: request.page, total: page.total, totalpage: page.totalpage })
}

export const logEndpoints: Endpoint[] = [
  { path: '/API/profile/logs', handler: logs },
]
