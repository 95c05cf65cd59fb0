import type { IpcResult } from './errors'

/**
 * Builds `window.parley` from [method, channel] pairs and one invoke function. Self-contained
 * (no imports, no closures over module state) because the e2e harness injects its source text
 * into the page, so the browser tests exercise exactly the preload's construction.
 */
export function buildParleyApi(
  methodChannels: ReadonlyArray<readonly [string, string]>,
  invoke: (channel: string, args: unknown) => Promise<IpcResult<unknown>>,
): Record<string, (args: unknown) => Promise<IpcResult<unknown>>> {
  const api: Record<string, (args: unknown) => Promise<IpcResult<unknown>>> = {}
  for (const [method, channel] of methodChannels) {
    api[method] = (args: unknown) => invoke(channel, args === undefined ? {} : args)
  }
  return Object.freeze(api)
}
