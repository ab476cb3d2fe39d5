import { describe, expect, it } from 'vitest';
import { canMoveTo, isDestructive, nextStatuses, type ArticleStatus } from './workflow';

const ALL: ArticleStatus[] = [
  'DRAFT',
  'PENDING',
  'SCHEDULED',
  'PUBLISHED',
  'UNPUBLISHED',
  'DELETED',
];

describe('article workflow', () => {
  it('unpublishes only what is published', () => {
    expect(canMoveTo('PUBLISHED', 'UNPUBLISHED')).toBe(true);
    for (const status of ALL.filter((s) => s !== 'PUBLISHED')) {
      expect(canMoveTo(status, 'UNPUBLISHED'), status).toBe(false);
    }
  });

  it('takes a scheduled or submitted article back to a draft, and a deleted one too', () => {
    expect(canMoveTo('SCHEDULED', 'DRAFT')).toBe(true);
    expect(canMoveTo('PENDING', 'DRAFT')).toBe(true);
    expect(canMoveTo('DELETED', 'DRAFT')).toBe(true);
    expect(canMoveTo('PUBLISHED', 'DRAFT')).toBe(false);
  });

  it('lets editors publish what a writer submitted', () => {
    expect(canMoveTo('PENDING', 'PUBLISHED')).toBe(true);
  });

  it('lets writers only submit their draft and take it back', () => {
    expect(nextStatuses('DRAFT', 'WRITER')).toEqual(['PENDING']);
    expect(nextStatuses('PENDING', 'WRITER')).toEqual(['DRAFT']);
    for (const status of ALL) {
      expect(canMoveTo(status, 'PUBLISHED', 'WRITER'), status).toBe(false);
      expect(canMoveTo(status, 'DELETED', 'WRITER'), status).toBe(false);
    }
    // Editors do not submit to themselves.
    expect(canMoveTo('DRAFT', 'PENDING')).toBe(false);
  });

  it('never offers the status an article already has', () => {
    for (const status of ALL) {
      expect(nextStatuses(status)).not.toContain(status);
      expect(nextStatuses(status).length).toBeGreaterThan(0);
    }
  });

  it('asks before taking an article off the site', () => {
    expect(isDestructive('PUBLISHED', 'DELETED')).toBe(true);
    expect(isDestructive('PUBLISHED', 'UNPUBLISHED')).toBe(true);
    expect(isDestructive('SCHEDULED', 'DRAFT')).toBe(true);
    expect(isDestructive('DRAFT', 'PUBLISHED')).toBe(false);
  });
});
