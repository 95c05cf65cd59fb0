import { afterEach, describe, expect, it } from 'vitest'
import { callParley } from '../../../renderer/src/ipc/parley-client'

/** A bridge whose answers the test releases by hand, recording the order main is called in. */
function deferredBridge() {
  const calls: string[] = []
  const answers = new Map<string, (value: unknown) => void>()
  const method = (name: string) => () => {
    calls.push(name)
    return new Promise((resolve) => answers.set(name, resolve))
  }
  window.parley = { dismissProposals: method('dismissProposals'), undo: method('undo'), getReviewQueue: method('getReviewQueue') } as unknown as typeof window.parley
  return { calls, answer: (name: string, value: unknown) => answers.get(name)!({ ok: true, value }) }
}

afterEach(() => {
  delete window.parley
})

describe('the bridge to main', () => {
  it('sends an undo only after the changes already sent have been answered', async () => {
    const bridge = deferredBridge()
    const dismissed = callParley('dismissProposals', { items: [{ documentId: 'd1', key: 'dir-00000001-00000002' }] })
    const undone = callParley('undo', {})
    // A query in flight does not hold undo back; the dismissal does.
    void callParley('getReviewQueue', { limit: 10 })
    await Promise.resolve()
    expect(bridge.calls).toEqual(['dismissProposals', 'getReviewQueue'])
    bridge.answer('dismissProposals', { dismissed: 1 })
    await expect(dismissed).resolves.toEqual({ dismissed: 1 })
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(bridge.calls).toEqual(['dismissProposals', 'getReviewQueue', 'undo'])
    bridge.answer('undo', { label: 'Dismiss 1 proposal' })
    await expect(undone).resolves.toEqual({ label: 'Dismiss 1 proposal' })
  })
})
