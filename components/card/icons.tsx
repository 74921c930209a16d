/** A small leaf: Selfkind's calm mark. */
export function LeafIcon() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        d="M13.5 2.5c-5.5 0-10 2.6-10 7.2 0 1.5.6 2.6 1.5 3.3C6 9.6 8.4 7.6 11 6.5 8.8 8 7 10.2 6.2 13.4c.6.2 1.2.3 1.9.3 4.1 0 5.4-4.8 5.4-11.2z"
        fill="currentColor"
      />
    </svg>
  );
}
