import { ApiProblem, describeError, type AdminApi, type Query } from '../api.js'
import { field, h, replaceChildren, statusLine, uniqueId } from '../dom.js'
import { formatTime, t, tFor } from '../i18n.js'
import { button, code, pager, section, table, type ScreenView } from '../ui.js'

/** The audit log of writes, filterable, and the money moves whose outcome is unknown (to reconcile). */

interface AuditEntry {
  id: string
  at: string
  /** A key's secretId, or "admin" for the admin token. */
  secretId: string
  operationId: string
  method: string
  path: string
  requestId: string
  idempotencyKey: string | null
  replayed: boolean
  status: number
  outcome: string
  upstreamCode: string | null
  upstreamMessage: string | null
  amount: string | null
  bytes: number | null
}

interface IdempotencyRecord {
  idempotencyKey: string
  secretId: string
  operationId: string
  path: string
  state: string
  status: number | null
  requestId: string
  createdAt: string
  expiresAt: string
}

interface Paged<T> { items: T[], page: number, totalPages: number, total: number }

const OUTCOMES = ['ok', 'rejected', 'unknown', 'failed'] as const

export function auditScreen (api: AdminApi): ScreenView {
  const status = statusLine()
  const listArea = h('div', {}, t('loading'))
  const unknownStatus = statusLine()
  const unknownArea = h('div', {}, t('loading'))
  let page = 1

  const secretId = field(t('filterSecretId'), h('input', { type: 'text', autocomplete: 'off' }))
  const operationId = field(t('filterOperationId'), h('input', { type: 'text', autocomplete: 'off' }))
  const from = field(t('filterFrom'), h('input', { type: 'datetime-local', step: 1 }))
  const to = field(t('filterTo'), h('input', { type: 'datetime-local', step: 1 }))
  const filterFields = [['/secretId', secretId], ['/operationId', operationId], ['/from', from], ['/to', to]] as const
  const outcome = h('select', { id: uniqueId('outcome') }, h('option', { value: '' }, t('outcomeAny')), OUTCOMES.map((value) => h('option', { value }, tFor('outcome', value))))

  const query = (): Query => ({
    secretId: secretId.input.value.trim(),
    operationId: operationId.input.value.trim(),
    outcome: outcome.value,
    from: utc(from.input.value),
    to: utc(to.input.value),
    page,
    limit: 50,
  })

  const load = async () => {
    status.clear()
    for (const target of [secretId, operationId, from, to]) target.showError(undefined)
    try {
      const result = await api.get<Paged<AuditEntry>>('/admin/audit', query())
      replaceChildren(listArea, auditTable(result.items), pager(result, (next) => { page = next; void load() }))
    } catch (error) {
      replaceChildren(listArea)
      // A refused filter is said beside its field; anything else above the list.
      const placed = error instanceof ApiProblem && filterFields.filter(([pointer, target]) => {
        const issues = error.issuesAt(pointer)
        if (issues.length > 0) target.showError(issues.map((issue) => issue.message).join('; '))
        return issues.length > 0
      }).length > 0
      if (!placed) status.say(describeError(error), 'error')
    }
  }

  const loadUnknown = async () => {
    try {
      const result = await api.get<Paged<IdempotencyRecord>>('/admin/idempotency', { state: 'unknown', limit: 100 })
      replaceChildren(unknownArea, unknownTable(result.items))
    } catch (error) {
      replaceChildren(unknownArea)
      unknownStatus.say(describeError(error), 'error')
    }
  }

  const filters = h('form', { class: 'filters', novalidate: true },
    h('fieldset', {}, h('legend', {}, t('auditFilters')),
      secretId.wrapper, operationId.wrapper,
      h('div', { class: 'field' }, h('label', { for: outcome.id }, t('filterOutcome')), outcome),
      from.wrapper, to.wrapper,
      h('div', { class: 'buttons' }, h('button', { type: 'submit', class: 'primary' }, t('apply')))))
  filters.addEventListener('submit', (event) => {
    event.preventDefault()
    page = 1
    void load()
  })

  void load()
  void loadUnknown()
  const element = h('div', {},
    section('auditTitle', filters, status.element, listArea),
    section('unknownTitle', h('p', { class: 'hint' }, t('unknownHint')), h('div', { class: 'toolbar' }, button('refresh', () => { void loadUnknown() })), unknownStatus.element, unknownArea),
  )
  return { element }
}

function auditTable (entries: AuditEntry[]): HTMLElement {
  return table<AuditEntry>([
    { label: 'colTime', cell: (entry) => formatTime(entry.at) },
    { label: 'colCaller', cell: (entry) => (entry.secretId === 'admin' ? t('callerAdmin') : code(entry.secretId)) },
    { label: 'colOperation', cell: (entry) => entry.operationId },
    { label: 'colPath', cell: (entry) => `${entry.method} ${entry.path}` },
    { label: 'colStatus', cell: (entry) => (entry.replayed ? `${entry.status} (${t('replayed')})` : String(entry.status)) },
    { label: 'colUpstream', cell: (entry) => [entry.upstreamCode, entry.upstreamMessage].filter((part) => part !== null).join(' ') || t('none') },
    { label: 'colOutcome', cell: (entry) => h('span', { class: `badge ${entry.outcome === 'ok' ? 'on' : 'off'}` }, tFor('outcome', entry.outcome)) },
    { label: 'colAmount', cell: (entry) => entry.amount ?? (entry.bytes === null ? t('none') : t('bytes', { bytes: entry.bytes })) },
    { label: 'colIdempotencyKey', cell: (entry) => entry.idempotencyKey ?? t('none') },
    { label: 'colRequestId', cell: (entry) => code(entry.requestId) },
  ], entries, 'noAudit')
}

function unknownTable (records: IdempotencyRecord[]): HTMLElement {
  return table<IdempotencyRecord>([
    { label: 'colTime', cell: (record) => formatTime(record.createdAt) },
    { label: 'colKey', cell: (record) => code(record.secretId) },
    { label: 'colOperation', cell: (record) => record.operationId },
    { label: 'colPath', cell: (record) => record.path },
    { label: 'colIdempotencyKey', cell: (record) => code(record.idempotencyKey) },
    { label: 'colRequestId', cell: (record) => code(record.requestId) },
    { label: 'colExpires', cell: (record) => formatTime(record.expiresAt) },
  ], records, 'noUnknown')
}

/** A datetime-local value (the reader's time zone) as UTC ISO 8601, as the API takes times. */
function utc (local: string): string | undefined {
  if (local === '') return undefined
  const date = new Date(local)
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString()
}
