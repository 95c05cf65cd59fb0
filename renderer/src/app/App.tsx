import { MantineProvider } from '@mantine/core'
import { Notifications } from '@mantine/notifications'
import { parleyTheme } from './theme'
import { Workbench } from './Workbench'

export function App(): React.JSX.Element {
  return (
    <MantineProvider theme={parleyTheme} defaultColorScheme="auto">
      <Notifications position="top-right" />
      <Workbench />
    </MantineProvider>
  )
}
