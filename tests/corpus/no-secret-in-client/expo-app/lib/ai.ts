import Constants from 'expo-constants';

// app.config.ts copies these into `extra`, which ships inside the app
export const OPENAI_API_KEY = Constants.expoConfig?.extra?.openaiApiKey; // expect: secretEnv
const extra = Constants.expoConfig?.extra || Constants.manifest?.extra || {};
export const supabase = { url: extra.supabaseUrl, anonKey: extra.supabaseAnonKey };
export const stripeKey = extra.stripeSecretKey; // expect: secretEnv
export const projectId = Constants.expoConfig?.extra?.eas?.projectId;
