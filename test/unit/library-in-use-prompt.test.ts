import { describe, expect, it } from 'vitest'
import { ParleyError } from '../../shared/ipc/errors'
import { libraryInUsePrompt } from '../../electron/main/services/library-in-use-prompt'

describe('the "library in use" prompt', () => {
  it('names the owner and says what opening anyway risks before offering it, quitting first', () => {
    const prompt = libraryInUsePrompt(new ParleyError('library-in-use', 'Library in use', ['pid 4242', 'host analyst-laptop', 'since 2026-12-04T08:00:00.000Z']), '/home/a/Parley/library')
    expect(prompt.message).toBe('Another Parley is using this library (pid 4242, host analyst-laptop, since 2026-12-04T08:00:00.000Z).')
    expect(prompt.detail).toContain('/home/a/Parley/library')
    expect(prompt.detail).toMatch(/overwrite the other’s changes/)
    expect(prompt.detail.indexOf('overwrite')).toBeLessThan(prompt.detail.indexOf('Open anyway only if'))
    expect(prompt.buttons).toEqual(['Quit', 'Open anyway'])
  })
})
