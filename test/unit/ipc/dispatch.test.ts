import { describe, expect, it, vi } from 'vitest'
import { createIpcDispatcher } from '../../../electron/main/services/ipc/dispatch'
import type { HandlerTable } from '../../../electron/main/services/ipc/handler-table'
import { ParleyError } from '../../../shared/ipc/errors'
import { ipcChannels } from '../../../shared/ipc/channels'
import { ipcContract } from '../../../shared/ipc/contract'

const trusted = 'parley://app/index.html'
const DOCUMENT_ID = '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f'

function table(overrides: Partial<HandlerTable> = {}): HandlerTable {
  const notInThisTest = async () => {
    throw new ParleyError('not-found', 'Not part of this test.')
  }
  const everyMethod = Object.fromEntries(Object.keys(ipcChannels).map((method) => [method, notInThisTest]))
  return {
    ...everyMethod,
    getLibraryInfo: async () => ({ location: '/lib', documentCount: 0, notices: [] }),
    listDocuments: async () => [],
    getDocument: async ({ id }: { id: string }) => {
      throw new ParleyError('not-found', `No document with id ${id} in this library.`)
    },
    ...overrides,
  } as HandlerTable
}

const dispatcherFor = (handlers: HandlerTable, logError = vi.fn()) =>
  createIpcDispatcher(handlers, { isTrustedSender: (url) => url === trusted, logError })

describe('the IPC dispatcher', () => {
  it('answers a valid call from the app with the handler value', async () => {
    const dispatch = dispatcherFor(table())
    expect(await dispatch('library:get-info', trusted, {})).toEqual({ ok: true, value: { location: '/lib', documentCount: 0, notices: [] } })
  })

  it('refuses a foreign sender without running the handler', async () => {
    const handler = vi.fn(async () => [])
    const dispatch = dispatcherFor(table({ listDocuments: handler }))
    for (const sender of ['https://evil.example/', 'file:///tmp/x.html', undefined]) {
      const result = await dispatch('documents:list', sender, {})
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } })
    }
    expect(handler).not.toHaveBeenCalled()
  })

  it('refuses invalid arguments with details, without running the handler', async () => {
    const handler = vi.fn(async () => ({ document: {} as never, text: '', blocks: [], sameStory: [] }))
    const dispatch = dispatcherFor(table({ getDocument: handler }))
    const cases: unknown[] = [undefined, null, 'id', {}, { id: 42 }, { id: '' }, { id: 'x'.repeat(101) }, { id: 'a', extra: true }]
    for (const args of cases) {
      const result = await dispatch('documents:get', trusted, args)
      expect(result.ok).toBe(false)
      if (!result.ok) {
        expect(result.error.code).toBe('invalid-arguments')
        expect(result.error.details?.length).toBeGreaterThan(0)
      }
    }
    expect(handler).not.toHaveBeenCalled()
  })

  it('validates document details field by field, and trims and empties optional ones', async () => {
    const handler = vi.fn(async () => ({}) as never)
    const dispatch = dispatcherFor(table({ updateDocumentDetails: handler }))
    const bad = await dispatch('documents:update-details', trusted, { documentId: DOCUMENT_ID, details: { title: ' ', outlet: null, byline: null, publishedAt: '22/11/2017', language: null } })
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-arguments', details: ['details.title: A title is required.', 'details.publishedAt: Dates are written YYYY-MM-DD.'] } })
    await dispatch('documents:update-details', trusted, { documentId: DOCUMENT_ID, details: { title: ' Sochi ', outlet: '', byline: ' Karim ', publishedAt: '', language: 'en' } })
    expect(handler).toHaveBeenCalledWith({ documentId: DOCUMENT_ID, details: { title: 'Sochi', outlet: null, byline: 'Karim', publishedAt: null, language: 'en' } })
  })

  it('refuses a dropped file over the size limit before decoding it', async () => {
    const handler = vi.fn(async () => ({}) as never)
    const dispatch = dispatcherFor(table({ importDroppedFile: handler }))
    const result = await dispatch('import:dropped-file', trusted, { name: 'huge.pdf', dataBase64: 'A'.repeat(70_000_004) })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-arguments', details: ['dataBase64: The file is over the 50 MB limit.'] } })
    expect(handler).not.toHaveBeenCalled()
  })

  it('refuses unknown channels', async () => {
    const result = await dispatcherFor(table())('fs:read-file', trusted, { path: '/etc/passwd' })
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } })
  })

  it('passes a service error through as its typed error', async () => {
    const result = await dispatcherFor(table())('documents:get', trusted, { id: DOCUMENT_ID })
    expect(result).toEqual({ ok: false, error: { code: 'not-found', message: `No document with id ${DOCUMENT_ID} in this library.` } })
  })

  it('refuses ids that are not in the form the library creates, before any handler runs', async () => {
    const handler = vi.fn(async () => [] as never)
    const dispatch = dispatcherFor(table({ listAnnotations: handler }))
    for (const documentId of ['../../other-library/annotations/x', 'missing', DOCUMENT_ID.toUpperCase(), `${DOCUMENT_ID}/..`, `${DOCUMENT_ID}\u0000`]) {
      expect(await dispatch('annotations:list', trusted, { documentId })).toMatchObject({ ok: false, error: { code: 'invalid-arguments', details: ['documentId: Not a Parley id (expected a UUID).'] } })
    }
    expect(handler).not.toHaveBeenCalled()
  })

  it('turns an unexpected failure into a generic internal error with a reference, logging the detail only', async () => {
    const logError = vi.fn()
    const dispatch = dispatcherFor(table({ listDocuments: async () => { throw new SyntaxError('Unexpected token \'r\', "root:x:0:0"... is not valid JSON') } }), logError)
    const result = await dispatch('documents:list', trusted, {})
    expect(result).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringMatching(/internal error \(reference [0-9a-f]{8}\)/) } })
    expect(JSON.stringify(result)).not.toContain('root:x')
    const reference = /reference ([0-9a-f]{8})/.exec(JSON.stringify(result))![1]
    expect(logError).toHaveBeenCalledWith('documents:list', expect.any(SyntaxError), reference)
  })
})

describe('the contract', () => {
  it('gives every method one channel and one argument schema', () => {
    expect(Object.keys(ipcContract).sort()).toEqual(Object.keys(ipcChannels).sort())
    const channels = Object.values(ipcChannels)
    expect(new Set(channels).size).toBe(channels.length)
    for (const [method, definition] of Object.entries(ipcContract)) {
      expect(definition.channel).toBe(ipcChannels[method as keyof typeof ipcChannels])
      expect(typeof definition.args.safeParse).toBe('function')
    }
  })
})
