import { AI_USES, USE_HELP, USE_TEXT, type AiUseKind, type Declaration, type PassageRef } from '../../lib/certify';
import { excerpt, passageLabelText } from '../../lib/report/labels';
import { LabelPill } from '../LabelPill';
import type { ScanRecord } from '../../lib/schema/record';
import { t } from '../../lib/i18n';

/** The form's state: which uses are ticked, the drafted passages, the image tool, the note. */
export interface DeclarationDraft {
  uses: AiUseKind[];
  passages: PassageRef[];
  tool: string;
  note: string;
}

export const emptyDraft: DeclarationDraft = { uses: [], passages: [], tool: '', note: '' };

/** The declaration to sign, or why the form is not complete yet. */
export function declarationOf(draft: DeclarationDraft, imageCount: number): Declaration | string {
  if (draft.uses.length === 0) return t('certify.form.needUse');
  const uses = draft.uses.map((use) => {
    if (use === 'drafting') return { use, passages: draft.passages };
    if (use === 'images') return { use, tool: draft.tool.trim(), images: [] };
    return { use };
  });
  if (draft.uses.includes('drafting') && draft.passages.length === 0) return t('certify.form.needPassages');
  if (draft.uses.includes('images') && !draft.tool.trim()) return t('certify.form.needTool');
  if (draft.uses.includes('images') && imageCount === 0) return t('certify.form.needImages');
  return { uses, note: draft.note.trim() } as Declaration;
}

const sameRef = (a: PassageRef, b: PassageRef) => a.document === b.document && a.passage === b.passage;

/** How AI was used, in plain choices plus free text; "No AI" excludes the rest. */
export function DeclarationForm({ draft, onChange, records }: { draft: DeclarationDraft; onChange: (draft: DeclarationDraft) => void; records: readonly ScanRecord[] }) {
  const toggle = (use: AiUseKind, on: boolean) => {
    const rest = draft.uses.filter((u) => u !== use && (use === 'none' ? false : u !== 'none'));
    onChange({ ...draft, uses: on ? (use === 'none' ? ['none'] : [...rest, use]) : draft.uses.filter((u) => u !== use) });
  };
  const togglePassage = (ref: PassageRef, on: boolean) => onChange({ ...draft, passages: on ? [...draft.passages, ref] : draft.passages.filter((p) => !sameRef(p, ref)) });
  return (
    <fieldset className="declaration">
      <legend>{t('certify.form.legend')}</legend>
      {AI_USES.map((use) => (
        <div key={use} className="use">
          <label>
            <input type="checkbox" checked={draft.uses.includes(use)} onChange={(e) => toggle(use, e.target.checked)} /> {USE_TEXT[use]}
          </label>
          <span className="muted"> — {USE_HELP[use]}</span>
          {use === 'drafting' && draft.uses.includes('drafting') && (
            <ul className="passage-picker" aria-label={t('certify.form.passages')}>
              {records.flatMap((record, document) =>
                record.segments.map((segment, passage) => (
                  <li key={`${document}:${passage}`}>
                    <label>
                      <input type="checkbox" checked={draft.passages.some((p) => sameRef(p, { document, passage }))} onChange={(e) => togglePassage({ document, passage }, e.target.checked)} />{' '}
                      {records.length > 1 ? `${record.source.title} ` : ''}#{passage + 1}{' '}
                      <LabelPill label={segment.label} text={passageLabelText(segment.label)} />{' '}
                      {excerpt(segment.text, 90)}
                    </label>
                  </li>
                )),
              )}
            </ul>
          )}
          {use === 'images' && draft.uses.includes('images') && (
            <label className="tool">
              {t('certify.form.tool')} <input value={draft.tool} onChange={(e) => onChange({ ...draft, tool: e.target.value })} maxLength={200} placeholder={t('certify.form.toolPlaceholder')} />
            </label>
          )}
        </div>
      ))}
      <label className="note">
        {t('certify.form.note')}
        <textarea value={draft.note} onChange={(e) => onChange({ ...draft, note: e.target.value })} maxLength={2000} rows={3} />
      </label>
    </fieldset>
  );
}
