/** What the CLI says when it is called wrongly (exit status 64, EX_USAGE). */

export const USAGE = `Usage: verycloud-gateway keys <command> [options]
       verycloud-gateway store copy-to-postgres --to postgres://… [--into-non-empty]
       verycloud-gateway --help | --version

Works directly on the gateway's store (DATA_DIR, default ./data, or DATABASE_URL;
GATEWAY_ENCRYPTION_KEY as for the server), and names it on stderr. Prints JSON. Secrets
are printed once, by create and rotate, with the Authorization value to send.

  keys create --scopes read,write --ip 10.0.0.1,10.0.0.0/24 [--callback-url URL] [--note TEXT]
  keys update <secretId> [--scopes …] [--ip …] [--callback-url URL | --no-callback-url] [--note TEXT]
  keys list
  keys get <secretId>
  keys rotate <secretId> [--webhook-secret]     new secretKey (and webhookSecret when asked)
  keys reseal --old-key-file PATH               after the master key changed or was lost: seals the
                                                webhook secrets the old key (in PATH) opens with the
                                                current one; lists those neither opens (rotate them)
  keys disable <secretId>
  keys enable <secretId>
  keys delete <secretId>

Scopes: read (GET routes), write (other resource routes), admin (/admin/*); none implies another.
A running gateway sees a change made here within 10 seconds (its key cache lifetime).

  store copy-to-postgres --to URL    copies the embedded store under DATA_DIR (keys, callbacks,
                                     reviews, outbox, idempotency records, audit log) into the
                                     PostgreSQL database at URL (default: DATABASE_URL). Refuses
                                     a target that holds rows, unless --into-non-empty (to run an
                                     interrupted copy again: rows already there are kept).
                                     Stop the embedded gateway first. Webhook secrets stay sealed:
                                     give every instance GATEWAY_ENCRYPTION_KEY = DATA_DIR/master.key.
`

export class UsageError extends Error {
  override name = 'UsageError'
}
