export * from './schemas/org';
export * from './schemas/auth';
export * from './access/permissions';
export * from './text/fold';
