import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import { freePort } from './free-port.js';
import { fullName, type TestCitizen, testCitizens } from './test-citizens.js';

export interface DevIdentityOptions {
  port: number;
  host?: string;
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  citizens?: TestCitizen[];
  /** Signing keys persist across restarts when given (so sessions survive `npm start` twice). */
  cookieKeys?: string[];
}

/**
 * A dev OpenID Connect provider (oidc-provider) standing in for LuxTrust and eID: its sign-in page
 * lists the test citizens, one button each. Authorization code with PKCE, like the real ones.
 */
export async function startDevIdentity(options: DevIdentityOptions) {
  const host = options.host ?? '127.0.0.1';
  // The issuer URL names the port, so a free one is chosen before the provider exists.
  const port = options.port || (await freePort());
  const issuer = `http://localhost:${port}`;
  const citizens = options.citizens ?? testCitizens;
  const configuration: Configuration = {
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        redirect_uris: options.redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        require_auth_time: true,
      },
    ],
    cookies: { keys: options.cookieKeys ?? ['passerelle-dev-identity'] },
    claims: {
      openid: ['sub'],
      profile: ['name', 'given_name', 'family_name'],
      email: ['email', 'email_verified'],
    },
    acrValues: ['luxtrust', 'eid'],
    features: { devInteractions: { enabled: false } },
    pkce: { required: () => true },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    ttl: {
      Session: 3600,
      Interaction: 600,
      Grant: 3600,
      AccessToken: 600,
      AuthorizationCode: 60,
      IdToken: 600,
    },
    async findAccount(_ctx, sub) {
      const citizen = citizens.find((candidate) => candidate.sub === sub);
      if (!citizen) return undefined;
      return {
        accountId: sub,
        claims: async () => ({
          sub,
          name: fullName(citizen),
          given_name: citizen.givenName,
          family_name: citizen.familyName,
          email: citizen.email,
          email_verified: true,
        }),
      };
    },
    // A first-party client: no consent screen, the grant is made on the spot.
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const { provider, client, session } = ctx.oidc;
      // oidc-provider asks only once an account is signed in, for a known client.
      if (!client || !session?.accountId)
        throw new Error('A grant was asked for before sign-in or without a client.');
      const existing = session.grantIdFor(client.clientId);
      if (existing) return provider.Grant.find(existing);
      const grant = new provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope('openid profile email');
      await grant.save();
      return grant;
    },
  };
  const provider = new Provider(issuer, configuration);
  provider.proxy = true;
  const callback = provider.callback();

  const server = createServer(async (req, res) => {
    try {
      const match = req.url?.match(/^\/interaction\/([\w-]+)(\/login)?/);
      if (!match) return callback(req, res);
      const details = await provider.interactionDetails(req, res);
      if (req.method === 'POST' && match[2]) {
        const form = new URLSearchParams(await readBody(req));
        const citizen = citizens.find((candidate) => candidate.sub === form.get('sub'));
        if (!citizen) return sendPage(res, 400, '<p>Unknown test citizen.</p>');
        const acr = String(details.params.acr_values ?? 'luxtrust');
        return provider.interactionFinished(
          req,
          res,
          { login: { accountId: citizen.sub, acr } },
          { mergeWithLastSubmission: false },
        );
      }
      return sendPage(
        res,
        200,
        loginPage(details.uid, String(details.params.acr_values ?? 'luxtrust'), citizens),
      );
    } catch (error) {
      sendPage(
        res,
        400,
        `<p>${escapeHtml(String((error as Error).message))}</p><p><a href="/">Start again</a></p>`,
      );
    }
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  return {
    issuer,
    port,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => {
      body += chunk;
      if (body.length > 10_000) req.destroy();
    });
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

function sendPage(res: ServerResponse, status: number, body: string) {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Dev identity provider</title><style>body{font:16px system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
button{font:inherit;padding:.6rem 1rem;border:1px solid #0b4f8a;background:#0b4f8a;color:#fff;border-radius:.4rem;cursor:pointer}
li{list-style:none;margin:0 0 1rem;padding:1rem;border:1px solid #ccc;border-radius:.5rem}small{display:block;color:#555;margin:.3rem 0 .6rem}</style></head>
<body>${body}</body></html>`);
}

function loginPage(uid: string, method: string, citizens: TestCitizen[]) {
  const label = method === 'eid' ? 'eID (electronic identity card)' : 'LuxTrust';
  const items = citizens
    .map(
      (
        citizen,
      ) => `<li><strong>${escapeHtml(fullName(citizen))}</strong><small>${escapeHtml(citizen.about)}</small>
<form method="post" action="/interaction/${uid}/login"><input type="hidden" name="sub" value="${escapeHtml(citizen.sub)}">
<button type="submit">Sign in as ${escapeHtml(fullName(citizen))}</button></form></li>`,
    )
    .join('');
  return `<h1>Sign in with ${label}</h1><p>This is the development identity provider: choose a test citizen.</p><ul>${items}</ul>`;
}
