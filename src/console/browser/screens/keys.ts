import { ApiProblem, describeError, type AdminApi } from '../api.js'
import { field, h, replaceChildren, statusLine, uniqueId, type Field } from '../dom.js'
import { formatTime, t } from '../i18n.js'
import { busy, button, code, pager, section, table, type ScreenView } from '../ui.js'
import { checkWhitelist, type WhitelistVerdict } from '../whitelist.js'

/** API密钥管理: the key list, create and edit, the secrets shown once, rotate, disable/enable, delete. */

interface ApiKey {
  secretId: string
  scopes: string[]
  ipWhitelist: string[]
  callbackUrl: string | null
  note: string
  disabled: boolean
  createdAt: string
  lastUsedAt: string | null
}

interface KeyPage { items: ApiKey[], page: number, totalPages: number, total: number }

interface Secrets {
  title: string
  secretId: string
  secretKey: string
  webhookSecret?: string
}

const SCOPES = [['read', 'scopeRead'], ['write', 'scopeWrite'], ['admin', 'scopeAdmin']] as const

/**
 * The secrets of the last create or rotate, until the operator says they
 * have them: kept across a language switch (which redraws the screen), and
 * dropped on "Done" or sign-out. Never written anywhere else.
 */
let shownSecrets: Secrets | undefined

export const forgetSecrets = () => { shownSecrets = undefined }

export function keysScreen (api: AdminApi): ScreenView {
  const status = statusLine()
  const secretsArea = h('div')
  const formArea = h('div')
  const listArea = h('div', {}, t('loading'))
  let page = 1

  const showSecrets = (secrets: Secrets | undefined) => {
    shownSecrets = secrets
    replaceChildren(secretsArea, secrets === undefined ? null : secretsPanel(secrets, () => {
      showSecrets(undefined)
      createButton.focus()
    }))
    secretsArea.querySelector('h3')?.focus()
  }

  const load = async () => {
    try {
      const result = await api.get<KeyPage>('/admin/api-keys', { page, limit: 50 })
      replaceChildren(listArea, keyTable(result.items), pager(result, (next) => { page = next; void load() }))
    } catch (error) {
      replaceChildren(listArea)
      status.say(describeError(error), 'error')
    }
  }

  const openForm = (existing?: ApiKey) => {
    replaceChildren(formArea, keyForm(api, existing, (outcome) => {
      replaceChildren(formArea)
      createButton.focus()
      if (outcome === undefined) return
      if ('secretKey' in outcome) showSecrets({ title: t('createdTitle', { secretId: outcome.secretId }), ...outcome })
      else status.say(t('keyUpdated', { secretId: outcome.secretId }))
      void load()
    }))
    formArea.querySelector<HTMLElement>('input')?.focus()
  }

  const keyTable = (keys: ApiKey[]) => table<ApiKey>([
    { label: 'colSecretId', cell: (key) => code(key.secretId) },
    { label: 'colScopes', cell: (key) => key.scopes.join(', ') },
    { label: 'colWhitelist', cell: (key) => key.ipWhitelist.join(', ') },
    { label: 'colCallbackUrl', cell: (key) => key.callbackUrl ?? t('none') },
    { label: 'colNote', cell: (key) => key.note || t('none') },
    { label: 'colCreated', cell: (key) => formatTime(key.createdAt) },
    { label: 'colLastUsed', cell: (key) => (key.lastUsedAt === null ? t('never') : formatTime(key.lastUsedAt)) },
    { label: 'colState', cell: (key) => h('span', { class: key.disabled ? 'badge off' : 'badge on' }, t(key.disabled ? 'stateDisabled' : 'stateEnabled')) },
    { label: 'colActions', cell: (key) => keyActions(key) },
  ], keys, 'noKeys')

  const keyActions = (key: ApiKey) => {
    const rowStatus = statusLine()
    const describedBy = uniqueId('key')
    const act = (control: HTMLButtonElement, action: () => Promise<void>) => {
      rowStatus.clear()
      void busy(control, action).catch((error: unknown) => rowStatus.say(describeError(error), 'error'))
    }
    const edit = button('edit', () => openForm(key), { 'aria-describedby': describedBy })
    const rotate = button('rotate', () => act(rotate, async () => {
      if (!window.confirm(t('confirmRotate', { secretId: key.secretId }))) return
      const rotated = await api.post<ApiKey & { secretKey: string }>(`/admin/api-keys/${encodeURIComponent(key.secretId)}/rotate`)
      showSecrets({ title: t('rotatedTitle', { secretId: key.secretId }), secretId: rotated.secretId, secretKey: rotated.secretKey })
    }), { 'aria-describedby': describedBy })
    const toggle = button(key.disabled ? 'enable' : 'disable', () => act(toggle, async () => {
      await api.patch(`/admin/api-keys/${encodeURIComponent(key.secretId)}`, { disabled: !key.disabled })
      await load()
    }), { 'aria-describedby': describedBy })
    const remove = button('delete', () => act(remove, async () => {
      if (!window.confirm(t('confirmDelete', { secretId: key.secretId }))) return
      await api.delete(`/admin/api-keys/${encodeURIComponent(key.secretId)}`)
      status.say(t('keyDeleted', { secretId: key.secretId }))
      await load()
    }), { class: 'danger', 'aria-describedby': describedBy })
    return h('div', { class: 'actions' }, h('span', { id: describedBy, class: 'visually-hidden' }, key.secretId), edit, rotate, toggle, remove, rowStatus.element)
  }

  const createButton = button('createKey', () => openForm(), { class: 'primary' })
  if (shownSecrets !== undefined) showSecrets(shownSecrets)
  void load()
  return { element: section('keysTitle', h('div', { class: 'toolbar' }, createButton), status.element, secretsArea, formArea, listArea) }
}

