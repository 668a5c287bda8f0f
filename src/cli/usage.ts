/** What the CLI says when it is called wrongly (exit status 64, EX_USAGE). */

export const USAGE = `Usage: verycloud-gateway keys <command> [options]

Works directly on the gateway's store (DATA_DIR, default ./data; GATEWAY_ENCRYPTION_KEY
as for the server). Prints JSON. Secrets are printed once, by create and rotate.

  keys create --scopes read,write --ip 10.0.0.1,10.0.0.0/24 [--callback-url URL] [--note TEXT]
  keys list
  keys get <secretId>
  keys rotate <secretId> [--webhook-secret]     new secretKey (and webhookSecret when asked)
  keys disable <secretId>
  keys enable <secretId>
  keys delete <secretId>

Scopes: read (GET routes), write (other resource routes), admin (/admin/*); none implies another.
A running gateway sees a change made here within 10 seconds (its key cache lifetime).
`

export class UsageError extends Error {
  override name = 'UsageError'
}
