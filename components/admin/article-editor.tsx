'use client';

import { useActionState, useEffect, useRef, useState, useTransition } from 'react';
import { ArticleBody } from '@/components/article-body';
import { FormAlert } from '@/components/admin/form-parts';
import { MarkdownToolbar, SHORTCUTS } from '@/components/admin/markdown-toolbar';
import { MediaPicker, type PickedMedia } from '@/components/admin/media-picker';
import { SourcePicker } from '@/components/admin/source-picker';
import { useUnsavedChangesWarning } from '@/components/admin/use-unsaved-changes';
import type { EditState } from '@/lib/admin/form-states';
import {
  applyCommand,
  insertBlock,
  type TextEdit,
  type ToolbarCommand,
} from '@/lib/admin/markdown-edit';

/** Everything the form holds, as strings (what autosave keeps, too). */
export interface EditorValues {
  title: string;
  tags: string;
  body: string;
  slug: string;
  excerpt: string;
  publishedAt: string;
  seoTitle: string;
  seoDescription: string;
  coverMediaId: string;
  coverThumbUrl: string;
  authorId: string;
  sourceId: string;
  sourceName: string;
}

export interface AutosaveOffer {
  data: Partial<EditorValues>;
  savedAt: string;
}

const PREVIEW_DELAY_MS = 400;
const AUTOSAVE_DELAY_MS = 4000;

const timeOfDay = (iso: string) =>
  new Date(iso).toLocaleTimeString('zh-CN', { hour12: false, timeZone: 'Asia/Shanghai' });

/**
 * The article editor, for a new article and an existing one: title, a Markdown toolbar over the
 * body (with images from the media library), a live preview rendered by the server with the
 * readers' renderer and sanitiser, and the article's settings (date, slug, summary, cover, byline,
 * tags, search-engine title and description). Saving and publishing (or submitting) are one
 * click, so what is on screen is what goes live. Work is autosaved to the server every few
 * seconds and offered back after a crash; leaving with unsaved changes asks first. A save that
 * meets a newer version shows both texts, losing neither.
 */
