import type { Page } from '@playwright/test'
import { createIpcDispatcher } from '../../../electron/main/services/ipc/dispatch'
import type { HandlerTable } from '../../../electron/main/services/ipc/handler-table'
import { buildParleyApi } from '../../../shared/ipc/build-api'
import { ipcChannels } from '../../../shared/ipc/channels'

/**
 * Gives the page the preload's window.parley, built by the preload's own buildParleyApi, with
 * Playwright's binding standing in for ipcRenderer.invoke and the real dispatcher (sender check,
 * argument validation) in front of the handler table.
 */
export async function bridgeParleyApi(page: Page, handlers: HandlerTable, origin: string): Promise<void> {
  const dispatch = createIpcDispatcher(handlers, {
    isTrustedSender: (url) => url !== undefined && url.startsWith(`${origin}/`),
  })
  await page.exposeBinding('__parleyInvoke', ({ frame }, channel: string, args: unknown) => dispatch(channel, frame.url(), args))
  await page.addInitScript({
    content: `window.parley = (${buildParleyApi.toString()})(${JSON.stringify(Object.entries(ipcChannels))}, (channel, args) => window.__parleyInvoke(channel, args));`,
  })
}
