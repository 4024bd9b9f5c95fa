/** Demo people the tests act as (see bot-server/src/sandbox/demo-roster.ts). */
export const demo = {
  deptOfficer: 'demo-01',
  communeOfficer: 'demo-02',
  kindergartenPrincipal: 'demo-04',
  primaryPrincipal: 'demo-15',
  primaryGroupLeader: 'demo-17',
  primaryTeacher: 'demo-18',
  primaryTeacherUnlinkedBot: 'demo-20',
  secondaryPrincipal: 'demo-28',
} as const;

export const demoUnitIds = {
  department: 'so-gddt-quang-ngai',
  commune: 'xa-dak-koi',
  kindergarten: 'mn-dak-koi',
  primary: 'th-dak-koi',
  primaryGroup: 'th-dak-koi-to-1-3',
  secondary: 'thcs-dak-koi',
} as const;
