import { Swatch } from './Swatch';
import type { ChartSeries } from './types';

/** The series names with their look. Hidden from screen readers, who get the data table. */
export function Legend({
  series,
  patternId,
}: {
  series: readonly ChartSeries[];
  patternId: string;
}) {
  return (
    <ul class="ch-legend" aria-hidden="true">
      {series.map((item, index) => (
        <li key={item.key}>
          <svg width="18" height="18" viewBox="0 0 18 18">
            <Swatch
              series={item}
              index={index}
              patternId={patternId}
              x={1}
              y={1}
              width={16}
              height={16}
            />
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}
