import { SiteFooter } from './site-footer';
import { SiteHeader, type Section } from './site-header';

/** Every reader page: header with its section marked, the page as `main`, footer. */
export function ReaderPage({ section, children }: { section: Section; children: React.ReactNode }) {
  return (
    <div className="reader min-h-screen bg-page text-ink">
      <SiteHeader section={section} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-5 focus:outline-none">
        {children}
      </main>
      <SiteFooter />
    </div>
  );
}
