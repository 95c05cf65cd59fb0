import { Text } from '@mantine/core'

/** An entry's name, with the other names it goes by in small dimmed type below. */
export function NameWithAliases({ name, aliases }: { name: string; aliases: string[] }): React.JSX.Element {
  return (
    <div>
      <Text size="sm" fw={500}>
        {name}
      </Text>
      {aliases.length > 0 && (
        <Text size="xs" c="dimmed">
          also {aliases.join(', ')}
        </Text>
      )}
    </div>
  )
}
