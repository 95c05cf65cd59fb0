import type { Page } from '@playwright/test'

/** Selects `phrase` inside the reader's text, as a mouse drag would. */
export async function selectPhrase(page: Page, phrase: string): Promise<void> {
  await page.evaluate((target) => {
    // The phrase may run across several text nodes once highlights split a paragraph.
    const root = document.querySelector('[data-testid="reader-text"]')!
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    const nodes: Array<{ node: Text; from: number }> = []
    let all = ''
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push({ node: node as Text, from: all.length })
      all += node.textContent
    }
    const index = all.indexOf(target)
    if (index === -1) throw new Error(`phrase not found: ${target}`)
    const at = (offset: number, end: boolean) => {
      const hit = nodes.find((n) => (end ? offset > n.from && offset <= n.from + n.node.length : offset >= n.from && offset < n.from + n.node.length))!
      return [hit.node, offset - hit.from] as const
    }
    const range = document.createRange()
    range.setStart(...at(index, false))
    range.setEnd(...at(index + target.length, true))
    const selection = window.getSelection()!
    selection.removeAllRanges()
    selection.addRange(range)
  }, phrase)
}
