import { Component, inject } from '@angular/core';
import { CheckoutStore } from './checkout.store';
import { PaymentService } from '../services/payment.service';

@Component({
  selector: 'app-checkout',
  templateUrl: './checkout.component.html',
})
export class CheckoutComponent {
  readonly store = inject(CheckoutStore);
  private readonly payments = inject(PaymentService);
  private readonly webhookSecret = '__FAKE_stripeSecret_65__'; // expect: privateLiteral

  pay(orderId: string) {
    return this.payments.getOrder(orderId);
  }
}
