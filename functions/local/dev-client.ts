/** The portal's client registration at the dev identity provider (local only, never a real secret). */
export const DEV_CLIENT = { id: 'passerelle-local', secret: 'local-dev-secret-not-for-production' };
