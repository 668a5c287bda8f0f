import type { FastifyInstance } from 'fastify'
import { apiKeyHeaders } from '../helper.js'

/**
 * Headers that pass the gateway's authentication for every operation of
 * the table (read, write, and admin for registerAccount and /admin/sync).
 */
export const authHeaders = (app: FastifyInstance): Promise<Record<string, string>> => apiKeyHeaders(app, ['read', 'write', 'admin'])
