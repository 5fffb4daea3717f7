import '../../test/extension-page/support/scan-entry.ts';
import { CoreFinderRegExp } from './core-finder-regexp.ts';

(window as unknown as { CoreFinderRegExp: typeof CoreFinderRegExp }).CoreFinderRegExp = CoreFinderRegExp;
