const appKey = '__FAKE_vtexAppKey_2__';
const appToken = '__FAKE_vtexAppToken_2__';

export async function saveLead(lead: Record<string, unknown>) {
  return fetch('https://mystore.vtexcommercestable.com.br/api/dataentities/CL/documents', {
    method: 'PATCH',
    headers: {
      'X-VTEX-API-AppKey': appKey,
      'X-VTEX-API-AppToken': appToken, // expect: hardcodedConstant
      'Content-Type': 'application/json',
    },
    body: JSON.stringify(lead),
  });
}
