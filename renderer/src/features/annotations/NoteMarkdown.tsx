import Markdown from 'react-markdown'
import { Text, Typography } from '@mantine/core'

/**
 * An analyst's note as Markdown. Raw HTML in it is dropped (shown as nothing, never run), images
 * are not loaded, and links show their address instead of navigating: nothing leaves the machine.
 */
export function NoteMarkdown({ source }: { source: string }): React.JSX.Element {
  return (
    <Typography fz="sm" p={0} data-testid="note-markdown">
      <Markdown
        skipHtml
        disallowedElements={['img']}
        unwrapDisallowed
        components={{
          a: ({ children, href }) => (
            <Text span inherit td="underline" title={href}>
              {children}
            </Text>
          ),
        }}
      >
        {source}
      </Markdown>
    </Typography>
  )
}
