/**
 * Builds elements without innerHTML, so nothing the gateway answers (key
 * notes, callback names, error details) is ever parsed as markup.
 */

type Child = Node | string | number | null | undefined | false
type Attributes = Record<string, string | number | boolean | null | undefined | EventListener>

export function h<K extends keyof HTMLElementTagNameMap> (tag: K, attributes: Attributes = {}, ...children: Array<Child | Child[]>): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue
    if (typeof value === 'function') element.addEventListener(name.slice(2).toLowerCase(), value)
    else if (value === true) element.setAttribute(name, '')
    else element.setAttribute(name, String(value))
  }
  append(element, children)
  return element
}

export function append (parent: Node, children: Array<Child | Child[]>): void {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue
    parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)))
  }
}

export function replaceChildren (parent: Element, ...children: Array<Child | Child[]>): void {
  parent.replaceChildren()
  append(parent, children)
}

let idCounter = 0
/** A document-unique id, for label/field and field/message pairs. */
export const uniqueId = (prefix: string) => `${prefix}-${++idCounter}`

/** A labelled form field whose message (hint or error) is announced with it. */
export interface Field {
  wrapper: HTMLElement
  input: HTMLInputElement
  showError: (message: string | undefined) => void
}

export function field (label: string, input: HTMLInputElement, hint?: string): Field {
  input.id ||= uniqueId('field')
  const hintElement = hint === undefined ? undefined : h('p', { class: 'hint', id: uniqueId('hint') }, hint)
  const error = h('p', { class: 'field-error', id: uniqueId('error'), role: 'alert', hidden: true })
  input.setAttribute('aria-describedby', [hintElement?.id, error.id].filter(Boolean).join(' '))
  const wrapper = h('div', { class: 'field' }, h('label', { for: input.id }, label), input, hintElement, error)
  return {
    wrapper,
    input,
    showError: (message) => {
      error.textContent = message ?? ''
      error.hidden = message === undefined
      if (message === undefined) input.removeAttribute('aria-invalid')
      else input.setAttribute('aria-invalid', 'true')
    },
  }
}

/** A place beside a control where the outcome of using it is said in words. */
export function statusLine (): { element: HTMLElement, say: (message: string, kind?: 'ok' | 'error' | 'busy') => void, clear: () => void } {
  const element = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' })
  return {
    element,
    say: (message, kind = 'ok') => {
      element.textContent = message
      element.dataset.kind = kind
    },
    clear: () => {
      element.textContent = ''
      delete element.dataset.kind
    },
  }
}
