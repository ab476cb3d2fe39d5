import type { FileMessage } from '../content/import';

// What the admin's form actions answer (useActionState), shared by each action and the client
// component that shows the answer.

/**
 * What the article form's actions answer (a save that publishes, submits or creates redirects
 * instead). `errors` are by field; `form` is about the whole form.
 */
export type EditState =
  | { kind: 'idle' }
  | { kind: 'saved'; version: number; savedAt: string }
  | { kind: 'invalid'; errors: Record<string, string> }
  | {
      kind: 'conflict';
      theirs: { title: string; bodySource: string; version: number };
      mine: { title: string; bodySource: string };
    };

/** A generated password (a new account, a reset), shown once and never in a URL. */
export interface OneTimePasswordState {
  error: string | null;
  created: { email: string; password: string } | null;
}

export interface PasswordState {
  error: string | null;
}

/** The importer's report as the upload page shows it (long lists cut; all is in import_runs). */
export interface UploadReport {
  runId: number | null;
  read: number;
  created: number;
  updated: number;
  unchanged: number;
  duplicates: number;
  rejected: FileMessage[];
  warnings: FileMessage[];
  ignored: string[];
}

export interface ImportState {
  report: UploadReport | null;
  error: string | null;
}
