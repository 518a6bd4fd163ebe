/** Where settings live in extension storage: shared by the settings store and the page's guard (which carries no zod). */
export const SETTINGS_KEY = 'settings';
/** The storage area settings are kept in. */
export const SETTINGS_AREA = 'sync';
