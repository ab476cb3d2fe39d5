import { ImportForm } from '@/components/admin/import-form';
import { IMPORT_UPLOAD_LIMITS } from '@/lib/admin/upload-limits';
import { requireUser } from '@/lib/auth/session';

export const dynamic = 'force-dynamic';
export const metadata = { title: '导入' };

export default async function ImportPage() {
  await requireUser('EDITOR');
  return (
    <section className="space-y-3 rounded-lg bg-white p-4 shadow-sm">
      <h1 className="text-lg font-bold">导入文章</h1>
      <p className="text-sm text-stone-600">
        与命令行 <code>npm run content:import</code> 使用同一个导入程序：已有文章按 infoCode
        更新（旧文本保留在修订记录中），没变的文件跳过，有问题的文件逐个报告原因，其余照常导入。整站存档请用命令行导入。
      </p>
      <ImportForm limitBytes={IMPORT_UPLOAD_LIMITS.fileBytes} />
    </section>
  );
}
