'use client';

import { startTransition } from 'react';

/**
 * A submit handler that runs a form's action without React's automatic reset of the form's
 * fields, which would empty what the user typed when the action refuses it (reset it yourself on
 * success). Keep `action` on the form as well: it is what a submit before hydration posts to, and
 * once hydrated this handler's preventDefault stops React from running it a second time.
 */
export function submitKeepingValues(dispatch: (form: FormData) => void) {
  return (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const form = new FormData(event.currentTarget, submitter);
    startTransition(() => dispatch(form));
  };
}
