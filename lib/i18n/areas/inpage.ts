/**
 * The words Assay draws inside other sites' pages (mail chips, the Docs and Figma panels), English and
 * Indonesian side by side. They join the catalogues in lib/i18n/en.ts and lib/i18n/id.ts; keys start
 * with "inpage." so areas never collide. Platform content scripts receive them from the background
 * (platform.config), so they add nothing to the scripts' bundles.
 */
export const inpageEn = {} as const;

export const inpageId: Record<keyof typeof inpageEn, string> = {};
