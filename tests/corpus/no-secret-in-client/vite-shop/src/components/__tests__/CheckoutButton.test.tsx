import { render, screen } from '@testing-library/react';
import { vi } from 'vitest';
import { CheckoutButton } from '../CheckoutButton';

vi.stubEnv('VITE_MP_PUBLIC_KEY', 'TEST-public-key');
const token = '__FAKE_mpTestAccessToken_9__';

it('renders the wallet', async () => {
  render(<CheckoutButton items={[]} />);
  expect(await screen.findByText('Cargando...')).toBeTruthy();
  expect(token).toHaveLength(70);
});
