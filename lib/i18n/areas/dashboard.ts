/**
 * The dashboard area's messages, English and Indonesian side by side. They join the catalogues in
 * lib/i18n/en.ts and lib/i18n/id.ts; keys start with "dashboard." so areas never collide.
 */
export const dashboardEn = {} as const;

export const dashboardId: Record<keyof typeof dashboardEn, string> = {};
