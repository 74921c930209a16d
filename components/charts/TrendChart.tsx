import { valueAxis } from './scale';

export interface TrendLine {
  key: string;
  label: string;
  /** One value per week, oldest first; null where there is nothing to show. */
  values: readonly (number | null)[];
  /** How a value reads in the table and to a screen reader (e.g. "72%"). */
  format?: (value: number) => string;
  /** The axis end; the values' own scale when absent (e.g. 100 for a percentage). */
  max?: number;
}

export interface TrendChartProps {
  title: string;
  /** Header of the table's first column. */
  groupHeader: string;
  /** One label per week. */
  groups: readonly string[];
  lines: readonly TrendLine[];
  /** Text for a week without data. */
  emptyText: string;
  /** "latest: $1", for the label of each line. */
  latestText: (value: string) => string;
}

const WIDTH = 320;
const HEIGHT = 64;
const PAD = { top: 6, right: 6, bottom: 6, left: 6 };

const show = (line: TrendLine, value: number | null, emptyText: string) =>
  value === null ? emptyText : (line.format?.(value) ?? String(value));

/** Small lines, one per measure, for a glance at the direction; the numbers are in a table for screen readers. */
export function TrendChart({
  title,
  groupHeader,
  groups,
  lines,
  emptyText,
  latestText,
}: TrendChartProps) {
  return (
    <figure class="ch-figure ch-trend">
      {lines.map((line, lineIndex) => {
        const max = line.max ?? valueAxis(line.values.filter((v): v is number => v !== null)).max;
        const step = (WIDTH - PAD.left - PAD.right) / Math.max(1, groups.length - 1);
        const x = (index: number) => PAD.left + step * index;
        const y = (value: number) =>
          PAD.top + (HEIGHT - PAD.top - PAD.bottom) * (1 - Math.min(value, max) / (max || 1));
        // A gap in the line where a week has no data.
        const segments: string[] = [];
        let current: string[] = [];
        line.values.forEach((value, index) => {
          if (value === null) {
            if (current.length) segments.push(current.join(' '));
            current = [];
          } else current.push(`${x(index)},${y(value)}`);
        });
        if (current.length) segments.push(current.join(' '));
        const spoken = groups
          .map((group, index) => `${group}: ${show(line, line.values[index] ?? null, emptyText)}`)
          .join('; ');
        const latest = [...line.values].reverse().find((value) => value !== null);
        return (
          <div key={line.key} class="ch-trend__row">
            <p class="ch-trend__label" aria-hidden="true">
              {line.label}
              {latest === undefined || latest === null ? null : (
                <span class="ch-trend__latest"> · {latestText(show(line, latest, emptyText))}</span>
              )}
            </p>
            <svg
              class="ch-svg ch-trend__svg"
              viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
              role="img"
              aria-label={`${line.label}. ${spoken}.`}
            >
              <line
                class="ch-axis"
                x1={PAD.left}
                x2={WIDTH - PAD.right}
                y1={HEIGHT - PAD.bottom}
                y2={HEIGHT - PAD.bottom}
              />
              {segments.map((points) => (
                <polyline
                  key={points}
                  class={`ch-trend__line ch-series-${lineIndex}`}
                  points={points}
                />
              ))}
              {line.values.map((value, index) =>
                value === null ? null : (
                  <circle
                    key={index}
                    class={`ch-trend__dot ch-series-${lineIndex}`}
                    cx={x(index)}
                    cy={y(value)}
                    r={3}
                  />
                ),
              )}
            </svg>
          </div>
        );
      })}
      <p class="ch-trend__range" aria-hidden="true">
        <span>{groups[0]}</span>
        <span>{groups[groups.length - 1]}</span>
      </p>
      <figcaption class="sk-visually-hidden">{title}</figcaption>
      <table class="ch-table sk-visually-hidden">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{groupHeader}</th>
            {lines.map((line) => (
              <th key={line.key} scope="col">
                {line.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {groups.map((group, index) => (
            <tr key={group}>
              <th scope="row">{group}</th>
              {lines.map((line) => (
                <td key={line.key}>{show(line, line.values[index] ?? null, emptyText)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
