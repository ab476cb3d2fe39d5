import { describe, expect, it } from 'vitest';
import { canMoveTo, nextStatuses } from './workflow';

describe('article workflow', () => {
  it('unpublishes only what is published', () => {
    expect(canMoveTo('PUBLISHED', 'UNPUBLISHED')).toBe(true);
    for (const status of ['DRAFT', 'SCHEDULED', 'UNPUBLISHED', 'DELETED'] as const) {
      expect(canMoveTo(status, 'UNPUBLISHED'), status).toBe(false);
    }
  });

  it('takes a scheduled article back to a draft, and nothing else', () => {
    expect(canMoveTo('SCHEDULED', 'DRAFT')).toBe(true);
    expect(canMoveTo('PUBLISHED', 'DRAFT')).toBe(false);
  });

  it('never offers the status an article already has', () => {
    for (const status of ['DRAFT', 'SCHEDULED', 'PUBLISHED', 'UNPUBLISHED', 'DELETED'] as const) {
      expect(nextStatuses(status)).not.toContain(status);
      expect(nextStatuses(status).length).toBeGreaterThan(0);
    }
  });
});
