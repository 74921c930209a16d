import type { ChartSeries } from './types';

/** Diagonal hatching, so a series reads apart from the others in colour and in black and white. */
export function HatchPattern({ id }: { id: string }) {
  return (
    <pattern
      id={id}
      width="6"
      height="6"
      patternUnits="userSpaceOnUse"
      patternTransform="rotate(45)"
    >
      <rect width="6" height="6" class="ch-hatch-bg" />
      <line x1="0" y1="0" x2="0" y2="6" class="ch-hatch-line" stroke-width="3" />
    </pattern>
  );
}

export interface SwatchProps {
  series: ChartSeries;
  /** Position of the series; picks its colour. */
  index: number;
  /** The chart's hatch pattern id. */
  patternId: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One bar, or a legend key, in the series' look. */
export function Swatch({ series, index, patternId, x, y, width, height }: SwatchProps) {
  return (
    <rect
      x={x}
      y={y}
      width={Math.max(0, width)}
      height={Math.max(0, height)}
      rx="2"
      class={`ch-bar ch-bar--${series.look} ch-series-${index}`}
      fill={series.look === 'hatched' ? `url(#${patternId})` : undefined}
    />
  );
}
