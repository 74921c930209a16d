/** Data for the charts: one label per group (a day, a trap), one series per measure (harsh, kind). */
export interface ChartGroup {
  key: string;
  label: string;
  /** Greyed out and left out of the spoken summary, e.g. days still to come. */
  muted?: boolean;
}

export interface ChartSeries {
  key: string;
  label: string;
  /** One value per group, in group order. */
  values: readonly number[];
  /** Solid or hatched, so the series stay apart without colour (print, colour blindness). */
  look: 'solid' | 'hatched' | 'outline';
}

export interface ChartData {
  groups: readonly ChartGroup[];
  series: readonly ChartSeries[];
}

/** A plain-text reading of the data for `aria-label`: "Mon: 2 harsh, 1 kind; Tue: …". */
export function describeChart(title: string, { groups, series }: ChartData): string {
  const parts = groups.flatMap((group, index) =>
    group.muted
      ? []
      : [`${group.label}: ${series.map((s) => `${s.values[index] ?? 0} ${s.label}`).join(', ')}`],
  );
  return parts.length ? `${title}. ${parts.join('; ')}.` : `${title}.`;
}
