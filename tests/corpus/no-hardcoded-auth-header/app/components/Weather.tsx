import { useEffect, useState } from 'react';

const RAPIDAPI_KEY = '__FAKE_opaque_5__';

export function Weather({ city }: { city: string }) {
  const [data, setData] = useState<unknown>(null);
  useEffect(() => {
    fetch(`https://weatherapi-com.p.rapidapi.com/current.json?q=${encodeURIComponent(city)}`, {
      headers: {
        'X-RapidAPI-Key': RAPIDAPI_KEY, // expect: hardcodedConstant
        'X-RapidAPI-Host': 'weatherapi-com.p.rapidapi.com',
      },
    })
      .then((r) => r.json())
      .then(setData);
  }, [city]);
  return <pre>{JSON.stringify(data, null, 2)}</pre>;
}
