import type { Metadata } from 'next';

export const metadata: Metadata = { title: process.env.SITE_NAME ?? 'Tienda' };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  const analyticsSecret = process.env.ANALYTICS_API_SECRET;
  return (
    <html lang="es">
      <body data-analytics={analyticsSecret ? 'on' : 'off'}>{children}</body>
    </html>
  );
}
