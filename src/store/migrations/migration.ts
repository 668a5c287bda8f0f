/** One schema change: a stable id ("001-api-keys") and the SQL that makes it. */
export interface Migration {
  id: string
  /** SQLite dialect. A PostgreSQL store will carry its own list with the same ids. */
  sql: string
}
