import { plural, t } from '../../i18n';
import { LABELS } from '../../report/labels';
import type { DocumentLabel } from '../../schema/verdict';
import type { GroupSummary } from '../summary';
import { groupText } from '../stored-text';

/** The order labels are stacked in: the ones that need a look first. */
export const CHART_LABELS: DocumentLabel[] = ['ai', 'mixed', 'unsure', 'human', 'unknown'];
export const NOT_READ_COLOR = '#d1d5db';

/** A group's name beside its bar is cut past this many characters: the bars keep their room. */
const NAME_CHARS = 28;

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The share of each group's files by label as plain SVG: one stacked bar per freelancer or project,
 * with the counts in each bar's title (shown on hover, read by screen readers) and a legend.
 */
export function groupChartSvg(groups: readonly GroupSummary[], width = 720): string {
  const labelWidth = 180;
  const barWidth = width - labelWidth - 60;
  const rowHeight = 26;
  const top = 30;
  const height = top + groups.length * rowHeight + 10;
  const parts: string[] = [];
  // Legend.
  let x = 0;
  for (const label of [...CHART_LABELS, 'not read' as const]) {
    const color = label === 'not read' ? NOT_READ_COLOR : LABELS[label].color;
    const text = label === 'not read' ? t('audit.verdict.notRead') : LABELS[label].text;
    parts.push(`<rect x="${x}" y="4" width="12" height="12" fill="${color}"/><text x="${x + 16}" y="14" font-size="11">${esc(text)}</text>`);
    x += 22 + text.length * 6.5;
  }
  groups.forEach((g, i) => {
    const y = top + i * rowHeight;
    const name = groupText(g.group);
    parts.push(`<text x="${labelWidth - 8}" y="${y + 15}" font-size="12" text-anchor="end">${esc(name.length > NAME_CHARS ? `${name.slice(0, NAME_CHARS - 1)}…` : name)}</text>`);
    let at = labelWidth;
    const segments = [...CHART_LABELS.map((l) => ({ color: LABELS[l].color, count: g.labels[l], name: LABELS[l].text })), { color: NOT_READ_COLOR, count: g.failed, name: t('audit.verdict.notRead') }];
    for (const s of segments) {
      if (!s.count || !g.files) continue;
      const w = (s.count / g.files) * barWidth;
      parts.push(`<rect x="${at.toFixed(1)}" y="${y + 3}" width="${w.toFixed(1)}" height="18" fill="${s.color}"><title>${esc(plural('audit.chart.bar', g.files, { group: groupText(g.group), count: s.count, label: s.name }))}</title></rect>`);
      at += w;
    }
    parts.push(`<text x="${labelWidth + barWidth + 6}" y="${y + 15}" font-size="11">${g.files}</text>`);
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${esc(t('audit.chart'))}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif">${parts.join('')}</svg>`;
}
