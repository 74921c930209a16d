/** Crisis resources for the card, from lib/crisis by the user's country (setting or browser locale). */
import type { CrisisResourceView } from '@/components/card/CrisisCard';
import { resourcesFor } from '@/lib/crisis/resources';
import { t } from '@/lib/i18n';

export function crisisResourcesFor(country: string): {
  lines: CrisisResourceView[];
  emergency: string;
} {
  const resources = resourcesFor(country);
  const lines = resources.helplines.map((line) => {
    const ways = [
      ...line.phones.slice(0, 1).map((number) => t('crisis_call', number)),
      ...(line.text
        ? [
            line.text.keyword
              ? t('crisis_text_keyword', [line.text.keyword, line.text.number])
              : t('crisis_text', line.text.number),
          ]
        : []),
      line.hours,
    ];
    return { name: line.name, contact: ways.join(' · ') };
  });
  const emergency = resources.emergencyNumber
    ? t('crisis_emergency_number', resources.emergencyNumber)
    : t('crisis_emergency');
  return { lines, emergency };
}
