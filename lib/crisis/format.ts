/**
 * Plain-text lines for showing crisis resources where there is no UI (the CLI, logs in tests).
 * English only; extension pages build their own localised card from the same data with t().
 */
import type { CrisisResources, Helpline } from './resources';

/** "Samaritans: call 116 123 · 24/7 · https://www.samaritans.org" */
export function describeHelpline(helpline: Helpline): string {
  const ways: string[] = [];
  if (helpline.phones.length > 0) ways.push(`call ${helpline.phones.join(' or ')}`);
  if (helpline.text) {
    ways.push(
      helpline.text.keyword
        ? `text ${helpline.text.keyword} to ${helpline.text.number}`
        : `text ${helpline.text.number}`,
    );
  }
  const parts = [ways.join(' or '), helpline.hours, helpline.website].filter(
    (part): part is string => Boolean(part),
  );
  const who = helpline.audience ? ` (${helpline.audience})` : '';
  return `${helpline.name}${who}: ${parts.join(' · ')}`;
}

/** A calm heading line, one line per helpline, the emergency number and the directory. */
export function resourceLines(resources: CrisisResources): string[] {
  const where = resources.countryName ? ` in ${resources.countryName}` : '';
  return [
    `If you are thinking about ending your life or hurting yourself, you deserve support right now. People you can reach${where}:`,
    ...resources.helplines.map((h) => `  ${describeHelpline(h)}`),
    resources.emergencyNumber
      ? `  In immediate danger: call ${resources.emergencyNumber}.`
      : '  In immediate danger: call your local emergency number.',
    `  Other countries: ${resources.directoryUrl}`,
  ];
}
