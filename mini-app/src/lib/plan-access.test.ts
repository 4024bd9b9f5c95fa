import { describe, expect, it } from 'vitest';
import { mayManagePlan } from './plan-access';

const school = { id: 'th-dak-koi', path: '/so-gddt-quang-ngai/xa-dak-koi/th-dak-koi/' };
const commune = { id: 'xa-dak-koi', path: '/so-gddt-quang-ngai/xa-dak-koi/' };

describe('who may change a plan’s reminders', () => {
  it('lets managers of the issuing unit or one above it, not those below or teachers', () => {
    expect(mayManagePlan('commune_officer', commune, 'xa-dak-koi')).toBe(true);
    expect(mayManagePlan('commune_officer', commune, 'th-dak-koi')).toBe(true);
    expect(mayManagePlan('commune_officer', commune, 'so-gddt-quang-ngai')).toBe(false);
    expect(mayManagePlan('principal', school, 'xa-dak-koi')).toBe(false);
    expect(mayManagePlan('principal', school, 'th-dak-koi')).toBe(true);
    expect(mayManagePlan('teacher', school, 'th-dak-koi')).toBe(false);
    expect(mayManagePlan('admin', school, 'so-gddt-quang-ngai')).toBe(true);
  });
});
