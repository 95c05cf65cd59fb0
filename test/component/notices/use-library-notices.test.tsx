import { afterEach, describe, expect, it, vi } from 'vitest'
import { act, screen } from '@testing-library/react'
import { MantineProvider } from '@mantine/core'
import { Notifications } from '@mantine/notifications'
import { render } from '@testing-library/react'
import { parleyTheme } from '../../../renderer/src/app/theme'
import { useLibraryNotices } from '../../../renderer/src/features/notices/use-library-notices'
import type { LibraryNotice } from '../../../shared/ipc/contract'

function Host(): React.JSX.Element {
  useLibraryNotices()
  return <p>app</p>
}

afterEach(() => {
  vi.useRealTimers()
  delete window.parley
})

describe('library notices', () => {
  it('shows each notice once, including one main adds while the app runs (a repaired file)', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const notices: LibraryNotice[] = [{ level: 'warning', title: 'Library restored from backup', message: 'Restored the newest valid backup.' }]
    const getLibraryInfo = vi.fn(async () => ({ ok: true as const, value: { location: '/lib', documentCount: 1, notices: [...notices] } }))
    window.parley = { getLibraryInfo } as unknown as NonNullable<typeof window.parley>
    render(
      <MantineProvider env="test" theme={parleyTheme}>
        <Notifications />
        <Host />
      </MantineProvider>,
    )
    expect(await screen.findByText('Library restored from backup')).toBeTruthy()
    notices.push({ level: 'warning', title: 'Annotations recovered', message: 'The annotations file of “Sochi” could not be read. Rebuilt 3 annotations from its journal of changes.' })
    await act(async () => {
      await vi.advanceTimersByTimeAsync(10_000)
    })
    expect(await screen.findByText(/Rebuilt 3 annotations from its journal/)).toBeTruthy()
    expect(screen.getAllByText('Library restored from backup')).toHaveLength(1)
    expect(getLibraryInfo.mock.calls.length).toBeGreaterThanOrEqual(2)
  })
})
