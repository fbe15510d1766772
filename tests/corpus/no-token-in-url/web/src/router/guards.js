import router from './index';

export function afterLogin(token) {
  router.push({ path: '/home', query: { access_token: token } }); // expect: tokenInNavigation
}

export function toProfile(id) {
  router.push({ name: 'profile', params: { id }, query: { tab: 'settings' } });
}

export function popup(key) {
  window.open('/reports/export?format=csv&api_key=' + key, '_blank', 'noopener'); // expect: tokenInNavigation
}
