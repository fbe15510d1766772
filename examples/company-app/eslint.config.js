// An Acme app: it only extends the company's shared config.
import acme from '@acme/eslint-config';

export default [...acme];
