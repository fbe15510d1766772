// Acme billing service: calls Acme's internal API.
const ACME_API = 'https://api.acme.example/v2';

// ❌ An Acme API key (a company format from @acme/eslint-config) written into Acme's own secret header.
export async function listInvoicesLegacy() {
  const res = await fetch(`${ACME_API}/invoices`, {
    headers: { 'X-Acme-Api-Key': 'acme_live_c0ffeec0ffeedeadbeefdeadbeefc0ff', 'X-Acme-Tenant': 'storefront' },
  });
  return res.json();
}

// ❌ The key in the legacy `acme_key` query parameter.
export async function getInvoiceLegacy(id) {
  const res = await fetch(`${ACME_API}/invoices/${id}?acme_key=${process.env.ACME_API_KEY}`);
  return res.json();
}

// ✅ The key from the environment, in the header.
export async function listInvoices() {
  const res = await fetch(`${ACME_API}/invoices`, {
    headers: { 'X-Acme-Api-Key': process.env.ACME_API_KEY, 'X-Acme-Tenant': 'storefront' },
  });
  return res.json();
}
