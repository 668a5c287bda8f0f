import { describeError, type AdminApi } from '../api.js'
import { h, replaceChildren, statusLine } from '../dom.js'
import { formatTime, t, tFor } from '../i18n.js'
import { busy, button, section, table, type ScreenView } from '../ui.js'

/** 同步资源: each synced catalog's last sync, status, duration, item count and error; sync one or all. */

interface CatalogStatus {
  name: string
  status: 'pending' | 'ok' | 'failed'
  syncing: boolean
  lastSyncAt: string | null
  lastDurationMs: number | null
  itemCount: number
  lastError: { code: string, message: string } | null
}

interface SyncStatus { intervalSeconds: number, catalogs: CatalogStatus[] }

export function syncScreen (api: AdminApi): ScreenView {
  const status = statusLine()
  const interval = h('p', { class: 'hint' })
  const listArea = h('div', {}, t('loading'))
  // The buttons of the rows on screen, and Sync all: one sync at a time from this screen.
  let rowButtons: HTMLButtonElement[] = []
  const controls = () => [syncAll, ...rowButtons]

  const summary = (state: SyncStatus) => state.catalogs.map((catalog) => `${tFor('catalog', catalog.name)} ${tFor('status', catalog.status)} (${catalog.itemCount})`).join('; ')

  const show = (state: SyncStatus) => {
    interval.textContent = state.intervalSeconds === 0 ? t('syncIntervalOff') : t('syncInterval', { seconds: state.intervalSeconds })
    rowButtons = []
    replaceChildren(listArea, table<CatalogStatus>([
      { label: 'colCatalog', cell: (catalog) => h('span', { id: `catalog-${catalog.name}` }, tFor('catalog', catalog.name)) },
      { label: 'colLastSync', cell: (catalog) => (catalog.lastSyncAt === null ? t('never') : formatTime(catalog.lastSyncAt)) },
      { label: 'colStatus', cell: (catalog) => h('span', { class: `badge ${catalog.status === 'ok' ? 'on' : catalog.status === 'failed' ? 'off' : ''}` }, catalog.syncing ? t('syncing') : tFor('status', catalog.status)) },
      { label: 'colDuration', cell: (catalog) => (catalog.lastDurationMs === null ? t('none') : `${catalog.lastDurationMs} ms`) },
      { label: 'colItems', cell: (catalog) => String(catalog.itemCount) },
      { label: 'colError', cell: (catalog) => (catalog.lastError === null ? t('none') : `${catalog.lastError.code}: ${catalog.lastError.message}`) },
      { label: 'colActions', cell: (catalog) => { const row = syncButton('sync', { catalog: catalog.name }, `catalog-${catalog.name}`); rowButtons.push(row); return row } },
    ], state.catalogs, 'loading'))
  }

  const syncButton = (label: 'sync' | 'syncAll', query: Record<string, string>, describedBy?: string) => {
    const control = button(label, () => {
      status.say(t('syncing'), 'busy')
      for (const other of controls()) other.disabled = true
      void busy(control, async () => {
        const state = await api.post<SyncStatus>('/admin/sync', query)
        show(state)
        status.say(t('syncDone', { summary: summary(state) }), state.catalogs.some((catalog) => catalog.status === 'failed') ? 'error' : 'ok')
      }).catch((error: unknown) => status.say(describeError(error), 'error'))
        .finally(() => { for (const other of controls()) other.disabled = false })
    }, { ...(describedBy === undefined ? {} : { 'aria-describedby': describedBy }), class: label === 'syncAll' ? 'primary' : '' })
    return control
  }

  const syncAll = syncButton('syncAll', {})
  api.get<SyncStatus>('/admin/sync').then(show, (error: unknown) => {
    replaceChildren(listArea)
    status.say(describeError(error), 'error')
  })
  return { element: section('syncTitle', h('div', { class: 'toolbar' }, syncAll), interval, status.element, listArea) }
}
