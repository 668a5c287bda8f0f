import { h, uniqueId } from './dom.js'
import { t, type MessageKey } from './i18n.js'

/** The few building blocks every screen is made of: sections, tables, definition lists, paging. */

export interface ScreenView {
  element: HTMLElement
  /** Stops what the screen started (timers, listeners) when another screen replaces it. */
  dispose?: () => void
}

export function section (titleKey: MessageKey, ...children: Array<Node | null | undefined | false>): HTMLElement {
  const headingId = uniqueId('heading')
  return h('section', { 'aria-labelledby': headingId }, h('h2', { id: headingId }, t(titleKey)), ...children)
}

export interface Column<T> {
  label: MessageKey
  cell: (row: T) => Node | string
}

export function table<T> (columns: Array<Column<T>>, rows: T[], emptyKey: MessageKey): HTMLElement {
  if (rows.length === 0) return h('p', { class: 'empty' }, t(emptyKey))
  return h('div', { class: 'table-wrap' }, h('table', {},
    h('thead', {}, h('tr', {}, columns.map((column) => h('th', { scope: 'col' }, t(column.label))))),
    h('tbody', {}, rows.map((row) => h('tr', {}, columns.map((column) => h('td', {}, column.cell(row)))))),
  ))
}

export function definitions (pairs: Array<[MessageKey, Node | string]>): HTMLElement {
  return h('dl', { class: 'definitions' }, pairs.flatMap(([label, value]) => [h('dt', {}, t(label)), h('dd', {}, value)]))
}

export function button (labelKey: MessageKey, onClick: (event: Event) => void, attributes: Record<string, string> = {}): HTMLButtonElement {
  return h('button', { type: 'button', ...attributes, onclick: onClick as EventListener }, t(labelKey))
}

export interface PageInfo { page: number, totalPages: number, total: number }

/** Previous/next buttons for a paginated list; absent when everything fits on one page. */
export function pager (info: PageInfo, go: (page: number) => void): HTMLElement | null {
  if (info.totalPages <= 1) return null
  const previous = button('previous', () => go(info.page - 1))
  const next = button('next', () => go(info.page + 1))
  previous.disabled = info.page <= 1
  next.disabled = info.page >= info.totalPages
  return h('nav', { class: 'pager', 'aria-label': t('pageOf', { page: info.page, pages: info.totalPages, total: info.total }) },
    previous, h('span', {}, t('pageOf', { page: info.page, pages: info.totalPages, total: info.total })), next)
}

/** Runs an action with its button disabled and busy, so a double click does not send it twice. */
export async function busy<T> (control: HTMLButtonElement, action: () => Promise<T>): Promise<T> {
  control.disabled = true
  control.setAttribute('aria-busy', 'true')
  try {
    return await action()
  } finally {
    control.disabled = false
    control.removeAttribute('aria-busy')
  }
}

export const code = (text: string) => h('code', {}, text)
