// Reader pages render their own shell (components/reader-page.tsx): the header marks the page's
// section, which a layout cannot know.
export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return children;
}
