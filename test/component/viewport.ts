import { afterEach, beforeEach, vi } from 'vitest'

/**
 * happy-dom does no layout, so every element's clientHeight/clientWidth is 0. @tanstack/virtual-core
 * reads the scroll element's size from clientHeight, and with a size of 0 its range is null and it
 * renders no rows at all. This gives the library's scroll container (data-testid="library-scroll")
 * a viewport of `height` pixels for every test in the calling file; other elements keep happy-dom's 0.
 */
export function stubLibraryViewport(height = 440, width = 900): void {
  beforeEach(() => {
    const realHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight')!.get!
    const realWidth = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientWidth')!.get!
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
      return this.dataset.testid === 'library-scroll' ? height : realHeight.call(this)
    })
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(function (this: HTMLElement) {
      return this.dataset.testid === 'library-scroll' ? width : realWidth.call(this)
    })
  })
  afterEach(() => {
    vi.restoreAllMocks()
  })
}
