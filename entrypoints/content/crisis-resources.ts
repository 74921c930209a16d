/**
 * Crisis resources for the card, by country. Adapts lib/crisis's resources to the card's view;
 * the international fallback is always there so the card is never empty.
 */
import type { CrisisResourceView } from '@/components/card/CrisisCard';

const INTERNATIONAL: CrisisResourceView = {
  name: 'Find a Helpline',
  contact: 'findahelpline.com lists free, confidential helplines in your country',
};

const BY_COUNTRY: Record<string, CrisisResourceView[]> = {
  US: [{ name: '988 Suicide & Crisis Lifeline', contact: 'Call or text 988' }],
  GB: [{ name: 'Samaritans', contact: 'Call 116 123, free, any time' }],
  IE: [{ name: 'Samaritans', contact: 'Call 116 123, free, any time' }],
  CA: [{ name: '9-8-8 Suicide Crisis Helpline', contact: 'Call or text 988' }],
  AU: [{ name: 'Lifeline', contact: 'Call 13 11 14 or text 0477 13 11 14' }],
};

export function crisisResourcesFor(country: string): CrisisResourceView[] {
  return [...(BY_COUNTRY[country.toUpperCase()] ?? []), INTERNATIONAL];
}
