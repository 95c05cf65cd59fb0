import { z } from 'zod'

/**
 * Every document, annotation, registry entry, import batch and report job id the library
 * creates is a lowercase UUID (crypto.randomUUID). Ids reach file names, so nothing else is
 * accepted where an id crosses a trust boundary (IPC, imported files).
 */
export const PARLEY_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

export const isParleyId = (value: unknown): value is string => typeof value === 'string' && PARLEY_ID_PATTERN.test(value)

export const parleyIdSchema = z.string().regex(PARLEY_ID_PATTERN, 'Not a Parley id (expected a UUID).')
