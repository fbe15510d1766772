export function withDigest(nonce: string) {
  return fetch('https://camera.local/snapshot', {
    headers: { Authorization: `Digest username="admin", realm="cam", nonce="${nonce}", uri="/snapshot"` },
  });
}

export const awsLike = { Authorization: 'AWS4-HMAC-SHA256 Credential=abc/20240101/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=def' };
