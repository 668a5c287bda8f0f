/**
 * When to try a failed delivery again. The first attempt is immediate;
 * after the n-th failed attempt the relay waits `schedule[n - 1]` (Svix's
 * default: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h), so a delivery gets
 * `schedule.length + 1` attempts before it is marked failed.
 */
export function nextRetryAt (failedAttempts: number, schedule: readonly number[], nowMs: number): number | null {
  const delay = schedule[failedAttempts - 1]
  return delay === undefined ? null : nowMs + delay
}
