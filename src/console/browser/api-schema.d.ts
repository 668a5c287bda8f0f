// Generated from openapi/openapi.json by `npm run openapi` (openapi-typescript). Do not edit.
export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: store reachable and an upstream token obtainable; degraded while Redis is unreachable */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign up a new account
         * @description Creates a new VeryCloud account (not a sub-account). Needs the `admin` scope: the upstream takes it without the gateway's token, so nothing else limits who may sign up.
         *
         *     Upstream: `POST /API/profile/register`
         */
        post: operations["registerAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the account profile
         * @description The account's profile with its balance block and its sub-accounts.
         *
         *     Upstream: `POST /API/profile/detail`
         */
        get: operations["getProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update the account profile
         * @description Changes the given contact and notification fields; absent fields stay as they are. The upstream answers nothing useful, so this answers the fields that were applied.
         *
         *     Upstream: `POST /API/profile/update`
         */
        patch: operations["updateProfile"];
        trace?: never;
    };
    "/profile/picture": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change the avatar
         * @description Points the account's avatar at an image URL.
         *
         *     Upstream: `POST /API/profile/pictureUpdate`
         */
        put: operations["updateProfilePicture"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/profile/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change the account password
         * @description Changes the account's password. Note that the gateway signs in upstream with the password in its configuration (UPSTREAM_PASSWORD): change that too, or its next token request fails.
         *
         *     Upstream: `POST /API/profile/passwordUpdate`
         */
        put: operations["changePassword"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/profile/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change the account email
         * @description Sets the account's email address.
         *
         *     Upstream: `POST /API/profile/mailUpdate`
         */
        put: operations["updateEmail"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/profile/phone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change the account mobile phone
         * @description Sets the account's mobile phone number.
         *
         *     Upstream: `POST /API/profile/phoneUpdate`
         */
        put: operations["updatePhone"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subaccounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List sub-accounts
         * @description The account's sub-accounts with their contact fields and group.
         *
         *     Upstream: `POST /API/profile/subaccountList`
         */
        get: operations["listSubaccounts"];
        put?: never;
        /**
         * Create a sub-account
         * @description Creates a sub-account, optionally in a group and with its contact fields set.
         *
         *     Upstream: `POST /API/profile/subaccountAdd`
         */
        post: operations["createSubaccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subaccounts/{uid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a sub-account
         * @description Changes the given fields of a sub-account; absent fields stay as they are. Upstream this is the create call with `uid` set.
         *
         *     Upstream: `POST /API/profile/subaccountAdd`
         */
        patch: operations["updateSubaccount"];
        trace?: never;
    };
    "/subaccounts/{uid}/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set which resources a sub-account may use
         * @description Per product, the ids of the resources the sub-account may use. Products map to the upstream's perms keys: instance "1", disk "2", securityGroup "3", vpc "4", cdn "5", dns "6".
         *
         *     Upstream: `POST /API/profile/subaccountPerm`
         */
        put: operations["setSubaccountPermissions"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List sub-account groups
         * @description The account's sub-account groups, optionally only those whose name contains `name`.
         *
         *     Upstream: `POST /API/profile/groupList`
         */
        get: operations["listGroups"];
        put?: never;
        /**
         * Create a sub-account group
         * @description Creates a group; give it roles with addGroupRoles and put sub-accounts in it with their `groupId`.
         *
         *     Upstream: `POST /API/profile/groupAdd`
         */
        post: operations["createGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups/{groupId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a group
         * @description Deletes a group with its roles.
         *
         *     Upstream: `POST /API/profile/groupDelete`
         */
        delete: operations["deleteGroup"];
        options?: never;
        head?: never;
        /**
         * Rename a group or change its note
         * @description Changes the given fields of a group; absent fields stay as they are.
         *
         *     Upstream: `POST /API/profile/groupUpdate`
         */
        patch: operations["updateGroup"];
        trace?: never;
    };
    "/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the permissions a group role may grant
         * @description The catalog of upstream API paths, by module. It changes rarely, so it is served from memory: synced from the upstream at start, every SYNC_INTERVAL_S and on POST /admin/sync (see GET /admin/sync).
         *
         *     Upstream: `POST /API/profile/groupPermissions`
         */
        get: operations["listPermissionCatalog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups/{groupId}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a group's roles
         * @description The permissions a group grants. The upstream does not page this list.
         *
         *     Upstream: `POST /API/profile/groupRoleList`
         */
        get: operations["listGroupRoles"];
        put?: never;
        /**
         * Grant permissions to a group
         * @description Adds one role per permission (API paths from GET /permissions). Answers the roles created.
         *
         *     Upstream: `POST /API/profile/groupRoleAdd`
         */
        post: operations["addGroupRoles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups/{groupId}/roles/{roleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change the permission a role grants
         * @description Replaces a role's permission with another from GET /permissions.
         *
         *     Upstream: `POST /API/profile/groupRoleUpdate`
         */
        put: operations["updateGroupRole"];
        post?: never;
        /**
         * Remove a role from a group
         * @description Deletes one role. The upstream identifies roles by id alone, so only the role id travels upstream.
         *
         *     Upstream: `POST /API/profile/groupRoleDelete`
         */
        delete: operations["deleteGroupRole"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recharges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List recharges
         * @description Money paid into the account, newest first, optionally of one type.
         *
         *     Upstream: `POST /API/profile/rechargeList`
         */
        get: operations["listRecharges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the account balance
         * @description The account's cash balance. The upstream answers a one-row list; this answers the amount.
         *
         *     Upstream: `POST /API/profile/balance`
         */
        get: operations["getBalance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/balance/alarm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the low-balance alarm
         * @description Turns the low-balance alarm on or off; `count` and `threshold` keep their values when left out. Answers the alarm as it now is.
         *
         *     Upstream: `POST /API/profile/balanceAlarm`
         */
        put: operations["setBalanceAlarm"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List payments
         * @description Consumption, refunds, invoice fees and coupon deductions, newest first; filter by type, product or the business paid for.
         *
         *     Upstream: `POST /API/profile/payList`
         */
        get: operations["listPayments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List invoices
         * @description Invoice applications, newest first, with their review status and shipping.
         *
         *     Upstream: `POST /API/profile/invoiceList`
         */
        get: operations["listInvoices"];
        put?: never;
        /**
         * Apply for an invoice
         * @description Applies for a paper invoice over part of the invoiceable balance. A VAT special invoice (`vat_special`) also needs the company's registration and bank fields.
         *
         *     Upstream: `POST /API/profile/invoiceApply`. Moves money: send an `Idempotency-Key` to retry safely.
         */
        post: operations["createInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the invoiceable balance
         * @description How much may still be invoiced. The upstream answers this one amount as a JSON number; it is given here as a decimal string like all money.
         *
         *     Upstream: `POST /API/profile/invoiceBalance`
         */
        get: operations["getInvoiceBalance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/coupons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List coupons
         * @description The account's coupons, newest first; filter by code or status.
         *
         *     Upstream: `POST /API/profile/couponList`
         */
        get: operations["listCoupons"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/coupons/redemptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Redeem a coupon
         * @description Activates an unused coupon by its code, adding its value to the coupon balance.
         *
         *     Upstream: `POST /API/profile/couponExchange`. Moves money: send an `Idempotency-Key` to retry safely.
         */
        post: operations["redeemCoupon"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/coupons/balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the coupon balance
         * @description What is left on the account's activated coupons. The upstream answers a bare string; this answers `{amount}`.
         *
         *     Upstream: `POST /API/profile/couponBalance`
         */
        get: operations["getCouponBalance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cdn/price-tiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List CDN flow price tiers
         * @description What flow costs by purchase size. It changes rarely, so it is served from memory: synced from the upstream at start, every SYNC_INTERVAL_S and on POST /admin/sync (see GET /admin/sync).
         *
         *     Upstream: `POST /API/cdn/flowPriceList`
         */
        get: operations["listCdnPriceTiers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cdn/flow-packages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Buy a CDN flow package
         * @description Buys flow at the price of its tier, paid from the balance and, up to `couponAmount`, from the coupon balance.
         *
         *     Upstream: `POST /API/cdn/payFlowAdd`. Moves money: send an `Idempotency-Key` to retry safely.
         */
        post: operations["buyCdnFlowPackage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cdn/flow-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List CDN flow records
         * @description Flow packages bought and flow used, newest first. The upstream does not page this list.
         *
         *     Upstream: `POST /API/cdn/payFlowList`
         */
        get: operations["listCdnFlowRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cdn/flow-balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the CDN flow balance
         * @description Free, purchased and this month's flow, in bytes.
         *
         *     Upstream: `POST /API/cdn/payFlowBalance`
         */
        get: operations["getCdnFlowBalance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List operation logs
         * @description What was done on the account, newest first; filter by type and by a range of days.
         *
         *     Upstream: `POST /API/profile/logs`
         */
        get: operations["listLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Catalog sync status
         * @description For each synced catalog (the permission catalog, the CDN price tiers): its last sync time (UTC), outcome, item count and last error.
         */
        get: operations["getSyncStatus"];
        put?: never;
        /**
         * Sync the catalogs now
         * @description Syncs every catalog from the upstream, or only `?catalog=<name>` (joining a sync already under way), and answers their status when done. Answers 200 even when a sync fails: each catalog says how it went, and a failed one keeps serving its last good copy.
         */
        post: operations["syncCatalogs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/upstream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Upstream status
         * @description Token state, last refresh, and the last interface check (reachability, latency, balance), like the console's 接口检测.
         */
        get: operations["getUpstreamStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/upstream/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check the upstream now
         * @description Obtains a token if needed and reads the balance, recording reachability and latency. Answers 200 with `lastCheck.reachable` false when the upstream fails.
         */
        post: operations["checkUpstream"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API keys
         * @description Newest first. Never shows a secret.
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key
         * @description Makes a key with its secretKey and webhookSecret. Both are in this answer only: the gateway keeps a hash of the secretKey and the webhookSecret sealed, and never shows either again.
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/api-keys/{secretId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an API key
         * @description Never shows a secret.
         */
        get: operations["getApiKey"];
        put?: never;
        post?: never;
        /**
         * Delete an API key
         * @description The key stops working at once.
         */
        delete: operations["deleteApiKey"];
        options?: never;
        head?: never;
        /**
         * Update an API key
         * @description Changes scopes, IP whitelist, callback URL (`null` removes it), note or disabled. Takes effect on the next request.
         */
        patch: operations["updateApiKey"];
        trace?: never;
    };
    "/admin/api-keys/{secretId}/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate an API key's secret
         * @description Makes a new secretKey, shown in this answer only; the old one stops working at once. The webhookSecret stays, so receivers of relayed callbacks need no change, unless `?webhookSecret=true` asks for a new one too (also shown in this answer only).
         */
        post: operations["rotateApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/callbacks/sms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Receive an SMS review callback
         * @description Receives the upstream's SMS signature and template review results.
         *
         *     Signed as Standard Webhooks: `webhook-id`, `webhook-timestamp` (unix seconds, at most 5 minutes off) and `webhook-signature` (one or more space-separated `v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{raw body}">`, keyed with CALLBACK_SECRET). Callers may also be limited to CALLBACK_IP_WHITELIST; with neither configured, every call is refused with 403.
         *
         *     The body is one review result `{"type": "sms.signature.reviewed" | "sms.template.reviewed", "data": {"id", "name", "status": "approved" | "rejected", "reason", "reviewedAt"}}` or a JSON array of them; a form-encoded body is stored raw as one `sms.callback.raw` event. The events are stored durably before the 200; a repeated `webhook-id` answers 200 with `status: "duplicate"` and stores nothing.
         */
        post: operations["receiveSmsReviewCallback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sms/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List SMS review results
         * @description The latest review result of each SMS signature and template, most recently reviewed first (review time when the upstream gave a readable one, else receipt time). `kind` and `status` filter on that latest result.
         */
        get: operations["listSmsReviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sms/reviews/{kind}/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the latest review result of a signature or template */
        get: operations["getSmsReview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stream callback events (Server-Sent Events)
         * @description Server-Sent Events: one per stored callback event, with `id:` (increasing), `event:` (its type: `sms.signature.reviewed`, `sms.template.reviewed` or `sms.callback.raw`) and `data:` (JSON `{eventId, type, receivedAt, data}`).
         *
         *     Without a cursor the stream starts with the next event stored. To resume, send the last id received as `Last-Event-ID` (what EventSource does by itself on reconnect), or as the `lastEventId` query parameter (`0` replays everything): the events after it are replayed from the store, then live ones follow. A comment line is sent every 15 seconds while idle.
         */
        get: operations["streamEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stream callback events to an admin (Server-Sent Events)
         * @description Server-Sent Events: one per stored callback event, with `id:` (increasing), `event:` (its type: `sms.signature.reviewed`, `sms.template.reviewed` or `sms.callback.raw`) and `data:` (JSON `{eventId, type, receivedAt, data}`).
         *
         *     Without a cursor the stream starts with the next event stored. To resume, send the last id received as `Last-Event-ID` (what EventSource does by itself on reconnect), or as the `lastEventId` query parameter (`0` replays everything): the events after it are replayed from the store, then live ones follow. A comment line is sent every 15 seconds while idle.
         */
        get: operations["streamAdminEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List callback deliveries
         * @description One delivery per relayed event and API key with a callbackUrl, newest first: its state, attempts, last status or error and next attempt.
         */
        get: operations["listDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/deliveries/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retry a delivery now
         * @description Makes a pending or failed delivery due now and wakes the relay; answers 202 with the delivery as queued. A failed delivery gets one more attempt (and is failed again if it fails). A delivered one is not sent again (409).
         */
        post: operations["retryDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/idempotency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Idempotency-Key records
         * @description Every Idempotency-Key seen in the last IDEMPOTENCY_TTL_S, newest first. `state=unknown` lists the writes whose outcome could not be learnt (upstream timeout or reset, or a gateway stopped mid-flight): they are never re-sent under their key, so reconcile each with the upstream's records by its time and request id.
         */
        get: operations["listIdempotencyRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the audit log
         * @description Every write through the gateway (resource writes, and admin changes to keys, deliveries and syncs), newest first: when (UTC), who, what, the request id and Idempotency-Key, the status and outcome, the upstream's code and message, and for money moves the amount or bytes. No body, secret, token or password is ever kept. Kept AUDIT_RETENTION_DAYS.
         */
        get: operations["listAuditEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/console": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The admin console (an HTML page)
         * @description API keys, the upstream check, catalog sync, live callbacks with their deliveries, and the audit log, in the browser. The page itself is public; it signs in with the admin token or an admin-scope key, kept only in the tab's memory, and calls only the admin API.
         */
        get: operations["getConsole"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** AccountIdentity */
        AccountIdentity: {
            /**
             * @description The account's uid
             * @example 1571234567
             */
            uid: string;
            username: string;
            email: string;
            phone: string;
        };
        /** AddGroupRoles */
        AddGroupRoles: {
            permissions: string[];
        };
        /** ApiKey */
        ApiKey: {
            /**
             * @description Names the key; not secret
             * @example AKIDz8krbsJ5yKBZQpn74WFk
             */
            secretId: string;
            scopes: ("read" | "write" | "admin")[];
            /** @description Canonical addresses and CIDR ranges */
            ipWhitelist: string[];
            callbackUrl: string | null;
            note: string;
            disabled: boolean;
            /**
             * Format: date-time
             * @description UTC
             * @example 2026-01-31T08:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description UTC; null until the key is first used. Written in batches, so it can lag by seconds
             * @example 2026-01-31T08:00:00.000Z
             */
            lastUsedAt: string | null;
        };
        /** ApiKeyPage */
        ApiKeyPage: {
            items: components["schemas"]["ApiKey"][];
            page: number;
            limit: number;
            total: number;
            totalPages: number;
        };
        /** AuditEntry */
        AuditEntry: {
            /** @description Increasing with time */
            id: string;
            /**
             * Format: date-time
             * @description When the answer was sent; UTC, ISO 8601 with Z
             */
            at: string;
            /**
             * @description Who wrote: an API key's secretId, or "admin" for the admin token
             * @example AKIDexample0123456789abcdefgh
             */
            secretId: string;
            /** @description What was done, e.g. buyCdnFlowPackage or createApiKey */
            operationId: string;
            method: string;
            /** @description The request path, without query */
            path: string;
            /** @description X-Request-Id of the request (also sent upstream) */
            requestId: string;
            /** @description The Idempotency-Key sent, if any */
            idempotencyKey: string | null;
            /** @description The answer was an idempotent replay: nothing reached the upstream */
            replayed: boolean;
            /** @description The HTTP status answered */
            status: number;
            /**
             * @description ok: 2xx; rejected: refused by the gateway or the upstream (4xx); unknown: a money move whose effect could not be learnt; failed: the gateway or upstream failed (5xx)
             * @enum {string}
             */
            outcome: "ok" | "rejected" | "unknown" | "failed";
            /** @description The upstream's `code`, when it answered */
            upstreamCode: string | null;
            /** @description The upstream's `message`, verbatim */
            upstreamMessage: string | null;
            /** @description Money moves: the amount, as the client sent it */
            amount: string | null;
            /** @description CDN flow purchases: the bytes bought */
            bytes: number | null;
        };
        /** AuditEntryPage */
        AuditEntryPage: {
            items: components["schemas"]["AuditEntry"][];
            page: number;
            limit: number;
            total: number;
            totalPages: number;
        };
        /** Balance */
        Balance: {
            /**
             * @description Account balance. In CNY (yuan), as a decimal string exactly as the upstream booked it: parse it with a decimal type, never a float
             * @example 750.6346
             */
            amount: string;
        };
        /** BalanceAlarm */
        BalanceAlarm: {
            /** @description Whether low-balance alarms are sent */
            enabled: boolean;
            /** @description How many alarms to send */
            count: number;
            /**
             * @description Alarm when the balance falls below this. In CNY (yuan), as a decimal string exactly as the upstream booked it: parse it with a decimal type, never a float
             * @example 750.6346
             */
            threshold: string;
        };
        /** BuyFlowPackage */
        BuyFlowPackage: {
            /**
             * @description Flow to buy, in bytes
             * @example 100000000
             */
            bytes: number;
            /**
             * @description Part of the price to pay from the coupon balance. In CNY (yuan), as a decimal string with at most 4 decimals
             * @example 200.00
             */
            couponAmount?: string;
        };
        /** CallbackReceipt */
        CallbackReceipt: {
            /**
             * @description `duplicate`: this webhook-id was stored before; nothing new was written
             * @enum {string}
             */
            status: "stored" | "duplicate";
            /** @description The stored events of this webhook-id, in body order */
            eventIds: string[];
        };
        /** CatalogStatus */
        CatalogStatus: {
            /** @description The catalog, e.g. permissions */
            name: string;
            /** @description The operation that serves it */
            operationId: string;
            /** @description Where it is served */
            path: string;
            /** @description pending: no sync has finished yet; ok: the last sync succeeded; failed: it failed (the last good copy, if any, is still served) */
            status: "pending" | "ok" | "failed";
            /** @description A sync is under way */
            syncing: boolean;
            /** @description When the last sync finished, successful or not (UTC) */
            lastSyncAt: string | null;
            /** @description When the copy served was synced (UTC) */
            lastSuccessAt: string | null;
            /** @description How long the last sync took, successful or not */
            lastDurationMs: number | null;
            /** @description Items in the copy served */
            itemCount: number;
            /** @description Why the last sync failed; null when it succeeded */
            lastError: {
                code: string;
                message: string;
            } | null;
        };
        /** ChangePassword */
        ChangePassword: {
            /** @description The current password */
            oldPassword: string;
            /** @description The new password; the gateway fills the upstream's confirmation field from it */
            newPassword: string;
        };
        /** Coupon */
        Coupon: {
            /**
             * @description Identifier, a string even where the upstream counts with numbers
             * @example 1571234567
             */
            id: string;
            /** @description The coupon's code */
            code: string;
            /**
             * @description unused (upstream 0), activated (1), used (2), void (3), expired (4)
             * @enum {string|null}
             */
            status: "unused" | "activated" | "used" | "void" | "expired" | null;
            /**
             * @description Face value. In CNY (yuan), as a decimal string exactly as the upstream booked it: parse it with a decimal type, never a float
             * @example 750.6346
             */
            amount: string;
            /**
             * @description What is left of it. In CNY (yuan), as a decimal string exactly as the upstream booked it: parse it with a decimal type, never a float
             * @example 750.6346
             */
            remaining: string;
            /**
             * Format: date-time
             * @description ISO 8601 time with the upstream's +08:00 offset
             * @example 2015-03-19T13:21:00+08:00
             */
            createdAt: string | null;
            /**
             * Format: date-time
             * @description ISO 8601 time with the upstream's +08:00 offset
             * @example 2015-03-19T13:21:00+08:00
             */
            expiresAt: string | null;
        };
        /** CouponBalance */
        CouponBalance: {
            /**
             * @description Coupon balance. In CNY (yuan), as a decimal string exactly as the upstream booked it: parse it with a decimal type, never a float
             * @example 750.6346
             */
            amount: string;
        };
        /** CouponPage */
        CouponPage: {
            items: components["schemas"]["Coupon"][];
            page: number;
            limit: number;
            total: number;
            totalPages: number;
        };
        /** CouponRedemption */
        CouponRedemption: {
            /** @description The coupon redeemed */
            code: string;
            /**
             * @description What it added to the coupon balance. In CNY (yuan), as a decimal string exactly as the upstream booked it: parse it with a decimal type, never a float
             * @example 750.6346
             */
            amount: string;
            /** @description The account it was credited to */
            username: string;
        };
        /** CreateApiKey */
        CreateApiKey: {
            /**
             * @description What the key may do, each exactly: `read` the resource API's GET routes, `write` its other methods, `admin` the /admin/* routes. No scope implies another.
             * @example [
             *       "read",
             *       "write"
             *     ]
             */
            scopes: ("read" | "write" | "admin")[];
            /** @description 1 to 10 IPv4/IPv6 addresses or CIDR ranges the key may be used from; an array or one comma-separated string */
            ipWhitelist: string | string[];
            /**
             * @description Where reviewed-SMS callbacks are relayed, signed with the key's webhookSecret. Public http(s) only
             * @example https://www.niaoyun.com/callbacks
             */
            callbackUrl?: string | null;
            /** @description Free text for operators */
            note?: string;
            /** @default false */
            disabled: boolean;
        };
        /** CreatedApiKey */
        CreatedApiKey: {
            /**
             * @description Names the key; not secret
             * @example AKIDz8krbsJ5yKBZQpn74WFk
             */
            secretId: string;
            scopes: ("read" | "write" | "admin")[];
            /** @description Canonical addresses and CIDR ranges */
            ipWhitelist: string[];
            callbackUrl: string | null;
            note: string;
            disabled: boolean;
            /**
             * Format: date-time
             * @description UTC
             * @example 2026-01-31T08:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description UTC; null until the key is first used. Written in batches, so it can lag by seconds
             * @example 2026-01-31T08:00:00.000Z
             */
            lastUsedAt: string | null;
            /** @description Shown only in this answer: send `Authorization: Bearer <secretId>.<secretKey>` */
            secretKey: string;
            /** @description Shown only in this answer: verifies relayed callbacks (Standard Webhooks, `whsec_` + base64) */
            webhookSecret: string;
        };
        /** CreateGroup */
        CreateGroup: {
            /** @description Group name */
            name: string;
            /** @description Free-text note */
            note?: string;
        };
        /** CreateInvoice */
        CreateInvoice: {
            /** @description The invoice header (抬头) */
            title: string;
            /**
             * @description Amount to invoice, at most the invoiceable balance. In CNY (yuan), as a decimal string with at most 4 decimals
             * @example 200.00
             */
            amount: string;
            /**
             * @description company (upstream 1) or personal (2)
             * @enum {string}
             */
            type: "company" | "personal";
            /**
             * @description vat_special (upstream 1, 增值税专用发票) or vat_general (2, 增值税普通发票)
             * @enum {string}
             */
            invoiceType: "vat_special" | "vat_general";
            /** @description Tax registration number (VAT special invoices) */
            registrationNo?: string;
            /** @description Bank of the basic account (VAT special invoices) */
            bankName?: string;
            /** @description Basic account number (VAT special invoices) */
            bankAccount?: string;
            /** @description Registered address (VAT special invoices) */
            address?: string;
            /** @description Registered landline (VAT special invoices) */
            tel?: string;
            /** @description Copy of the business licence */
            businessLicense?: string;
            /** @description Copy of the tax registration certificate */
            taxCertificate?: string;
            /** @description Copy of the general-taxpayer qualification */
            taxpayerQualification?: string;
            /** @description Who receives the paper invoice */
            recipient: string;
            /** @description Where it is sent */
            mailAddress: string;
            /** @description The recipient's phone */
            phone: string;
            /** @description Postcode */
            postcode: string;
        };
        /** CreateSubaccount */
        CreateSubaccount: {
            /** @description Login name */
            username: string;
            /** @description Password; the gateway fills the upstream's confirmation field from it */
            password: string;
            /**
             * Format: email
             * @description Email address
             */
            email: string;
            /** @description Mobile phone number */
            phone?: string;
            /**
             * @description The group to put the sub-account in; null for none
             * @example 1571234567
             */
            groupId?: string | null;
            /**
             * @description enabled (upstream 1) or disabled (upstream 0)
             * @enum {string}
             */
            status?: "disabled" | "enabled";
            /** @description The CDN acceleration types the sub-account may use */
            cdnConfig?: {
                /**
                 * @description Acceleration type
                 * @example cloud
                 */
                type: string;
                /**
                 * @description Billing type
                 * @example tx4d
                 */
                billingType: string;
            }[];
            /** @description Contact person */
            contactName?: string;
            /** @description Landline */
            tel?: string;
            fax?: string;
            /** @description Identity-card number; masked in logs */
            card?: string;
            address?: string;
            company?: string;
            /** @description QQ number */
            qq?: string;
            /** @description Receive notices by email */
            receiveMail?: boolean;
            /** @description Receive notices by SMS */
            receiveSms?: boolean;
            /** @description More addresses for notices */
            otherEmails?: string[];
            /** @description More phones for notices */
            otherPhones?: string[];
            /** @description Send the daily report */
            dailyReport?: boolean;
            /** @description Send the weekly report */
            weekReport?: boolean;
            /** @description Send the monthly report */
            monthReport?: boolean;
        };
        /** Delivery */
        Delivery: {
            id: string;
            eventId: string;
            /** @description The API key whose callbackUrl receives the event */
            secretId: string;
            /** @description Where the last attempt went (the key's callbackUrl at that time) */
            callbackUrl: string;
            /**
             * @description `pending`: waiting for its next attempt; `delivered`: a 2xx was received; `failed`: every scheduled attempt failed
             * @enum {string}
             */
            state: "pending" | "delivered" | "failed";
            attempts: number;
            /** @description HTTP status of the last attempt; null when no answer came */
            lastStatus: number | null;
            lastError: string | null;
            /**
             * Format: date-time
             * @description When the next attempt is due; null unless pending; UTC, ISO 8601 with Z
             */
            nextAttemptAt: string | null;
            /**
             * Format: date-time
             * @description When the 2xx was received; UTC, ISO 8601 with Z
             */
            deliveredAt: string | null;
            /**
             * Format: date-time
             * @description When the event was queued; UTC, ISO 8601 with Z
             */
            createdAt: string;
        };
        /** DeliveryPage */
        DeliveryPage: {
            items: components["schemas"]["Delivery"][];
            page: number;
            limit: number;
            total: number;
            totalPages: number;
        };
        /** EmailChange */
        EmailChange: {
            /**
             * Format: email
             * @description Email address
             */
            email: string;
        };
        /** EmailSet */
        EmailSet: {
            email: string;
        };
        /** FlowBalance */
        FlowBalance: {
            free: {
                /** @description In bytes */
                totalBytes: number;
                /** @description In bytes */
                usedBytes: number;
            };
            purchased: {
                /** @description In bytes */
                totalBytes: number;
                /** @description In bytes */
                usedBytes: number;
            };
            monthly: {
                /** @description This month's flow, in bytes */
                totalBytes: number;
                /** @description The month, as YYYY-MM */
                month: string | null;
            };
        };
        /** FlowPurchase */
        FlowPurchase: {
            /** @description The account the flow was added to */
            username: string;
            /** @description Bought flow on the account after this purchase, in bytes */
            bytes: number;
            /** @description Free flow the account is given, in bytes */
            freeBytesTotal: number;
            /** @description Free flow used, in bytes */
            freeBytesUsed: number;
        };
        /** FlowRecord */
        FlowRecord: {
            /**
             * @description Identifier, a string even where the upstream counts with numbers
             * @example 1571234567
             */
            id: string;
            /** @description What the record is, e.g. 购买1.00T流量包 */
            name: string;
            /** @description The upstream's order code */
            orderNo: string;
            /**
             * @description The CDN business the flow is for
             * @example 1571234567
             */
            businessId: string;
            /**
             * @description The sub-account that made it; null for the account itself
             * @example 1571234567
             */
            subaccountUid: string | null;
            /** @description Flow bought or used, in bytes */
            bytes: number;
            /** @description Bought flow left after this record, in bytes */
            remainingBytes: number;
            /** @description Monthly flow in this record, in bytes */
            monthBytes: number;
            /** @description The upstream's Chinese name of the record type */
            typeLabel: string;
            /** @description The upstream's Chinese name of the payment type */
            payTypeLabel: string;
            /** @description The upstream's Chinese name of the flow type */
            flowTypeLabel: string;
            /**
             * @description completed (upstream 1) or pending (0); null for a code the reference does not list
             * @enum {string|null}
             */
            status: "pending" | "completed" | null;
            /**
             * Format: date-time
             * @description ISO 8601 time with the upstream's +08:00 offset
             * @example 2015-03-19T13:21:00+08:00
             */
            createdAt: string | null;
        };
        /** FlowRecordList */
        FlowRecordList: {
            items: components["schemas"]["FlowRecord"][];
        };
        /** Group */
        Group: {
            /**
             * @description Identifier, a string even where the upstream counts with numbers
             * @example 1571234567
             */
            id: string;
            name: string;
            note: string;
            /**
             * @description The account that owns the group
             * @example 1571234567
             */
            ownerUid: string;
            /**
             * Format: date-time
             * @description ISO 8601 time with the upstream's +08:00 offset
             * @example 2015-03-19T13:21:00+08:00
             */
            createdAt: string | null;
        };
        /** GroupPage */
        GroupPage: {
            items: components["schemas"]["Group"][];
            page: number;
            limit: number;
            total: number;
            totalPages: number;
        };
        /** GroupRole */
        GroupRole: {
            /**
             * @description Identifier, a string even where the upstream counts with numbers
             * @example 1571234567
             */
            id: string;
            /**
             * @description Identifier, a string even where the upstream counts with numbers
             * @example 1571234567
             */
            groupId: string;
            /** @description The API path this role grants */
            permission: string;
            /**
             * Format: date-time
             * @description ISO 8601 time with the upstream's +08:00 offset
             * @example 2015-03-19T13:21:00+08:00
             */
            createdAt: string | null;
        };
        /** GroupRoleList */
        GroupRoleList: {
            items: components["schemas"]["GroupRole"][];
        };
        /** GroupRolesAdded */
        GroupRolesAdded: {
            items: components["schemas"]["GroupRole"][];
        };
        /** Health */
        Health: {
            /** @description `degraded`: an optional dependency (Redis) is unreachable; this instance serves alone */
            status: "ok" | "degraded";
            checks?: {
                name: string;
                ok: boolean;
                detail?: string;
                /**
                 * @description When failing, the gateway still serves: degraded, not down
                 * @enum {boolean}
                 */
                optional?: true;
            }[];
        };
        /** IdempotencyRecord */
        IdempotencyRecord: {
            /** @description The Idempotency-Key the client sent */
            idempotencyKey: string;
            /**
             * @description Whose key it is (keys are scoped per caller): an API key's secretId, or "admin" for the admin token
             * @example AKIDexample0123456789abcdefgh
             */
            secretId: string;
            /** @description The operation it was first used for */
            operationId: string;
            /** @description The path it was first used on */
            path: string;
            /**
             * @description in_flight: the first request has not finished; completed: its answer is stored and replayed; unknown: a money move whose outcome could not be learnt (a timeout, a reset, or a gateway stopped mid-flight); reconcile it with the upstream's records
             * @enum {string}
             */
            state: "in_flight" | "completed" | "unknown";
            /** @description The HTTP status of the stored answer; null while in flight or when abandoned by a crash */
            status: number | null;
            /** @description X-Request-Id of the first request: find its log lines and the upstream's record of it */
            requestId: string;
            /**
             * Format: date-time
             * @description When the key was first used; UTC, ISO 8601 with Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the record is pruned (IDEMPOTENCY_TTL_S after first use); UTC, ISO 8601 with Z
             */
            expiresAt: string;
        };
        /** IdempotencyRecordPage */
        IdempotencyRecordPage: {
            items: components["schemas"]["IdempotencyRecord"][];
            page: number;
            limit: number;
            total: number;
            totalPages: number;
        };
        /** Invoice */
        Invoice: {
            /**
             * @description Identifier, a string even where the upstream counts with numbers
             * @example 1571234567
             */
            id: string;
            /** @description The invoice header (抬头) */
            title: string;
            /**
             * @description Invoiced amount. In CNY (yuan), as a decimal string exactly as the upstream booked it: parse it with a decimal type, never a float
             * @example 750.6346
             */
            amount: string;
            /**
             * @description company (upstream 1) or personal (2)
             * @enum {string|null}
             */
            type: "company" | "personal" | null;
            /**
             * @description vat_special (upstream 1, 增值税专用发票) or vat_general (2, 增值税普通发票)
             * @enum {string|null}
             */
            invoiceType: "vat_special" | "vat_general" | null;
            /**
             * @description pending (upstream 1), issued (2) or rejected (3)
             * @enum {string|null}
             */
            status: "pending" | "issued" | "rejected" | null;
            /** @description The reviewer's remark, e.g. why it was rejected */
            remark: string;
            /** @description Courier company, once sent */
            courier: string;
            /** @description Courier tracking number, once sent */
            trackingNo: string;
            mailAddress: string;
            /**
             * Format: date-time
             * @description ISO 8601 time with the upstream's +08:00 offset
             * @example 2015-03-19T13:21:00+08:00
             */
            createdAt: string | null;
            /** @description Tax registration number */
            registrationNo?: string;
            bankName?: string;
            bankAccount?: string;
            /** @description Registered address */
            address?: string;
            /** @description Registered landline */
            tel?: string;
            /** @description Copy of the business licence */
            businessLicense?: string;
            /** @description Copy of the tax registration certificate */
            taxCertificate?: string;
            /** @description Copy of the general-taxpayer qualification */
            taxpayerQualification?: string;
            recipient?: string;
            phone?: string;
            postcode?: string;
            /**
             * @description Tax handling fee. In CNY (yuan), as a decimal string exactly as the upstream booked it: parse it with a decimal type, never a float
             * @example 750.6346
             */
            fee?: string;
            /**
             * @description Courier fee. In CNY (yuan), as a decimal string exactly as the upstream booked it: parse it with a decimal type, never a float
             * @example 750.6346
             */
            shippingFee?: string;
        };
        /** InvoiceBalance */
        InvoiceBalance: {
            /**
             * @description What may still be invoiced. In CNY (yuan), as a decimal string exactly as the upstream booked it: parse it with a decimal type, never a float
             * @example 750.6346
             */
            amount: string;
        };
        /** InvoicePage */
        InvoicePage: {
            items: components["schemas"]["Invoice"][];
            page: number;
            limit: number;
            total: number;
            totalPages: number;
        };
        /** Log */
        Log: {
            /**
             * @description Identifier, a string even where the upstream counts with numbers
             * @example 1571234567
             */
            id: string;
            /** @description What the entry is about: one of the filter's words, or another such as backup */
            type: string;
            /** @description Where the operation came from */
            ip: string;
            /** @description The upstream's operation code; the reference does not list them */
            opCode: string;
            title: string;
            content: string;
            /**
             * Format: date-time
             * @description ISO 8601 time with the upstream's +08:00 offset
             * @example 2015-03-19T13:21:00+08:00
             */
            createdAt: string | null;
        };
        /** LogPage */
        LogPage: {
            items: components["schemas"]["Log"][];
            page: number;
            limit: number;
            total: number;
            totalPages: number;
        };
        /** Payment */
        Payment: {
            /**
             * @description Identifier, a string even where the upstream counts with numbers
             * @example 1571234567
             */
            id: string;
            /** @description What the record is about, e.g. 充值 or an instance name */
            name: string;
            /**
             * @description Amount paid or refunded. In CNY (yuan), as a decimal string exactly as the upstream booked it: parse it with a decimal type, never a float
             * @example 750.6346
             */
            amount: string;
            /** @description The upstream's order code */
            orderNo: string;
            /**
             * @description consumption (upstream 1), refund (2), invoice (3), coupon (4)
             * @enum {string|null}
             */
            type: "consumption" | "refund" | "invoice" | "coupon" | null;
            /** @description The upstream's Chinese name of the type */
            typeLabel: string;
            /**
             * @description completed (upstream 1) or pending (0); null for a code the reference does not list
             * @enum {string|null}
             */
            status: "pending" | "completed" | null;
            /**
             * Format: date-time
             * @description ISO 8601 time with the upstream's +08:00 offset
             * @example 2015-03-19T13:21:00+08:00
             */
            createdAt: string | null;
            /**
             * @description instance (upstream 1), disk (2), instance_backup (3), cdn (5), cdn_flow_package (6), dns (7), other (8), bare_metal (9)
             * @enum {string|null}
             */
            product: "instance" | "disk" | "instance_backup" | "cdn" | "cdn_flow_package" | "dns" | "other" | "bare_metal" | null;
            /** @description The upstream's Chinese name of the product */
            productLabel: string;
        };
        /** PaymentPage */
        PaymentPage: {
            items: components["schemas"]["Payment"][];
            page: number;
            limit: number;
            total: number;
            totalPages: number;
        };
        /** PermissionCatalog */
        PermissionCatalog: {
            items: components["schemas"]["PermissionModule"][];
        };
        /** PermissionModule */
        PermissionModule: {
            /** @description The upstream's module key, e.g. cloud_cdn */
            module: string;
            /** @description The module's display name */
            name: string;
            permissions: {
                /** @description The API path a role may grant */
                permission: string;
                /** @description Its display name */
                name: string;
            }[];
        };
        /** PhoneChange */
        PhoneChange: {
            /** @description Mobile phone number */
            phone: string;
        };
        /** PhoneSet */
        PhoneSet: {
            phone: string;
        };
        /** Picture */
        Picture: {
            /**
             * Format: uri
             * @description Avatar image URL
             */
            url: string;
        };
        /** PictureSet */
        PictureSet: {
            url: string;
        };
        /** PriceTier */
        PriceTier: {
            /**
             * @description Identifier, a string even where the upstream counts with numbers
             * @example 1571234567
             */
            id: string;
            /** @description The upstream's tier family code ("1", "2"); the reference does not name them */
            tierType: string;
            /** @description Lower bound of the purchase size, in bytes */
            lowerBytes: number;
            /** @description Upper bound of the purchase size, in bytes */
            upperBytes: number;
            /**
             * @description Price per unit of flow in this tier, as the upstream states it. In CNY (yuan), as a decimal string exactly as the upstream booked it: parse it with a decimal type, never a float
             * @example 750.6346
             */
            unitPrice: string;
            /**
             * Format: date-time
             * @description ISO 8601 time with the upstream's +08:00 offset
             * @example 2015-03-19T13:21:00+08:00
             */
            createdAt: string | null;
            /**
             * Format: date-time
             * @description ISO 8601 time with the upstream's +08:00 offset
             * @example 2015-03-19T13:21:00+08:00
             */
            updatedAt: string | null;
        };
        /** PriceTierList */
        PriceTierList: {
            items: components["schemas"]["PriceTier"][];
        };
        /** Problem */
        Problem: {
            /** @description URI naming the kind of problem */
            type: string;
            title: string;
            status: number;
            detail: string;
            /** @description The request path */
            instance: string;
            /** @description Stable machine-readable code, e.g. GW_UPSTREAM_REJECTED */
            code: string;
            requestId: string;
            errors?: {
                /** @description body, querystring, params or headers */
                in: string;
                /** @description JSON pointer to the offending field */
                pointer: string;
                message: string;
            }[];
            /** @description The upstream's own rejection, verbatim */
            upstream?: {
                code: number | string;
                message: string;
            };
            /**
             * @description Set when a money-moving call may or may not have been applied
             * @enum {string}
             */
            outcome?: "unknown";
        };
        /** Profile */
        Profile: {
            /**
             * @description Identifier, a string even where the upstream counts with numbers
             * @example 1571234567
             */
            uid: string;
            username: string;
            email: string;
            /**
             * @description enabled (upstream 1) or disabled (upstream 0)
             * @enum {string}
             */
            status: "disabled" | "enabled";
            contactName: string;
            phone: string;
            tel: string;
            fax: string;
            /** @description Identity-card number; masked in logs */
            card: string;
            address: string;
            company: string;
            website: string;
            qq: string;
            /** @description Avatar URL */
            picture: string;
            otherEmails: string[];
            otherPhones: string[];
            dailyReport: boolean;
            weekReport: boolean;
            monthReport: boolean;
            balance: {
                /**
                 * @description Account balance. In CNY (yuan), as a decimal string exactly as the upstream booked it: parse it with a decimal type, never a float
                 * @example 750.6346
                 */
                amount: string;
                alarm: components["schemas"]["BalanceAlarm"];
                /** @description Alarms sent so far */
                alarmsSent: number;
            };
            /**
             * @description Coupon balance. In CNY (yuan), as a decimal string exactly as the upstream booked it: parse it with a decimal type, never a float
             * @example 750.6346
             */
            couponAmount: string;
            subaccounts: components["schemas"]["ProfileSubaccount"][];
        };
        /** ProfileSubaccount */
        ProfileSubaccount: {
            /**
             * @description Identifier, a string even where the upstream counts with numbers
             * @example 1571234567
             */
            uid: string;
            username: string;
            email: string;
            /**
             * @description enabled (upstream 1) or disabled (upstream 0)
             * @enum {string}
             */
            status: "disabled" | "enabled";
            /** @description The sub-account's group; null when it is in none */
            groupId: string | null;
            phone: string;
            /**
             * @description Coupon balance of the sub-account. In CNY (yuan), as a decimal string exactly as the upstream booked it: parse it with a decimal type, never a float
             * @example 750.6346
             */
            couponAmount: string;
        };
        /** ProfileUpdate */
        ProfileUpdate: {
            /** @description Contact person */
            contactName?: string;
            /** @description Landline */
            tel?: string;
            fax?: string;
            /** @description Identity-card number; masked in logs */
            card?: string;
            address?: string;
            company?: string;
            /** @description QQ number */
            qq?: string;
            /** @description Receive notices by email */
            receiveMail?: boolean;
            /** @description Receive notices by SMS */
            receiveSms?: boolean;
            /** @description More addresses for notices */
            otherEmails?: string[];
            /** @description More phones for notices */
            otherPhones?: string[];
            /** @description Send the daily report */
            dailyReport?: boolean;
            /** @description Send the weekly report */
            weekReport?: boolean;
            /** @description Send the monthly report */
            monthReport?: boolean;
            /** @description Main business */
            business?: string;
            website?: string;
        };
        /** ProfileUpdated */
        ProfileUpdated: {
            /** @description Contact person */
            contactName?: string;
            /** @description Landline */
            tel?: string;
            fax?: string;
            /** @description Identity-card number; masked in logs */
            card?: string;
            address?: string;
            company?: string;
            /** @description QQ number */
            qq?: string;
            /** @description Receive notices by email */
            receiveMail?: boolean;
            /** @description Receive notices by SMS */
            receiveSms?: boolean;
            /** @description More addresses for notices */
            otherEmails?: string[];
            /** @description More phones for notices */
            otherPhones?: string[];
            /** @description Send the daily report */
            dailyReport?: boolean;
            /** @description Send the weekly report */
            weekReport?: boolean;
            /** @description Send the monthly report */
            monthReport?: boolean;
            /** @description Main business */
            business?: string;
            website?: string;
        };
        /** Recharge */
        Recharge: {
            /**
             * @description Identifier, a string even where the upstream counts with numbers
             * @example 1571234567
             */
            id: string;
            /** @description What the record is about, e.g. 充值 or an instance name */
            name: string;
            /**
             * @description Amount recharged. In CNY (yuan), as a decimal string exactly as the upstream booked it: parse it with a decimal type, never a float
             * @example 750.6346
             */
            amount: string;
            /** @description The upstream's order code */
            orderNo: string;
            /**
             * @description alipay (upstream 1), bank (2), transfer (3), system (4), invite (5)
             * @enum {string|null}
             */
            type: "alipay" | "bank" | "transfer" | "system" | "invite" | null;
            /** @description The upstream's Chinese name of the type */
            typeLabel: string;
            /**
             * @description completed (upstream 1) or pending (0); null for a code the reference does not list
             * @enum {string|null}
             */
            status: "pending" | "completed" | null;
            /**
             * Format: date-time
             * @description ISO 8601 time with the upstream's +08:00 offset
             * @example 2015-03-19T13:21:00+08:00
             */
            createdAt: string | null;
        };
        /** RechargePage */
        RechargePage: {
            items: components["schemas"]["Recharge"][];
            page: number;
            limit: number;
            total: number;
            totalPages: number;
        };
        /** RedeemCoupon */
        RedeemCoupon: {
            /**
             * @description The coupon's code
             * @example 704c09edfa41e5cbb111965daf190ba5
             */
            code: string;
        };
        /** RegisterAccount */
        RegisterAccount: {
            /** @description Login name */
            username: string;
            /** @description Password; the gateway fills the upstream's confirmation field from it */
            password: string;
            /**
             * Format: email
             * @description Email address
             */
            email: string;
            /** @description Mobile phone number */
            phone: string;
        };
        /** RotatedApiKey */
        RotatedApiKey: {
            /**
             * @description Names the key; not secret
             * @example AKIDz8krbsJ5yKBZQpn74WFk
             */
            secretId: string;
            scopes: ("read" | "write" | "admin")[];
            /** @description Canonical addresses and CIDR ranges */
            ipWhitelist: string[];
            callbackUrl: string | null;
            note: string;
            disabled: boolean;
            /**
             * Format: date-time
             * @description UTC
             * @example 2026-01-31T08:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description UTC; null until the key is first used. Written in batches, so it can lag by seconds
             * @example 2026-01-31T08:00:00.000Z
             */
            lastUsedAt: string | null;
            /** @description Shown only in this answer: send `Authorization: Bearer <secretId>.<secretKey>` */
            secretKey: string;
            /** @description Shown only in this answer: verifies relayed callbacks (Standard Webhooks, `whsec_` + base64) */
            webhookSecret?: string;
        };
        /** SetBalanceAlarm */
        SetBalanceAlarm: {
            /** @description Send low-balance alarms */
            enabled: boolean;
            /** @description How many alarms to send; unchanged when absent */
            count?: number;
            /**
             * @description Alarm when the balance falls below this; unchanged when absent. In CNY (yuan), as a decimal string with at most 4 decimals
             * @example 200.00
             */
            threshold?: string;
        };
        /** SmsReview */
        SmsReview: {
            /**
             * @description signature or template
             * @enum {string}
             */
            kind: "signature" | "template";
            /** @description The signature's or template's id, as the upstream sent it */
            id: string;
            name: string | null;
            /** @enum {string} */
            status: "approved" | "rejected";
            /** @description Why it was rejected, when the upstream says */
            reason: string | null;
            /** @description The upstream's review time: ISO 8601 (+08:00 for the upstream's own formats) when readable, else as sent */
            reviewedAt: string | null;
            /**
             * Format: date-time
             * @description When the gateway stored the callback; UTC, ISO 8601 with Z
             */
            receivedAt: string;
            /** @description The stored event this result came from (also on GET /events and in relayed webhooks) */
            eventId: string;
        };
        /** SmsReviewPage */
        SmsReviewPage: {
            items: components["schemas"]["SmsReview"][];
            page: number;
            limit: number;
            total: number;
            totalPages: number;
        };
        /** Subaccount */
        Subaccount: {
            /**
             * @description Identifier, a string even where the upstream counts with numbers
             * @example 1571234567
             */
            uid: string;
            username: string;
            email: string;
            /**
             * @description enabled (upstream 1) or disabled (upstream 0)
             * @enum {string}
             */
            status: "disabled" | "enabled";
            /** @description The sub-account's group; null when it is in none */
            groupId: string | null;
            group: components["schemas"]["Group"] | null;
            contactName: string;
            phone: string;
            tel: string;
            fax: string;
            /** @description Identity-card number; masked in logs */
            card: string;
            address: string;
            company: string;
            website: string;
            qq: string;
            /** @description Avatar URL */
            picture: string;
            otherEmails: string[];
            otherPhones: string[];
            /** @description Main business */
            business: string;
            receiveMail: boolean;
            receiveSms: boolean;
            phoneVerified: boolean;
            emailVerified: boolean;
            /** @description The platform the sub-account belongs to, e.g. VeryCloud */
            platformLabel: string;
            /**
             * Format: date-time
             * @description ISO 8601 time with the upstream's +08:00 offset
             * @example 2015-03-19T13:21:00+08:00
             */
            createdAt: string | null;
            /**
             * Format: date-time
             * @description ISO 8601 time with the upstream's +08:00 offset
             * @example 2015-03-19T13:21:00+08:00
             */
            updatedAt: string | null;
        };
        /** SubaccountPage */
        SubaccountPage: {
            items: components["schemas"]["Subaccount"][];
            page: number;
            limit: number;
            total: number;
            totalPages: number;
        };
        /** SubaccountPermissions */
        SubaccountPermissions: {
            /** @description Ids of the instance resources the sub-account may use (upstream perms "1") */
            instance?: number[];
            /** @description Ids of the disk resources the sub-account may use (upstream perms "2") */
            disk?: number[];
            /** @description Ids of the securityGroup resources the sub-account may use (upstream perms "3") */
            securityGroup?: number[];
            /** @description Ids of the vpc resources the sub-account may use (upstream perms "4") */
            vpc?: number[];
            /** @description Ids of the cdn resources the sub-account may use (upstream perms "5") */
            cdn?: number[];
            /** @description Ids of the dns resources the sub-account may use (upstream perms "6") */
            dns?: number[];
        };
        /** SyncStatus */
        SyncStatus: {
            /** @description SYNC_INTERVAL_S: seconds between scheduled syncs; 0 means only at start and on demand */
            intervalSeconds: number;
            catalogs: components["schemas"]["CatalogStatus"][];
        };
        /** UpdateApiKey */
        UpdateApiKey: {
            /**
             * @description What the key may do, each exactly: `read` the resource API's GET routes, `write` its other methods, `admin` the /admin/* routes. No scope implies another.
             * @example [
             *       "read",
             *       "write"
             *     ]
             */
            scopes?: ("read" | "write" | "admin")[];
            /** @description 1 to 10 IPv4/IPv6 addresses or CIDR ranges the key may be used from; an array or one comma-separated string */
            ipWhitelist?: string | string[];
            /**
             * @description Where reviewed-SMS callbacks are relayed, signed with the key's webhookSecret. Public http(s) only
             * @example https://www.niaoyun.com/callbacks
             */
            callbackUrl?: string | null;
            /** @description Free text for operators */
            note?: string;
            /** @description A disabled key is refused at once (401) */
            disabled?: boolean;
        };
        /** UpdateGroup */
        UpdateGroup: {
            /** @description Group name */
            name?: string;
            /** @description Free-text note */
            note?: string;
        };
        /** UpdateGroupRole */
        UpdateGroupRole: {
            /**
             * @description An upstream API path from the permission catalog
             * @example API/instance/cloudDiskList
             */
            permission: string;
        };
        /** UpdateSubaccount */
        UpdateSubaccount: {
            /** @description Login name */
            username?: string;
            /** @description Password; the gateway fills the upstream's confirmation field from it */
            password?: string;
            /**
             * Format: email
             * @description Email address
             */
            email?: string;
            /** @description Mobile phone number */
            phone?: string;
            /**
             * @description The group to put the sub-account in; null for none
             * @example 1571234567
             */
            groupId?: string | null;
            /**
             * @description enabled (upstream 1) or disabled (upstream 0)
             * @enum {string}
             */
            status?: "disabled" | "enabled";
            /** @description The CDN acceleration types the sub-account may use */
            cdnConfig?: {
                /**
                 * @description Acceleration type
                 * @example cloud
                 */
                type: string;
                /**
                 * @description Billing type
                 * @example tx4d
                 */
                billingType: string;
            }[];
            /** @description Contact person */
            contactName?: string;
            /** @description Landline */
            tel?: string;
            fax?: string;
            /** @description Identity-card number; masked in logs */
            card?: string;
            address?: string;
            company?: string;
            /** @description QQ number */
            qq?: string;
            /** @description Receive notices by email */
            receiveMail?: boolean;
            /** @description Receive notices by SMS */
            receiveSms?: boolean;
            /** @description More addresses for notices */
            otherEmails?: string[];
            /** @description More phones for notices */
            otherPhones?: string[];
            /** @description Send the daily report */
            dailyReport?: boolean;
            /** @description Send the weekly report */
            weekReport?: boolean;
            /** @description Send the monthly report */
            monthReport?: boolean;
        };
        /** UpstreamStatus */
        UpstreamStatus: {
            upstream: {
                /** @description Where the gateway sends upstream calls (no credentials) */
                origin: string;
                /** @description True when the built-in sandbox stands in for VeryCloud */
                sandbox: boolean;
            };
            token: {
                /** @description A valid token is cached */
                present: boolean;
                /**
                 * Format: date-time
                 * @description UTC, ISO 8601 with Z
                 */
                expiresAt: string | null;
                /**
                 * Format: date-time
                 * @description UTC, ISO 8601 with Z
                 */
                lastRefreshAt: string | null;
                lastRefreshError: string | null;
                /** @description Authorize calls made since start */
                refreshes: number;
            };
            lastCheck: {
                reachable: boolean;
                /**
                 * Format: date-time
                 * @description UTC, ISO 8601 with Z
                 */
                checkedAt: string;
                latencyMs: number;
                /**
                 * @description Balance read by the check. In CNY (yuan), as a decimal string exactly as the upstream booked it: parse it with a decimal type, never a float
                 * @example 750.6346
                 */
                balance: string | null;
                error: string | null;
            } | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description Gateway overloaded or not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    registerAccount: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retrying this request safe: 1 to 255 printable ASCII characters, unique per request (a UUID is a good choice), scoped to your API key and kept for IDEMPOTENCY_TTL_S (default 24 h). A repeat with the same key and body replays the first answer with `Idempotent-Replayed: true` and never reaches the upstream again; the same key with another body is 422; a repeat while the first is in flight is 409 with Retry-After. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "username": "example_user",
                 *       "password": "12345678",
                 *       "email": "example_user@verycloud.cn",
                 *       "phone": "13545678945"
                 *     }
                 */
                "application/json": components["schemas"]["RegisterAccount"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "uid": "1234567890",
                     *       "username": "example_user",
                     *       "email": "example_user@verycloud.cn",
                     *       "phone": "13545678945"
                     *     }
                     */
                    "application/json": components["schemas"]["AccountIdentity"];
                };
            };
            /** @description The request fails its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Client IP not on the key's whitelist, or the key lacks the scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The same Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upstream rejected the request (its code and message are kept), or an Idempotency-Key was reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit reached */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream unreachable, failing or not answering JSON */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Gateway overloaded or not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream too slow */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "uid": "1234566894",
                     *       "username": "example_user",
                     *       "email": "example_user@verycloud.cn",
                     *       "status": "enabled",
                     *       "contactName": "example_user",
                     *       "phone": "13584145363",
                     *       "tel": "0510-86991216",
                     *       "fax": "0510-86991216",
                     *       "card": "320219198509036295",
                     *       "address": "江苏无锡",
                     *       "company": "云端网络",
                     *       "website": "www.verycloud.cn",
                     *       "qq": "110",
                     *       "picture": "http://manage.verycloud.cn/sites/default/files/styles/thumbnail/public/pictures/picture-6894-1425368210.jpg",
                     *       "otherEmails": [],
                     *       "otherPhones": [],
                     *       "dailyReport": true,
                     *       "weekReport": true,
                     *       "monthReport": false,
                     *       "balance": {
                     *         "amount": "29122.0219",
                     *         "alarm": {
                     *           "enabled": true,
                     *           "count": 1,
                     *           "threshold": "300.00"
                     *         },
                     *         "alarmsSent": 0
                     *       },
                     *       "couponAmount": "0.0000",
                     *       "subaccounts": [
                     *         {
                     *           "uid": "1234566895",
                     *           "username": "example_subuser",
                     *           "email": "example_subuser@verycloud.cn",
                     *           "status": "enabled",
                     *           "groupId": "144",
                     *           "phone": "13584145365",
                     *           "couponAmount": "0.0000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Profile"];
                };
            };
            /** @description Not modified: the answer still has the ETag sent in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request fails its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Client IP not on the key's whitelist, or the key lacks the scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upstream rejected the request (its code and message are kept), or an Idempotency-Key was reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit reached */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream unreachable, failing or not answering JSON */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Gateway overloaded or not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream too slow */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateProfile: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retrying this request safe: 1 to 255 printable ASCII characters, unique per request (a UUID is a good choice), scoped to your API key and kept for IDEMPOTENCY_TTL_S (default 24 h). A repeat with the same key and body replays the first answer with `Idempotent-Replayed: true` and never reaches the upstream again; the same key with another body is 422; a repeat while the first is in flight is 409 with Retry-After. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "tel": "051086994256",
                 *       "receiveSms": true
                 *     }
                 */
                "application/json": components["schemas"]["ProfileUpdate"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "tel": "051086994256",
                     *       "receiveSms": true
                     *     }
                     */
                    "application/json": components["schemas"]["ProfileUpdated"];
                };
            };
            /** @description The request fails its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Client IP not on the key's whitelist, or the key lacks the scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The same Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upstream rejected the request (its code and message are kept), or an Idempotency-Key was reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit reached */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream unreachable, failing or not answering JSON */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Gateway overloaded or not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream too slow */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateProfilePicture: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://manage.verycloud.cn/sites/default/files/styles/thumbnail/public/pictures/picture-6894-1425368210.jpg"
                 *     }
                 */
                "application/json": components["schemas"]["Picture"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "url": "https://manage.verycloud.cn/sites/default/files/styles/thumbnail/public/pictures/picture-6894-1425368210.jpg"
                     *     }
                     */
                    "application/json": components["schemas"]["PictureSet"];
                };
            };
            /** @description The request fails its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Client IP not on the key's whitelist, or the key lacks the scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The same Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upstream rejected the request (its code and message are kept), or an Idempotency-Key was reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit reached */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream unreachable, failing or not answering JSON */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Gateway overloaded or not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream too slow */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "oldPassword": "12345678",
                 *       "newPassword": "2321234"
                 *     }
                 */
                "application/json": components["schemas"]["ChangePassword"];
            };
        };
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request fails its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Client IP not on the key's whitelist, or the key lacks the scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The same Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upstream rejected the request (its code and message are kept), or an Idempotency-Key was reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit reached */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream unreachable, failing or not answering JSON */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Gateway overloaded or not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream too slow */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "test@verycloud.cn"
                 *     }
                 */
                "application/json": components["schemas"]["EmailChange"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "email": "test@verycloud.cn"
                     *     }
                     */
                    "application/json": components["schemas"]["EmailSet"];
                };
            };
            /** @description The request fails its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Client IP not on the key's whitelist, or the key lacks the scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The same Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upstream rejected the request (its code and message are kept), or an Idempotency-Key was reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit reached */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream unreachable, failing or not answering JSON */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Gateway overloaded or not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream too slow */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updatePhone: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "phone": "13511111111"
                 *     }
                 */
                "application/json": components["schemas"]["PhoneChange"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "phone": "13511111111"
                     *     }
                     */
                    "application/json": components["schemas"]["PhoneSet"];
                };
            };
            /** @description The request fails its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Client IP not on the key's whitelist, or the key lacks the scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The same Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upstream rejected the request (its code and message are kept), or an Idempotency-Key was reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit reached */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream unreachable, failing or not answering JSON */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Gateway overloaded or not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream too slow */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSubaccounts: {
        parameters: {
            query?: {
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page, 1 to 100 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "uid": "7002123456",
                     *           "username": "example_user",
                     *           "email": "example_user@qq.com",
                     *           "status": "enabled",
                     *           "groupId": "144",
                     *           "group": {
                     *             "id": "1441234567",
                     *             "name": "测试组",
                     *             "note": "测试组",
                     *             "ownerUid": "1234567890",
                     *             "createdAt": "2015-01-24T14:41:48+08:00"
                     *           },
                     *           "contactName": "",
                     *           "phone": "13863536426",
                     *           "tel": "",
                     *           "fax": "",
                     *           "card": "",
                     *           "address": "",
                     *           "company": "",
                     *           "business": "",
                     *           "website": "",
                     *           "qq": "",
                     *           "picture": "",
                     *           "otherEmails": [],
                     *           "otherPhones": [],
                     *           "receiveMail": false,
                     *           "receiveSms": false,
                     *           "phoneVerified": false,
                     *           "emailVerified": false,
                     *           "platformLabel": "VeryCloud",
                     *           "createdAt": "2015-03-19T13:21:00+08:00",
                     *           "updatedAt": "2015-03-19T13:21:00+08:00"
                     *         }
                     *       ],
                     *       "page": 1,
                     *       "limit": 30,
                     *       "total": 1,
                     *       "totalPages": 1
                     *     }
                     */
                    "application/json": components["schemas"]["SubaccountPage"];
                };
            };
            /** @description Not modified: the answer still has the ETag sent in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request fails its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Client IP not on the key's whitelist, or the key lacks the scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upstream rejected the request (its code and message are kept), or an Idempotency-Key was reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit reached */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream unreachable, failing or not answering JSON */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Gateway overloaded or not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream too slow */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSubaccount: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retrying this request safe: 1 to 255 printable ASCII characters, unique per request (a UUID is a good choice), scoped to your API key and kept for IDEMPOTENCY_TTL_S (default 24 h). A repeat with the same key and body replays the first answer with `Idempotent-Replayed: true` and never reaches the upstream again; the same key with another body is 422; a repeat while the first is in flight is 409 with Retry-After. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "username": "example_user",
                 *       "password": "12345678",
                 *       "email": "example_user@verycloud.cn",
                 *       "phone": "13545678945",
                 *       "groupId": "123",
                 *       "status": "enabled"
                 *     }
                 */
                "application/json": components["schemas"]["CreateSubaccount"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "uid": "7002123456",
                     *       "username": "example_user",
                     *       "email": "example_user@verycloud.cn",
                     *       "phone": "13545678945"
                     *     }
                     */
                    "application/json": components["schemas"]["AccountIdentity"];
                };
            };
            /** @description The request fails its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Client IP not on the key's whitelist, or the key lacks the scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The same Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upstream rejected the request (its code and message are kept), or an Idempotency-Key was reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit reached */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream unreachable, failing or not answering JSON */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Gateway overloaded or not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream too slow */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateSubaccount: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retrying this request safe: 1 to 255 printable ASCII characters, unique per request (a UUID is a good choice), scoped to your API key and kept for IDEMPOTENCY_TTL_S (default 24 h). A repeat with the same key and body replays the first answer with `Idempotent-Replayed: true` and never reaches the upstream again; the same key with another body is 422; a repeat while the first is in flight is 409 with Retry-After. */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description The sub-account's uid
                 * @example 1571234567
                 */
                uid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "status": "disabled",
                 *       "receiveMail": true
                 *     }
                 */
                "application/json": components["schemas"]["UpdateSubaccount"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "uid": "7002123456",
                     *       "username": "example_user",
                     *       "email": "example_user@verycloud.cn",
                     *       "phone": "13545678945"
                     *     }
                     */
                    "application/json": components["schemas"]["AccountIdentity"];
                };
            };
            /** @description The request fails its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Client IP not on the key's whitelist, or the key lacks the scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The same Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upstream rejected the request (its code and message are kept), or an Idempotency-Key was reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit reached */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream unreachable, failing or not answering JSON */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Gateway overloaded or not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream too slow */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setSubaccountPermissions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The sub-account's uid
                 * @example 1571234567
                 */
                uid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "instance": [
                 *         1,
                 *         2,
                 *         3
                 *       ],
                 *       "disk": [
                 *         3,
                 *         4,
                 *         5
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["SubaccountPermissions"];
            };
        };
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request fails its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Client IP not on the key's whitelist, or the key lacks the scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The same Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upstream rejected the request (its code and message are kept), or an Idempotency-Key was reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit reached */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream unreachable, failing or not answering JSON */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Gateway overloaded or not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream too slow */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listGroups: {
        parameters: {
            query?: {
                /** @description Only groups whose name contains this */
                name?: string;
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page, 1 to 100 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "1441234567",
                     *           "name": "测试组",
                     *           "note": "测试组",
                     *           "ownerUid": "6894123456",
                     *           "createdAt": "2015-01-24T14:41:00+08:00"
                     *         },
                     *         {
                     *           "id": "1451234567",
                     *           "name": "测试组2",
                     *           "note": "测试组2",
                     *           "ownerUid": "6894123456",
                     *           "createdAt": "2014-12-11T09:58:00+08:00"
                     *         }
                     *       ],
                     *       "page": 1,
                     *       "limit": 30,
                     *       "total": 2,
                     *       "totalPages": 1
                     *     }
                     */
                    "application/json": components["schemas"]["GroupPage"];
                };
            };
            /** @description Not modified: the answer still has the ETag sent in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request fails its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Client IP not on the key's whitelist, or the key lacks the scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upstream rejected the request (its code and message are kept), or an Idempotency-Key was reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit reached */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream unreachable, failing or not answering JSON */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Gateway overloaded or not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream too slow */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retrying this request safe: 1 to 255 printable ASCII characters, unique per request (a UUID is a good choice), scoped to your API key and kept for IDEMPOTENCY_TTL_S (default 24 h). A repeat with the same key and body replays the first answer with `Idempotent-Replayed: true` and never reaches the upstream again; the same key with another body is 422; a repeat while the first is in flight is 409 with Retry-After. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "测试组",
                 *       "note": "测试组"
                 *     }
                 */
                "application/json": components["schemas"]["CreateGroup"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "1571234567",
                     *       "name": "测试组",
                     *       "note": "测试组",
                     *       "ownerUid": "6894123456",
                     *       "createdAt": "2015-03-19T13:53:48+08:00"
                     *     }
                     */
                    "application/json": components["schemas"]["Group"];
                };
            };
            /** @description The request fails its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Client IP not on the key's whitelist, or the key lacks the scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The same Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upstream rejected the request (its code and message are kept), or an Idempotency-Key was reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit reached */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream unreachable, failing or not answering JSON */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Gateway overloaded or not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream too slow */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The group's id
                 * @example 1571234567
                 */
                groupId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request fails its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Client IP not on the key's whitelist, or the key lacks the scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The same Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upstream rejected the request (its code and message are kept), or an Idempotency-Key was reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit reached */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream unreachable, failing or not answering JSON */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Gateway overloaded or not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream too slow */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retrying this request safe: 1 to 255 printable ASCII characters, unique per request (a UUID is a good choice), scoped to your API key and kept for IDEMPOTENCY_TTL_S (default 24 h). A repeat with the same key and body replays the first answer with `Idempotent-Replayed: true` and never reaches the upstream again; the same key with another body is 422; a repeat while the first is in flight is 409 with Retry-After. */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description The group's id
                 * @example 1571234567
                 */
                groupId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "测试组",
                 *       "note": "测试组"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateGroup"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "1571234567",
                     *       "name": "测试组",
                     *       "note": "测试组",
                     *       "ownerUid": "6894123456",
                     *       "createdAt": "2015-03-19T13:53:48+08:00"
                     *     }
                     */
                    "application/json": components["schemas"]["Group"];
                };
            };
            /** @description The request fails its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Client IP not on the key's whitelist, or the key lacks the scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The same Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upstream rejected the request (its code and message are kept), or an Idempotency-Key was reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit reached */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream unreachable, failing or not answering JSON */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Gateway overloaded or not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream too slow */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPermissionCatalog: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "module": "cloud_cdn",
                     *           "name": "CDN",
                     *           "permissions": [
                     *             {
                     *               "permission": "API/cdn/domainList",
                     *               "name": "频道列表"
                     *             },
                     *             {
                     *               "permission": "API/cdn/domainAdd",
                     *               "name": "新增频道"
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["PermissionCatalog"];
                };
            };
            /** @description Not modified: the answer still has the ETag sent in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request fails its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Client IP not on the key's whitelist, or the key lacks the scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upstream rejected the request (its code and message are kept), or an Idempotency-Key was reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit reached */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream unreachable, failing or not answering JSON */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Gateway overloaded or not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream too slow */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listGroupRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The group's id
                 * @example 1571234567
                 */
                groupId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "7448123456",
                     *           "groupId": "1571234567",
                     *           "permission": "API/instance/cloudDiskAdd",
                     *           "createdAt": "2015-01-20T13:00:00+08:00"
                     *         },
                     *         {
                     *           "id": "7412123456",
                     *           "groupId": "1571234567",
                     *           "permission": "API/instance/cloudDiskList",
                     *           "createdAt": "2015-01-07T10:28:00+08:00"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["GroupRoleList"];
                };
            };
            /** @description Not modified: the answer still has the ETag sent in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request fails its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Client IP not on the key's whitelist, or the key lacks the scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upstream rejected the request (its code and message are kept), or an Idempotency-Key was reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit reached */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream unreachable, failing or not answering JSON */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Gateway overloaded or not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream too slow */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addGroupRoles: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retrying this request safe: 1 to 255 printable ASCII characters, unique per request (a UUID is a good choice), scoped to your API key and kept for IDEMPOTENCY_TTL_S (default 24 h). A repeat with the same key and body replays the first answer with `Idempotent-Replayed: true` and never reaches the upstream again; the same key with another body is 422; a repeat while the first is in flight is 409 with Retry-After. */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description The group's id
                 * @example 1571234567
                 */
                groupId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "permissions": [
                 *         "API/instance/cloudDiskList",
                 *         "API/instance/cloudDiskAdd"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["AddGroupRoles"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "7448123456",
                     *           "groupId": "1234567890",
                     *           "permission": "API/instance/cloudDiskAdd",
                     *           "createdAt": "2015-01-20T13:00:00+08:00"
                     *         },
                     *         {
                     *           "id": "7412123456",
                     *           "groupId": "1234567890",
                     *           "permission": "API/instance/cloudDiskList",
                     *           "createdAt": "2015-01-07T10:28:00+08:00"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["GroupRolesAdded"];
                };
            };
            /** @description The request fails its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Client IP not on the key's whitelist, or the key lacks the scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The same Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upstream rejected the request (its code and message are kept), or an Idempotency-Key was reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit reached */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream unreachable, failing or not answering JSON */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Gateway overloaded or not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream too slow */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateGroupRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The group's id
                 * @example 1571234567
                 */
                groupId: string;
                /**
                 * @description The role's id
                 * @example 1571234567
                 */
                roleId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "permission": "API/instance/cloudDiskAdd"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateGroupRole"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "7448123456",
                     *       "groupId": "1234567890",
                     *       "permission": "API/instance/cloudDiskAdd",
                     *       "createdAt": "2015-01-20T13:00:00+08:00"
                     *     }
                     */
                    "application/json": components["schemas"]["GroupRole"];
                };
            };
            /** @description The request fails its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Client IP not on the key's whitelist, or the key lacks the scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The same Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upstream rejected the request (its code and message are kept), or an Idempotency-Key was reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit reached */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream unreachable, failing or not answering JSON */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Gateway overloaded or not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream too slow */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteGroupRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The group's id
                 * @example 1571234567
                 */
                groupId: string;
                /**
                 * @description The role's id
                 * @example 1571234567
                 */
                roleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request fails its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Client IP not on the key's whitelist, or the key lacks the scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The same Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upstream rejected the request (its code and message are kept), or an Idempotency-Key was reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit reached */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream unreachable, failing or not answering JSON */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Gateway overloaded or not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream too slow */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRecharges: {
        parameters: {
            query?: {
                /** @description alipay (upstream 1), bank (2), transfer (3), system (4), invite (5) */
                type?: "alipay" | "bank" | "transfer" | "system" | "invite";
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page, 1 to 100 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "2331234567",
                     *           "name": "充值",
                     *           "amount": "1000.00",
                     *           "orderNo": "20150317150637485662",
                     *           "type": "transfer",
                     *           "typeLabel": "线下转账",
                     *           "status": "completed",
                     *           "createdAt": "2015-03-17T15:06:00+08:00"
                     *         }
                     *       ],
                     *       "page": 1,
                     *       "limit": 30,
                     *       "total": 1,
                     *       "totalPages": 1
                     *     }
                     */
                    "application/json": components["schemas"]["RechargePage"];
                };
            };
            /** @description The request fails its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Client IP not on the key's whitelist, or the key lacks the scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upstream rejected the request (its code and message are kept), or an Idempotency-Key was reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit reached */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream unreachable, failing or not answering JSON */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Gateway overloaded or not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream too slow */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBalance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "amount": "750.6346"
                     *     }
                     */
                    "application/json": components["schemas"]["Balance"];
                };
            };
            /** @description Not modified: the answer still has the ETag sent in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request fails its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Client IP not on the key's whitelist, or the key lacks the scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upstream rejected the request (its code and message are kept), or an Idempotency-Key was reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit reached */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream unreachable, failing or not answering JSON */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Gateway overloaded or not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream too slow */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setBalanceAlarm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "enabled": true,
                 *       "count": 3,
                 *       "threshold": "300"
                 *     }
                 */
                "application/json": components["schemas"]["SetBalanceAlarm"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "enabled": true,
                     *       "count": 1,
                     *       "threshold": "300.00"
                     *     }
                     */
                    "application/json": components["schemas"]["BalanceAlarm"];
                };
            };
            /** @description The request fails its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Client IP not on the key's whitelist, or the key lacks the scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The same Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upstream rejected the request (its code and message are kept), or an Idempotency-Key was reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit reached */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream unreachable, failing or not answering JSON */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Gateway overloaded or not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream too slow */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPayments: {
        parameters: {
            query?: {
                /** @description consumption (upstream 1), refund (2), invoice (3), coupon (4) */
                type?: "consumption" | "refund" | "invoice" | "coupon";
                /** @description instance (upstream 1), disk (2), instance_backup (3), cdn (5), cdn_flow_package (6), dns (7), other (8), bare_metal (9) */
                product?: "instance" | "disk" | "instance_backup" | "cdn" | "cdn_flow_package" | "dns" | "other" | "bare_metal";
                /** @description The business paid for: an instance, CDN or DNS id */
                businessId?: string;
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page, 1 to 100 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "1081361123",
                     *           "name": "i-230x2mmn",
                     *           "amount": "0.4395",
                     *           "orderNo": "20150319150000447822",
                     *           "type": "consumption",
                     *           "typeLabel": "消费",
                     *           "product": "instance",
                     *           "productLabel": "云主机",
                     *           "status": "completed",
                     *           "createdAt": "2015-03-19T15:00:00+08:00"
                     *         }
                     *       ],
                     *       "page": 1,
                     *       "limit": 30,
                     *       "total": 130667,
                     *       "totalPages": 4356
                     *     }
                     */
                    "application/json": components["schemas"]["PaymentPage"];
                };
            };
            /** @description The request fails its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Client IP not on the key's whitelist, or the key lacks the scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upstream rejected the request (its code and message are kept), or an Idempotency-Key was reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit reached */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream unreachable, failing or not answering JSON */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Gateway overloaded or not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream too slow */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listInvoices: {
        parameters: {
            query?: {
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page, 1 to 100 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "3212345678",
                     *           "title": "发票申请",
                     *           "amount": "200.00",
                     *           "type": "company",
                     *           "invoiceType": "vat_special",
                     *           "status": "rejected",
                     *           "remark": "地址不正确",
                     *           "courier": "",
                     *           "trackingNo": "",
                     *           "mailAddress": "地址",
                     *           "createdAt": "2014-12-31T17:12:00+08:00"
                     *         }
                     *       ],
                     *       "page": 1,
                     *       "limit": 30,
                     *       "total": 11,
                     *       "totalPages": 1
                     *     }
                     */
                    "application/json": components["schemas"]["InvoicePage"];
                };
            };
            /** @description Not modified: the answer still has the ETag sent in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request fails its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Client IP not on the key's whitelist, or the key lacks the scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upstream rejected the request (its code and message are kept), or an Idempotency-Key was reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit reached */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream unreachable, failing or not answering JSON */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Gateway overloaded or not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream too slow */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createInvoice: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retrying this request safe: 1 to 255 printable ASCII characters, unique per request (a UUID is a good choice), scoped to your API key and kept for IDEMPOTENCY_TTL_S (default 24 h). A repeat with the same key and body replays the first answer with `Idempotent-Replayed: true` and never reaches the upstream again; the same key with another body is 422; a repeat while the first is in flight is 409 with Retry-After. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "发票",
                 *       "amount": "200",
                 *       "type": "personal",
                 *       "invoiceType": "vat_general",
                 *       "recipient": "test",
                 *       "mailAddress": "地址",
                 *       "phone": "13211111111",
                 *       "postcode": "214400"
                 *     }
                 */
                "application/json": components["schemas"]["CreateInvoice"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3512345678",
                     *       "title": "发票",
                     *       "amount": "200.00",
                     *       "type": "personal",
                     *       "invoiceType": "vat_general",
                     *       "status": "pending",
                     *       "remark": "",
                     *       "courier": "",
                     *       "trackingNo": "",
                     *       "mailAddress": "地址",
                     *       "createdAt": "2015-03-19T15:39:17+08:00",
                     *       "registrationNo": "",
                     *       "bankName": "",
                     *       "bankAccount": "",
                     *       "address": "",
                     *       "tel": "",
                     *       "businessLicense": "",
                     *       "taxCertificate": "",
                     *       "taxpayerQualification": "",
                     *       "recipient": "test",
                     *       "phone": "13211111111",
                     *       "postcode": "214400",
                     *       "fee": "16.0000",
                     *       "shippingFee": "10.00"
                     *     }
                     */
                    "application/json": components["schemas"]["Invoice"];
                };
            };
            /** @description The request fails its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Client IP not on the key's whitelist, or the key lacks the scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The same Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upstream rejected the request (its code and message are kept), or an Idempotency-Key was reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit reached */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream unreachable, failing or not answering JSON */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Gateway overloaded or not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream too slow */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInvoiceBalance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "amount": "57300"
                     *     }
                     */
                    "application/json": components["schemas"]["InvoiceBalance"];
                };
            };
            /** @description Not modified: the answer still has the ETag sent in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request fails its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Client IP not on the key's whitelist, or the key lacks the scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upstream rejected the request (its code and message are kept), or an Idempotency-Key was reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit reached */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream unreachable, failing or not answering JSON */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Gateway overloaded or not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream too slow */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCoupons: {
        parameters: {
            query?: {
                /**
                 * @description The coupon's code
                 * @example 704c09edfa41e5cbb111965daf190ba5
                 */
                code?: string;
                /** @description unused (upstream 0), activated (1), used (2), void (3), expired (4) */
                status?: "unused" | "activated" | "used" | "void" | "expired";
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page, 1 to 100 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "4841234567",
                     *           "code": "704c09edfa41e5cbb111965daf190ba5",
                     *           "status": "used",
                     *           "amount": "100.0000",
                     *           "remaining": "0.0000",
                     *           "createdAt": "2014-12-04T14:09:00+08:00",
                     *           "expiresAt": "2015-01-04T23:59:00+08:00"
                     *         }
                     *       ],
                     *       "page": 1,
                     *       "limit": 30,
                     *       "total": 54,
                     *       "totalPages": 2
                     *     }
                     */
                    "application/json": components["schemas"]["CouponPage"];
                };
            };
            /** @description Not modified: the answer still has the ETag sent in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request fails its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Client IP not on the key's whitelist, or the key lacks the scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upstream rejected the request (its code and message are kept), or an Idempotency-Key was reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit reached */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream unreachable, failing or not answering JSON */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Gateway overloaded or not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream too slow */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    redeemCoupon: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retrying this request safe: 1 to 255 printable ASCII characters, unique per request (a UUID is a good choice), scoped to your API key and kept for IDEMPOTENCY_TTL_S (default 24 h). A repeat with the same key and body replays the first answer with `Idempotent-Replayed: true` and never reaches the upstream again; the same key with another body is 422; a repeat while the first is in flight is 409 with Retry-After. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "code": "704c09edfa41e5cbb111965daf190ba5"
                 *     }
                 */
                "application/json": components["schemas"]["RedeemCoupon"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "704c09edfa41e5cbb111965daf190ba5",
                     *       "amount": "100.00",
                     *       "username": "example_user"
                     *     }
                     */
                    "application/json": components["schemas"]["CouponRedemption"];
                };
            };
            /** @description The request fails its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Client IP not on the key's whitelist, or the key lacks the scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The same Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upstream rejected the request (its code and message are kept), or an Idempotency-Key was reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit reached */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream unreachable, failing or not answering JSON */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Gateway overloaded or not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream too slow */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCouponBalance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "amount": "1580.0000"
                     *     }
                     */
                    "application/json": components["schemas"]["CouponBalance"];
                };
            };
            /** @description Not modified: the answer still has the ETag sent in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request fails its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Client IP not on the key's whitelist, or the key lacks the scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upstream rejected the request (its code and message are kept), or an Idempotency-Key was reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit reached */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream unreachable, failing or not answering JSON */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Gateway overloaded or not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream too slow */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCdnPriceTiers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "1",
                     *           "tierType": "1",
                     *           "lowerBytes": 0,
                     *           "upperBytes": 1000000000000,
                     *           "unitPrice": "0.32",
                     *           "createdAt": "2015-01-26T11:01:00+08:00",
                     *           "updatedAt": "2015-05-20T13:51:00+08:00"
                     *         },
                     *         {
                     *           "id": "15",
                     *           "tierType": "2",
                     *           "lowerBytes": 0,
                     *           "upperBytes": 1000000000,
                     *           "unitPrice": "1.20",
                     *           "createdAt": "2015-03-05T16:35:00+08:00",
                     *           "updatedAt": "2015-03-26T15:36:00+08:00"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["PriceTierList"];
                };
            };
            /** @description Not modified: the answer still has the ETag sent in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request fails its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Client IP not on the key's whitelist, or the key lacks the scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upstream rejected the request (its code and message are kept), or an Idempotency-Key was reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit reached */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream unreachable, failing or not answering JSON */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Gateway overloaded or not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream too slow */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    buyCdnFlowPackage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retrying this request safe: 1 to 255 printable ASCII characters, unique per request (a UUID is a good choice), scoped to your API key and kept for IDEMPOTENCY_TTL_S (default 24 h). A repeat with the same key and body replays the first answer with `Idempotent-Replayed: true` and never reaches the upstream again; the same key with another body is 422; a repeat while the first is in flight is 409 with Retry-After. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "bytes": 100000000
                 *     }
                 */
                "application/json": components["schemas"]["BuyFlowPackage"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "username": "testuser",
                     *       "bytes": 16088000000000,
                     *       "freeBytesTotal": 50000000000,
                     *       "freeBytesUsed": 0
                     *     }
                     */
                    "application/json": components["schemas"]["FlowPurchase"];
                };
            };
            /** @description The request fails its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Client IP not on the key's whitelist, or the key lacks the scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The same Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upstream rejected the request (its code and message are kept), or an Idempotency-Key was reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit reached */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream unreachable, failing or not answering JSON */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Gateway overloaded or not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream too slow */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCdnFlowRecords: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "374487",
                     *           "name": "购买1.00T流量包",
                     *           "orderNo": "20150828140403901430",
                     *           "businessId": "100004",
                     *           "subaccountUid": null,
                     *           "bytes": 1000000000000,
                     *           "remainingBytes": 15088000000000,
                     *           "monthBytes": 0,
                     *           "typeLabel": "流量",
                     *           "payTypeLabel": "购买",
                     *           "flowTypeLabel": "购买流量包",
                     *           "status": "completed",
                     *           "createdAt": "2015-08-28T14:04:00+08:00"
                     *         },
                     *         {
                     *           "id": "374486",
                     *           "name": "购买1.00T流量包",
                     *           "orderNo": "20150828140403322596",
                     *           "businessId": "100004",
                     *           "subaccountUid": null,
                     *           "bytes": 1000000000000,
                     *           "remainingBytes": 14088000000000,
                     *           "monthBytes": 0,
                     *           "typeLabel": "流量",
                     *           "payTypeLabel": "购买",
                     *           "flowTypeLabel": "购买流量包",
                     *           "status": "completed",
                     *           "createdAt": "2015-08-28T14:04:00+08:00"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["FlowRecordList"];
                };
            };
            /** @description Not modified: the answer still has the ETag sent in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request fails its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Client IP not on the key's whitelist, or the key lacks the scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upstream rejected the request (its code and message are kept), or an Idempotency-Key was reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit reached */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream unreachable, failing or not answering JSON */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Gateway overloaded or not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream too slow */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCdnFlowBalance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "free": {
                     *         "totalBytes": 100000000,
                     *         "usedBytes": 0
                     *       },
                     *       "purchased": {
                     *         "totalBytes": 100000000,
                     *         "usedBytes": 0
                     *       },
                     *       "monthly": {
                     *         "totalBytes": 100000,
                     *         "month": "2015-09"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["FlowBalance"];
                };
            };
            /** @description Not modified: the answer still has the ETag sent in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request fails its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Client IP not on the key's whitelist, or the key lacks the scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upstream rejected the request (its code and message are kept), or an Idempotency-Key was reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit reached */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream unreachable, failing or not answering JSON */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Gateway overloaded or not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream too slow */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLogs: {
        parameters: {
            query?: {
                /** @description user (用户管理), finance (财务管理), instance (云主机), webcdn (云分发) or dns (云DNS) */
                type?: "user" | "finance" | "instance" | "webcdn" | "dns";
                /**
                 * @description First day, China time (+08:00), inclusive
                 * @example 2015-03-19
                 */
                start?: string;
                /**
                 * @description Last day, China time (+08:00), inclusive
                 * @example 2015-03-19
                 */
                end?: string;
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page, 1 to 100 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "7021234567",
                     *           "type": "backup",
                     *           "ip": "58.215.133.213",
                     *           "opCode": "3",
                     *           "title": "回收站还原",
                     *           "content": "主机:i-l0cinjvx\n备份:b_n22ovkdx",
                     *           "createdAt": "2015-03-19T11:11:00+08:00"
                     *         }
                     *       ],
                     *       "page": 1,
                     *       "limit": 20,
                     *       "total": 1,
                     *       "totalPages": 1
                     *     }
                     */
                    "application/json": components["schemas"]["LogPage"];
                };
            };
            /** @description The request fails its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Client IP not on the key's whitelist, or the key lacks the scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The upstream rejected the request (its code and message are kept), or an Idempotency-Key was reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit reached */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream unreachable, failing or not answering JSON */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Gateway overloaded or not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upstream too slow */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSyncStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SyncStatus"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Client IP not on the key's whitelist, or the key lacks the scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit reached */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    syncCatalogs: {
        parameters: {
            query?: {
                /** @description Sync only this catalog (its `name`); absent: every catalog */
                catalog?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SyncStatus"];
                };
            };
            /** @description The request fails its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Client IP not on the key's whitelist, or the key lacks the scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit reached */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUpstreamStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpstreamStatus"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Client IP not on the key's whitelist, or the key lacks the scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit reached */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    checkUpstream: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpstreamStatus"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Client IP not on the key's whitelist, or the key lacks the scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit reached */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page, 1 to 100 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyPage"];
                };
            };
            /** @description The request fails its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Client IP not on the key's whitelist, or the key lacks the scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit reached */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "scopes": [
                 *         "read",
                 *         "write"
                 *       ],
                 *       "ipWhitelist": "10.0.0.1,10.0.0.0/24",
                 *       "callbackUrl": "https://www.niaoyun.com/callbacks",
                 *       "note": "cloud engine"
                 *     }
                 */
                "application/json": components["schemas"]["CreateApiKey"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKey"];
                };
            };
            /** @description The request fails its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Client IP not on the key's whitelist, or the key lacks the scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit reached */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                secretId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            /** @description The request fails its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Client IP not on the key's whitelist, or the key lacks the scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown route or resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit reached */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                secretId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request fails its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Client IP not on the key's whitelist, or the key lacks the scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown route or resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit reached */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                secretId: string;
            };
            cookie?: never;
        };
        /** @description Absent fields stay as they are; `callbackUrl: null` removes the URL */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateApiKey"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            /** @description The request fails its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Client IP not on the key's whitelist, or the key lacks the scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown route or resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit reached */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rotateApiKey: {
        parameters: {
            query?: {
                /** @description Also replace the webhookSecret; the old one stops signing at once */
                webhookSecret?: boolean;
            };
            header?: never;
            path: {
                secretId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RotatedApiKey"];
                };
            };
            /** @description The request fails its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Client IP not on the key's whitelist, or the key lacks the scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown route or resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit reached */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    receiveSmsReviewCallback: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unique per message; a repeat is acknowledged and not stored again. Required when CALLBACK_SECRET is set */
                "webhook-id"?: string;
                /** @description Unix seconds; refused when more than 5 minutes off */
                "webhook-timestamp"?: string;
                /** @description Space-separated `v1,<base64>` entries; one must match */
                "webhook-signature"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    type: "sms.signature.reviewed" | "sms.template.reviewed";
                    data: {
                        id: string | number;
                        name?: string | null;
                        status: "approved" | "rejected";
                        reason?: string | null;
                        reviewedAt?: (string | number) | null;
                    };
                } | {
                    type: "sms.signature.reviewed" | "sms.template.reviewed";
                    data: {
                        id: string | number;
                        name?: string | null;
                        status: "approved" | "rejected";
                        reason?: string | null;
                        reviewedAt?: (string | number) | null;
                    };
                }[];
                "application/x-www-form-urlencoded": string;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallbackReceipt"];
                };
            };
            /** @description The request fails its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Client IP not on the key's whitelist, or the key lacks the scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Wrong content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit reached */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Gateway overloaded or not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSmsReviews: {
        parameters: {
            query?: {
                /** @description signature or template */
                kind?: "signature" | "template";
                status?: "approved" | "rejected";
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page, 1 to 100 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsReviewPage"];
                };
            };
            /** @description The request fails its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Client IP not on the key's whitelist, or the key lacks the scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit reached */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSmsReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description signature or template */
                kind: "signature" | "template";
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsReview"];
                };
            };
            /** @description The request fails its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Client IP not on the key's whitelist, or the key lacks the scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown route or resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit reached */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    streamEvents: {
        parameters: {
            query?: {
                /** @description An event id received before: the stream replays every event after it */
                lastEventId?: string;
            };
            header?: {
                /** @description An event id received before: the stream replays every event after it */
                "last-event-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An endless text/event-stream */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description The request fails its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Client IP not on the key's whitelist, or the key lacks the scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit reached */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    streamAdminEvents: {
        parameters: {
            query?: {
                /** @description An event id received before: the stream replays every event after it */
                lastEventId?: string;
            };
            header?: {
                /** @description An event id received before: the stream replays every event after it */
                "last-event-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An endless text/event-stream */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description The request fails its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Client IP not on the key's whitelist, or the key lacks the scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit reached */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDeliveries: {
        parameters: {
            query?: {
                /** @description `pending`: waiting for its next attempt; `delivered`: a 2xx was received; `failed`: every scheduled attempt failed */
                state?: "pending" | "delivered" | "failed";
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page, 1 to 100 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryPage"];
                };
            };
            /** @description The request fails its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Client IP not on the key's whitelist, or the key lacks the scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit reached */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    retryDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Delivery"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Client IP not on the key's whitelist, or the key lacks the scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown route or resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The same Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit reached */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listIdempotencyRecords: {
        parameters: {
            query?: {
                /** @description Only records in this state; `unknown` lists the outcomes to reconcile */
                state?: "in_flight" | "completed" | "unknown";
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page, 1 to 100 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdempotencyRecordPage"];
                };
            };
            /** @description The request fails its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Client IP not on the key's whitelist, or the key lacks the scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit reached */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAuditEntries: {
        parameters: {
            query?: {
                /** @description Only this key's writes ("admin": the admin token's) */
                secretId?: string;
                /** @description Only this operation */
                operationId?: string;
                /** @description Only this outcome */
                outcome?: "ok" | "rejected" | "unknown" | "failed";
                /** @description Entries at or after this time (ISO 8601) */
                from?: string;
                /** @description Entries before this time (ISO 8601) */
                to?: string;
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page, 1 to 100 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEntryPage"];
                };
            };
            /** @description The request fails its schema */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Client IP not on the key's whitelist, or the key lacks the scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit reached */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getConsole: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Gateway overloaded or not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
