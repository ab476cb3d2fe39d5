import type { ImportReport } from './import';

/** The human summary an import ends with; every rejection is named with its reason. */
export function formatImportReport(report: ImportReport): string {
  const lines: string[] = [];
  const verb = report.dryRun ? 'would create' : 'created';
  lines.push(
    `${report.dryRun ? 'Dry run: ' : ''}read ${report.read} post files: ${verb} ${report.created}, updated ${report.updated}, ` +
      `unchanged ${report.unchanged}, duplicates ${report.duplicates.length}, rejected ${report.rejected.length}`,
  );
  if (report.sourcesNamed) lines.push(`category pages read: ${report.sourcesNamed}`);
  if (report.ignored.length) lines.push(`ignored ${report.ignored.length} files that are not posts`);
  for (const missing of report.missing) lines.push(`not found: ${missing}`);
  for (const duplicate of report.duplicates) {
    lines.push(`duplicate: ${duplicate.file} (same article as ${duplicate.keptFile}, which was kept)`);
  }
  for (const warning of report.warnings) lines.push(`check: ${warning.file}: ${warning.reason}`);
  for (const rejection of report.rejected) lines.push(`rejected: ${rejection.file}: ${rejection.reason}`);
  return lines.join('\n');
}

/** read = created + updated + unchanged + duplicates + rejected, always. */
export function reportAddsUp(report: ImportReport): boolean {
  return (
    report.read ===
    report.created + report.updated + report.unchanged + report.duplicates.length + report.rejected.length
  );
}
