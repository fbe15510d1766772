import axios from 'axios';

const instance = axios.create({ baseURL: 'https://api.partner.io' });
instance.defaults.headers.common.Authorization = 'Token __FAKE_opaque_21__'; // expect: hardcoded
instance.defaults.headers.post['Content-Type'] = 'application/json';

export default instance;
