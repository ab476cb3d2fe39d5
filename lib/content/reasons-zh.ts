/**
 * The importer's reasons in the editors' language. The importer's own words stay English (the CLI
 * and its logs are for operators, and stored outcomes keep them); the admin shows these. A reason
 * with no rule here is shown as it is — the test beside this file runs the importer's rejections
 * and warnings through it, so a new one without a translation fails there.
 */
type Rule = [RegExp, (match: RegExpExecArray) => string];

const RULES: Rule[] = [
  [/^no front matter: the file does not start with a --- line$/, () => '没有头信息：文件开头不是 --- 行'],
  [
    /^front matter is not closed: no --- line after the one at line (\d+)$/,
    (m) => `头信息没有结束：第 ${m[1]} 行的 --- 之后没有结束的 --- 行`,
  ],
  [/^invalid YAML front matter at line (\d+): /, (m) => `头信息第 ${m[1]} 行的 YAML 格式有误`],
  [/^front matter is not a set of key: value pairs$/, () => '头信息不是“键: 值”的格式'],
  [/^front matter field "(.+?)" is invalid: /, (m) => `头信息的 ${m[1]} 字段无效`],
  [/^layout "(.+)" is not a post$/, (m) => `layout “${m[1]}” 不是文章`],
  [/^the file name gives no slug for the URL$/, () => '文件名里没有可以用作文章地址的部分'],
  [/^no category: the post names no source$/, () => '没有 categories：文章没有写明来源'],
  [/^title is empty and the body has no text to take one from$/, () => '标题为空，正文里也没有可以用作标题的文字'],
  [/^could not be processed: /, () => '处理这个文件时出错'],
  [/^could not be parsed$/, () => '无法解析这个文件'],
  [/^could not be read: /, () => '无法读取这个文件'],
  [/^empty file$/, () => '空文件'],
  [/^binary file \(contains NUL bytes\), not a post$/, () => '二进制文件（含 NUL 字节），不是文章'],
  [/^same article as (.+)$/, (m) => `与 ${m[1]} 是同一篇文章`],
  [/^not UTF-8: decoded as GB18030\/GBK$/, () => '不是 UTF-8 编码：已按 GB18030/GBK 转换'],
  [
    /^not UTF-8, and not GB18030\/GBK Chinese text either: re-save the file as UTF-8$/,
    () => '既不是 UTF-8，也不是 GB18030/GBK 中文编码：请把文件另存为 UTF-8',
  ],
  [/^category page has no category or no title$/, () => '分类页没有 category 或 title'],
  [/^category page skipped: (.*)$/s, (m) => `跳过了这个分类页：${reasonInChinese(m[1] ?? '')}`],
  [
    /^an article with this key is stored from _posts\/$/,
    () => '同一篇文章已从 _posts/ 导入，old_post/ 里的这份副本没有用',
  ],
  [/^date is empty: used the file name's date$/, () => '没有日期：用了文件名里的日期'],
  [/^date "(.*)" is not a date: used the file name's date$/s, (m) => `日期“${m[1]}”无效：用了文件名里的日期`],
  [
    /^date is empty and the file name has none: imported as a draft for an editor to date$/,
    () => '没有日期，文件名里也没有：已导入为草稿，等编辑填写日期',
  ],
  [
    /^date "(.*)" is not a date and the file name has none: imported as a draft for an editor to date$/s,
    (m) => `日期“${m[1]}”无效，文件名里也没有：已导入为草稿，等编辑填写日期`,
  ],
  [
    /^title is empty: used "(.*)" from the body; an editor should check it$/s,
    (m) => `标题为空：用了正文里的“${m[1]}”，请编辑核对`,
  ],
];

function translate(reason: string): string | null {
  for (const [pattern, words] of RULES) {
    const match = pattern.exec(reason);
    if (match) return words(match);
  }
  return null;
}

/** One reason in Chinese (or several, joined by "; " as stored outcomes join warnings). */
export function reasonInChinese(reason: string): string {
  return (
    translate(reason) ??
    reason
      .split('; ')
      .map((part) => translate(part) ?? part)
      .join('；')
  );
}
