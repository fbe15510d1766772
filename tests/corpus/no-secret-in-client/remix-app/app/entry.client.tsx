import { RemixBrowser } from '@remix-run/react';
import { hydrateRoot } from 'react-dom/client';

const sentryDsn = window.ENV.SENTRY_DSN;
const adminToken = process.env.ADMIN_API_TOKEN; // expect: secretEnv

hydrateRoot(document, <RemixBrowser />);
export { sentryDsn, adminToken };
