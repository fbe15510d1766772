import { Injectable } from '@angular/core';
import { HttpClient, HttpHeaders } from '@angular/common/http';
import { environment } from '../../environments/environment';

@Injectable({ providedIn: 'root' })
export class PaymentService {
  constructor(private http: HttpClient) {}

  getOrder(id: string) {
    const headers = new HttpHeaders()
      .set('X-VTEX-API-AppKey', environment.vtexAppKey)
      .set('X-VTEX-API-AppToken', environment.vtexAppToken); // expect: secretHeader
    return this.http.get(`${environment.apiUrl}/oms/pvt/orders/${id}`, { headers });
  }
}
