import { APP_ENTRY_URL, APP_ORIGIN } from './security'

export interface RendererEntry {
  url: string
  /** Origins whose frames may call IPC. */
  trustedOrigins: string[]
}

/**
 * Where the window loads the app from. Only a development build (electron-vite dev) follows
 * ELECTRON_RENDERER_URL to its dev server; a built app ignores it, so nobody can point the
 * packaged app at another page and have it trusted for IPC.
 */
export function rendererEntry(isDevelopmentBuild: boolean, env: Record<string, string | undefined>): RendererEntry {
  const devServer = isDevelopmentBuild ? env.ELECTRON_RENDERER_URL : undefined
  if (!devServer) return { url: APP_ENTRY_URL, trustedOrigins: [APP_ORIGIN] }
  return { url: devServer, trustedOrigins: [APP_ORIGIN, new URL(devServer).origin] }
}
