'use client';

import { useState } from 'react';
import type { ImportState } from '@/lib/admin/form-states';
import type { FileMessage } from '@/lib/content/import';
import { FormAlert, SubmitButton } from '@/components/admin/form-parts';

function Messages({ title, items }: { title: string; items: FileMessage[] }) {
  if (items.length === 0) return null;
  return (
    <div>
      <h3 className="mt-3 font-semibold">{title}</h3>
      <ul className="mt-1 space-y-1">
        {items.map((item) => (
          <li key={`${item.file}:${item.reason}`}>
            <code className="break-all">{item.file}</code>：{item.reason}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Upload posts or a zip; the importer's report is shown when it is done. */
export function ImportForm({ limitBytes }: { limitBytes: number }) {
  const [state, setState] = useState<ImportState>({ error: null, report: null });
  const [pending, setPending] = useState(false);

  // Sent with fetch to the upload route, which reads the upload as a stream (a server action would
  // buffer all of it first); sizes are checked here before anything is sent.
  const upload = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const files = form.getAll('files').filter((f): f is File => f instanceof File && f.size > 0);
    const total = files.reduce((sum, file) => sum + file.size, 0);
    if (files.length === 0)
      return setState({ error: '请选择要导入的 .md、.html 或 .zip 文件', report: null });
    if (total > limitBytes)
      return setState({
        error: `所选文件共 ${(total / 1024 / 1024).toFixed(1)} MB，超过了 ${limitBytes / 1024 / 1024} MB 的上限。整站存档请用命令行导入（npm run content:import）。`,
        report: null,
      });
    setPending(true);
    try {
      const response = await fetch('/admin/import/upload', { method: 'POST', body: form });
      const answer = (await response.json().catch(() => null)) as ImportState | null;
      setState(answer ?? { error: `导入失败（HTTP ${response.status}），请重试。`, report: null });
    } catch {
      setState({ error: '上传中断：请检查网络后重试。', report: null });
    } finally {
      setPending(false);
    }
  };

  const report = state.report;
  return (
    <div className="space-y-4">
      <form onSubmit={upload} className="flex flex-wrap items-end gap-3 text-sm">
        <label className="block">
          <span className="block text-stone-700">
            Jekyll 文章（.md / .html）或 zip 压缩包，最大 {limitBytes / 1024 / 1024} MB
          </span>
          <input
            type="file"
            name="files"
            multiple
            required
            accept=".md,.markdown,.html,.htm,.zip"
            className="mt-1 block max-w-full"
          />
        </label>
        <SubmitButton pending={pending} label="导入" pendingLabel="导入中…" />
      </form>
      <FormAlert message={state.error} />
      {report ? (
        <section aria-label="导入报告" className="rounded border border-stone-200 p-3 text-sm">
          <h2 className="font-bold">
            导入报告{report.runId ? `（第 ${report.runId} 次导入）` : ''}
          </h2>
          <dl className="mt-2 grid grid-cols-3 gap-2 sm:grid-cols-6">
            {(
              [
                ['读取', report.read],
                ['新增', report.created],
                ['更新', report.updated],
                ['未变', report.unchanged],
                ['重复', report.duplicates],
                ['拒绝', report.rejected.length],
              ] as const
            ).map(([label, value]) => (
              <div key={label} className="rounded bg-stone-50 p-2">
                <dt className="text-stone-600">{label}</dt>
                <dd className="text-lg font-bold">{value}</dd>
              </div>
            ))}
          </dl>
          <Messages title="被拒绝的文件" items={report.rejected} />
          <Messages title="需要编辑留意" items={report.warnings} />
          {report.ignored.length ? (
            <p className="mt-3 text-stone-600">忽略（不是文章）：{report.ignored.join('、')}</p>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
