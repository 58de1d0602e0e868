export interface Figure {
  measure: string
  value: string
  target: string
  verdict: 'PASS' | 'MISS' | 'INFO'
}

interface Machine {
  cpu: string
  cores: number
  node: string
  chromium: string
  date: string
  loadAtStart: number
  loadAtEnd: number
}

interface BundleFile {
  file: string
  rawBytes: number
  gzipBytes: number
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`

/** The run as Markdown: where it ran, the renderer's files, and every figure next to its target. */
export function formatReport(machine: Machine, files: readonly BundleFile[], figures: readonly Figure[]): string {
  return [
    '## SecPaid Counter benchmark',
    '',
    `${machine.date} · ${machine.cpu}, ${machine.cores} cores · Node ${machine.node} · Chromium ${machine.chromium} (headless)` +
      ` · load average ${machine.loadAtStart} at start, ${machine.loadAtEnd} at end`,
    '',
    ...(files.length === 0
      ? []
      : [
          row(['Renderer file', 'raw', 'gzip']),
          row(['---', '---:', '---:']),
          ...files.map((file) => row([file.file, kb(file.rawBytes), kb(file.gzipBytes)])),
          ''
        ]),
    row(['Measure', 'Result', 'Target', '']),
    row(['---', '---', '---', '---']),
    ...figures.map((figure) =>
      row([
        figure.measure.replace(/^ {2}/, '↳ '),
        figure.value,
        figure.target,
        figure.verdict === 'INFO' ? '' : figure.verdict
      ])
    )
  ].join('\n')
}
