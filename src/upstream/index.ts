/**
 * What the rest of the gateway may use of src/upstream: the call, its
 * options and answer, and the envelope's shape. The layers, the transport
 * and the token internals stay behind this file.
 */
export { Upstream, type CallOptions } from './upstream.js'
export type { UpstreamReply } from './pipeline.js'
export type { UpstreamEnvelope } from './envelope.js'
