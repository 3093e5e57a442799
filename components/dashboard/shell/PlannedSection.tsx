import type { ComponentType, ReactNode } from 'react';
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
 * The feature's own screen replaces it in the registry (entrypoints/options/sections.tsx).
 */
export function plannedSection(text: PlannedSectionText): ComponentType<SectionProps> {
  function Planned() {
    return (
      <>
        <PageHeader title={text.title} description={text.summary} />
        <Panel className="planned" title="Not available in this build yet">
          <p>This section is reserved for a feature that is being built. Nothing here works yet, and nothing is stored.</p>
          <h3>What it will do</h3>
          <ul>
            {text.will.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {text.meanwhile && (
            <>
              <h3>Until then</h3>
              <p>{text.meanwhile}</p>
            </>
          )}
        </Panel>
      </>
    );
  }
  Planned.displayName = `Planned(${text.title})`;
  return Planned;
}
