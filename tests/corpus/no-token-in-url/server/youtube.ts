const KEY = process.env.YOUTUBE_API_KEY;

export async function* playlistItems(playlistId: string) {
  let pageToken = '';
  do {
    const res = await fetch(`https://www.googleapis.com/youtube/v3/playlistItems?part=snippet&playlistId=${playlistId}&maxResults=50&pageToken=${pageToken}&key=${KEY}`);
    const json = await res.json();
    yield* json.items;
    pageToken = json.nextPageToken ?? '';
  } while (pageToken);
}

export async function channelFeed(continuation: string, nextPageToken: string) {
  return fetch(`https://example.com/feed?continuation=${continuation}&next_page_token=${nextPageToken}`);
}
