import { Injectable } from '@angular/core';
import { HttpClient, HttpHeaders } from '@angular/common/http';

@Injectable({ providedIn: 'root' })
export class OrdersService {
  private readonly serviceToken = 'svc___FAKE_hex_83__'; // expect: namedSecretLiteral
  private readonly tokenStorageKey = 'orders.accessToken';
  private readonly passwordPattern = '^(?=.*[a-z])(?=.*\\d).{12,}$';
  private readonly secretVersion = 'v2.4.1-orders-secret';

  constructor(private readonly http: HttpClient) {}

  list(clientSecret = '__FAKE_opaque_88__') { // expect: namedSecretLiteral
    const headers = new HttpHeaders({ 'X-Service-Token': this.serviceToken, 'X-Client-Secret': clientSecret });
    return this.http.get('/api/orders', { headers });
  }
}