type FormOutcome = (ApiKey & { secretKey: string, webhookSecret: string }) | ApiKey | undefined

function keyForm (api: AdminApi, existing: ApiKey | undefined, done: (outcome: FormOutcome) => void): HTMLElement {
  const formStatus = statusLine()
  const scopeBoxes = SCOPES.map(([scope, label]) => {
    const box = h('input', { type: 'checkbox', name: 'scope', value: scope, id: uniqueId('scope') })
    box.checked = existing === undefined ? scope !== 'admin' : existing.scopes.includes(scope)
    return { box, row: h('div', { class: 'check' }, box, h('label', { for: box.id }, t(label))) }
  })
  const scopesError = h('p', { class: 'field-error', role: 'alert', hidden: true })
  const scopesSet = h('fieldset', {}, h('legend', {}, t('scopes')), scopeBoxes.map(({ row }) => row), scopesError)

  const whitelist = field(t('ipWhitelist'), h('input', { type: 'text', autocomplete: 'off', spellcheck: 'false', value: existing?.ipWhitelist.join(',') ?? '' }), t('ipWhitelistHint'))
  const callbackUrl = field(t('callbackUrl'), h('input', { type: 'text', inputmode: 'url', autocomplete: 'off', spellcheck: 'false', value: existing?.callbackUrl ?? '' }), t('callbackUrlHint'))
  const note = field(t('note'), h('input', { type: 'text', maxlength: 255, value: existing?.note ?? '' }))
  const submit = h('button', { type: 'submit', class: 'primary' }, t(existing === undefined ? 'create' : 'save'))

  // Checked on every keystroke; Create stays disabled while the gateway would refuse the list.
  const checkFields = () => {
    const verdict = checkWhitelist(whitelist.input.value)
    whitelist.showError(whitelist.input.value === '' && !whitelist.input.dataset.touched ? undefined : whitelistMessage(verdict))
    const url = callbackUrl.input.value.trim()
    callbackUrl.showError(url === '' || isHttpUrl(url) ? undefined : t('callbackUrlInvalid'))
    const anyScope = scopeBoxes.some(({ box }) => box.checked)
    scopesError.hidden = anyScope
    scopesError.textContent = anyScope ? '' : t('scopesRequired')
    submit.disabled = !verdict.ok || !anyScope || (url !== '' && !isHttpUrl(url))
  }
  whitelist.input.addEventListener('input', () => { whitelist.input.dataset.touched = 'true'; checkFields() })
  callbackUrl.input.addEventListener('input', checkFields)
  for (const { box } of scopeBoxes) box.addEventListener('change', checkFields)
  checkFields()

  const showProblem = (error: unknown) => {
    if (!(error instanceof ApiProblem)) return formStatus.say(describeError(error), 'error')
    const byField: Array<[string, Field | undefined]> = [['/ipWhitelist', whitelist], ['/callbackUrl', callbackUrl], ['/note', note], ['/scopes', undefined]]
    let placed = false
    for (const [pointer, target] of byField) {
      const issues = error.issuesAt(pointer)
      if (issues.length === 0) continue
      placed = true
      const message = issues.map((issue) => issue.message).join('; ')
      if (target === undefined) {
        scopesError.hidden = false
        scopesError.textContent = message
      } else {
        target.showError(message)
      }
    }
    if (!placed) formStatus.say(describeError(error), 'error')
    else formStatus.clear()
  }

  const headingId = uniqueId('form')
  const form = h('form', { class: 'panel', novalidate: true, 'aria-labelledby': headingId },
    h('h3', { id: headingId }, existing === undefined ? t('createKeyTitle') : t('editKeyTitle', { secretId: existing.secretId })),
    scopesSet, whitelist.wrapper, callbackUrl.wrapper, note.wrapper,
    h('div', { class: 'buttons' }, submit, button('cancel', () => done(undefined))),
    formStatus.element,
  )
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') done(undefined)
  })
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    formStatus.clear()
    const body = {
      scopes: scopeBoxes.filter(({ box }) => box.checked).map(({ box }) => box.value),
      ipWhitelist: whitelist.input.value,
      // An emptied URL removes it from an existing key; a new key simply has none.
      ...(callbackUrl.input.value.trim() !== '' ? { callbackUrl: callbackUrl.input.value.trim() } : existing?.callbackUrl ? { callbackUrl: null } : {}),
      note: note.input.value,
    }
    void busy(submit, async () => {
      const outcome = existing === undefined
        ? await api.post<ApiKey & { secretKey: string, webhookSecret: string }>('/admin/api-keys', {}, body)
        : await api.patch<ApiKey>(`/admin/api-keys/${encodeURIComponent(existing.secretId)}`, body)
      done(outcome)
    }).catch(showProblem)
  })
  return form
}

