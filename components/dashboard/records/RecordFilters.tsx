import { labelText } from '../../../lib/report/labels';
import { sourceKindText } from '../../../lib/platforms/registry';
import { DocumentLabelSchema } from '../../../lib/schema/verdict';
import { SourceKindSchema, type SourceKind } from '../../../lib/schema/deliverable';
import { useDashboardStore } from '../../../lib/ui/stores';
import { Toolbar } from '../shell/layout';
import { plural, t } from '../../../lib/i18n';

/**
 * The label and source filters. The label options are the label schema's and their words come from
 * the label table (lib/report/labels.ts), so a new label appears here by itself; the sources are those
 * present in the records.
 */
export function RecordFilters({ kinds, shown, total }: { kinds: readonly SourceKind[]; shown: number; total: number }) {
  const state = useDashboardStore();
  return (
    <Toolbar label={t('filters.label')}>
      <label className="control">
        <span className="control-label">{t('filters.verdict')}</span>
        <select value={state.labelFilter} onChange={(e) => state.setLabelFilter(e.target.value === 'all' ? 'all' : DocumentLabelSchema.parse(e.target.value))}>
          <option value="all">{t('filters.all')}</option>
          {DocumentLabelSchema.options.map((label) => (
            <option key={label} value={label}>
              {labelText(label)}
            </option>
          ))}
        </select>
      </label>
      <label className="control">
        <span className="control-label">{t('filters.source')}</span>
        <select value={state.sourceFilter} onChange={(e) => state.setSourceFilter(e.target.value === 'all' ? 'all' : SourceKindSchema.parse(e.target.value))}>
          <option value="all">{t('filters.all')}</option>
          {kinds.map((kind) => (
            <option key={kind} value={kind}>
              {sourceKindText(kind)}
            </option>
          ))}
        </select>
      </label>
      <p className="toolbar-count" aria-live="polite">
        {shown === total ? plural('section.records.count', total) : t('filters.shown', { shown, total })}
      </p>
    </Toolbar>
  );
}
