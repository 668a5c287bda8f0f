/**
 * The admin API, as the console calls it. The credential lives in this
 * object only (a private field of the tab's memory): never in a URL, a
 * cookie or storage, and it goes away with the tab or on sign-out.
 */

export interface ProblemIssue {
  in: string
  pointer: string
  message: string
}

export interface ProblemDocument {
  status: number
  title: string
  detail: string
  code: string
  errors?: ProblemIssue[]
  upstream?: { code: number | string, message: string }
}

/** An error answer of the gateway, as the problem+json document it sent. */
export class ApiProblem extends Error {
  constructor (readonly problem: ProblemDocument) {
    super(problem.detail || problem.title)
    this.name = 'ApiProblem'
  }

  get status (): number {
    return this.problem.status
  }

  /** The issues about one field, by its JSON pointer (`/ipWhitelist` also covers `/ipWhitelist/3`). */
  issuesAt (pointer: string): ProblemIssue[] {
    return (this.problem.errors ?? []).filter((issue) => issue.pointer === pointer || issue.pointer.startsWith(`${pointer}/`))
  }
}

/** The words of any failure: the problem's detail (and upstream message), or why the gateway could not be reached. */
export function describeError (error: unknown): string {
  if (error instanceof ApiProblem) {
    const { title, detail, upstream } = error.problem
    const upstreamText = upstream === undefined ? '' : ` (upstream ${upstream.code}: ${upstream.message})`
    return `${title}: ${detail}${upstreamText}`
  }
  return error instanceof Error ? error.message : String(error)
}

export type Query = Record<string, string | number | boolean | undefined>

export class AdminApi {
  readonly #authorization: string

  constructor (credential: string) {
    this.#authorization = `Bearer ${credential}`
  }

  get<T> (path: string, query: Query = {}): Promise<T> {
    return this.request<T>('GET', path, query)
  }

  post<T> (path: string, query: Query = {}, body?: unknown): Promise<T> {
    return this.request<T>('POST', path, query, body)
  }

  patch<T> (path: string, body: unknown): Promise<T> {
    return this.request<T>('PATCH', path, {}, body)
  }

  delete (path: string): Promise<void> {
    return this.request<void>('DELETE', path)
  }

  /** A streamed GET (Server-Sent Events): fetch can send the Authorization header, EventSource cannot. */
  stream (path: string, headers: Record<string, string>, signal: AbortSignal): Promise<Response> {
    return fetch(path, { headers: { ...headers, authorization: this.#authorization, accept: 'text/event-stream' }, signal, cache: 'no-store', credentials: 'omit' })
  }

  async request<T> (method: string, path: string, query: Query = {}, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { authorization: this.#authorization, accept: 'application/json' }
    if (body !== undefined) headers['content-type'] = 'application/json'
    const response = await fetch(withQuery(path, query), {
      method,
      headers,
      body: body === undefined ? null : JSON.stringify(body),
      cache: 'no-store',
      credentials: 'omit',
    })
    if (!response.ok) throw await problemOf(response)
    if (response.status === 204) return undefined as T
    return await response.json() as T
  }
}

function withQuery (path: string, query: Query): string {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(name, String(value))
  const text = params.toString()
  return text === '' ? path : `${path}?${text}`
}

export async function problemOf (response: Response): Promise<ApiProblem> {
  const text = await response.text()
  try {
    const parsed = JSON.parse(text) as Partial<ProblemDocument>
    if (typeof parsed.detail === 'string' || typeof parsed.title === 'string') {
      return new ApiProblem({ status: response.status, title: parsed.title ?? response.statusText, detail: parsed.detail ?? '', code: parsed.code ?? '', ...(parsed.errors ? { errors: parsed.errors } : {}), ...(parsed.upstream ? { upstream: parsed.upstream } : {}) })
    }
  } catch {
    // Not a problem document (a proxy's HTML page): said as the status line below.
  }
  return new ApiProblem({ status: response.status, title: `HTTP ${response.status}`, detail: response.statusText || text.slice(0, 200), code: '' })
}
