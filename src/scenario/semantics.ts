/**
 * Meaning checks: what a schema cannot see because it needs the whole file (ids that must exist,
 * be unique or be mutual), plus warnings about legal but probably unintended set-ups. They read
 * the value loosely, so they also run on a file with shape errors.
 *
 * The checks of each section of the format are in `semantics/`, in a module named after the
 * section (`roles.ts` for "roles"...), like the schema's; this file runs them in order, the
 * order in which an author reads their messages.
 */
import type { Problem } from '../format';
import { Checker } from './checker';
import { isObj } from './loose';
import { checkActions } from './semantics/actions';
import { checkDistricts } from './semantics/districts';
import { checkDrift } from './semantics/drift';
import { checkEndConditions } from './semantics/endConditions';
import { checkEvents } from './semantics/events';
import { checkIndicators } from './semantics/indicators';
import { checkInjects } from './semantics/injects';
import { checkIntelligence } from './semantics/intelligence';
import { collectKnown } from './semantics/known';
import { checkObjectives } from './semantics/objectives';
import { warnUnreachable } from './semantics/reachable';
import { checkRoles, checkTrust } from './semantics/roles';
import { Suggester } from './suggest';
import { checkTranslations } from './translations';

export function checkMeaning(
  input: unknown,
  suggest = new Suggester(),
): { errors: Problem[]; warnings: Problem[] } {
  if (!isObj(input)) return { errors: [], warnings: [] };
  const c = new Checker(collectKnown(input), suggest);
  checkIndicators(c, input);
  checkDistricts(c, input);
  checkRoles(c, input);
  checkTrust(c, input);
  checkActions(c, input);
  checkIntelligence(c, input);
  checkInjects(c, input);
  checkEvents(c, input);
  checkDrift(c, input);
  checkEndConditions(c, input);
  checkObjectives(c, input);
  warnUnreachable(c, input);
  const translations = checkTranslations(input);
  return {
    errors: [...c.errors, ...translations.errors],
    warnings: [...c.warnings, ...translations.warnings],
  };
}
