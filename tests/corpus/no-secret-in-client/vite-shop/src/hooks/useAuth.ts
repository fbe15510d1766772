import { useCallback, useState } from 'react';
import { api } from '../api/http';

export function useAuth() {
  const [accessToken, setAccessToken] = useState(() => localStorage.getItem('access_token'));
  const login = useCallback(async (email: string, password: string) => {
    const { data } = await api.post('/auth/login', { email, password });
    localStorage.setItem('access_token', data.accessToken);
    localStorage.setItem('refresh_token', data.refreshToken);
    setAccessToken(data.accessToken);
  }, []);
  const logout = () => {
    localStorage.removeItem('access_token');
    setAccessToken(null);
  };
  return { accessToken, login, logout };
}
