import { ReaderPage } from '@/components/reader-page';
import { StatusMessage } from '@/components/status-message';

// Shown (with status 410, by proxy.ts) at the permalink of an article an editor unpublished or deleted.
export const dynamic = 'force-static';
export const metadata = { title: '文章已撤下', robots: { index: false, follow: true } };

export default function GonePage() {
  return (
    <ReaderPage section={null}>
      <div className="mx-auto max-w-3xl py-12 text-center">
        <StatusMessage
          code={410}
          title="这篇文章已撤下"
          text="编辑已将此文章撤下，这个地址不再提供内容。"
        />
      </div>
    </ReaderPage>
  );
}
