/**
 * The cli area's messages, English and Indonesian side by side. They join the catalogues in
 * lib/i18n/en.ts and lib/i18n/id.ts; keys start with "cli." so areas never collide.
 */
export const cliEn = {} as const;

export const cliId: Record<keyof typeof cliEn, string> = {};
