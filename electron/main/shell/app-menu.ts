import { Menu } from 'electron'
import { appMenuTemplate } from './app-menu-template'

export function installAppMenu(isDevelopmentBuild: boolean): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate({ isDevelopmentBuild, isMac: process.platform === 'darwin' })))
}
