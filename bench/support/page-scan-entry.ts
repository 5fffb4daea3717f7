import '../../harness/scan-entry.ts';
import { CoreFinderRegExp } from './core-finder-regexp.ts';
import { scanFloor } from './scan-floor.ts';

(window as unknown as { CoreFinderRegExp: typeof CoreFinderRegExp }).CoreFinderRegExp = CoreFinderRegExp;
(window as unknown as { scanFloor: typeof scanFloor }).scanFloor = scanFloor;
