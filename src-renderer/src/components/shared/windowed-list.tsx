import { type ReactNode, type UIEvent, useState } from 'react'

interface WindowedListProps<T> {
  items: readonly T[]
  /** Every row's height in px, including the gap after it: rows are laid out at fixed offsets. */
  rowHeight: number
  keyOf: (item: T) => string | number
  renderItem: (item: T) => ReactNode
  className?: string
  testId?: string
}

/** Rows drawn beyond the visible ones, so a fast scroll never shows a blank. */
const OVERSCAN = 6
/** Before the list has been measured (or where nothing is laid out), as many rows as a tall screen shows. */
const UNMEASURED_HEIGHT = 1200

/**
 * A list of any length that keeps only the visible rows in the page: a thousand waiting links scroll as fast as ten.
 * The scroll area is as tall as all rows together, so the scrollbar tells the truth about the list's length.
 */
export function WindowedList<T>({ items, rowHeight, keyOf, renderItem, className, testId }: WindowedListProps<T>) {
  const [viewport, setViewport] = useState({ top: 0, height: UNMEASURED_HEIGHT })
  const onScroll = (event: UIEvent<HTMLUListElement>) => {
    const list = event.currentTarget
    setViewport({ top: list.scrollTop, height: list.clientHeight || UNMEASURED_HEIGHT })
  }
  const first = Math.max(0, Math.floor(viewport.top / rowHeight) - OVERSCAN)
  const last = Math.min(items.length, Math.ceil((viewport.top + viewport.height) / rowHeight) + OVERSCAN)
  return (
    <ul className={className} onScroll={onScroll} data-testid={testId} style={{ position: 'relative' }}>
      <li aria-hidden="true" style={{ height: items.length * rowHeight, listStyle: 'none' }} />
      {items.slice(first, last).map((item, index) => (
        <li
          key={keyOf(item)}
          // A row's size is fixed by the list, so nothing inside it can move anything outside (layout) or paint
          // beyond it: Chromium lays out and paints a new row without touching the others or the page.
          style={{
            position: 'absolute',
            top: (first + index) * rowHeight,
            left: 0,
            right: 0,
            height: rowHeight,
            contain: 'strict'
          }}
        >
          {renderItem(item)}
        </li>
      ))}
    </ul>
  )
}
