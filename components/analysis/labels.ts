/** Human names for the engine's ids, from the shared `category_` and `parts_` message keys. */
import { t } from '../../lib/i18n';
import type { CategoryId, CompassionPart, KindCategory } from '../../lib/engine/types';

export function categoryName(category: CategoryId | KindCategory): string {
  return t(`category_${category}_name`);
}

export function categoryDescription(category: CategoryId | KindCategory): string {
  return t(`category_${category}_desc`);
}

export function partLabel(part: CompassionPart): string {
  return t(`parts_${part}`);
}

export function partDescription(part: CompassionPart): string {
  return t(`parts_${part}_desc`);
}
