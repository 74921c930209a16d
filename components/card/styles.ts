import { tokensCss } from '../ui/tokens';

/** The in-page UI's stylesheet, injected as a <style> inside the closed shadow root (never into the page). */
export const CARD_CSS = `
:host { all: initial; }
${tokensCss('.layer')}.layer {
  font-family: var(--sk-font);
  font-size: 14px;
  line-height: 1.45;
  color: var(--sk-text);
}
*, *::before, *::after { box-sizing: border-box; }
.mark {
  position: fixed;
  pointer-events: none;
  border-radius: 3px;
  background: var(--sk-highlight);
  box-shadow: inset 0 -2px 0 var(--sk-highlight-line);
}
.indicator {
  position: fixed;
  /* Pressed through the content script's check of the user's own pointer: the page's hit-testing never finds it. */
  pointer-events: none;
  display: grid;
  place-items: center;
  width: 24px;
  height: 24px;
  padding: 0;
  border: 1px solid var(--sk-border);
  border-radius: 999px;
  background: var(--sk-surface);
  color: var(--sk-accent);
  box-shadow: 0 1px 3px rgb(20 40 35 / 16%);
  cursor: pointer;
  transition: transform 150ms ease, opacity 150ms ease;
}
.indicator.crisis, .indicator.possible { color: #9a5b12; border-color: var(--sk-warm-border); background: var(--sk-warm); }
.indicator.possible { border-style: dashed; }
.indicator:focus-visible, .card button:focus-visible, .card a:focus-visible {
  outline: 2px solid var(--sk-focus);
  outline-offset: 2px;
}
.indicator svg { width: 14px; height: 14px; display: block; }
.indicator .count {
  position: absolute;
  top: -5px;
  right: -5px;
  min-width: 14px;
  height: 14px;
  padding: 0 3px;
  border-radius: 7px;
  background: var(--sk-accent);
  color: var(--sk-on-accent);
  font: 600 9px/14px system-ui, sans-serif;
  text-align: center;
}
.card-slot { pointer-events: auto; }
.card-slot.untouchable, .card-slot.untouchable * { pointer-events: none !important; }
.card {
  position: relative;
  display: flex;
  flex-direction: column;
  width: 340px;
  max-width: calc(100vw - 16px);
  max-height: var(--sk-max-height, calc(100vh - 16px));
  overflow: hidden;
  padding: 10px 12px 8px;
  border: 1px solid var(--sk-border);
  border-radius: 14px;
  background: var(--sk-surface);
  color: var(--sk-text);
  box-shadow: var(--sk-card-shadow);
  animation: sk-in 160ms ease-out;
}
@keyframes sk-in { from { opacity: 0; transform: translateY(4px); } to { opacity: 1; transform: none; } }
.card-head { display: flex; flex: none; align-items: center; gap: 8px; margin: -4px -6px 4px 0; }
.pager { display: inline-flex; align-items: center; gap: 2px; margin-left: auto; font-size: 12px; color: var(--sk-muted); }
.pager + .close { margin-left: 0; }
.step { width: 26px; height: 26px; border: 0; border-radius: 8px; background: transparent; color: var(--sk-text); font: inherit; font-size: 16px; cursor: pointer; }
.step:hover { background: var(--sk-surface-soft); }
.brand { display: inline-flex; align-items: center; gap: 6px; font-size: 12px; font-weight: 600; color: var(--sk-accent); letter-spacing: 0.01em; }
.brand svg { width: 14px; height: 14px; }
.close {
  margin-left: auto;
  width: 28px; height: 28px;
  display: grid; place-items: center;
  border: 0; border-radius: 8px;
  background: transparent; color: var(--sk-muted);
  font: inherit; font-size: 18px; line-height: 1; cursor: pointer;
}
.close:hover { background: var(--sk-surface-soft); }
.trap { flex: none; display: flex; align-items: baseline; gap: 6px; margin: 0 0 4px; font-size: 13px; font-weight: 600; color: var(--sk-muted); }
.card .trap button.why { padding: 0 4px; min-height: 0; font-size: 12px; }
.explanation { flex: none; margin: 0 0 6px; color: var(--sk-muted); font-size: 12.5px; }
.explanation[hidden] { display: none; }
/* The wordings scroll when the viewport is short; the actions below them always stay in view. */
.suggestions { list-style: none; margin: 0 0 8px; padding: 0 2px 0 0; display: grid; gap: 6px; overflow-y: auto; min-height: 72px; flex: 0 1 auto; overscroll-behavior: contain;
  background: linear-gradient(var(--sk-surface) 30%, transparent) top / 100% 12px no-repeat local, linear-gradient(transparent, var(--sk-surface) 70%) bottom / 100% 12px no-repeat local, linear-gradient(rgb(0 0 0 / 14%), transparent) top / 100% 6px no-repeat scroll, linear-gradient(transparent, rgb(0 0 0 / 14%)) bottom / 100% 6px no-repeat scroll; }
.suggestion {
  display: grid;
  grid-template-columns: 1fr auto;
  align-items: center;
  gap: 2px 8px;
  padding: 6px 8px 8px 10px;
  border-radius: 10px;
  background: var(--sk-surface-soft);
}
.suggestion .wording { grid-column: 1 / -1; }
.part { font-size: 11px; font-weight: 600; letter-spacing: 0.04em; text-transform: uppercase; color: var(--sk-accent); }
.wording { margin: 0; font-size: 14px; }
.wording del.was { color: var(--sk-muted); text-decoration-color: rgb(180 60 40 / 70%); font-size: 12.5px; }
.wording ins.now { text-decoration: none; background: var(--sk-accent-soft); border-radius: 4px; padding: 0 2px; }
.wording .scope { display: block; margin-top: 2px; font-size: 11px; color: var(--sk-muted); }
.row { flex: none; display: flex; flex-wrap: wrap; align-items: center; gap: 6px; }
.card a.action { display: inline-flex; align-items: center; font-size: 13px; min-height: 28px; padding: 3px 11px; border-radius: 8px; border: 1px solid var(--sk-warm-border); color: var(--sk-text); text-decoration: none; }
.resource a { color: var(--sk-accent); font-weight: 600; }
.resource .ways { display: flex; flex-wrap: wrap; gap: 4px 12px; }
.hint a { color: inherit; }
.card button.action, .card button.primary, .card button.quiet {
  font: inherit;
  font-size: 13px;
  min-height: 28px;
  padding: 3px 11px;
  border-radius: 8px;
  cursor: pointer;
  transition: background-color 150ms ease;
}
.card button.primary { justify-self: end; font-size: 12px; min-height: 26px; border: 0; background: var(--sk-accent); color: var(--sk-on-accent); font-weight: 600; }
.card button.primary:hover { background: var(--sk-accent-hover); }
.card button.action { border: 1px solid var(--sk-border); background: var(--sk-surface); color: var(--sk-text); }
.card button.action:hover { background: var(--sk-surface-soft); }
.card button.action[aria-expanded="true"] { background: var(--sk-surface-soft); border-color: var(--sk-accent); }
.card button.quiet { border: 0; background: transparent; color: var(--sk-muted); padding: 4px 6px; text-decoration: underline; text-underline-offset: 2px; }
.card button.quiet:hover { color: var(--sk-text); }
.more { margin-top: 6px; padding-top: 4px; border-top: 1px solid var(--sk-border); }
.card [hidden] { display: none !important; }
/* Compact (a short viewport): the trap in the head, one wording, its actions in one row, the rest behind "More". */
.card.compact { padding: 4px 10px 5px; }
.compact .card-head { margin: 0 -6px 2px 0; gap: 6px; }
.compact .brand-name { display: none; }
.compact .card-head .trap { margin: 0; min-width: 0; font-size: 12.5px; }
.compact .close, .compact .step { width: 24px; height: 24px; }
.compact .explanation { flex: 0 1 auto; min-height: 1.5em; overflow-y: auto; margin-bottom: 4px; }
.compact .suggestions { display: block; min-height: 2.4em; margin: 0 0 6px; }
.compact .suggestion { display: block; padding: 3px 8px 5px; }
.compact .part { display: block; font-size: 10px; }
.compact.more-open .part { display: none; }
/* With "More" open the wording keeps one line, so the other actions fit beside the words. */
.compact.more-open .suggestions { min-height: 0; flex: none; margin-bottom: 4px; }
.compact.more-open .suggestion { padding: 2px 8px 3px; }
.compact.more-open .wording { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.compact.more-open .wording .scope { display: none; }
.compact .more { display: grid; grid-template-columns: auto auto; justify-content: start; margin: 4px 0 0; padding-top: 2px; gap: 0 4px; }
.card.compact .more button.quiet { min-height: 22px; padding: 1px 6px; font-size: 12.5px; text-align: left; }
.crisis { background: var(--sk-warm); border-color: var(--sk-warm-border); }
.crisis .trap { font-size: 16px; font-weight: 650; color: var(--sk-text); }
.resources { list-style: none; margin: 0 0 8px; padding: 0; display: grid; gap: 6px; overflow-y: auto; min-height: 60px; flex: 0 1 auto; }
.resource { padding: 6px 10px; border-radius: 10px; background: var(--sk-surface); border: 1px solid var(--sk-warm-border); }
.resource strong { display: block; }
.resource span { color: var(--sk-muted); font-size: 13px; }
.hint { flex: none; margin: 0 0 8px; font-size: 12px; color: var(--sk-muted); }
.mirror-root { position: fixed; left: 0; top: 0; width: 0; height: 0; overflow: visible; visibility: hidden; pointer-events: none; }
@media (prefers-reduced-motion: reduce) {
  .card { animation: none; }
  .indicator, .card button, .card button.action, .card button.primary, .card button.quiet { transition: none; }
}
`;
