import { NextResponse } from 'next/server';

const SENDGRID_KEY = 'SG.__FAKE_opaque_18__.__FAKE_opaque_19__';

export async function POST(req: Request) {
  const { to, subject, text } = await req.json();
  await fetch('https://api.sendgrid.com/v3/mail/send', {
    method: 'POST',
    headers: { Authorization: `Bearer ${SENDGRID_KEY}`, 'Content-Type': 'application/json' }, // expect: hardcodedConstant
    body: JSON.stringify({ personalizations: [{ to: [{ email: to }] }], from: { email: 'no-reply@acme.dev' }, subject, content: [{ type: 'text/plain', value: text }] }),
  });
  return NextResponse.json({ ok: true });
}
