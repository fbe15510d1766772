const webpack = require('webpack');
const path = require('path');

module.exports = {
  entry: './src/index.js',
  output: { path: path.resolve(__dirname, 'dist') },
  plugins: [
    new webpack.EnvironmentPlugin(['NODE_ENV', 'API_URL', 'STRIPE_SECRET_KEY']), // expect: bundlerExposes
    new webpack.DefinePlugin({ 'process.env.SENTRY_DSN': JSON.stringify(process.env.SENTRY_DSN) }),
  ],
};
