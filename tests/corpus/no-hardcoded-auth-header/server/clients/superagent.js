const request = require('superagent');

exports.fetchInvoices = () =>
  request
    .get('https://billing.acme.dev/invoices')
    .set('Accept', 'application/json')
    .set('Authorization', 'Bearer __FAKE_opaque_15__'); // expect: hardcoded

exports.fetchAs = (token) => request.get('https://billing.acme.dev/invoices').set({ Authorization: `Bearer ${token}` });
