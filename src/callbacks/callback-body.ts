import { isUtf8 } from 'node:buffer'
import { errors } from '../errors.js'
import type { NewCallbackEvent } from '../store/callbacks.js'
import { isReviewEvent, reviewEventIssues, toReviewEvent } from './review-event.js'

/**
 * Turns a verified callback body into the events to store: a JSON review
 * result or an array of them (one webhook-id carrying several), or a form
 * post kept raw, since its fields are not part of the contract.
 */

export const RAW_CALLBACK_TYPE = 'sms.callback.raw'
export const JSON_MEDIA_TYPE = 'application/json'
export const FORM_MEDIA_TYPE = 'application/x-www-form-urlencoded'
const MAX_EVENTS = 100

/** JSON must be UTF-8 and form bodies are ASCII; anything else would be stored (and signed) garbled. */
export function assertUtf8 (body: Buffer): void {
  if (!isUtf8(body)) throw errors.callbackBodyInvalid('the body is not valid UTF-8, as JSON and form bodies must be', [])
}

export function eventsFromBody (body: Buffer, mediaType: string, receivedAt: Date): NewCallbackEvent[] {
  assertUtf8(body)
  const text = body.toString('utf8')
  if (mediaType === FORM_MEDIA_TYPE) return [{ type: RAW_CALLBACK_TYPE, raw: text, data: { contentType: mediaType, body: text } }]
  const parsed = parseJson(text)
  const elements = Array.isArray(parsed) ? parsed : [parsed]
  if (elements.length === 0) throw errors.callbackBodyInvalid('the array holds no event', [])
  if (elements.length > MAX_EVENTS) throw errors.callbackBodyInvalid(`at most ${MAX_EVENTS} events per callback`, [])
  const issues = elements.flatMap((element, index) => reviewEventIssues(element, Array.isArray(parsed) ? `/${index}` : ''))
  if (issues.length > 0) {
    throw errors.callbackBodyInvalid(issues.map((issue) => `${issue.pointer || '/'} ${issue.message}`).join('; '), issues)
  }
  return elements.filter(isReviewEvent).map((element) => toReviewEvent(element, receivedAt))
}

function parseJson (text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    throw errors.callbackBodyInvalid('the body is not valid JSON', [])
  }
}
