import { chinaEpoch } from '../formats.js'
import type { LogRecord } from '../state.js'

/** 25 operation log rows: the reference's backup row first, then each `type` the logs filter knows. */

interface LogTemplate {
  type: string
  op: string
  title: string
  content: string
}

const TEMPLATES: LogTemplate[] = [
  { type: 'user', op: '1', title: '用户登录', content: '登录方式:API' },
  { type: 'finance', op: '1', title: '在线充值', content: '充值金额:1000.00' },
  { type: 'instance', op: '1', title: '创建云主机', content: '主机:i-230x2mmn' },
  { type: 'webcdn', op: '2', title: '修改频道', content: '频道:cdn.example.com' },
  { type: 'dns', op: '1', title: '添加解析记录', content: '域名:example.com\n记录:www A 58.215.133.213' },
  { type: 'instance', op: '3', title: '删除云硬盘', content: '硬盘:d-8fk2l1qa' },
]

export function seedLogs (): LogRecord[] {
  const first = chinaEpoch(2015, 3, 19, 11, 11)
  const logs: LogRecord[] = [
    { id: '7021234567', type: 'backup', ip: '58.215.133.213', op: '3', title: '回收站还原', content: '主机:i-l0cinjvx\n备份:b_n22ovkdx', createdAt: first },
  ]
  for (let index = 1; index < 25; index++) {
    const template = TEMPLATES[(index - 1) % TEMPLATES.length] as LogTemplate
    logs.push({ id: String(7021234567 - index), ip: '58.215.133.213', createdAt: first - index * 13 * 3600, ...template })
  }
  return logs
}

/** The `type` values the logs filter accepts: the reference's five, and "backup" that its own example row has. */
export const LOG_TYPES = ['user', 'finance', 'instance', 'webcdn', 'dns', 'backup'] as const
