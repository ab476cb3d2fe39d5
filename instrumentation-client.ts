// Runs in the browser before the app hydrates.

// A reader page that shows its own 404 message marks its status by throwing notFound() in a
// Suspense boundary while the server renders it (components/not-found-status.tsx). React then
// renders that boundary again in the browser and reports the server's error as "recoverable"
// (React error #419) although nothing is wrong: that one report is dropped, nothing else.
window.addEventListener('error', (event) => {
  const digest = (event.error as { digest?: unknown } | null)?.digest;
  if (digest === 'NEXT_HTTP_ERROR_FALLBACK;404') event.preventDefault();
});
