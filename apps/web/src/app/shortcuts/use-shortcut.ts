import { useEffect, useRef } from 'react';

const TEXT_INPUT_TYPES = new Set([
  'text',
  'search',
  'email',
  'url',
  'tel',
  'password',
  'number',
  'date',
  'datetime-local',
  'month',
  'time',
  'week',
]);

/** True when a key press would type into the element (so a shortcut must not fire). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return TEXT_INPUT_TYPES.has(target.type);
  return target.closest('[contenteditable="true"], [role="textbox"], [role="combobox"]') !== null;
}

/** Whether a keydown should trigger a single-key shortcut such as "n" or "?". */
export function isShortcutEvent(event: KeyboardEvent, key: string): boolean {
  if (event.key !== key || event.defaultPrevented || event.repeat) return false;
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  if (isTypingTarget(event.target)) return false;
  // A modal dialog is open (or focus is in one): its own keys win.
  if (event.target instanceof Element && event.target.closest('dialog')) return false;
  if (document.querySelector('dialog[open]')) return false;
  return true;
}

/**
 * Calls `handler` when `key` is pressed outside text fields, without Ctrl, Alt or Meta. Listed
 * for people in the "Keyboard shortcuts" help (app/shortcuts/keyboard-shortcuts-dialog.tsx).
 */
export function useShortcut(key: string, handler: () => void, enabled = true): void {
  const handlerRef = useRef(handler);
  useEffect(() => {
    handlerRef.current = handler;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isShortcutEvent(event, key)) return;
      event.preventDefault();
      handlerRef.current();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [key, enabled]);
}
