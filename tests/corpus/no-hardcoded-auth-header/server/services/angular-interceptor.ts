import { Injectable } from '@angular/core';
import { HttpEvent, HttpHandler, HttpInterceptor, HttpRequest, HttpHeaders } from '@angular/common/http';
import { Observable } from 'rxjs';

@Injectable()
export class ApiKeyInterceptor implements HttpInterceptor {
  intercept(req: HttpRequest<unknown>, next: HttpHandler): Observable<HttpEvent<unknown>> {
    const cloned = req.clone({
      setHeaders: { 'X-API-Key': '__FAKE_opaque_6__' }, // expect: hardcoded
    });
    return next.handle(cloned);
  }
}

export const legacyHeaders = new HttpHeaders().set('Authorization', 'Basic ' + btoa('reporting:__FAKE_opaque_7__')); // expect: hardcoded
