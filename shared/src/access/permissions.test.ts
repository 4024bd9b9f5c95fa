import { describe, expect, it } from 'vitest';
import { can, mayAssignRole, type Actor } from './permissions';

const principal: Actor = { personId: 'p1', role: 'principal', unitId: 's1', unitPath: '/d/c/s1/' };
const teacher: Actor = { personId: 't1', role: 'teacher', unitId: 'g1', unitPath: '/d/c/s1/g1/' };

describe('permission table', () => {
  it('denies an action a role is not granted', () => {
    expect(can(teacher, 'org.roster.import', { unitPath: teacher.unitPath })).toBe(false);
  });
  it('limits subtree grants to the actor unit and below', () => {
    expect(can(principal, 'org.people.read', { unitPath: '/d/c/s1/g1/' })).toBe(true);
    expect(can(principal, 'org.people.read', { unitPath: '/d/c/s2/' })).toBe(false);
    expect(can(principal, 'org.people.read', { unitPath: '/d/c/' })).toBe(false);
  });
  it('does not confuse a sibling whose id shares a prefix', () => {
    expect(can(principal, 'org.people.read', { unitPath: '/d/c/s10/' })).toBe(false);
  });
  it('limits self grants to the owner', () => {
    expect(can(teacher, 'org.people.read', { ownerId: 't1' })).toBe(true);
    expect(can(teacher, 'org.people.read', { ownerId: 't2' })).toBe(false);
  });
  it('lets everyone read plans up and down their chain, not beside it', () => {
    expect(can(teacher, 'plans.read', { unitPath: '/d/c/' })).toBe(true);
    expect(can(teacher, 'plans.read', { unitPath: '/d/' })).toBe(true);
    expect(can(teacher, 'plans.read', { unitPath: '/d/c/s2/' })).toBe(false);
    expect(can(principal, 'plans.read', { unitPath: '/d/c/s1/g1/' })).toBe(true);
    expect(can(teacher, 'plans.manage', { unitPath: teacher.unitPath })).toBe(false);
  });
  it('never lets anyone assign a role above their own', () => {
    expect(mayAssignRole(principal, 'teacher')).toBe(true);
    expect(mayAssignRole(principal, 'commune_officer')).toBe(false);
  });
});
