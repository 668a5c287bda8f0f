import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns'
import { isIPv6 } from 'node:net'

/**
 * The relay's DNS: a host the SSRF guard has just checked resolves to the
 * addresses it checked, not to whatever a second lookup would answer a
 * moment later (DNS rebinding). Hosts with no pin (RELAY_ALLOW_PRIVATE,
 * where nothing is checked) resolve as usual.
 */

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void

export class PinnedLookup {
  private readonly pins = new Map<string, LookupAddress[]>()

  pin (url: string, addresses: readonly string[]): void {
    const host = new URL(url).hostname
    if (addresses.length === 0) this.pins.delete(host)
    else this.pins.set(host, addresses.map((address) => ({ address, family: isIPv6(address) ? 6 : 4 })))
  }

  /** For undici's `connect.lookup`, which hands it to net.connect / tls.connect. */
  readonly lookup = (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    const pinned = this.pins.get(hostname)
    if (pinned === undefined) {
      dnsLookup(hostname, { ...options, all: options.all === true } as LookupOptions & { all: boolean }, callback as never)
      return
    }
    const family = options.family === 4 || options.family === 6 ? options.family : undefined
    const addresses = family === undefined ? pinned : pinned.filter((entry) => entry.family === family)
    const first = addresses[0]
    if (first === undefined) {
      callback(Object.assign(new Error(`no IPv${String(family)} address was checked for ${hostname}`), { code: 'ENOTFOUND' }), [])
      return
    }
    if (options.all === true) callback(null, addresses)
    else callback(null, first.address, first.family)
  }
}
