import { useId } from 'preact/hooks';
import { DataTable } from './DataTable';
import { Legend } from './Legend';
import { barLength } from './scale';
import { HatchPattern, Swatch } from './Swatch';
import { describeChart, type ChartData } from './types';

export interface BarChartProps {
  title: string;
  groupHeader: string;
  data: ChartData;
}

const WIDTH = 640;
const LABEL_WIDTH = 210;
const VALUE_WIDTH = 40;
const BAR_HEIGHT = 16;
const GROUP_GAP = 14;

/** Horizontal bars with their labels and values written out: e.g. traps by category, this week against last. */
export function BarChart({ title, groupHeader, data }: BarChartProps) {
  const patternId = `${useId()}-hatch`;
  const { groups, series } = data;
  // Values are written at each bar's end, so the longest bar can fill the width.
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const plotWidth = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const groupHeight = BAR_HEIGHT * series.length + GROUP_GAP;
  const height = Math.max(groupHeight, groups.length * groupHeight);

  return (
    <figure class="ch-figure">
      {series.length > 1 ? <Legend series={series} patternId={patternId} /> : null}
      <svg
        class="ch-svg"
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-label={describeChart(title, data)}
      >
        <defs>
          <HatchPattern id={patternId} />
        </defs>
        {groups.map((group, groupIndex) => {
          const top = groupIndex * groupHeight;
          return (
            <g key={group.key} class="ch-group">
              <text
                class="ch-label"
                x={LABEL_WIDTH - 10}
                y={top + (BAR_HEIGHT * series.length) / 2}
                dy="0.32em"
                text-anchor="end"
              >
                {group.label}
              </text>
              {series.map((s, seriesIndex) => {
                const value = s.values[groupIndex] ?? 0;
                const length = barLength(value, max, plotWidth);
                const barTop = top + seriesIndex * BAR_HEIGHT;
                return (
                  <g key={s.key}>
                    <Swatch
                      series={s}
                      index={seriesIndex}
                      patternId={patternId}
                      x={LABEL_WIDTH}
                      y={barTop + 1}
                      width={Math.max(length, value > 0 ? 2 : 0)}
                      height={BAR_HEIGHT - 2}
                    />
                    <text
                      class="ch-value"
                      x={LABEL_WIDTH + length + 6}
                      y={barTop + BAR_HEIGHT / 2}
                      dy="0.32em"
                    >
                      {value}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
      <figcaption class="sk-visually-hidden">{title}</figcaption>
      <DataTable caption={title} groupHeader={groupHeader} data={data} />
    </figure>
  );
}
