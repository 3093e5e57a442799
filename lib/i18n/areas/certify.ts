/**
 * The certify area's messages, English and Indonesian side by side. They join the catalogues in
 * lib/i18n/en.ts and lib/i18n/id.ts; keys start with "certify." so areas never collide.
 */
export const certifyEn = {} as const;

export const certifyId: Record<keyof typeof certifyEn, string> = {};
