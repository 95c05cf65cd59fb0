import type { Page } from '@playwright/test'

/**
 * Markup in the page (open shadow roots included, where the report preview lives) that only
 * hostile content could have put there: the app renders no inline handlers, frames, plugins,
 * base or refresh elements, and no URL outside its own origin. A payload that a browser would
 * not fire (a template, a marquee, a vbscript: link) is still caught here if it became markup.
 * Returns one line per finding; `ownOrigin` is the app's (or the exported file's) origin.
 */
export function liveMarkup(page: Page, ownOrigin: string): Promise<string[]> {
  return page.evaluate((own) => {
    const findings: string[] = []
    const urlAttributes = ['href', 'xlink:href', 'src', 'srcset', 'srcdoc', 'action', 'formaction', 'data', 'poster', 'background', 'ping', 'codebase', 'values', 'to', 'from', 'by']
    const describe = (element: Element) => element.outerHTML.slice(0, 120)
    const isOwnUrl = (value: string) => {
      const trimmed = value.trim()
      if (trimmed === '' || trimmed.startsWith('#')) return true
      try {
        const url = new URL(trimmed, document.baseURI)
        return url.origin === own || (own === 'null' && url.href.split('#')[0] === location.href.split('#')[0])
      } catch {
        return false
      }
    }
    const visit = (root: Document | ShadowRoot) => {
      for (const element of Array.from(root.querySelectorAll('*'))) {
        const tag = element.localName.toLowerCase()
        if (['iframe', 'frame', 'object', 'embed', 'applet', 'base', 'template', 'marquee', 'noscript', 'math', 'animate', 'set', 'foreignobject', 'use'].includes(tag)) findings.push(`<${tag}>: ${describe(element)}`)
        if (tag === 'meta' && element.hasAttribute('http-equiv') && element.getAttribute('http-equiv')!.toLowerCase() !== 'content-security-policy') findings.push(`meta http-equiv: ${describe(element)}`)
        if (tag === 'script' && !isOwnUrl(element.getAttribute('src') ?? 'inline:')) findings.push(`script: ${describe(element)}`)
        if (tag === 'link' && !isOwnUrl(element.getAttribute('href') ?? '')) findings.push(`link: ${describe(element)}`)
        for (const attribute of Array.from(element.attributes)) {
          if (attribute.name.toLowerCase().startsWith('on')) findings.push(`handler ${attribute.name}: ${describe(element)}`)
          else if (urlAttributes.includes(attribute.name.toLowerCase()) && !isOwnUrl(attribute.value.split(/[\s,]/)[0] ?? '')) findings.push(`${attribute.name}=${attribute.value.slice(0, 60)}: ${describe(element)}`)
          else if (attribute.name === 'style' && /url\s*\(|expression\s*\(|@import/i.test(attribute.value)) findings.push(`style url(): ${describe(element)}`)
        }
        if (element.shadowRoot) visit(element.shadowRoot)
      }
      for (const style of Array.from(root.querySelectorAll('style'))) {
        if (/@import|@font-face|url\s*\(\s*['"]?(?:https?:|\/\/|javascript:)/i.test(style.textContent ?? '')) findings.push(`style sheet loading: ${(style.textContent ?? '').slice(0, 120)}`)
      }
    }
    visit(document)
    return findings
  }, ownOrigin)
}
