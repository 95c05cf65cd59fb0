/** Scrolls the reader to an annotation's first mark and flashes it, so the eye finds it. */
export function flashAnnotation(root: HTMLElement | null, id: string): void {
  const marks = root ? Array.from(root.querySelectorAll<HTMLElement>(`mark[data-annotation-ids~="${CSS.escape(id)}"]`)) : []
  if (marks.length === 0) return
  marks[0]!.scrollIntoView({ block: 'center', behavior: 'smooth' })
  for (const mark of marks) {
    mark.animate?.([{ outline: '3px solid var(--mantine-primary-color-filled)' }, { outline: '3px solid transparent' }], { duration: 1400, easing: 'ease-out' })
  }
}
