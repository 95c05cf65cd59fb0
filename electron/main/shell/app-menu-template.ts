import type { MenuItemConstructorOptions } from 'electron'

/**
 * The standard menus (edit, view, window); every item in them works. Reload and the developer
 * tools are for development builds only: in the app they would reload away unsaved form input and
 * open a console onto the page.
 */
export function appMenuTemplate({ isDevelopmentBuild, isMac }: { isDevelopmentBuild: boolean; isMac: boolean }): MenuItemConstructorOptions[] {
  const developer: MenuItemConstructorOptions[] = isDevelopmentBuild ? [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }] : []
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [...developer, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
    },
    { role: 'windowMenu' },
  ]
}
