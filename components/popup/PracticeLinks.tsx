import { t } from '../../lib/i18n';
import { Button, Card } from '../ui';

export interface PracticeLinksProps {
  glance: string | null;
  onOpen: (page: 'practice' | 'summary') => void;
}

/** Where to go next: practice, and the week at a glance with its summary. */
export function PracticeLinks({ glance, onOpen }: PracticeLinksProps) {
  return (
    <Card as="section" id="popup-practice" title={t('popup_practice_title')} headingLevel={2}>
      <p class="sk-muted" data-testid="week-glance">
        {glance ?? t('common_loading')}
      </p>
      <div class="sk-row">
        <Button variant="primary" onClick={() => onOpen('practice')}>
          {t('popup_open_practice')}
        </Button>
        <Button onClick={() => onOpen('summary')}>{t('popup_open_summary')}</Button>
      </div>
    </Card>
  );
}
