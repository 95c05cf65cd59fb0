import { Center, Overlay, Stack, Text } from '@mantine/core'
import { ImportIcon } from '../../components/icons'

export function DropOverlay(): React.JSX.Element {
  return (
    <Overlay fixed blur={2} backgroundOpacity={0.45} zIndex={1000}>
      <Center h="100%">
        <Stack align="center" gap="xs" c="white">
          <ImportIcon size={48} />
          <Text size="xl" fw={600}>
            Drop to import
          </Text>
          <Text size="sm">HTML, PDF, Word, text or Markdown</Text>
        </Stack>
      </Center>
    </Overlay>
  )
}
