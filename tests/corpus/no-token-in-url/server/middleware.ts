import { NextResponse, type NextRequest } from 'next/server';

export function middleware(request: NextRequest) {
  const token = request.cookies.get('token')?.value;
  if (!token) return NextResponse.redirect(new URL('/login', request.url));
  const url = request.nextUrl.clone();
  url.searchParams.set('access_token', token); // expect: tokenInQuery
  return NextResponse.rewrite(url);
}
