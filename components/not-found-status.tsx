'use client';
import { notFound } from 'next/navigation';

/**
 * Makes a page that renders its own "not found" message answer 404, rendered on the server.
 *
 * A page that calls notFound() itself gets, in Next 16, an empty `<html id="__next_error__">`
 * shell: the error escapes the server render (React renders no error boundary on the server, and
 * not-found.tsx is one), so Next sends the not-found UI only in the RSC payload for the browser to
 * draw. Thrown inside a Suspense boundary instead, it leaves the page rendered around it and the
 * prerender records the status (404). It is thrown only while the server renders HTML: the
 * browser renders nothing here and keeps the page as the server sent it (instrumentation-client.ts
 * drops React's report that the boundary was rendered again).
 *
 * Only for prerendered (ISR) pages: a page streamed per request has sent its status by then.
 */
export function NotFoundStatus() {
  if (typeof window === 'undefined') notFound();
  return null;
}
