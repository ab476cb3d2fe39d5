import { FAILSAFE_SCHEMA, YAMLException, load } from 'js-yaml';
import { z } from 'zod';

/** A post file that cannot be imported; `message` is what the editor is told. */
export class PostRejection extends Error {
  override name = 'PostRejection';
}

const text = z
  .union([z.string(), z.number(), z.boolean()])
  .nullish()
  .transform((value) => (value == null ? '' : String(value).trim()));

// Jekyll accepts `categories: x`, `categories: [x, y]` and the same for tags.
const stringList = z
  .union([text, z.array(z.union([z.string(), z.number(), z.null()]))])
  .optional()
  .transform((value) =>
    (Array.isArray(value) ? value : [value])
      .map((item) => (item == null ? '' : String(item).trim()))
      .filter((item) => item !== ''),
  );

export const frontMatterSchema = z.looseObject({
  layout: text,
  title: text,
  date: text,
  categories: stringList,
  category: stringList,
  tags: stringList,
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;

export interface SplitPost {
  frontMatter: FrontMatter;
  /** The front matter as YAML loaded it, before validation (what Jekyll's URL rules read). */
  data: Record<string, unknown>;
  /** The front matter's YAML text. */
  yaml: string;
  /** Whether Jekyll saw this front matter: only when `---` is the first line, not after blank lines. */
  firstLine: boolean;
  /** The body after the closing `---`, with `\n` line endings. */
  body: string;
}

const CLOSING_DELIMITER = /^(?:---|\.\.\.)[ \t]*$/m;

/**
 * Splits a Jekyll post into front matter and body. Accepts a BOM, CRLF line endings and blank
 * lines before the opening `---` (Jekyll itself would not, but such files exist in the archive and
 * their intent is clear). YAML is read with the failsafe schema, so every scalar stays the string
 * as written: `date: 2021-12-08 10:46:18` is not read as a UTC timestamp (the site's zone is
 * Asia/Shanghai) and neither `+0800` nor a title like `0012` becomes a number.
 */
export function splitPost(source: string): SplitPost {
  const normalised = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const leadingBlank = /^(?:[ \t]*\n)*/.exec(normalised)?.[0] ?? '';
  const rest = normalised.slice(leadingBlank.length);
  const leadingLines = leadingBlank.split('\n').length - 1;

  if (!/^---[ \t]*(?:\n|$)/.test(rest)) {
    throw new PostRejection('no front matter: the file does not start with a --- line');
  }
  const afterOpening = rest.indexOf('\n') === -1 ? '' : rest.slice(rest.indexOf('\n') + 1);
  const closing = CLOSING_DELIMITER.exec(afterOpening);
  if (!closing) {
    throw new PostRejection(
      `front matter is not closed: no --- line after the one at line ${leadingLines + 1}`,
    );
  }
  const yamlText = afterOpening.slice(0, closing.index);
  const bodyStart = closing.index + closing[0].length + 1;
  const body = afterOpening.slice(bodyStart);

  let data: unknown;
  try {
    data = load(yamlText, { schema: FAILSAFE_SCHEMA });
  } catch (error) {
    if (error instanceof YAMLException) {
      // mark.line is 0-based within the YAML; the YAML starts on the line after the opening ---.
      const line = leadingLines + 2 + (error.mark?.line ?? 0);
      throw new PostRejection(`invalid YAML front matter at line ${line}: ${error.reason}`);
    }
    throw error;
  }
  if (data == null) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new PostRejection('front matter is not a set of key: value pairs');
  }
  const parsed = frontMatterSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new PostRejection(
      `front matter field "${issue?.path.join('.') ?? '?'}" is invalid: ${issue?.message ?? 'unknown'}`,
    );
  }
  return {
    frontMatter: parsed.data,
    data: data as Record<string, unknown>,
    yaml: yamlText,
    firstLine: leadingLines === 0,
    body,
  };
}
