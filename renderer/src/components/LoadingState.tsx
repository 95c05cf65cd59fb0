import { Center, Loader, Stack, Text } from '@mantine/core'

export function LoadingState({ label }: { label: string }): React.JSX.Element {
  return (
    <Center h="60vh">
      <Stack align="center" gap="xs">
        <Loader size="md" />
        <Text c="dimmed" size="sm">
          {label}
        </Text>
      </Stack>
    </Center>
  )
}
