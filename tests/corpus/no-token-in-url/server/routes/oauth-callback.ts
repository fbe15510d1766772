import type { Request, Response } from 'express';

export async function callback(req: Request, res: Response) {
  const { access_token, refresh_token } = await exchange(String(req.query.code));
  res.redirect(`${process.env.FRONTEND_URL}/auth/done?access_token=${access_token}&refresh_token=${refresh_token}`); // expect: tokenInNavigation
}

export async function callbackWithCookie(req: Request, res: Response) {
  const { access_token } = await exchange(String(req.query.code));
  res.cookie('session', access_token, { httpOnly: true, secure: true, sameSite: 'lax' });
  res.redirect(`${process.env.FRONTEND_URL}/auth/done?state=${req.query.state}`);
}

declare function exchange(code: string): Promise<{ access_token: string; refresh_token: string }>;
