import { useId } from 'preact/hooks';
import { DataTable } from './DataTable';
import { Legend } from './Legend';
import { barLength, valueAxis } from './scale';
import { HatchPattern, Swatch } from './Swatch';
import { describeChart, type ChartData } from './types';

export interface ColumnChartProps {
  title: string;
  groupHeader: string;
  data: ChartData;
  mutedText?: string;
}

const WIDTH = 640;
const HEIGHT = 240;
const PAD = { top: 12, right: 8, bottom: 32, left: 36 };

/** Vertical bars, grouped: e.g. harsh and kind per day. An image for sight, a table for screen readers. */
export function ColumnChart({ title, groupHeader, data, mutedText }: ColumnChartProps) {
  const patternId = `${useId()}-hatch`;
  const { groups, series } = data;
  const axis = valueAxis(series.flatMap((s) => s.values));
  const { max } = axis;
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotWidth / Math.max(1, groups.length);
  const barWidth = Math.min(28, (slot * 0.7) / Math.max(1, series.length));
  const groupWidth = barWidth * series.length;
  const y = (value: number) => PAD.top + plotHeight - barLength(value, max, plotHeight);

  return (
    <figure class="ch-figure">
      <Legend series={series} patternId={patternId} />
      <svg
        class="ch-svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={describeChart(title, data)}
        preserveAspectRatio="xMidYMid meet"
      >
        <defs>
          <HatchPattern id={patternId} />
        </defs>
        {axis.ticks.map((tick) => (
          <g key={tick} class="ch-grid">
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} />
            <text x={PAD.left - 6} y={y(tick)} dy="0.32em" text-anchor="end">
              {tick}
            </text>
          </g>
        ))}
        {groups.map((group, groupIndex) => {
          const left = PAD.left + slot * groupIndex + (slot - groupWidth) / 2;
          return (
            <g key={group.key} class={group.muted ? 'ch-group ch-group--muted' : 'ch-group'}>
              {series.map((s, seriesIndex) => {
                const value = s.values[groupIndex] ?? 0;
                return (
                  <Swatch
                    key={s.key}
                    series={s}
                    index={seriesIndex}
                    patternId={patternId}
                    x={left + seriesIndex * barWidth}
                    y={y(value)}
                    width={barWidth - 2}
                    height={PAD.top + plotHeight - y(value)}
                  />
                );
              })}
              <text
                class="ch-label"
                x={PAD.left + slot * groupIndex + slot / 2}
                y={HEIGHT - PAD.bottom + 20}
                text-anchor="middle"
              >
                {group.label}
              </text>
            </g>
          );
        })}
        <line
          class="ch-axis"
          x1={PAD.left}
          x2={WIDTH - PAD.right}
          y1={PAD.top + plotHeight}
          y2={PAD.top + plotHeight}
        />
      </svg>
      <figcaption class="sk-visually-hidden">{title}</figcaption>
      <DataTable caption={title} groupHeader={groupHeader} data={data} mutedText={mutedText} />
    </figure>
  );
}
