import { join, resolve } from 'node:path'

/** `--library DIR` (or `--library=DIR`) wins, then PARLEY_LIBRARY, then the platform default. */
export function resolveLibraryDir(argv: readonly string[], env: Record<string, string | undefined>, defaultDir: string): string {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--library' && argv[i + 1]) return resolve(argv[i + 1]!)
    if (arg.startsWith('--library=') && arg.length > '--library='.length) return resolve(arg.slice('--library='.length))
  }
  if (env.PARLEY_LIBRARY) return resolve(env.PARLEY_LIBRARY)
  return defaultDir
}

/**
 * Electron's userData folder for this app (appData/productName), computed without Electron so the
 * command line opens the same library as the app by default.
 */
export function defaultUserDataDir(env: Record<string, string | undefined>, platform: NodeJS.Platform, home: string): string {
  const appData =
    platform === 'win32'
      ? (env.APPDATA ?? join(home, 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? join(home, 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME ?? join(home, '.config'))
  return join(appData, 'Parley')
}
