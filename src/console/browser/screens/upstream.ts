import { describeError, type AdminApi } from '../api.js'
import { h, replaceChildren, statusLine } from '../dom.js'
import { formatTime, t } from '../i18n.js'
import { busy, button, code, definitions, section, type ScreenView } from '../ui.js'

/** 接口检测: where the gateway sends upstream calls, its token, and a live check with latency and balance. */

interface UpstreamStatus {
  upstream: { origin: string, sandbox: boolean }
  token: { present: boolean, expiresAt: string | null, lastRefreshAt: string | null, lastRefreshError: string | null, refreshes: number }
  lastCheck: { reachable: boolean, checkedAt: string, latencyMs: number, balance: string | null, error: string | null } | null
}

export function upstreamScreen (api: AdminApi): ScreenView {
  const status = statusLine()
  const details = h('div', {}, t('loading'))

  const show = (state: UpstreamStatus) => {
    const { upstream, token, lastCheck } = state
    replaceChildren(details,
      upstream.sandbox ? h('p', { class: 'warning' }, t('sandboxWarning')) : null,
      definitions([
        ['upstreamOrigin', code(upstream.origin)],
        ['upstreamSandbox', t(upstream.sandbox ? 'yes' : 'no')],
        ['tokenState', t(token.present ? 'tokenPresent' : 'tokenAbsent')],
        ['tokenExpires', formatTime(token.expiresAt)],
        ['lastRefresh', formatTime(token.lastRefreshAt)],
        ['lastRefreshError', token.lastRefreshError ?? t('none')],
        ['refreshes', String(token.refreshes)],
      ]),
      h('h3', {}, t('lastCheckTitle')),
      lastCheck === null
        ? h('p', { class: 'empty' }, t('noCheckYet'))
        : definitions([
          ['reachable', h('span', { class: lastCheck.reachable ? 'badge on' : 'badge off' }, t(lastCheck.reachable ? 'yes' : 'no'))],
          ['latency', `${Math.round(lastCheck.latencyMs)} ms`],
          ['balance', h('span', { class: 'balance' }, lastCheck.balance ?? t('none'))],
          ['checkedAt', formatTime(lastCheck.checkedAt)],
          ['checkError', lastCheck.error ?? t('none')],
        ]),
    )
  }

  const checkNow = button('checkNow', () => {
    status.say(t('checking'), 'busy')
    void busy(checkNow, async () => {
      const state = await api.post<UpstreamStatus>('/admin/upstream/check')
      show(state)
      const check = state.lastCheck
      if (check?.reachable) status.say(t('checkOk', { latency: Math.round(check.latencyMs), balance: check.balance ?? t('none') }))
      else status.say(t('checkFailed', { error: check?.error ?? t('none') }), 'error')
    }).catch((error: unknown) => status.say(describeError(error), 'error'))
  }, { class: 'primary' })

  api.get<UpstreamStatus>('/admin/upstream').then(show, (error: unknown) => {
    replaceChildren(details)
    status.say(describeError(error), 'error')
  })
  return { element: section('upstreamTitle', h('div', { class: 'toolbar' }, checkNow), status.element, details) }
}
