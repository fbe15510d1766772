import { useEffect, useState } from 'react';

const API_KEY = import.meta.env.VITE_WEATHER_API_KEY; // expect: publicPrefixSecret
const MAPS_KEY = import.meta.env.VITE_GOOGLE_MAPS_API_KEY;

export function Weather({ city }: { city: string }) {
  const [temp, setTemp] = useState<number>();
  useEffect(() => {
    fetch(`https://api.example-weather.com/v1/current?q=${city}`, { headers: { 'X-Api-Key': API_KEY } })
      .then((r) => r.json())
      .then((d) => setTemp(d.temp));
  }, [city]);
  return <span data-maps={MAPS_KEY}>{temp}</span>;
}
