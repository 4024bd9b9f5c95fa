import type { Express } from 'express';

/** One registered endpoint, as `METHOD /full/path/:param`. */
export type RouteKey = `${string} /${string}`;

interface Layer {
  rawPath?: unknown;
  route?: { path: unknown; methods: Record<string, boolean> };
  handle: { stack?: Layer[] };
}

/**
 * Every endpoint the app serves, read from express's own router stack (mounted routers included),
 * so a route added anywhere shows up here without anyone remembering to list it.
 */
export function registeredRoutes(app: Express): RouteKey[] {
  const routes: RouteKey[] = [];
  const walk = (stack: Layer[], prefix: string) => {
    for (const layer of stack) {
      if (layer.route) {
        for (const method of Object.keys(layer.route.methods)) routes.push(`${method.toUpperCase()} ${join(prefix, String(layer.route.path))}` as RouteKey);
      } else if (layer.handle.stack) {
        walk(layer.handle.stack, typeof layer.rawPath === 'string' ? join(prefix, layer.rawPath) : prefix);
      }
    }
  };
  walk((app as unknown as { router: { stack: Layer[] } }).router.stack, '');
  return routes;
}

const join = (prefix: string, path: string) => (path === '/' ? prefix || '/' : `${prefix}${path}`);
