import { SegmentedControl, Tooltip, VisuallyHidden, useMantineColorScheme, type MantineColorScheme } from '@mantine/core'
import { MonitorIcon, MoonIcon, SunIcon } from '../components/icons'

const options: { value: MantineColorScheme; label: string; icon: React.JSX.Element }[] = [
  { value: 'auto', label: 'Follow system theme', icon: <MonitorIcon size={16} /> },
  { value: 'light', label: 'Light theme', icon: <SunIcon size={16} /> },
  { value: 'dark', label: 'Dark theme', icon: <MoonIcon size={16} /> },
]

/** Theme follows the system by default; the analyst can pin light or dark. */
export function ColorSchemeControl(): React.JSX.Element {
  const { colorScheme, setColorScheme } = useMantineColorScheme()
  return (
    <SegmentedControl
      size="xs"
      value={colorScheme}
      onChange={(value) => setColorScheme(value as MantineColorScheme)}
      aria-label="Colour theme"
      data={options.map((option) => ({
        value: option.value,
        label: (
          <Tooltip label={option.label} openDelay={400}>
            <span style={{ display: 'flex', alignItems: 'center' }}>
              {option.icon}
              <VisuallyHidden>{option.label}</VisuallyHidden>
            </span>
          </Tooltip>
        ),
      }))}
    />
  )
}
