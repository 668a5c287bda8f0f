import { AdminApi, describeError } from './api.js'
import { field, h, replaceChildren } from './dom.js'
import { detectLanguage, language, LANGUAGE_NAMES, setLanguage, t, type Language, type MessageKey } from './i18n.js'
import { LiveFeed } from './live-events.js'
import { auditScreen } from './screens/audit.js'
import { callbacksScreen } from './screens/callbacks.js'
import { forgetSecrets, keysScreen } from './screens/keys.js'
import { syncScreen } from './screens/sync.js'
import { upstreamScreen } from './screens/upstream.js'
import type { ScreenView } from './ui.js'

/**
 * The console: a sign-in form, then the five screens. The credential is
 * held by the AdminApi of the session below and nowhere else, so reloading
 * the page (or closing the tab) signs out.
 */

interface Session {
  api: AdminApi
  feed: LiveFeed
}

type ScreenId = 'keys' | 'upstream' | 'sync' | 'callbacks' | 'audit'

const SCREENS: Array<{ id: ScreenId, title: MessageKey, open: (session: Session) => ScreenView }> = [
  { id: 'keys', title: 'screenKeys', open: ({ api }) => keysScreen(api) },
  { id: 'upstream', title: 'screenUpstream', open: ({ api }) => upstreamScreen(api) },
  { id: 'sync', title: 'screenSync', open: ({ api }) => syncScreen(api) },
  { id: 'callbacks', title: 'screenCallbacks', open: ({ api, feed }) => callbacksScreen(api, feed) },
  { id: 'audit', title: 'screenAudit', open: ({ api }) => auditScreen(api) },
]

const root = document.getElementById('app') as HTMLElement
let session: Session | undefined
let current: ScreenId = 'keys'
let view: ScreenView | undefined

function render (): void {
  view?.dispose?.()
  view = undefined
  if (session === undefined) renderSignIn()
  else renderShell(session)
}

function languageSwitch (): HTMLElement {
  const select = h('select', { id: 'language' }, (Object.keys(LANGUAGE_NAMES) as Language[]).map((code) => h('option', { value: code, lang: code === 'zh' ? 'zh-CN' : 'en', selected: code === language() }, LANGUAGE_NAMES[code])))
  select.addEventListener('change', () => {
    setLanguage(select.value as Language)
    render()
    document.getElementById('language')?.focus()
  })
  return h('div', { class: 'language' }, h('label', { for: 'language' }, t('language')), select)
}

function header (...extra: Node[]): HTMLElement {
  return h('header', { class: 'top' }, h('h1', {}, t('appTitle')), h('div', { class: 'top-controls' }, languageSwitch(), ...extra))
}

function renderSignIn (): void {
  // Kept across a language switch: the value stays in this input only.
  const previous = document.getElementById('admin-token') as HTMLInputElement | null
  const token = field(t('adminToken'), h('input', { type: 'password', id: 'admin-token', autocomplete: 'off', spellcheck: 'false', required: true }), t('signInHint'))
  token.input.value = previous?.value ?? ''
  const submit = h('button', { type: 'submit', class: 'primary' }, t('signIn'))
  const form = h('form', { class: 'panel sign-in', novalidate: true, 'aria-labelledby': 'sign-in-title' },
    h('h2', { id: 'sign-in-title' }, t('signInTitle')), token.wrapper, h('div', { class: 'buttons' }, submit))
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    const credential = token.input.value.trim()
    if (credential === '') return token.showError(t('tokenRequired'))
    token.showError(undefined)
    submit.disabled = true
    submit.textContent = t('signingIn')
    const api = new AdminApi(credential)
    // Any admin route proves the credential; this one is cheap and needs no upstream call.
    api.get('/admin/sync').then(() => {
      token.input.value = ''
      session = { api, feed: new LiveFeed(api) }
      render()
    }, (error: unknown) => {
      submit.disabled = false
      submit.textContent = t('signIn')
      token.showError(describeError(error))
      token.input.focus()
    })
  })
  replaceChildren(root, header(), h('main', { id: 'main' }, form))
  token.input.focus()
}

function renderShell (active: Session): void {
  const signOut = h('button', { type: 'button' }, t('signOut'))
  signOut.addEventListener('click', () => {
    active.feed.close()
    forgetSecrets()
    session = undefined
    current = 'keys'
    render()
  })
  const nav = h('nav', { 'aria-label': t('navLabel') }, h('ul', {}, SCREENS.map((screen) => {
    const link = h('button', { type: 'button', class: 'tab', 'aria-current': screen.id === current ? 'page' : null }, t(screen.title))
    link.addEventListener('click', () => {
      current = screen.id
      render()
      document.getElementById('main')?.focus()
    })
    return h('li', {}, link)
  })))
  const screen = SCREENS.find((candidate) => candidate.id === current) ?? SCREENS[0]
  view = screen?.open(active)
  replaceChildren(root, header(signOut), nav, h('main', { id: 'main', tabindex: -1 }, view?.element))
}

setLanguage(detectLanguage(navigator.languages.length > 0 ? navigator.languages : [navigator.language]))
render()
