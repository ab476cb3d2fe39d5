import { ReaderPage } from '@/components/reader-page';
import { StatusMessage } from '@/components/status-message';

export const metadata = { title: '页面不存在', robots: { index: false } };

export default function NotFound() {
  return (
    <ReaderPage section={null}>
      <div className="mx-auto max-w-3xl py-12 text-center">
        <StatusMessage code={404} title="找不到这个页面" text="文章可能已被移除，或链接有误。" />
      </div>
    </ReaderPage>
  );
}
