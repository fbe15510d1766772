type Props = { fileId: string; token: string };

export function DownloadLink({ fileId, token }: Props) {
  return (
    <a href={`${import.meta.env.VITE_API}/files/${fileId}/download?access_token=${token}`} download>Download</a> // expect: tokenInNavigation
  );
}

export function Avatar({ userId, token }: { userId: string; token: string }) {
  return <img alt="" src={`/api/users/${userId}/avatar?auth_token=${token}`} />; // expect: tokenInQuery
}

export function Help() {
  return <a href="/docs/api?section=access_token">What is an access token?</a>;
}
