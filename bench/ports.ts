/**
 * Every listener of one bench run, inside the bench's port range
 * (28000–28099, below the ephemeral range 32768–60999 that client sockets take their
 * local ports from), so a run never collides with the other services of the
 * machine and two servers under test never share a port.
 */
export const PORTS = {
  cannedUpstream: 28000,
  nginxTranslation: 28001,
  bareRoute: 28002,
  minimalTranslation: 28003,
  gateway: 28004,
  delayedUpstream: 28010,
  minimalTranslationDelayed: 28011,
  gatewayDelayed: 28012,
  gatewayColdBurst: 28020,
  gatewaySoak: 28030,
  gatewayStartup: 28040,
  gatewayProfiled: 28050,
} as const
