import { render, type ComponentType } from 'preact';
import { t } from '../../lib/i18n';
import './theme.css';
import { tokensCss } from './tokens';

/** Starts an extension page: language and title from the catalog, then the app into #app. */
export function mountPage(App: ComponentType, titleKey?: Parameters<typeof t>[0]): void {
  // The tokens come first in <head>: every stylesheet after them may use them.
  const tokens = document.createElement('style');
  tokens.textContent = tokensCss(':root');
  document.head.prepend(tokens);
  document.documentElement.lang = t('common_lang');
  if (titleKey) document.title = `${t(titleKey)} · ${t('common_brand')}`;
  render(<App />, document.getElementById('app')!);
}
