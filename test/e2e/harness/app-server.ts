import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { readAppAsset } from '../../../electron/main/services/app-assets'
import { appResponseHeaders } from '../../../electron/main/shell/security'

export interface AppServer {
  origin: string
  close: () => Promise<void>
}

/**
 * Serves the built renderer on loopback exactly as the parley:// protocol does: same asset
 * resolver, same headers, so the strict CSP is in force in every browser test.
 */
export async function startAppServer(rendererDir: string): Promise<AppServer> {
  const server: Server = createServer((request, response) => {
    void readAppAsset(rendererDir, request.url ?? '/').then((asset) => {
      if (!asset) {
        response.writeHead(404, appResponseHeaders('text/plain; charset=utf-8')).end('Not found')
        return
      }
      response.writeHead(200, appResponseHeaders(asset.contentType)).end(asset.body)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
