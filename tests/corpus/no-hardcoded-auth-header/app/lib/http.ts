import axios from 'axios';

axios.defaults.baseURL = 'https://api.acme.dev';
axios.defaults.headers.common['Accept'] = 'application/json';
axios.defaults.headers.common['Authorization'] = 'Bearer __FAKE_jwt_1__'; // expect: hardcoded

export default axios;
