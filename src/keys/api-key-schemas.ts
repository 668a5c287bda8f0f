import { Type, type Static } from '@sinclair/typebox'
import { Nullable, StringEnum } from '../schemas/primitives.js'
import { MAX_WHITELIST_ENTRIES } from './ip-whitelist.js'

/** The shapes of the admin API for keys (docs/api.md, "Admin API"), shared by its routes and the CLI. */

export const SCOPES = ['read', 'write', 'admin'] as const

const Scopes = Type.Array(StringEnum(SCOPES), {
  minItems: 1,
  uniqueItems: true,
  description: 'What the key may do, each exactly: `read` the resource API\'s GET routes, `write` its other methods, `admin` the /admin/* routes. No scope implies another.',
  examples: [['read', 'write']],
})

const UtcTime = (description: string) => Type.String({ format: 'date-time', description, examples: ['2026-01-31T08:00:00.000Z'] })

const SecretId = Type.String({ description: 'Names the key; not secret', examples: ['AKIDz8krbsJ5yKBZQpn74WFk'] })

const WhitelistEntry = Type.String({ maxLength: 64, description: 'IPv4 or IPv6 address or CIDR range' })
const IpWhitelistInput = Type.Union([
  Type.String({ maxLength: 1024, description: 'Comma-separated, as the console takes it', examples: ['10.0.0.1,10.0.0.0/24'] }),
  Type.Array(WhitelistEntry, { examples: [['10.0.0.1', '2001:db8::/32']] }),
], { description: `1 to ${MAX_WHITELIST_ENTRIES} IPv4/IPv6 addresses or CIDR ranges the key may be used from; an array or one comma-separated string` })

const CallbackUrl = Type.String({ maxLength: 2048, description: 'Where reviewed-SMS callbacks are relayed, signed with the key\'s webhookSecret. Public http(s) only', examples: ['https://www.niaoyun.com/callbacks'] })
export const NOTE_MAX_LENGTH = 255
const Note = Type.String({ maxLength: NOTE_MAX_LENGTH, description: 'Free text for operators' })

export const ApiKey = Type.Object({
  secretId: SecretId,
  scopes: Type.Array(StringEnum(SCOPES)),
  ipWhitelist: Type.Array(Type.String(), { description: 'Canonical addresses and CIDR ranges' }),
  callbackUrl: Nullable(Type.String()),
  note: Type.String(),
  disabled: Type.Boolean(),
  createdAt: UtcTime('UTC'),
  lastUsedAt: Nullable(UtcTime('UTC; null until the key is first used. Written in batches, so it can lag by seconds')),
}, { title: 'ApiKey' })

const SecretKey = Type.String({ description: 'Shown only in this answer: send `Authorization: Bearer <secretId>.<secretKey>`' })
const WebhookSecret = Type.String({ description: 'Shown only in this answer: verifies relayed callbacks (Standard Webhooks, `whsec_` + base64)' })

export const CreatedApiKey = Type.Object({ ...ApiKey.properties, secretKey: SecretKey, webhookSecret: WebhookSecret }, { title: 'CreatedApiKey' })
export const RotatedApiKey = Type.Object({ ...ApiKey.properties, secretKey: SecretKey, webhookSecret: Type.Optional(WebhookSecret) }, { title: 'RotatedApiKey' })

export const CreateApiKey = Type.Object({
  scopes: Scopes,
  ipWhitelist: IpWhitelistInput,
  callbackUrl: Type.Optional(Nullable(CallbackUrl)),
  note: Type.Optional(Note),
  disabled: Type.Optional(Type.Boolean({ default: false })),
}, { additionalProperties: false, title: 'CreateApiKey', examples: [{ scopes: ['read', 'write'], ipWhitelist: '10.0.0.1,10.0.0.0/24', callbackUrl: 'https://www.niaoyun.com/callbacks', note: 'cloud engine' }] })

export const UpdateApiKey = Type.Object({
  scopes: Type.Optional(Scopes),
  ipWhitelist: Type.Optional(IpWhitelistInput),
  callbackUrl: Type.Optional(Nullable(CallbackUrl)),
  note: Type.Optional(Note),
  disabled: Type.Optional(Type.Boolean({ description: 'A disabled key is refused at once (401)' })),
}, { additionalProperties: false, minProperties: 1, title: 'UpdateApiKey', description: 'Absent fields stay as they are; `callbackUrl: null` removes the URL' })

/** A query, not a body, so a plain `POST …/rotate` with nothing attached is the common case. */
export const RotateApiKeyQuery = Type.Object({
  webhookSecret: Type.Boolean({ default: false, description: 'Also replace the webhookSecret; the old one stops signing at once' }),
}, { additionalProperties: false })

export const ApiKeyParams = Type.Object({ secretId: Type.String({ maxLength: 64 }) })

export type ApiKeyView = Static<typeof ApiKey>
export type CreateApiKeyInput = Static<typeof CreateApiKey>
export type UpdateApiKeyInput = Static<typeof UpdateApiKey>
export type RotateApiKeyInput = Partial<Static<typeof RotateApiKeyQuery>>
