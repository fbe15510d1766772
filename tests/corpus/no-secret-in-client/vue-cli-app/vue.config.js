const webpack = require('webpack');
const { defineConfig } = require('@vue/cli-service');

module.exports = defineConfig({
  transpileDependencies: true,
  configureWebpack: {
    plugins: [
      new webpack.DefinePlugin({
        'process.env.VUE_APP_VERSION': JSON.stringify(require('./package.json').version),
        'process.env.MP_CLIENT_SECRET': JSON.stringify(process.env.MP_CLIENT_SECRET), // expect: bundlerExposes
      }),
    ],
  },
});
