/**
 * An article's body as readers see it: the article page and the admin's live preview both render
 * through here, so the preview is exactly the page. `html` is always sanitised on the server.
 */
export function ArticleBody({ html, className = '' }: { html: string; className?: string }) {
  return (
    <div
      className={`article-body prose prose-stone max-w-none leading-relaxed dark:prose-invert prose-a:text-accent prose-blockquote:font-normal prose-blockquote:not-italic prose-blockquote:text-muted ${className}`}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
