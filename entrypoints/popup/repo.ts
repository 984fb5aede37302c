// The popup's repo: each repo function it calls, bound to the extension's database (lib/repo/live.ts), so that
// its code calls `repo.listKols()` (import * as repo from this module) and never holds the database. Add a
// function here to use it; its documentation is at its definition in lib/repo. Named exports, not one object,
// so that the bundler drops what is unused and shortens the names.
import * as areas from '../../lib/repo/areas';
import * as complianceSettings from '../../lib/repo/compliance-settings';
import * as highlights from '../../lib/repo/highlights';
import * as kols from '../../lib/repo/kols';
import * as safety from '../../lib/repo/safety';
import * as sources from '../../lib/repo/sources';
import { live } from '../../lib/repo/live';

export const annotateSource = live(sources.annotateSource);
export const clipAndHighlight = live(highlights.clipAndHighlight);
export const findExistingSource = live(sources.findExistingSource);
export const getComplianceSettings = live(complianceSettings.getComplianceSettings);
export const listAreas = live(areas.listAreas);
export const listHighlights = live(highlights.listHighlights);
export const listKols = live(kols.listKols);
export const recordAdverseEventConfirmation = live(safety.recordAdverseEventConfirmation);
export const saveClip = live(sources.saveClip);
export const saveHighlight = live(highlights.saveHighlight);
