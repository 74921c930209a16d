import { keysOf } from './shortcuts';

/** A shortcut as keys: <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>K</kbd>. */
export function Keys({ shortcut }: { shortcut: string }) {
  const keys = keysOf(shortcut);
  return (
    <kbd class="sk-keys">
      {keys.map((key, index) => (
        <span key={key}>
          {index ? '+' : ''}
          <kbd>{key}</kbd>
        </span>
      ))}
    </kbd>
  );
}

const SLOT = '\u0000';

/** A translated sentence with the shortcut in its `$KEYS$` placeholder, rendered as <kbd> keys. */
export function SentenceWithKeys({
  text,
  shortcut,
}: {
  text: (slot: string) => string;
  shortcut: string;
}) {
  const [before = '', after = ''] = text(SLOT).split(SLOT);
  return (
    <>
      {before}
      <Keys shortcut={shortcut} />
      {after}
    </>
  );
}
