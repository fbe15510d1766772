const API_KEY = import.meta.env.VITE_FIREBASE_API_KEY;
const DB = import.meta.env.VITE_FIREBASE_DB_URL;

export async function signIn(email: string, password: string) {
  const res = await fetch(`https://identitytoolkit.googleapis.com/v1/accounts:signInWithPassword?key=${API_KEY}`, {
    method: 'POST',
    body: JSON.stringify({ email, password, returnSecureToken: true }),
  });
  return res.json();
}

export async function readTodos(idToken: string) {
  const res = await fetch(`${DB}/todos.json?auth=${idToken}`);
  return res.json();
}

export const publicKeyUrl = `https://api.example.com/keys?api_key=${import.meta.env.VITE_FIREBASE_PUBLIC_API_KEY}`;
