/** A new list with the row at `index` moved one place up (-1) or down (1); null when there is no such row. */
export function movedRow<Row>(rows: readonly Row[], index: number, by: -1 | 1): Row[] | null {
  const moved = [...rows]
  const [row] = moved.splice(index, 1)
  if (row === undefined) return null
  moved.splice(index + by, 0, row)
  return moved
}

/** The ↑ ↓ × of one row of an ordered list in Settings (products, categories): move it, or remove it. */
export function RowActions({
  index,
  count,
  labels,
  testIdPrefix,
  onMove,
  onRemove
}: {
  index: number
  count: number
  labels: { up: string; down: string; remove: string }
  testIdPrefix: string
  onMove: (index: number, by: -1 | 1) => void
  onRemove: () => void
}) {
  return (
    <div className="product-row-actions">
      <button
        type="button"
        className="icon-button"
        aria-label={labels.up}
        disabled={index === 0}
        onClick={() => onMove(index, -1)}
        data-testid={`${testIdPrefix}-up`}
      >
        ↑
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={labels.down}
        disabled={index === count - 1}
        onClick={() => onMove(index, 1)}
        data-testid={`${testIdPrefix}-down`}
      >
        ↓
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={labels.remove}
        onClick={onRemove}
        data-testid={`${testIdPrefix}-remove`}
      >
        ×
      </button>
    </div>
  )
}
