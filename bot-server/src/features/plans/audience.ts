import { foldVietnamese, type Obligation, type Role, type UnitKind } from '@tds/shared';

const toDepartment = /\b(so giao duc|so gddt|so)\b/;
const toMinistry = /\b(bo giao duc|bo gddt|bo)\b/;
const aboveSchool = /\b(ubnd|uy ban|phong|so giao duc|so gddt|bo giao duc|hoi dong thi dua[^,;]*(xa|tinh|so|nganh))\b/;

/**
 * Who owes an obligation by default, from the issuing unit's level and where it is sent: the
 * commune's "gửi về UBND xã" is each school's (its principal's), its "báo cáo về Sở" is the commune
 * officer's own. The officer reviewing the import can change it; this saves typing for the usual cases.
 */
export function defaultAudience(issuerKind: UnitKind, obligation: Pick<Obligation, 'recipient' | 'kind'>): Role[] {
  const recipient = obligation.recipient === null ? '' : foldVietnamese(obligation.recipient);
  switch (issuerKind) {
    case 'group':
      return ['teacher', 'group_leader'];
    case 'school':
      return aboveSchool.test(recipient) ? ['principal'] : ['teacher', 'group_leader', 'principal'];
    case 'commune':
      return toDepartment.test(recipient) || toMinistry.test(recipient) ? ['commune_officer'] : ['principal'];
    case 'department':
      return toMinistry.test(recipient) ? ['dept_officer'] : ['commune_officer'];
  }
}
