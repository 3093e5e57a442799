import type { ReactNode } from 'react';

/**
 * The dashboard's icons: simple line drawings on a 24-unit grid, drawn for Assay, in the text colour.
 * Always decorative (`aria-hidden`): the label beside each one names it.
 */
const PATHS = {
  records: (
    <>
      <rect x="4.5" y="3" width="15" height="18" rx="2" />
      <path d="M8 8h8M8 12h8M8 16h5" />
    </>
  ),
  audit: (
    <>
      <path d="M10 6h10M10 12h10M10 18h10" />
      <path d="M3.5 6.2l1.6 1.6L7.8 5M3.5 12.2l1.6 1.6L7.8 11M3.5 18.2l1.6 1.6L7.8 17" />
    </>
  ),
  certificate: (
    <>
      <circle cx="12" cy="9" r="5.5" />
      <path d="M9 14l-1.5 7 4.5-2.3 4.5 2.3L15 14" />
      <path d="M9.7 9l1.6 1.6L14.4 7.6" />
    </>
  ),
  image: (
    <>
      <rect x="3" y="4.5" width="18" height="15" rx="2" />
      <circle cx="9" cy="10" r="1.8" />
      <path d="M21 16l-5-5-9.5 8.5" />
    </>
  ),
  settings: (
    <>
      <path d="M4 6.5h9M17 6.5h3M4 12h3M11 12h9M4 17.5h11M19 17.5h1" />
      <circle cx="15" cy="6.5" r="2" />
      <circle cx="9" cy="12" r="2" />
      <circle cx="17" cy="17.5" r="2" />
    </>
  ),
  empty: (
    <>
      <path d="M4 13l2.5-7.5h11L20 13v5.5a1 1 0 01-1 1H5a1 1 0 01-1-1z" />
      <path d="M4 13h5l1 2h4l1-2h5" />
    </>
  ),
  mark: (
    <>
      <circle cx="10.5" cy="10.5" r="6.5" />
      <path d="M15.5 15.5L21 21" />
      <path d="M7.5 10.8l2 2 3.8-4.3" />
    </>
  ),
} satisfies Record<string, ReactNode>;

export type IconName = keyof typeof PATHS;

export function Icon({ name, size = 20 }: { name: IconName; size?: number }) {
  return (
    <svg className="icon" width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      {PATHS[name]}
    </svg>
  );
}
