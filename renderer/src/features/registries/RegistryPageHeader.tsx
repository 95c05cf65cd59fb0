import type { ReactNode } from 'react'
import { Group, Text, Title } from '@mantine/core'

export interface RegistryPageHeaderProps {
  title: string
  /** e.g. "12 sources" */
  count: string
  /** Buttons on the right: New …, Merge … */
  children?: ReactNode
}

/** A registry page's title with its dimmed count, and its actions. */
export function RegistryPageHeader({ title, count, children }: RegistryPageHeaderProps): React.JSX.Element {
  return (
    <Group justify="space-between" align="flex-end" wrap="nowrap">
      <div>
        <Title order={2}>{title}</Title>
        <Text size="sm" c="dimmed">
          {count}
        </Text>
      </div>
      <Group gap="xs" wrap="nowrap">
        {children}
      </Group>
    </Group>
  )
}
