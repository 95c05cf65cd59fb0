import { protocol } from 'electron'
import { readAppAsset } from '../services/app-assets'
import { APP_SCHEME, appResponseHeaders } from './security'

/** Must run before the app is ready: lets parley:// behave like a secure, standard origin. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ])
}

/** Serves the built renderer from parley://app/…, with the CSP on every response. */
export function serveAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url)
    const asset = url.host === 'app' ? await readAppAsset(rendererDir, url.pathname) : null
    if (!asset) return new Response('Not found', { status: 404, headers: appResponseHeaders('text/plain; charset=utf-8') })
    return new Response(new Uint8Array(asset.body), { status: 200, headers: appResponseHeaders(asset.contentType) })
  })
}
