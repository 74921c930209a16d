/**
 * Selfkind's design tokens: the one source of every colour, size and shadow. The pages get them as CSS custom
 * properties on `:root` (mount.tsx); the in-page card gets the same ones inside its closed shadow root
 * (components/card/styles.ts). Each colour has a dark-mode value.
 */

type Tokens = Record<string, string>;

/** Colours and shadows, light. */
export const LIGHT: Tokens = {
  bg: '#f7f5f0',
  surface: '#ffffff',
  'surface-soft': '#eef3f1',
  text: '#1f2a28',
  muted: '#4a5754',
  border: '#cfd8d5',
  accent: '#2b6e61',
  'accent-hover': '#215a4f',
  'accent-soft': '#dcebe6',
  'on-accent': '#ffffff',
  focus: '#1f5fa8',
  /** Flagged words shown as text on the pages (the check page, the popup). */
  mark: '#fbe7c2',
  'mark-text': '#3b2a06',
  /** Flagged words in the user's own field: a see-through wash and an underline over their text. */
  highlight: 'rgb(236 178 84 / 20%)',
  'highlight-line': 'rgb(206 143 52 / 75%)',
  kind: '#d9efe0',
  'kind-text': '#16402a',
  warm: '#fff4e5',
  'warm-border': '#e5c08a',
  danger: '#9b3b2e',
  'switch-off': '#7b8885',
  'switch-thumb': '#ffffff',
  shadow: '0 1px 2px rgb(20 40 35 / 6%), 0 4px 14px rgb(20 40 35 / 6%)',
  /** The card floats over someone else's page: a deeper shadow sets it apart. */
  'card-shadow': '0 2px 6px rgb(20 40 35 / 8%), 0 12px 32px rgb(20 40 35 / 14%)',
};

/** Colours and shadows, dark: the same names. */
export const DARK: Tokens = {
  bg: '#131918',
  surface: '#1b2321',
  'surface-soft': '#222d2a',
  text: '#e7eeec',
  muted: '#a9b9b5',
  border: '#3a4946',
  accent: '#82c9b8',
  'accent-hover': '#9ed8ca',
  'accent-soft': '#24403a',
  'on-accent': '#0d1f1b',
  focus: '#8ab8f0',
  mark: '#5a4516',
  'mark-text': '#fff1d6',
  highlight: 'rgb(236 178 84 / 18%)',
  'highlight-line': 'rgb(236 190 110 / 70%)',
  kind: '#1f4531',
  'kind-text': '#d8f3e2',
  warm: '#2d2619',
  'warm-border': '#7a6234',
  danger: '#f0a596',
  'switch-off': '#5d6c69',
  'switch-thumb': '#e7eeec',
  shadow: '0 1px 2px rgb(0 0 0 / 30%)',
  'card-shadow': '0 2px 6px rgb(0 0 0 / 30%), 0 12px 32px rgb(0 0 0 / 40%)',
};

/** On paper: black on white, no shadows. */
export const PRINT: Tokens = {
  bg: '#fff',
  surface: '#fff',
  text: '#000',
  muted: '#333',
  shadow: 'none',
};

/** Type, shape, spacing and motion: the same in both schemes. */
export const SHAPE: Tokens = {
  font: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  radius: '14px',
  'radius-small': '10px',
  'space-1': '4px',
  'space-2': '8px',
  'space-3': '12px',
  'space-4': '16px',
  'space-5': '24px',
  'space-6': '32px',
  /** The smallest comfortable touch target. */
  target: '44px',
  transition: '150ms ease',
};

const declarations = (tokens: Tokens) =>
  Object.entries(tokens)
    .map(([name, value]) => `--sk-${name}: ${value};`)
    .join(' ');

/**
 * Every token as custom properties on `selector`: the dark values under `prefers-color-scheme: dark`, the
 * paper ones under `print`.
 */
export function tokensCss(selector: string): string {
  return (
    `${selector} { ${declarations(SHAPE)} ${declarations(LIGHT)} }\n` +
    `@media (prefers-color-scheme: dark) { ${selector} { ${declarations(DARK)} } }\n` +
    `@media print { ${selector} { ${declarations(PRINT)} } }\n`
  );
}
