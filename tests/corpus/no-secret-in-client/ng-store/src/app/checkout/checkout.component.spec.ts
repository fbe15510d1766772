import { TestBed } from '@angular/core/testing';
import { CheckoutComponent } from './checkout.component';

const FAKE_TOKEN = '__FAKE_mpTestAccessToken_66__';

describe('CheckoutComponent', () => {
  it('creates', () => {
    TestBed.configureTestingModule({ imports: [CheckoutComponent] });
    expect(TestBed.createComponent(CheckoutComponent).componentInstance).toBeTruthy();
    expect(FAKE_TOKEN).toBeDefined();
  });
});
