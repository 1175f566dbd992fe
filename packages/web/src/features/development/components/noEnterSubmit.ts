import type { KeyboardEvent } from 'react';

/**
 * Enter in a field (a typed date confirmed with Enter, a number) must not submit the whole form half-filled: these
 * forms are saved with their button only.
 */
export function noEnterSubmit(e: KeyboardEvent<HTMLFormElement>): void {
  if (e.key === 'Enter' && e.target instanceof HTMLInputElement) e.preventDefault();
}