function whitelistMessage (verdict: WhitelistVerdict): string | undefined {
  if (verdict.ok) return undefined
  if (verdict.reason === 'empty') return t('whitelistEmpty')
  if (verdict.reason === 'tooMany') return t('whitelistTooMany', { count: verdict.count })
  return t(verdict.reason === 'tooBroad' ? 'whitelistTooBroad' : 'whitelistBadEntry', { index: verdict.index, entry: verdict.entry })
}

function isHttpUrl (text: string): boolean {
  try {
    const url = new URL(text)
    return url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
}

function secretsPanel (secrets: Secrets, done: () => void): HTMLElement {
  const copyStatus = statusLine()
  const rows: Array<[string, string]> = [
    [t('secretId'), secrets.secretId],
    [t('secretKey'), secrets.secretKey],
    [t('authorization'), `Bearer ${secrets.secretId}.${secrets.secretKey}`],
    ...(secrets.webhookSecret === undefined ? [] : [[t('webhookSecret'), secrets.webhookSecret] as [string, string]]),
  ]
  const headingId = uniqueId('secrets')
  return h('section', { class: 'panel secrets', 'aria-labelledby': headingId },
    h('h3', { id: headingId, tabindex: -1 }, secrets.title),
    h('p', { class: 'warning' }, t('secretsOnce')),
    rows.map(([label, value]) => {
      const input = h('input', { type: 'text', readonly: true, value, spellcheck: 'false', class: 'secret' })
      const copyField = field(label, input)
      const labelId = uniqueId('label')
      copyField.wrapper.querySelector('label')?.setAttribute('id', labelId)
      const copy = button('copy', () => { void copyText(input, label, copyStatus) }, { 'aria-describedby': labelId })
      copyField.wrapper.append(copy)
      return copyField.wrapper
    }),
    copyStatus.element,
    button('done', done, { class: 'primary' }),
  )
}

async function copyText (input: HTMLInputElement, name: string, status: ReturnType<typeof statusLine>): Promise<void> {
  try {
    await navigator.clipboard.writeText(input.value)
    status.say(t('copied', { name }))
  } catch {
    // No clipboard access (a page served over plain HTTP from another host): let the operator copy it.
    input.focus()
    input.select()
    status.say(t('copyManually'), 'error')
  }
}
