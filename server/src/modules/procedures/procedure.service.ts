// Reading the procedure catalogue for the API: the list with each procedure's versions, and one definition (the
// version in force today unless a version is asked for).
import { PROCEDURE_CODES, type ProcedureDefinition } from '../../../../contracts/procedure';
import type { ProcedureListItem } from '../../../../contracts/procedure-list';
import { shanghaiDate } from '../../platform/legal-date';
import { currentProcedure, procedureDefinition, procedureVersions } from './procedure-catalogue';

export function listProcedures(now: Date): ProcedureListItem[] {
  const today = shanghaiDate(now);
  return PROCEDURE_CODES.filter((code) => procedureVersions(code).length > 0).map((code) => {
    const versions = procedureVersions(code);
    const inForce = versions.filter((d) => d.effectiveFrom <= today);
    const current = inForce.length > 0 ? currentProcedure(code, today) : versions[versions.length - 1];
    return {
      code,
      kind: current.kind,
      label: current.label,
      basis: current.basis,
      versions: versions.map((d) => ({ version: d.version, effectiveFrom: d.effectiveFrom })),
      currentVersion: inForce.length > 0 ? current.version : null,
    };
  });
}

export function getProcedure(code: string, version: number | undefined, now: Date): ProcedureDefinition {
  return version === undefined ? currentProcedure(code, shanghaiDate(now)) : procedureDefinition(code, version);
}
