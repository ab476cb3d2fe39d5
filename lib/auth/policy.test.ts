import { describe, expect, it } from 'vitest';
import {
  articleListAuthor,
  canEditArticle,
  canPublish,
  removesLastAdmin,
  roleAtLeast,
} from './policy';

const writer = { id: 7, role: 'WRITER' as const };
const editor = { id: 8, role: 'EDITOR' as const };
const admin = { id: 9, role: 'ADMIN' as const };

describe('article policy', () => {
  it('lets a writer edit only their own drafts, also while they wait for review', () => {
    expect(canEditArticle(writer, { authorId: 7, status: 'DRAFT' })).toBe(true);
    expect(canEditArticle(writer, { authorId: 7, status: 'PENDING' })).toBe(true);
    expect(canEditArticle(writer, { authorId: 8, status: 'PENDING' })).toBe(false);
    expect(canEditArticle(writer, { authorId: 8, status: 'DRAFT' })).toBe(false);
    expect(canEditArticle(writer, { authorId: null, status: 'DRAFT' })).toBe(false);
    for (const status of ['SCHEDULED', 'PUBLISHED', 'UNPUBLISHED', 'DELETED']) {
      expect(canEditArticle(writer, { authorId: 7, status })).toBe(false);
    }
  });

  it('lets editors and admins edit every article', () => {
    for (const actor of [editor, admin]) {
      expect(canEditArticle(actor, { authorId: null, status: 'PUBLISHED' })).toBe(true);
      expect(canEditArticle(actor, { authorId: 7, status: 'DRAFT' })).toBe(true);
    }
  });

  it('keeps publishing from writers', () => {
    expect(canPublish(writer)).toBe(false);
    expect(canPublish(editor)).toBe(true);
    expect(canPublish(admin)).toBe(true);
  });

  it('narrows only a writer’s list to their own articles', () => {
    expect(articleListAuthor(writer)).toBe(7);
    expect(articleListAuthor(editor)).toBeUndefined();
  });
});

describe('roleAtLeast', () => {
  it('nests admin over editor over writer', () => {
    expect(roleAtLeast('ADMIN', 'EDITOR')).toBe(true);
    expect(roleAtLeast('EDITOR', 'EDITOR')).toBe(true);
    expect(roleAtLeast('EDITOR', 'ADMIN')).toBe(false);
    expect(roleAtLeast('WRITER', 'EDITOR')).toBe(false);
  });
});

describe('removesLastAdmin', () => {
  const admin = { role: 'ADMIN' as const, disabled: false };
  it('refuses to disable or demote the only enabled admin', () => {
    expect(removesLastAdmin(admin, { disable: true }, 1)).toBe(true);
    expect(removesLastAdmin(admin, { role: 'EDITOR' }, 1)).toBe(true);
  });
  it('allows it when another admin remains, and for everyone else', () => {
    expect(removesLastAdmin(admin, { disable: true }, 2)).toBe(false);
    expect(removesLastAdmin(admin, { role: 'ADMIN' }, 1)).toBe(false);
    expect(removesLastAdmin({ role: 'EDITOR', disabled: false }, { disable: true }, 1)).toBe(false);
    expect(removesLastAdmin({ role: 'ADMIN', disabled: true }, { role: 'WRITER' }, 1)).toBe(false);
  });
});
