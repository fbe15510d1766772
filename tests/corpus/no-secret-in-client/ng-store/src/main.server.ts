import { bootstrapApplication } from '@angular/platform-browser';
import { AppComponent } from './app/app.component';
import { config } from './app/app.config.server';

const mpAccessToken = process.env.MP_ACCESS_TOKEN;

const bootstrap = () => bootstrapApplication(AppComponent, config);

export { mpAccessToken };
export default bootstrap;
