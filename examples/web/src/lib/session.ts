// The signed-in user's session, filled in after login. Not an app credential.
export const session: { accessToken: string | null } = {
  accessToken: localStorage.getItem('session_token'),
};
