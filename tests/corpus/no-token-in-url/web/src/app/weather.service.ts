import { Injectable } from '@angular/core';
import { HttpClient, HttpParams } from '@angular/common/http';
import { environment } from '../environments/environment';

@Injectable({ providedIn: 'root' })
export class WeatherService {
  constructor(private http: HttpClient) {}

  forecast(city: string) {
    const params = new HttpParams().set('q', city).set('api_key', environment.weatherKey); // expect: tokenInQuery
    return this.http.get('/api/forecast', { params });
  }

  search(q: string) {
    return this.http.get(`${environment.api}/search`, { params: { q, access_token: environment.token } }); // expect: tokenInQuery
  }

  login(username: string, password: string) {
    const body = new HttpParams().set('username', username).set('password', password).set('client_secret', environment.clientSecret);
    return this.http.post('/oauth/token', body.toString(), { headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
  }
}
