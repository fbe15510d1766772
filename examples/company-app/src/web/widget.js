// Acme's storefront widget, bundled for the browser (src/web/** is client code in Acme's preset).

// ✅ The widget key is public by design (kind: 'public' in the company format).
const WIDGET_KEY = 'acme_pub_deadbeefc0ffeedeadbeefc0';

// ❌ A server API key in browser code.
const API_KEY = 'acme_test_deadbeefdeadbeefc0ffeec0ffeec0ff';

export function mountWidget(el) {
  el.dataset.key = WIDGET_KEY;
  el.dataset.debug = String(API_KEY.length);
}
