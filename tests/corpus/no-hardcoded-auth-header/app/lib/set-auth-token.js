import axios from 'axios';

const AUTH_HEADER = 'Authorization';

const setAuthToken = (token) => {
  if (token) {
    axios.defaults.headers.common[AUTH_HEADER] = `Bearer ${token}`;
  } else {
    delete axios.defaults.headers.common[AUTH_HEADER];
  }
};

export default setAuthToken;
