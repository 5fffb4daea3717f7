/** Moves focus to an element after Preact has rendered it (a row just added, the first invalid field). */
export function focusLater(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}
