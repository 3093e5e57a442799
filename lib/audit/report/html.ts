import { dateTime, decimal, getLocale, plural, t } from '../../i18n';
import { IMAGE_VERDICTS, LABELS, labelText, passageLabelText } from '../../report/labels';
import { auditAbstainText, certificateDetailText, groupText, imagesText, noteText } from '../stored-text';
import type { AuditExport } from '../schema';
import { EXTENSION_TOOL } from './export';
import { methodParagraphs, type MethodFacts } from '../method';
import { summarize, totals } from '../summary';
import { CERTIFICATE_TEXT, CHANGE_TEXT, GROUP_SOURCE_TEXT, notReadText, PROBLEM_HINT } from '../words';
import { CHART_LABELS, groupChartSvg, NOT_READ_COLOR } from './chart';

/** Every piece of text in the report goes through this: file names, passages and metadata are hostile input. */
export const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const pct = (n: number | undefined) => (n === undefined ? '' : `${Math.round(n * 100)}%`);

/** Stands for a date while a message is escaped, then becomes its `<time>`: a character no message uses. */
const SLOT = '\u2063';

const th = (key: Parameters<typeof t>[0]) => `<th>${escapeHtml(t(key))}</th>`;

const STYLE = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#111827;margin:2rem auto;max-width:1000px;padding:0 1rem}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{margin-top:2rem;border-bottom:1px solid #e5e7eb;padding-bottom:.2rem}h3{margin:1.2rem 0 .3rem;font-size:1rem;word-break:break-all}
.muted{color:#4b5563}table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border-bottom:1px solid #e5e7eb;padding:.3rem .4rem;text-align:left;vertical-align:top}
th{background:#f9fafb}td.num{text-align:right;font-variant-numeric:tabular-nums}.pill{display:inline-block;padding:0 .45rem;border-radius:.6rem;color:#fff;font-size:.85em;white-space:nowrap}
.path{word-break:break-all}blockquote{margin:.3rem 0 .3rem 0;padding:.3rem .6rem;border-left:4px solid #d1d5db;background:#f9fafb}
.method p{margin:.3rem 0 .8rem}.file{page-break-inside:avoid;break-inside:avoid}
@media print{body{margin:0;max-width:none}h2{page-break-after:avoid}a{color:inherit;text-decoration:none}}
`;

/** A date in the reader's style, in `<time>` with its ISO form. */
const when = (iso: string) => `<time datetime="${escapeHtml(iso)}">${escapeHtml(dateTime(Date.parse(iso)))}</time>`;

const pill = (text: string, color: string) => `<span class="pill" style="background:${color}">${escapeHtml(text)}</span>`;

function verdictCell(f: AuditExport['files'][number]): string {
  if (f.state !== 'done' || !f.label) return pill(notReadText(f.problem), '#6b7280');
  if (f.provenance) return pill(IMAGE_VERDICTS[f.provenance].text, IMAGE_VERDICTS[f.provenance].color);
  return pill(labelText(f.label), LABELS[f.label].color);
}

/**
 * A self-contained HTML report of an audit (no script, no outside resource; prints to PDF): the summary
 * per freelancer or project with a chart, what changed since the last audit, the method and its limits
 * in plain words, the table of files, and each file's detail with its flagged passages.
 */
export function auditHtmlReport(data: AuditExport, options: { title: string; method: MethodFacts }): string {
  const groups = summarize(data.files);
  const all = totals(groups);
  const changed = data.files.filter((f) => f.change && f.change !== 'unchanged');
  const verdictChanges = data.files.filter((f) => f.previousLabel);
  const out: string[] = [];
  out.push(`<!doctype html><html lang="${getLocale()}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(options.title)}</title><style>${STYLE}</style></head><body>`);
  out.push(`<h1>${escapeHtml(options.title)}</h1>`);
  out.push(`<p class="muted">${escapeHtml(plural('audit.report.audited', data.files.length, { when: SLOT, tool: data.tool === EXTENSION_TOOL ? t('audit.report.extension') : data.tool, sensitivity: t(`sensitivity.${data.sensitivity}`) })).replace(SLOT, when(data.startedAt))}</p>`);

  out.push(`<h2>${escapeHtml(t('audit.report.summary'))}</h2><ul>`);
  for (const l of CHART_LABELS) out.push(`<li>${pill(labelText(l), LABELS[l].color)} ${escapeHtml(plural('audit.report.files', all.labels[l]))}</li>`);
  out.push(`<li>${pill(t('audit.verdict.notRead'), NOT_READ_COLOR)} ${escapeHtml(plural('audit.report.notReadFiles', all.failed))}</li>`);
  if (all.aiImages) out.push(`<li>${escapeHtml(plural('audit.report.aiImages', all.aiImages))}</li>`);
  out.push('</ul>');

  out.push(`<h2>${escapeHtml(t('audit.report.byGroup'))}</h2>`);
  out.push(groupChartSvg(groups));
  out.push(`<table><thead><tr><th>${escapeHtml(t('audit.column.group'))}</th><th>${escapeHtml(t('audit.report.column.files'))}</th>${CHART_LABELS.map((l) => `<th>${escapeHtml(LABELS[l].text)}</th>`).join('')}<th>${escapeHtml(t('audit.verdict.notRead'))}</th><th>${escapeHtml(t('audit.report.column.aiImages'))}</th></tr></thead><tbody>`);
  for (const g of groups) out.push(`<tr><td>${escapeHtml(groupText(g.group))}</td><td class="num">${g.files}</td>${CHART_LABELS.map((l) => `<td class="num">${g.labels[l]}</td>`).join('')}<td class="num">${g.failed}</td><td class="num">${g.aiImages}</td></tr>`);
  out.push('</tbody></table>');

  if (data.since) {
    const count = (c: string) => data.files.filter((f) => f.change === c).length;
    const changes = t('audit.report.changes', { new: count('new'), changed: count('changed'), unchanged: count('unchanged'), removed: data.removed?.length ?? 0, verdicts: plural('audit.diff.verdicts', verdictChanges.length) });
    out.push(`<h2>${escapeHtml(t('audit.report.since'))}</h2><p>${escapeHtml(plural('audit.report.compared', data.since.files, { when: SLOT, changes })).replace(SLOT, when(data.since.startedAt))}</p>`);
    if (changed.length || verdictChanges.length || data.removed?.length) {
      out.push(`<table><thead><tr>${th('audit.column.file')}${th('audit.filter.change')}${th('audit.report.column.verdictThen')}${th('audit.report.column.verdictNow')}</tr></thead><tbody>`);
      for (const f of data.files.filter((x) => (x.change && x.change !== 'unchanged') || x.previousLabel))
        out.push(`<tr><td class="path">${escapeHtml(f.path)}</td><td>${escapeHtml(CHANGE_TEXT[f.change ?? 'unchanged'])}</td><td>${f.previousLabel ? escapeHtml(labelText(f.previousLabel)) : ''}</td><td>${verdictCell(f)}</td></tr>`);
      for (const r of data.removed ?? []) out.push(`<tr><td class="path">${escapeHtml(r.path)}</td><td>${escapeHtml(CHANGE_TEXT.removed)}</td><td>${r.label ? escapeHtml(labelText(r.label)) : ''}</td><td></td></tr>`);
      out.push('</tbody></table>');
    }
  }

  out.push(`<h2>${escapeHtml(t('audit.report.method'))}</h2><div class="method">`);
  for (const p of methodParagraphs(options.method)) out.push(`<p><strong>${escapeHtml(p.title)}.</strong> ${escapeHtml(p.text)}</p>`);
  out.push('</div>');

  out.push(
    `<h2>${escapeHtml(t('audit.report.files'))}</h2><table><thead><tr>${th('audit.column.file')}${th('audit.column.group')}${th('list.verdict')}${th('list.share')}${th('audit.report.column.probability')}${th('images.region')}${th('audit.column.certificate')}${data.since ? th('audit.filter.change') : ''}</tr></thead><tbody>`,
  );
  for (const f of data.files)
    out.push(
      `<tr><td class="path"><a href="#f${data.files.indexOf(f)}">${escapeHtml(f.path)}</a></td><td>${escapeHtml(groupText(f.group, f.groupSource))}</td><td>${verdictCell(f)}</td><td class="num">${f.label && f.label !== 'unknown' ? pct(f.aiShare) : ''}</td><td class="num">${f.probability !== undefined && f.label !== 'unknown' ? decimal(f.probability, 2) : ''}</td><td>${escapeHtml(f.provenance || !f.images ? '' : imagesText(f.images))}</td><td>${escapeHtml(CERTIFICATE_TEXT[f.certificate.status])}</td>${data.since ? `<td>${f.change ? escapeHtml(CHANGE_TEXT[f.change]) : ''}</td>` : ''}</tr>`,
    );
  out.push('</tbody></table>');

  out.push(`<h2>${escapeHtml(t('audit.report.eachFile'))}</h2>`);
  data.files.forEach((f, i) => {
    out.push(`<section class="file" id="f${i}"><h3>${escapeHtml(f.path)}</h3><p>${verdictCell(f)} `);
    const facts: string[] = [t('audit.detail.group', { group: groupText(f.group, f.groupSource), source: GROUP_SOURCE_TEXT[f.groupSource] })];
    if (f.state === 'done' && f.label && f.label !== 'unknown')
      facts.push(
        t('audit.report.probability', { p: f.probability !== undefined ? decimal(f.probability, 2) : '' }),
        t('audit.report.share', { share: pct(f.aiShare) }),
        t('audit.report.judged', { judged: f.judged ?? 0, passages: f.passages ?? 0 }),
        plural('verdict.words', f.words ?? 0),
      );
    if (f.meta.author) facts.push(t('audit.report.author', { author: f.meta.author }));
    if (f.meta.sender) facts.push(t('audit.report.sender', { sender: f.meta.sender }));
    const certificate = CERTIFICATE_TEXT[f.certificate.status];
    facts.push(f.certificate.detail ? t('audit.detail.certificateDetail', { certificate, detail: certificateDetailText(f.certificate.detail) }).replace(/^ · /, '') : certificate);
    out.push(`${escapeHtml(facts.join(' · '))}</p>`);
    if (f.error) {
      // The reader's own message is English: other readers get the reason in their language, the message beside it.
      if (getLocale() === 'en') out.push(`<p>${escapeHtml(f.error)}</p>`);
      else out.push(`<p>${escapeHtml(PROBLEM_HINT[f.problem ?? 'unreadable'])}</p><p class="muted">${escapeHtml(t('audit.detail.original'))} <code lang="en">${escapeHtml(f.error)}</code></p>`);
    } else if (f.abstain) out.push(`<p class="muted">${escapeHtml(auditAbstainText(f.abstain))}</p>`);
    if (f.images?.summary) out.push(`<p>${escapeHtml(imagesText(f.images))}</p>`);
    for (const note of f.notes) out.push(`<p class="muted">${escapeHtml(t('audit.detail.note', { note: noteText(note) }))}</p>`);
    for (const p of f.flagged ?? []) out.push(`<blockquote><strong>${escapeHtml(t('audit.report.flagged', { label: passageLabelText(p.label), p: decimal(p.probability, 2) }))}</strong> ${escapeHtml(p.excerpt)}</blockquote>`);
    out.push('</section>');
  });
  out.push('</body></html>');
  return out.join('\n');
}
