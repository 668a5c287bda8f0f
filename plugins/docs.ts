import swaggerUi from '@fastify/swagger-ui'
import fp from 'fastify-plugin'

/**
 * GET /docs: the API reference a newcomer opens first. The page itself says
 * how to get a key and where the spec is (/openapi.json), in plain HTML
 * that shows at once; below it Swagger UI (its assets served from the
 * package, no CDN) renders the spec embedded in /docs/init.js, so nothing
 * waits on a second fetch and no loading spinner is left on screen.
 */

const ASSETS = '/docs/ui'

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>VeryCloud Gateway API reference</title>
<link rel="stylesheet" href="${ASSETS}/static/swagger-ui.css">
<style>
  body { margin: 0; font-family: sans-serif; }
  #start { max-width: 1400px; margin: 0 auto; padding: 16px 20px 0; }
  #start code, #start pre { background: #f4f4f4; border-radius: 3px; }
  #start code { padding: 0 3px; }
  #start pre { padding: 8px 12px; overflow-x: auto; }
  /* The section above already says what the spec's description says. */
  .swagger-ui .information-container { display: none; }
</style>
</head>
<body>
<section id="start">
<h1>VeryCloud Gateway API</h1>
<p>The OpenAPI 3.1 document is at <a href="/openapi.json">/openapi.json</a>: generate a client from it
(for example <code>npx openapi-typescript http://127.0.0.1:3000/openapi.json -o gateway.d.ts</code>).
The index of this gateway is at <a href="/">/</a>.</p>
<h2 id="getting-a-key">Getting a key</h2>
<p>Every resource route takes <code>Authorization: Bearer &lt;secretId&gt;.&lt;secretKey&gt;</code>.
On the machine that runs the gateway, in its working directory (the CLI writes into the gateway's own
<code>DATA_DIR</code>):</p>
<pre>npx verycloud-gateway keys create --scopes read,write --ip 127.0.0.1,::1
# prints the key as JSON, and the header to send: "authorization": "Bearer AKID….…"</pre>
<p>The secret is shown once. A key works only from the IPs on its whitelist and for its scopes:
<code>read</code> (GET routes), <code>write</code> (the other resource routes), <code>admin</code> (<code>/admin/*</code>).
Operators can also create keys with <code>POST /admin/api-keys</code> and the <code>GATEWAY_ADMIN_TOKEN</code>.
To try a route below, press <em>Authorize</em> and paste <code>&lt;secretId&gt;.&lt;secretKey&gt;</code>.</p>
<p>Money is a decimal string in CNY (yuan), never a float. Errors are
<code>application/problem+json</code> documents whose <code>detail</code> says what was wrong and what is accepted.</p>
</section>
<div id="swagger-ui"></div>
<script src="${ASSETS}/static/swagger-ui-bundle.js"></script>
<script src="/docs/init.js"></script>
</body>
</html>
`

/** JSON inside a script: "<" escaped so no string in the spec can close the script element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replaceAll('<', '\\u003c')

export default fp(async (fastify) => {
  // Only for its static assets (the bundle and CSS); the page at /docs is ours.
  await fastify.register(swaggerUi, { routePrefix: ASSETS })

  let init: string | undefined
  fastify.get('/docs', { schema: { hide: true } }, async (_request, reply) => reply.type('text/html; charset=utf-8').send(PAGE))
  fastify.get('/docs/init.js', { schema: { hide: true } }, async (_request, reply) => {
    init ??= `SwaggerUIBundle({ dom_id: '#swagger-ui', spec: ${scriptJson(fastify.swagger())}, deepLinking: true, docExpansion: 'list', tryItOutEnabled: false, layout: 'BaseLayout' })\n`
    return reply.type('text/javascript; charset=utf-8').header('cache-control', 'no-cache').send(init)
  })
}, { name: 'docs', dependencies: ['swagger'] })
