import { readSettingsLayer, type PartialExtensionSettings } from './extension-settings.ts';

/** Injected by wxt.config.ts from PROTOKOLL_DEFAULTS; absent in unit tests. */
declare const __PROTOKOLL_BUILD_DEFAULTS__: unknown;

/** The organisation's build-time defaults (validated again, as every layer is). */
export const BUILD_DEFAULTS: PartialExtensionSettings =
  typeof __PROTOKOLL_BUILD_DEFAULTS__ === 'undefined' ? {} : readSettingsLayer(__PROTOKOLL_BUILD_DEFAULTS__).settings;
