import type { ChartData } from './types';

export interface DataTableProps {
  caption: string;
  /** Header of the first column (what the groups are: days, traps…). */
  groupHeader: string;
  data: ChartData;
  /** Text for a muted group's cells (e.g. "not yet" for days to come). */
  mutedText?: string;
  /** Shown on screen instead of visually hidden (e.g. in print). */
  visible?: boolean;
}

/** The chart's numbers as a table, for screen readers and print. */
export function DataTable({ caption, groupHeader, data, mutedText, visible }: DataTableProps) {
  return (
    <table class={visible ? 'ch-table' : 'ch-table sk-visually-hidden'}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{groupHeader}</th>
          {data.series.map((series) => (
            <th key={series.key} scope="col">
              {series.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {data.groups.map((group, index) => (
          <tr key={group.key}>
            <th scope="row">{group.label}</th>
            {data.series.map((series) => (
              <td key={series.key}>
                {group.muted && mutedText ? mutedText : (series.values[index] ?? 0)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
