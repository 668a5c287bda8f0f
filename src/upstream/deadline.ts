import type { Layer } from './pipeline.js'

/**
 * Each attempt gets UPSTREAM_TIMEOUT_MS, as an AbortSignal the transport
 * honours. A cancellable timer rather than AbortSignal.timeout(), which would
 * keep a timer and its signal alive for the whole timeout after every call,
 * even a fast one.
 */
export function deadline (timeoutMs: number): Layer {
  return (next) => async (request) => {
    const controller = new AbortController()
    const timer = setTimeout(abortWithTimeout, timeoutMs, controller)
    try {
      return await next({ ...request, signal: controller.signal })
    } finally {
      clearTimeout(timer)
    }
  }
}

function abortWithTimeout (controller: AbortController): void {
  controller.abort(new DOMException('upstream deadline passed', 'TimeoutError'))
}
