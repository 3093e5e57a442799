import type { ComponentType, ReactNode } from 'react';

/** What a section's screen receives: the route segments under its own (`#/records/<id>` → `['<id>']`). */
export interface SectionProps {
  path: readonly string[];
}

/**
 * One section of the dashboard: one entry in the registry (entrypoints/options/sections.tsx) gives it
 * a place in the navigation, its own address `#/<id>/…`, a page title and, optionally, a count.
 */
export interface DashboardSection {
  /** Its address segment: lower-case letters, digits and dashes (`#/records`). */
  id: string;
  /** The navigation label, the page heading and the window title. */
  title: string;
  /** A shorter label for the narrow top bar, where there is less room (default: the title). */
  short?: string;
  /** A 20×20 icon, decorative (the label names the section); see shell/icons.tsx. */
  icon: ReactNode;
  component: ComponentType<SectionProps>;
  /**
   * A number shown beside the label (records stored, audits running…), with its meaning in words for
   * screen readers. A hook: called on every render of the navigation, in registry order.
   */
  badge?: { useCount: () => number | undefined; describe: (count: number) => string };
  /**
   * True while the section is a placeholder saying what it will do: the navigation marks it "Soon",
   * so nothing claims a feature this build does not have. Drop it with the placeholder.
   */
  planned?: boolean;
}

export const SECTION_ID = /^[a-z][a-z0-9-]*$/;
