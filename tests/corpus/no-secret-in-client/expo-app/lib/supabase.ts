import { createClient } from '@supabase/supabase-js';

const url = process.env.EXPO_PUBLIC_SUPABASE_URL!;
const anonKey = process.env.EXPO_PUBLIC_SUPABASE_ANON_KEY!;
const serviceRole = process.env.SUPABASE_SERVICE_ROLE_KEY; // expect: secretEnv

export const supabase = createClient(url, anonKey);
export const admin = serviceRole ? createClient(url, serviceRole) : undefined;
