import type { ReactNode } from 'react'
import { MantineProvider } from '@mantine/core'
import { render, type RenderResult } from '@testing-library/react'
import { parleyTheme } from '../../renderer/src/app/theme'

function MantineWrapper({ children }: { children: ReactNode }): React.JSX.Element {
  return (
    <MantineProvider env="test" theme={parleyTheme}>
      {children}
    </MantineProvider>
  )
}

/**
 * Renders `ui` inside the app's Mantine theme (env="test" turns off transitions). Passed as RTL's
 * `wrapper`, so `rerender(ui)` keeps the provider too.
 */
export function renderWithMantine(ui: ReactNode): RenderResult {
  return render(ui, { wrapper: MantineWrapper })
}
