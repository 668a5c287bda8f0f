/**
 * A time in the reader's time zone, written year first (2026-12-03 15:04:05)
 * whatever the language: 03/12/2026 reads as March to an American and as
 * December to a European, and operators compare these with logs. Text that
 * is not a time is shown as it is.
 */
export function localTime (iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const two = (value: number) => String(value).padStart(2, '0')
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`
}
