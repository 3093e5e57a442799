import { IMAGE_VERDICTS, LABELS, labelText, passageLabelText } from '../../report/labels';
import type { AuditExport } from '../schema';
import { methodParagraphs, type MethodFacts } from '../method';
import { summarize, totals } from '../summary';
import { CERTIFICATE_TEXT, CHANGE_TEXT, GROUP_SOURCE_TEXT, notReadText } from '../words';
import { CHART_LABELS, groupChartSvg, NOT_READ_COLOR } from './chart';

/** Every piece of text in the report goes through this: file names, passages and metadata are hostile input. */
export const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const pct = (n: number | undefined) => (n === undefined ? '' : `${Math.round(n * 100)}%`);

const STYLE = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#111827;margin:2rem auto;max-width:1000px;padding:0 1rem}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{margin-top:2rem;border-bottom:1px solid #e5e7eb;padding-bottom:.2rem}h3{margin:1.2rem 0 .3rem;font-size:1rem;word-break:break-all}
.muted{color:#4b5563}table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border-bottom:1px solid #e5e7eb;padding:.3rem .4rem;text-align:left;vertical-align:top}
th{background:#f9fafb}td.num{text-align:right;font-variant-numeric:tabular-nums}.pill{display:inline-block;padding:0 .45rem;border-radius:.6rem;color:#fff;font-size:.85em;white-space:nowrap}
.path{word-break:break-all}blockquote{margin:.3rem 0 .3rem 0;padding:.3rem .6rem;border-left:4px solid #d1d5db;background:#f9fafb}
.method p{margin:.3rem 0 .8rem}.file{page-break-inside:avoid;break-inside:avoid}
@media print{body{margin:0;max-width:none}h2{page-break-after:avoid}a{color:inherit;text-decoration:none}}
`;

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
  out.push(`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(options.title)}</title><style>${STYLE}</style></head><body>`);
  out.push(`<h1>${escapeHtml(options.title)}</h1>`);
  out.push(`<p class="muted">Audited ${escapeHtml(new Date(data.startedAt).toUTCString())} with ${escapeHtml(data.tool)} · ${data.files.length} files · sensitivity ${escapeHtml(data.sensitivity)}</p>`);

  out.push('<h2>Summary</h2><ul>');
  for (const l of CHART_LABELS) out.push(`<li>${pill(labelText(l), LABELS[l].color)} ${all.labels[l]} file${all.labels[l] === 1 ? '' : 's'}</li>`);
  out.push(`<li>${pill('Not read', NOT_READ_COLOR)} ${all.failed} file${all.failed === 1 ? '' : 's'} (reasons below)</li>`);
  if (all.aiImages) out.push(`<li>${all.aiImages} image${all.aiImages === 1 ? '' : 's'} whose provenance says AI-generated or AI-edited</li>`);
  out.push('</ul>');

  out.push('<h2>By freelancer or project</h2>');
  out.push(groupChartSvg(groups));
  out.push(`<table><thead><tr><th>Freelancer or project</th><th>Files</th>${CHART_LABELS.map((l) => `<th>${escapeHtml(LABELS[l].text)}</th>`).join('')}<th>Not read</th><th>AI images</th></tr></thead><tbody>`);
  for (const g of groups) out.push(`<tr><td>${escapeHtml(g.group)}</td><td class="num">${g.files}</td>${CHART_LABELS.map((l) => `<td class="num">${g.labels[l]}</td>`).join('')}<td class="num">${g.failed}</td><td class="num">${g.aiImages}</td></tr>`);
  out.push('</tbody></table>');

  if (data.since) {
    const count = (c: string) => data.files.filter((f) => f.change === c).length;
    out.push(`<h2>Since the last audit</h2><p>Compared with the audit of ${escapeHtml(new Date(data.since.startedAt).toUTCString())} (${data.since.files} files): ${count('new')} new, ${count('changed')} changed, ${count('unchanged')} unchanged, ${data.removed?.length ?? 0} removed; ${verdictChanges.length} verdict${verdictChanges.length === 1 ? '' : 's'} changed.</p>`);
    if (changed.length || verdictChanges.length || data.removed?.length) {
      out.push('<table><thead><tr><th>File</th><th>Change</th><th>Verdict then</th><th>Verdict now</th></tr></thead><tbody>');
      for (const f of data.files.filter((x) => (x.change && x.change !== 'unchanged') || x.previousLabel))
        out.push(`<tr><td class="path">${escapeHtml(f.path)}</td><td>${escapeHtml(CHANGE_TEXT[f.change ?? 'unchanged'])}</td><td>${f.previousLabel ? escapeHtml(labelText(f.previousLabel)) : ''}</td><td>${verdictCell(f)}</td></tr>`);
      for (const r of data.removed ?? []) out.push(`<tr><td class="path">${escapeHtml(r.path)}</td><td>${CHANGE_TEXT.removed}</td><td>${r.label ? escapeHtml(labelText(r.label)) : ''}</td><td></td></tr>`);
      out.push('</tbody></table>');
    }
  }

  out.push('<h2>Method and limits</h2><div class="method">');
  for (const p of methodParagraphs(options.method)) out.push(`<p><strong>${escapeHtml(p.title)}.</strong> ${escapeHtml(p.text)}</p>`);
  out.push('</div>');

  out.push('<h2>Files</h2><table><thead><tr><th>File</th><th>Freelancer or project</th><th>Verdict</th><th>AI share</th><th>Probability</th><th>Images</th><th>Certificate</th>' + (data.since ? '<th>Change</th>' : '') + '</tr></thead><tbody>');
  for (const f of data.files)
    out.push(
      `<tr><td class="path"><a href="#f${data.files.indexOf(f)}">${escapeHtml(f.path)}</a></td><td>${escapeHtml(f.group)}</td><td>${verdictCell(f)}</td><td class="num">${f.label && f.label !== 'unknown' ? pct(f.aiShare) : ''}</td><td class="num">${f.probability !== undefined && f.label !== 'unknown' ? f.probability.toFixed(2) : ''}</td><td>${escapeHtml(f.provenance ? '' : (f.images?.summary ?? ''))}</td><td>${escapeHtml(CERTIFICATE_TEXT[f.certificate.status])}</td>${data.since ? `<td>${f.change ? escapeHtml(CHANGE_TEXT[f.change]) : ''}</td>` : ''}</tr>`,
    );
  out.push('</tbody></table>');

  out.push('<h2>Each file</h2>');
  data.files.forEach((f, i) => {
    out.push(`<section class="file" id="f${i}"><h3>${escapeHtml(f.path)}</h3><p>${verdictCell(f)} `);
    const facts: string[] = [`${f.group} (${GROUP_SOURCE_TEXT[f.groupSource]})`];
    if (f.state === 'done' && f.label && f.label !== 'unknown') facts.push(`probability ${f.probability?.toFixed(2)}`, `${pct(f.aiShare)} of judged words in passages labelled AI`, `${f.judged} of ${f.passages} passages judged`, `${f.words} words`);
    if (f.meta.author) facts.push(`author: ${f.meta.author}`);
    if (f.meta.sender) facts.push(`sender: ${f.meta.sender}`);
    facts.push(CERTIFICATE_TEXT[f.certificate.status] + (f.certificate.detail ? ` (${f.certificate.detail})` : ''));
    out.push(`${escapeHtml(facts.join(' · '))}</p>`);
    if (f.error) out.push(`<p>${escapeHtml(f.error)}</p>`);
    else if (f.abstain) out.push(`<p class="muted">${escapeHtml(f.abstain)}</p>`);
    if (f.images?.summary) out.push(`<p>${escapeHtml(f.images.summary)}</p>`);
    for (const note of f.notes) out.push(`<p class="muted">Note: ${escapeHtml(note)}</p>`);
    for (const p of f.flagged ?? []) out.push(`<blockquote><strong>${escapeHtml(passageLabelText(p.label))}, ${p.probability.toFixed(2)}:</strong> ${escapeHtml(p.excerpt)}</blockquote>`);
    out.push('</section>');
  });
  out.push('</body></html>');
  return out.join('\n');
}
