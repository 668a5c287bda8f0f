/**
 * Every listener of one bench run, inside the bench's port range
 * (58000–58099), so a run never collides with the other services of the
 * machine and two servers under test never share a port.
 */
export const PORTS = {
  cannedUpstream: 58000,
  nginxTranslation: 58001,
  bareRoute: 58002,
  minimalTranslation: 58003,
  gateway: 58004,
  delayedUpstream: 58010,
  minimalTranslationDelayed: 58011,
  gatewayDelayed: 58012,
  gatewayColdBurst: 58020,
  gatewaySoak: 58030,
} as const
