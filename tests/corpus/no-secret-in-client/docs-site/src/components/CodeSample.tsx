import { Highlight } from 'prism-react-renderer';

const SAMPLE = `curl -H 'Authorization: Bearer APP_USR-1234567890123456-123456-abcdefabcdefabcdefabcdefabcdefab-123456789' https://api.mercadopago.com/users/me`;
const ENV_SAMPLE = 'MP_ACCESS_TOKEN=YOUR_ACCESS_TOKEN';
const PLACEHOLDER = 'TEST-00000000-0000-0000-0000-000000000000';

export function CodeSample() {
  return <Highlight code={[SAMPLE, ENV_SAMPLE, PLACEHOLDER].join('\n')} language="bash" />;
}
