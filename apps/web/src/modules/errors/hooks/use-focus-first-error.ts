import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * After a failed submit, focus the first invalid field (in document order) or else the alert,
 * so keyboard and screen reader users land on what needs fixing.
 */
export function useFocusFirstError() {
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const [request, setRequest] = useState(0);

  // Runs after React has rendered the messages of the failed submit.
  useEffect(() => {
    if (request === 0) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (invalid ?? alertRef.current)?.focus();
  }, [request]);

  const focusFirstError = useCallback(() => setRequest((n) => n + 1), []);
  return { formRef, alertRef, focusFirstError };
}
