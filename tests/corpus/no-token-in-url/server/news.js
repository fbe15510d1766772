const axios = require('axios');
const API_KEY = process.env.NEWS_API_KEY;

exports.headlines = async (country) => {
  const { data } = await axios.get(`https://newsapi.org/v2/top-headlines?country=${country}&apiKey=${API_KEY}`); // expect: tokenInQuery
  return data.articles;
};

exports.everything = async (q) => {
  const { data } = await axios.get('https://newsapi.org/v2/everything', {
    params: { q, sortBy: 'publishedAt' },
    headers: { 'X-Api-Key': API_KEY },
  });
  return data.articles;
};
