export const SUPPORT_TABS = ['activities', 'pupils'] as const
export type SupportTab = (typeof SUPPORT_TABS)[number]
