import type { ComponentChildren } from 'preact';
import { t } from '../../lib/i18n';
import { cx } from './classes';

export interface PageProps {
  /** The page's one h1. */
  title: ComponentChildren;
  /** Controls at the right of the header (e.g. a settings gear). */
  actions?: ComponentChildren;
  /** Popup width and tighter spacing. */
  compact?: boolean;
  /** Hide the h1 visually (the brand row already says where you are). */
  hideTitle?: boolean;
  children: ComponentChildren;
}

/** Page frame: skip link, brand header, one h1, and the main landmark. */
export function Page({ title, actions, compact, hideTitle, children }: PageProps) {
  return (
    <div class={cx('sk-page', compact && 'sk-page--compact')}>
      <a class="sk-skip-link" href="#main">
        {t('common_skip_to_content')}
      </a>
      <header class="sk-page__header">
        <span class="sk-brand">
          <BrandMark />
          <span>{t('common_brand')}</span>
        </span>
        {actions ? <div class="sk-row sk-no-print">{actions}</div> : null}
      </header>
      <main id="main" tabIndex={-1}>
        <h1 class={cx(hideTitle && 'sk-visually-hidden')}>{title}</h1>
        {children}
      </main>
    </div>
  );
}

/** A small leaf in a circle; decorative. */
export function BrandMark() {
  return (
    <span class="sk-brand__mark" aria-hidden="true">
      <svg width="16" height="16" viewBox="0 0 24 24" fill="none">
        <path
          d="M5 19c0-8 5-13 14-14-1 9-6 14-14 14Zm0 0 7-7"
          stroke="currentColor"
          stroke-width="2"
          stroke-linecap="round"
          stroke-linejoin="round"
        />
      </svg>
    </span>
  );
}
