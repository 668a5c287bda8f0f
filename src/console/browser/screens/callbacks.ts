import { describeError, type AdminApi } from '../api.js'
import { h, replaceChildren, statusLine, uniqueId } from '../dom.js'
import { formatTime, t, tFor } from '../i18n.js'
import type { LiveEvent, LiveFeed } from '../live-events.js'
import { busy, button, code, pager, section, table, type ScreenView } from '../ui.js'

/** SMS review results as they arrive, and the relay's deliveries to callback URLs with Retry on failed ones. */

interface Delivery {
  id: string
  eventId: string
  secretId: string
  callbackUrl: string
  state: 'pending' | 'delivered' | 'failed'
  attempts: number
  lastStatus: number | null
  lastError: string | null
  nextAttemptAt: string | null
}

interface DeliveryPage { items: Delivery[], page: number, totalPages: number, total: number }

interface Review { id?: string, name?: string, status?: string, reason?: string | null, reviewedAt?: string }

const STATES = ['pending', 'delivered', 'failed'] as const

export function callbacksScreen (api: AdminApi, feed: LiveFeed): ScreenView {
  const liveState = statusLine()
  const liveArea = h('div')
  const deliveriesStatus = statusLine()
  const deliveriesArea = h('div', {}, t('loading'))
  let page = 1

  const showLive = () => {
    const { state } = feed
    if (state.kind === 'connected') liveState.say(t('liveConnected'))
    else if (state.kind === 'connecting') liveState.say(t('liveConnecting'), 'busy')
    else liveState.say(t('liveLost', { reason: state.reason }), 'error')
    replaceChildren(liveArea, table<LiveEvent>([
      { label: 'colReceived', cell: (event) => formatTime(event.receivedAt) },
      { label: 'colType', cell: (event) => tFor('type', event.type.split('.')[1] ?? event.type) },
      { label: 'colId', cell: (event) => code(review(event).id ?? event.eventId) },
      { label: 'colName', cell: (event) => review(event).name ?? t('none') },
      { label: 'colStatus', cell: (event) => h('span', { class: `badge ${review(event).status === 'approved' ? 'on' : 'off'}` }, review(event).status ?? t('none')) },
      { label: 'colReason', cell: (event) => review(event).reason ?? t('none') },
      { label: 'colReviewedAt', cell: (event) => review(event).reviewedAt ?? t('none') },
    ], feed.events, 'noEventsYet'))
  }

  const stateFilter = h('select', { id: uniqueId('state') },
    h('option', { value: '' }, t('stateAll')),
    STATES.map((state) => h('option', { value: state }, tFor('state', state))))
  stateFilter.addEventListener('change', () => { page = 1; void loadDeliveries() })

  const loadDeliveries = async () => {
    try {
      const result = await api.get<DeliveryPage>('/admin/deliveries', { state: stateFilter.value, page, limit: 50 })
      replaceChildren(deliveriesArea, deliveryTable(result.items), pager(result, (next) => { page = next; void loadDeliveries() }))
    } catch (error) {
      deliveriesStatus.say(describeError(error), 'error')
    }
  }

  const deliveryTable = (deliveries: Delivery[]) => table<Delivery>([
    { label: 'colId', cell: (delivery) => h('span', { id: `delivery-${delivery.id}` }, delivery.id) },
    { label: 'colEvent', cell: (delivery) => code(delivery.eventId) },
    { label: 'colKey', cell: (delivery) => code(delivery.secretId) },
    { label: 'colCallbackUrl', cell: (delivery) => delivery.callbackUrl },
    { label: 'colState', cell: (delivery) => h('span', { class: `badge ${delivery.state === 'delivered' ? 'on' : delivery.state === 'failed' ? 'off' : ''}` }, tFor('state', delivery.state)) },
    { label: 'colAttempts', cell: (delivery) => String(delivery.attempts) },
    { label: 'colLastStatus', cell: (delivery) => [delivery.lastStatus, delivery.lastError].filter((part) => part !== null).join(' ') || t('none') },
    { label: 'colNextAttempt', cell: (delivery) => formatTime(delivery.nextAttemptAt) },
    { label: 'colActions', cell: (delivery) => (delivery.state === 'failed' ? retryButton(delivery) : '') },
  ], deliveries, 'noDeliveries')

  const retryButton = (delivery: Delivery) => {
    const rowStatus = statusLine()
    const retry = button('retry', () => {
      void busy(retry, async () => {
        await api.post(`/admin/deliveries/${encodeURIComponent(delivery.id)}/retry`)
        deliveriesStatus.say(t('retryQueued', { id: delivery.id }))
        await loadDeliveries()
      }).catch((error: unknown) => rowStatus.say(describeError(error), 'error'))
    }, { 'aria-describedby': `delivery-${delivery.id}` })
    return h('div', { class: 'actions' }, retry, rowStatus.element)
  }

  // A new event queues deliveries in the same transaction: the list is fetched again to show them.
  const unsubscribe = feed.subscribe((event) => {
    showLive()
    if (event !== undefined) void loadDeliveries()
  })
  showLive()
  void loadDeliveries()

  const filterLabel = h('label', { for: stateFilter.id }, t('stateFilter'))
  const element = h('div', {},
    section('callbacksTitle', liveState.element, liveArea),
    section('deliveriesTitle',
      h('div', { class: 'toolbar' }, filterLabel, stateFilter, button('refresh', () => { void loadDeliveries() })),
      deliveriesStatus.element, deliveriesArea),
  )
  return { element, dispose: unsubscribe }
}

function review (event: LiveEvent): Review {
  const data = event.data
  return typeof data === 'object' && data !== null ? data as Review : {}
}
