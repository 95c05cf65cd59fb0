import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { Center, Group, Loader, SegmentedControl, Stack, Text } from '@mantine/core'
import type { ParleyIpcError } from '../../ipc/parley-client'
import type { ShownPreview } from './use-report-preview'
import { countsLine, omittedLine } from './report-format'
import { pageWidthPx, previewMarkup } from './preview-css'
import classes from './report-preview.module.css'

export interface ReportPreviewProps {
  shown: ShownPreview | null
  /** A newer preview is being composed; the one shown is kept meanwhile. */
  updating: boolean
  error: ParleyIpcError | null
}

type Zoom = 'fit' | '75' | '100'
const zoomChoices = [
  { value: 'fit', label: 'Fit' },
  { value: '75', label: '75%' },
  { value: '100', label: '100%' },
]

/** The desk's inner width (inside its padding and scrollbar), which "Fit" fills with the sheet. */
function useContentWidth(ref: React.RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0)
  useEffect(() => {
    const element = ref.current
    if (!element || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(([entry]) => entry && setWidth(entry.contentRect.width))
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref])
  return width
}

/**
 * The report as it will print, on paper-white sheets. The HTML goes into an open shadow root (the
 * app's CSP allows no frames): the report's styles stay inside it and the app's stay out.
 */
export function ReportPreview({ shown, updating, error }: ReportPreviewProps): React.JSX.Element {
  const hostRef = useRef<HTMLDivElement>(null)
  const deskRef = useRef<HTMLDivElement>(null)
  const deskWidth = useContentWidth(deskRef)
  const [zoom, setZoom] = useState<Zoom>('fit')
  const pageSize = shown?.pageSize ?? 'A4'
  const fit = deskWidth > 0 ? Math.min(1, deskWidth / pageWidthPx(pageSize)) : 1
  const scale = zoom === 'fit' ? Math.max(0.25, fit) : Number(zoom) / 100

  useLayoutEffect(() => {
    const host = hostRef.current
    if (!host) return
    const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' })
    root.innerHTML = shown ? previewMarkup(shown.preview, shown.pageSize) : ''
  }, [shown])

  // Links in the report point inside it (contents, footnotes). Followed as they are, they would
  // change the app's hash route, so they scroll the preview instead.
  useEffect(() => {
    const root = hostRef.current?.shadowRoot
    if (!root) return
    const onClick = (event: Event) => {
      const link = (event.target as Element | null)?.closest?.('a[href]')
      if (!link) return
      event.preventDefault()
      const href = link.getAttribute('href') ?? ''
      if (href.startsWith('#')) root.getElementById(decodeURIComponent(href.slice(1)))?.scrollIntoView({ block: 'start', behavior: 'smooth' })
    }
    root.addEventListener('click', onClick)
    return () => root.removeEventListener('click', onClick)
  }, [])

  return (
    <Stack gap="xs" style={{ flex: 1, minWidth: 0, minHeight: 0 }}>
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm" fw={500} data-testid="report-counts">
          {shown ? countsLine(shown.preview.counts) : 'Composing the preview…'}
        </Text>
        <Group gap="sm" wrap="nowrap">
          {updating && shown && (
            <Group gap={6} wrap="nowrap" role="status">
              <Loader size={12} />
              <Text size="xs" c="dimmed">
                Updating…
              </Text>
            </Group>
          )}
          <SegmentedControl size="xs" aria-label="Preview zoom" data={zoomChoices} value={zoom} onChange={(value) => setZoom(value as Zoom)} />
        </Group>
      </Group>
      {shown && omittedLine(shown.preview.omitted) && (
        <Text size="xs" c="dimmed" data-testid="report-preview-omitted">
          {omittedLine(shown.preview.omitted)}
        </Text>
      )}
      {error && (
        <Text size="xs" c="red" role="alert">
          {error.code === 'invalid-arguments' ? 'The preview will update once the choices on the left are valid.' : `The preview could not be updated: ${error.message}`}
        </Text>
      )}
      <div ref={deskRef} className={classes.desk}>
        {!shown && !error && (
          <Center h="100%">
            <Loader size="sm" />
          </Center>
        )}
        <div ref={hostRef} className={classes.sheetHost} style={{ zoom: scale }} role="region" aria-label="Report preview" data-testid="report-preview" />
      </div>
    </Stack>
  )
}
