import { CATEGORY_IDS, type CategoryId } from '../../lib/engine/types';
import type { Settings } from '../../lib/storage/schema';
import { t } from '../../lib/i18n';
import { categoryDescription, categoryName } from '../analysis/labels';
import { Card, Toggle } from '../ui';
import type { SaveSettings } from './save';

/** One switch per thinking trap, with its human name and a one-line description. */
export function CategoriesSection({ settings, save }: { settings: Settings; save: SaveSettings }) {
  function set(category: CategoryId, on: boolean) {
    const off = new Set(settings.disabledCategories);
    if (on) off.delete(category);
    else off.add(category);
    save({ disabledCategories: CATEGORY_IDS.filter((id) => off.has(id)) });
  }
  return (
    <Card as="section" id="traps" title={t('options_traps_title')}>
      <p class="sk-muted">{t('options_traps_intro')}</p>
      <div class="sk-options__grid">
        {CATEGORY_IDS.map((category) => (
          <Toggle
            key={category}
            label={categoryName(category)}
            hint={categoryDescription(category)}
            checked={!settings.disabledCategories.includes(category)}
            onChange={(on) => set(category, on)}
          />
        ))}
      </div>
    </Card>
  );
}
