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
  return routesOf((app as unknown as { router: RouterLike }).router);
}

/** Express's router, seen only as far as its stack (whose layer type @types/express does not export in full). */
interface RouterLike {
  stack: readonly unknown[];
}

/** The endpoints of one router mounted at `prefix`. */
export function routesOf(router: RouterLike, prefix = ''): RouteKey[] {
  const routes: RouteKey[] = [];
  const walk = (stack: readonly unknown[], at: string) => {
    for (const layer of stack as Layer[]) {
      if (layer.route) {
        for (const method of Object.keys(layer.route.methods)) routes.push(`${method.toUpperCase()} ${join(at, String(layer.route.path))}` as RouteKey);
      } else if (layer.handle.stack) {
        walk(layer.handle.stack, typeof layer.rawPath === 'string' ? join(at, layer.rawPath) : at);
      }
    }
  };
  walk(router.stack, prefix);
  return routes;
}

const join = (prefix: string, path: string) => (path === '/' ? prefix || '/' : `${prefix === '/' ? '' : prefix}${path}`);
