// Authentication and the route-level permission check, run before validation and every handler.
import type { FastifyRequest } from 'fastify';
import { hasPermission, type Actor } from '../auth/policy';
import { AppError, forbidden, unauthenticated } from '../errors';

export type ActorResolver = (
  req: FastifyRequest,
) => Promise<{ actor: Actor } | { actor: null; reason: 'none' | 'expired' }>;

export function makeAuthenticate(resolve: ActorResolver) {
  return async function authenticate(req: FastifyRequest): Promise<void> {
    const auth = req.routeOptions.config?.auth;
    if (auth === undefined) {
      // Unknown routes (404) have no config: nothing to authenticate.
      if (req.routeOptions.url === undefined) return;
      throw new Error(`route ${req.routeOptions.url} declares no auth`);
    }
    if (auth === 'public') return;
    const resolution = await resolve(req);
    if (!resolution.actor)
      throw unauthenticated(resolution.reason === 'expired' ? 'session_expired' : 'unauthenticated');
    const actor = resolution.actor;
    req.actor = actor;
    if (!req.routeOptions.config.allowRestricted) {
      if (actor.mfaSetupRequired) throw new AppError('mfa_setup_required', 403, 'mfa_setup_required');
      if (actor.mustChangePassword) throw new AppError('password_change_required', 403, 'password_change_required');
    }
    if (req.routeOptions.config.sessionOnly && actor.via !== 'session') throw forbidden('token_not_allowed');
    if (auth !== 'authenticated' && !hasPermission(actor, auth)) throw forbidden();
  };
}
