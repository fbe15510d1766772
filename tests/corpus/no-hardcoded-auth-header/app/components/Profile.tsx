import { useQuery } from '@tanstack/react-query';
import { useSession } from '../hooks/useSession';

export function Profile() {
  const { token } = useSession();
  const { data } = useQuery({
    queryKey: ['me', token],
    queryFn: () => fetch('/api/me', { headers: { Authorization: `Bearer ${token}` } }).then((r) => r.json()),
  });
  return <div>{data?.name}</div>;
}
