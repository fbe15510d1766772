const { app, BrowserWindow } = require('electron');
const { autoUpdater } = require('electron-updater');

autoUpdater.setFeedURL({ provider: 'github', token: process.env.GH_TOKEN });
app.whenReady().then(() => new BrowserWindow({ width: 800, height: 600 }).loadFile('index.html'));
