/**
 * The audit area's messages, English and Indonesian side by side. They join the catalogues in
 * lib/i18n/en.ts and lib/i18n/id.ts; keys start with "audit." so areas never collide.
 */
export const auditEn = {} as const;

export const auditId: Record<keyof typeof auditEn, string> = {};
