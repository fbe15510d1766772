import { render } from '@testing-library/react';
import type { ReactElement } from 'react';

export const TEST_ACCESS_TOKEN = '__FAKE_mpTestAccessToken_70__';

export function renderWithToken(ui: ReactElement) {
  localStorage.setItem('access_token', TEST_ACCESS_TOKEN);
  return render(ui);
}
