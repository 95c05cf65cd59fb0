import { MantineProvider } from '@mantine/core'
import { Notifications } from '@mantine/notifications'
import { parleyTheme } from './theme'
import { Workbench } from './Workbench'

export function App(): React.JSX.Element {
  return (
    <MantineProvider theme={parleyTheme} defaultColorScheme="auto">
      {/* Bottom right: away from the header's controls, the filters at the top of each page and
          the close buttons of centred dialogs. A few at a time, and they close on their own. */}
      <Notifications position="bottom-right" limit={3} containerWidth={380} />
      <Workbench />
    </MantineProvider>
  )
}
