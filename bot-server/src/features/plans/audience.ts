import { foldVietnamese, type Obligation, type Role, type UnitKind } from '@tds/shared';

/** Recipients above a school: an obligation sent there is the principal's (or an officer's) to send. */
const upward = /\b(ubnd|uy ban|phong|so giao duc|so gddt|bo giao duc|hoi dong thi dua[^,;]*(xa|tinh|so|nganh))\b/;

/**
 * Who owes an obligation by default, from the issuing unit's level and where it is sent. The
 * officer reviewing the import can change it; this only saves them the typing for the usual cases.
 */
export function defaultAudience(issuerKind: UnitKind, obligation: Pick<Obligation, 'recipient' | 'kind'>): Role[] {
  const sentUp = obligation.recipient !== null && upward.test(foldVietnamese(obligation.recipient));
  switch (issuerKind) {
    case 'group':
      return ['teacher', 'group_leader'];
    case 'school':
      return sentUp ? ['principal'] : ['teacher', 'group_leader', 'principal'];
    case 'commune':
      return ['principal', 'commune_officer'];
    case 'department':
      return ['commune_officer', 'dept_officer'];
  }
}
