/** Keeps Tab inside a dialog: from the last control to the first and back. */
export function cycleTab(event: KeyboardEvent, dialog: HTMLElement): void {
  if (event.key !== 'Tab') return;
  // Controls inside a closed part of the card (the compact card's "More") take no focus.
  const controls = Array.from(
    dialog.querySelectorAll<HTMLElement>('button:not([disabled]), a[href], [tabindex="0"]'),
  ).filter((control) => control.getClientRects().length > 0);
  const first = controls[0];
  const last = controls[controls.length - 1];
  if (!first || !last) return;
  const active = (dialog.getRootNode() as ShadowRoot).activeElement;
  if (event.shiftKey && (active === first || !dialog.contains(active))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || !dialog.contains(active))) {
    event.preventDefault();
    first.focus();
  }
}
