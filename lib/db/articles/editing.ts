import 'server-only';
import { editableBody } from '../../content/render';
import { urls } from '../../urls';
import { db } from '../client';
import { userLabel } from '../users';
import type { ArticleStatusName } from './views';

/** The admin's reads of one article: what its edit page shows and what access checks need. */

export interface EditableArticle {
  id: number;
  title: string;
  tags: string[];
  authorId: number | null;
  author: string | null;
  editedBy: string | null;
  source: { id: number; slug: string; name: string };
  bodySource: string;
  bodyHtml: string;
  status: ArticleStatusName;
  version: number;
  slug: string;
  infoCode: string | null;
  flags: string[];
  publishedAt: string | null;
  updatedAt: string;
  customExcerpt: string | null;
  excerpt: string;
  seoTitle: string | null;
  seoDescription: string | null;
  cover: { id: number; url: string; thumbUrl: string; alt: string } | null;
  reviewNote: string | null;
  permalink: string | null;
  /** Its date and slug are fixed: readers have (or had) its address. */
  addressLocked: boolean;
  revisions: {
    id: number;
    version: number;
    title: string;
    bodyHtml: string;
    reason: string;
    editedBy: string | null;
    createdAt: string;
  }[];
}

/** What the access policy needs to decide on an article (lib/auth/policy.ts). */
export function getArticleAccessFacts(id: number): Promise<{
  authorId: number | null;
  status: ArticleStatusName;
  version: number;
  slug: string;
} | null> {
  return db.article.findUnique({
    where: { id },
    select: { authorId: true, status: true, version: true, slug: true },
  });
}

const person = { select: { email: true, displayName: true } } as const;

export async function getArticleForEditing(id: number): Promise<EditableArticle | null> {
  const article = await db.article.findUnique({
    where: { id },
    include: {
      source: { select: { id: true, slug: true, name: true } },
      tags: { select: { tag: { select: { name: true } } }, orderBy: { tag: { name: 'asc' } } },
      revisions: { orderBy: { version: 'desc' }, take: 50, include: { editedBy: person } },
      author: person,
      editedBy: person,
      cover: { select: { id: true, key: true, thumbKey: true, alt: true } },
    },
  });
  if (!article) return null;
  return {
    id: article.id,
    title: article.title,
    tags: article.tags.map((t) => t.tag.name),
    authorId: article.authorId,
    author: article.author ? userLabel(article.author) : null,
    editedBy: article.editedBy ? userLabel(article.editedBy) : null,
    source: article.source,
    bodySource: editableBody(article.rawSource),
    bodyHtml: article.bodyHtml,
    status: article.status,
    version: article.version,
    slug: article.slug,
    infoCode: article.infoCode,
    flags: article.flags,
    publishedAt: article.publishedAt?.toISOString() ?? null,
    updatedAt: article.updatedAt.toISOString(),
    customExcerpt: article.customExcerpt,
    excerpt: article.excerpt,
    seoTitle: article.seoTitle,
    seoDescription: article.seoDescription,
    cover: article.cover
      ? {
          id: article.cover.id,
          url: urls.media(article.cover.key),
          thumbUrl: urls.media(article.cover.thumbKey),
          alt: article.cover.alt,
        }
      : null,
    reviewNote: article.reviewNote,
    permalink: article.permalink ? urls.article({ permalink: article.permalink }) : null,
    addressLocked: ['PUBLISHED', 'UNPUBLISHED', 'DELETED'].includes(article.status),
    revisions: article.revisions.map((r) => ({
      id: r.id,
      version: r.version,
      title: r.title,
      bodyHtml: r.bodyHtml,
      reason: r.reason,
      editedBy: r.editedBy ? userLabel(r.editedBy) : null,
      createdAt: r.createdAt.toISOString(),
    })),
  };
}

/** The pages an account's byline is on: its published articles (to refresh after a rename). */
export async function listPublishedArticlesBy(
  authorId: number,
): Promise<{ slug: string; sourceSlug: string; infoCode: string | null }[]> {
  const rows = await db.article.findMany({
    where: { authorId, status: 'PUBLISHED' },
    select: { slug: true, infoCode: true, source: { select: { slug: true } } },
  });
  return rows.map((row) => ({
    slug: row.slug,
    sourceSlug: row.source.slug,
    infoCode: row.infoCode,
  }));
}
