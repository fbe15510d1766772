import Link from 'next/link';

export function ProductGrid({ prices, siteUrl }: { prices: Price[]; siteUrl?: string }) {
  return (
    <ul>
      {prices.map((price) => (
        <li key={price.id}>
          <Link href={`${siteUrl}/products/${price.id}`}>{price.nickname}</Link>
        </li>
      ))}
    </ul>
  );
}
