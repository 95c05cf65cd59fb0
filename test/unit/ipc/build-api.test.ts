import { describe, expect, it, vi } from 'vitest'
import { buildParleyApi } from '../../../shared/ipc/build-api'
import { ipcChannels } from '../../../shared/ipc/channels'

describe('buildParleyApi (what the preload exposes)', () => {
  it('has exactly one method per channel and nothing else', () => {
    const api = buildParleyApi(Object.entries(ipcChannels), vi.fn())
    expect(Object.keys(api).sort()).toEqual(Object.keys(ipcChannels).sort())
    expect(Object.isFrozen(api)).toBe(true)
    expect(api).not.toHaveProperty('invoke')
  })

  it('forwards each method to its channel with its argument', async () => {
    const invoke = vi.fn(async () => ({ ok: true as const, value: 'v' }))
    const api = buildParleyApi(Object.entries(ipcChannels), invoke)
    await api.getDocument!({ id: 'd1' })
    await api.listDocuments!(undefined)
    expect(invoke).toHaveBeenNthCalledWith(1, 'documents:get', { id: 'd1' })
    expect(invoke).toHaveBeenNthCalledWith(2, 'documents:list', {})
  })

  it('is self-contained, so the e2e harness can inject its source', () => {
    const rebuilt = new Function(`return (${buildParleyApi.toString()})`)() as typeof buildParleyApi
    expect(Object.keys(rebuilt([['a', 'b']], vi.fn()))).toEqual(['a'])
  })
})
