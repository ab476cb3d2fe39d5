import { Suspense } from 'react';
import { NotFoundStatus } from './not-found-status';
import { StatusMessage, StatusPage } from './status-message';

/** What a reader page shows for something that does not exist, with status 404 (see NotFoundStatus). */
export function MissingPage({
  title = '找不到这个页面',
  text = '文章可能已被移除，或链接有误。',
  source = null,
}: {
  title?: string;
  text?: string;
  source?: { slug: string; name: string } | null;
}) {
  return (
    <StatusPage source={source}>
      <StatusMessage code={404} title={title} text={text} source={source} />
      <Suspense fallback={null}>
        <NotFoundStatus />
      </Suspense>
    </StatusPage>
  );
}

/** The metadata of a MissingPage (Next adds `noindex` to every 404 itself). */
export const missingPageMetadata = { title: '页面不存在' };
