import { useEffect, useState } from 'react';

const KEY = import.meta.env.VITE_OPENWEATHER_KEY;

export function useWeather(city: string) {
  const [data, setData] = useState<unknown>(null);
  useEffect(() => {
    fetch(`https://api.openweathermap.org/data/2.5/weather?q=${city}&appid=${KEY}&units=metric`) // expect: tokenInQuery
      .then((r) => r.json())
      .then(setData);
  }, [city]);
  return data;
}