export function ArticleEditor({
  id = null,
  version = null,
  status = 'DRAFT',
  initial,
  editor,
  addressLocked = false,
  authors = [],
  autosave = null,
  save,
  preview,
  autosaveAction,
  discardAutosave,
}: {
  id?: number | null;
  version?: number | null;
  status?: string;
  initial: EditorValues;
  /** Editors set the date and byline, and publish; writers submit for review. */
  editor: boolean;
  /** Readers have its address: date (beyond the time of day) and slug are fixed. */
  addressLocked?: boolean;
  authors?: { id: number; label: string }[];
  autosave?: AutosaveOffer | null;
  save: (state: EditState, form: FormData) => Promise<EditState>;
  preview: (body: string) => Promise<string>;
  autosaveAction: (
    articleId: number | null,
    baseVersion: number | null,
    data: EditorValues,
  ) => Promise<{ savedAt: string } | { error: string }>;
  discardAutosave: (articleId: number | null) => Promise<void>;
}) {
  const [state, formAction, pending] = useActionState(save, { kind: 'idle' } as EditState);
  const [values, setValues] = useState(initial);
  // What the server has: the form is dirty when it differs.
  const [saved, setSaved] = useState(initial);
  const [offer, setOffer] = useState(autosave);
  const [autosavedAt, setAutosavedAt] = useState<string | null>(null);
  const [autosaveError, setAutosaveError] = useState<string | null>(null);
  const [html, setHtml] = useState<string | null>(null);
  const [rendering, startRendering] = useTransition();
  const body = useRef<HTMLTextAreaElement>(null);
  // The clock the "publish" button reads (scheduled when the chosen time is still ahead).
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 15_000);
    return () => clearInterval(timer);
  }, []);
  const lastAutosaved = useRef(JSON.stringify(initial));

  const dirty = JSON.stringify(values) !== JSON.stringify(saved);
  useUnsavedChangesWarning(dirty && !pending);

  // A save the server accepted: what was sent is now the saved state.
  const sent = useRef(values);
  useEffect(() => {
    if (state.kind === 'saved') setSaved(sent.current);
  }, [state]);

  const currentVersion = Math.max(
    version ?? 0,
    state.kind === 'saved' ? state.version : 0,
    state.kind === 'conflict' ? state.theirs.version : 0,
  );

  useEffect(() => {
    const timer = setTimeout(() => {
      startRendering(async () => setHtml(await preview(values.body)));
    }, PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [values.body, preview]);

  // Autosave: a few seconds after typing stops, if anything changed since the last one.
  useEffect(() => {
    if (!dirty || pending) return;
    const snapshot = JSON.stringify(values);
    if (snapshot === lastAutosaved.current) return;
    const timer = setTimeout(async () => {
      const result = await autosaveAction(id, currentVersion || null, values).catch(() => ({
        error: '自动保存失败：网络中断',
      }));
      if ('error' in result) return setAutosaveError(result.error);
      lastAutosaved.current = snapshot;
      setAutosaveError(null);
      setAutosavedAt(result.savedAt);
    }, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [values, dirty, pending, id, currentVersion, autosaveAction]);

  const set = (name: keyof EditorValues) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [name]: event.target.value }));

  const edit = (change: (edit: TextEdit) => TextEdit) => {
    const field = body.current;
    if (!field) return;
    const next = change({
      value: field.value,
      selectionStart: field.selectionStart,
      selectionEnd: field.selectionEnd,
    });
    setValues((current) => ({ ...current, body: next.value }));
    requestAnimationFrame(() => {
      field.focus();
      field.setSelectionRange(next.selectionStart, next.selectionEnd);
    });
  };

  const command = (name: ToolbarCommand) => edit((current) => applyCommand(current, name));
  const insertImage = (media: PickedMedia) => {
    const alt = (media.alt || media.originalName.replace(/\.[a-z0-9]+$/i, '')).replace(
      /["<>]/g,
      '',
    );
    // HTML with the image's size, so the page does not jump when it loads.
    edit((current) =>
      insertBlock(
        current,
        `<img src="${media.url}" alt="${alt}" width="${media.width}" height="${media.height}">`,
      ),
    );
  };

  const errors = state.kind === 'invalid' ? state.errors : {};
  // The field's value is Beijing wall-clock time, with or without seconds.
  const chosen = values.publishedAt
    ? new Date(`${values.publishedAt}${values.publishedAt.length === 16 ? ':00' : ''}+08:00`)
    : null;
  const future = chosen !== null && chosen.getTime() > now;
  const fieldClass = 'mt-1 block w-full rounded border border-stone-300 px-3 py-2';
  const error = (name: string) =>
    errors[name] ? <p className="text-sm text-red-700">{errors[name]}</p> : null;

  return (
    <form
      action={(form) => {
        sent.current = values;
        formAction(form);
      }}
      data-dirty={dirty ? 'true' : undefined}
      onKeyDown={(event) => {
        if ((event.ctrlKey || event.metaKey) && event.key === 's') {
          event.preventDefault();
          event.currentTarget.requestSubmit();
        }
      }}
      className="space-y-4"
    >
      {id !== null ? <input type="hidden" name="id" value={id} /> : null}
      {id !== null ? <input type="hidden" name="version" value={currentVersion} /> : null}

      {offer ? (
        <div
          role="status"
          className="flex flex-wrap items-center gap-2 rounded bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          <span>有一份 {timeOfDay(offer.savedAt)} 自动保存、尚未保存的修改。</span>
          <button
            type="button"
            onClick={() => {
              setValues((current) => ({ ...current, ...offer.data }));
              setOffer(null);
            }}
            className="rounded bg-amber-700 px-3 py-1 font-semibold text-white"
          >
            恢复
          </button>
          <button
            type="button"
            onClick={() => {
              setOffer(null);
              void discardAutosave(id);
            }}
            className="rounded border border-amber-700 px-3 py-1"
          >
            丢弃
          </button>
        </div>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="min-w-0 space-y-3">
          {id === null ? (
            <>
              <SourcePicker
                name="sourceId"
                label="来源"
                required
                initial={
                  values.sourceId
                    ? { id: Number(values.sourceId), name: values.sourceName, slug: '' }
                    : null
                }
                onChoose={(source) =>
                  setValues((current) => ({
                    ...current,
                    sourceId: source ? String(source.id) : '',
                    sourceName: source?.name ?? '',
                  }))
                }
                className="max-w-md"
              />
              {error('sourceId')}
            </>
          ) : null}
          <label className="block">
            <span className="text-sm text-stone-700">标题</span>
            <input
              name="title"
              value={values.title}
              onChange={set('title')}
              aria-invalid={errors.title ? true : undefined}
              className={`${fieldClass} text-lg font-semibold`}
            />
          </label>
          {error('title')}
          <div>
            <label htmlFor="article-body" className="text-sm text-stone-700">
              正文（Markdown 或 HTML）
            </label>
            <MarkdownToolbar onCommand={command}>
              <MediaPicker
                label="图片"
                title="插入图片"
                onPick={insertImage}
                className="min-h-8 rounded px-2 text-sm hover:bg-white"
              />
            </MarkdownToolbar>
            <textarea
              id="article-body"
              ref={body}
              name="body"
              value={values.body}
              onChange={set('body')}
              onKeyDown={(event) => {
                const shortcut = SHORTCUTS[event.key.toLowerCase()];
                if ((event.ctrlKey || event.metaKey) && shortcut) {
                  event.preventDefault();
                  command(shortcut);
                }
              }}
              aria-invalid={errors.body ? true : undefined}
              rows={18}
              className="block w-full rounded-b border border-stone-300 px-3 py-2 font-mono text-sm leading-relaxed"
            />
            {error('body')}
          </div>
          <section
            aria-label="预览"
            aria-busy={rendering}
            className="min-h-40 rounded border border-dashed border-stone-400 bg-white p-4"
          >
            <p className="mb-2 text-xs text-stone-500">
              预览：读者看到的样子{rendering ? '（更新中…）' : ''}
            </p>
            <h2 className="mb-3 text-xl leading-snug font-bold">{values.title || '（无标题）'}</h2>
            {html === null ? null : <ArticleBody html={html} />}
          </section>
        </div>

        <aside aria-label="文章设置" className="space-y-3 text-sm">
          {editor ? (
            <label className="block">
              <span className="text-stone-700">发布时间（北京时间）</span>
              <input
                type="datetime-local"
                name="publishedAt"
                step={1}
                value={values.publishedAt}
                onChange={set('publishedAt')}
                aria-invalid={errors.publishedAt ? true : undefined}
                aria-describedby="published-at-hint"
                className={fieldClass}
              />
              <span id="published-at-hint" className="mt-1 block text-xs text-stone-500">
                {addressLocked
                  ? '日期是文章地址的一部分，已发布后只能改当天的时刻。'
                  : '留空：发布时用当时的时间。可以填过去的时间（补发旧闻），填将来的时间则定时发布。'}
              </span>
            </label>
          ) : null}
          {error('publishedAt')}
          <label className="block">
            <span className="text-stone-700">地址中的 slug</span>
            <input
              name="slug"
              value={values.slug}
              onChange={set('slug')}
              readOnly={addressLocked}
              placeholder="留空则按标题生成拼音"
              aria-invalid={errors.slug ? true : undefined}
              className={`${fieldClass} font-mono read-only:bg-stone-100`}
            />
          </label>
          {error('slug')}
          <label className="block">
            <span className="text-stone-700">摘要（留空则取正文开头）</span>
            <textarea
              name="excerpt"
              value={values.excerpt}
              onChange={set('excerpt')}
              rows={3}
              className={fieldClass}
            />
          </label>
          {error('excerpt')}
          <div>
            <span className="text-stone-700">封面图片</span>
            <input type="hidden" name="coverMediaId" value={values.coverMediaId} />
            <div className="mt-1 flex items-center gap-2">
              {values.coverThumbUrl ? (
                // eslint-disable-next-line @next/next/no-img-element -- a library thumbnail
                <img
                  src={values.coverThumbUrl}
                  alt="封面预览"
                  className="h-16 w-24 rounded border border-stone-200 object-cover"
                />
              ) : (
                <span className="text-stone-500">未选择</span>
              )}
              <MediaPicker
                label={values.coverMediaId ? '更换' : '选择封面'}
                title="选择封面图片"
                onPick={(media) =>
                  setValues((current) => ({
                    ...current,
                    coverMediaId: String(media.id),
                    coverThumbUrl: media.thumbUrl,
                  }))
                }
                className="rounded border border-stone-300 px-2 py-1 hover:border-brand"
              />
              {values.coverMediaId ? (
                <button
                  type="button"
                  onClick={() =>
                    setValues((current) => ({ ...current, coverMediaId: '', coverThumbUrl: '' }))
                  }
                  className="rounded px-2 py-1 text-stone-600 underline"
                >
                  去掉
                </button>
              ) : null}
            </div>
          </div>
          {error('coverMediaId')}
          {editor ? (
            <label className="block">
              <span className="text-stone-700">署名作者</span>
              <select
                name="authorId"
                value={values.authorId}
                onChange={set('authorId')}
                className={fieldClass}
              >
                <option value="">不署名（以来源为准）</option>
                {authors.map((author) => (
                  <option key={author.id} value={author.id}>
                    {author.label}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          {error('authorId')}
          <label className="block">
            <span className="text-stone-700">标签（用逗号分隔）</span>
            <input name="tags" value={values.tags} onChange={set('tags')} className={fieldClass} />
          </label>
          {error('tags')}
          <details open={Boolean(values.seoTitle || values.seoDescription || errors.seoTitle)}>
            <summary className="cursor-pointer text-stone-700">搜索引擎与分享</summary>
            <label className="mt-2 block">
              <span className="text-stone-700">SEO 标题（留空用文章标题）</span>
              <input
                name="seoTitle"
                value={values.seoTitle}
                onChange={set('seoTitle')}
                className={fieldClass}
              />
            </label>
            {error('seoTitle')}
            <label className="mt-2 block">
              <span className="text-stone-700">SEO 描述（留空用摘要）</span>
              <textarea
                name="seoDescription"
                value={values.seoDescription}
                onChange={set('seoDescription')}
                rows={3}
                className={fieldClass}
              />
            </label>
            {error('seoDescription')}
          </details>
        </aside>
      </div>

      <FormAlert message={errors.form} />
      <div className="sticky bottom-0 z-10 -mx-4 flex flex-wrap items-center gap-2 border-t border-stone-200 bg-white/95 px-4 py-3 backdrop-blur">
        <button
          type="submit"
          name="intent"
          value="save"
          disabled={pending}
          className="rounded border border-stone-400 px-4 py-2 font-semibold disabled:opacity-60"
        >
          {pending ? '保存中…' : '保存'}
        </button>
        {status === 'PUBLISHED' ? (
          <span className="text-xs text-stone-500">已发布：保存后网站立即更新</span>
        ) : null}
        {editor && status !== 'PUBLISHED' ? (
          <button
            type="submit"
            name="intent"
            value="publish"
            disabled={pending}
            className="rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-60"
          >
            {future ? '保存并定时发布' : '保存并发布'}
          </button>
        ) : null}
        {!editor && status === 'DRAFT' ? (
          <button
            type="submit"
            name="intent"
            value="submit"
            disabled={pending}
            className="rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-60"
          >
            保存并提交审核
          </button>
        ) : null}
        <span role="status" className="text-sm text-stone-600">
          {state.kind === 'saved' && !dirty
            ? `已保存（版本 ${state.version}）`
            : dirty
              ? autosaveError
                ? autosaveError
                : autosavedAt
                  ? `有未保存的修改 · 已自动保存 ${timeOfDay(autosavedAt)}`
                  : '有未保存的修改'
              : ''}
        </span>
      </div>

      {state.kind === 'conflict' ? (
        <div
          role="alert"
          className="space-y-2 rounded bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          <p>
            保存冲突：在你编辑期间，另一位编辑已保存了版本 {state.theirs.version}
            。你的修改没有丢失，两份文本都在下面；确认后再次保存将覆盖对方的版本（对方的版本会保留在修订记录中）。
          </p>
          <details open>
            <summary>对方的版本：{state.theirs.title}</summary>
            <pre className="text-xs whitespace-pre-wrap">{state.theirs.bodySource}</pre>
          </details>
          <details>
            <summary>你的版本：{state.mine.title}</summary>
            <pre className="text-xs whitespace-pre-wrap">{state.mine.bodySource}</pre>
          </details>
        </div>
      ) : null}
    </form>
  );
}
