import type { ComponentType, ReactNode } from 'react';
import { t } from '../../../lib/i18n';
import { PageHeader, Panel } from './layout';
import type { SectionProps } from './section';

export interface PlannedSectionText {
  title: string;
  /** One sentence: what the section is for. */
  summary: string;
  /** What it will do, one line each: a promise about a later build, worded as such. */
  will: readonly string[];
  /** What a user can do about it today, if anything. */
  meanwhile?: ReactNode;
}

/**
 * The stand-in screen of a section whose feature is not in this build: it says what the section will do
 * and, first and plainly, that it is not available yet, so no screen claims a feature that does not work.
 * The feature's own screen replaces it in the registry (entrypoints/options/sections.tsx). Its words are
 * a function, called at render, so they come from the catalogue in the language of the moment.
 */
export function plannedSection(text: () => PlannedSectionText): ComponentType<SectionProps> {
  function Planned() {
    const { title, summary, will, meanwhile } = text();
    return (
      <>
        <PageHeader title={title} description={summary} />
        <Panel className="planned" title={t('dashboard.planned.title')}>
          <p>{t('dashboard.planned.text')}</p>
          <h3>{t('dashboard.planned.will')}</h3>
          <ul>
            {will.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {meanwhile && (
            <>
              <h3>{t('dashboard.planned.meanwhile')}</h3>
              <p>{meanwhile}</p>
            </>
          )}
        </Panel>
      </>
    );
  }
  Planned.displayName = 'PlannedSection';
  return Planned;
}
