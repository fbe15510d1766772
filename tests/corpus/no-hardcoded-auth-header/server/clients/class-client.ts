export class PartnerClient {
  private readonly baseUrl = 'https://partner.example.com/api';
  private readonly headers = {
    'Content-Type': 'application/json',
    'X-API-Token': '__FAKE_opaque_14__', // expect: hardcoded
  };

  async get<T>(path: string): Promise<T> {
    const res = await fetch(`${this.baseUrl}${path}`, { headers: this.headers });
    return (await res.json()) as T;
  }
}

export class SafeClient {
  constructor(private readonly token: string) {}
  private get headers() {
    return { 'X-API-Token': this.token };
  }
}
