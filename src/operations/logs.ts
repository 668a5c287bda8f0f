import { Type } from '@sinclair/typebox'
import { Page, PageQuery } from '../schemas/page.js'
import { DateTime, Id, Nullable, StringEnum } from '../schemas/primitives.js'
import { pick, requireId, toIsoTime, toPage, toText } from './convert.js'
import { defineOperation } from './types.js'

/** The account's operation log. */

const TAGS = ['logs']

/** The upstream filters logs by these words (用户管理, 财务管理, 云主机, 云分发, 云DNS), not by codes. */
const LogType = StringEnum(['user', 'finance', 'instance', 'webcdn', 'dns'] as const, 'user (用户管理), finance (财务管理), instance (云主机), webcdn (云分发) or dns (云DNS)')

const Day = (description: string) => Type.String({ format: 'date', description, examples: ['2015-03-19'] })

export const ListLogsQuery = Type.Object({
  type: Type.Optional(LogType),
  start: Type.Optional(Day('First day, China time (+08:00), inclusive')),
  end: Type.Optional(Day('Last day, China time (+08:00), inclusive')),
  ...PageQuery,
}, { additionalProperties: false, title: 'ListLogsQuery' })

export const Log = Type.Object({
  id: Id(),
  type: Type.String({ description: 'What the entry is about: one of the filter\'s words, or another such as backup' }),
  ip: Type.String({ description: 'Where the operation came from' }),
  opCode: Type.String({ description: 'The upstream\'s operation code; the reference does not list them' }),
  title: Type.String(),
  content: Type.String(),
  createdAt: Nullable(DateTime()),
}, { title: 'Log' })

export const listLogs = defineOperation({
  operationId: 'listLogs',
  method: 'GET',
  path: '/logs',
  tags: TAGS,
  summary: 'List operation logs',
  description: 'What was done on the account, newest first; filter by type and by a range of days.',
  upstream: '/API/profile/logs',
  status: 200,
  query: ListLogsQuery,
  response: Page(Log, 'LogPage'),
  toUpstream: ({ query }) => ({ ...pick(query, { type: ['type'], start: ['start'], end: ['end'] }), page: query.page, limit: query.limit }),
  fromUpstream: (envelope, { query }) => toPage(envelope, query, (row) => ({
    id: requireId(row.id, 'data[].id'),
    type: toText(row.type),
    ip: toText(row.ip),
    opCode: toText(row.op),
    title: toText(row.title),
    content: toText(row.content),
    createdAt: toIsoTime(row.created),
  })),
  examples: {
    response: {
      items: [{ id: '7021234567', type: 'backup', ip: '58.215.133.213', opCode: '3', title: '回收站还原', content: '主机:i-l0cinjvx\n备份:b_n22ovkdx', createdAt: '2015-03-19T11:11:00+08:00' }],
      page: 1,
      limit: 20,
      total: 1,
      totalPages: 1,
    },
  },
})
