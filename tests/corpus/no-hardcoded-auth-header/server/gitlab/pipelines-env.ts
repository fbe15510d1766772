import ky from 'ky';

const api = ky.create({
  prefixUrl: 'https://gitlab.com/api/v4',
  headers: { 'PRIVATE-TOKEN': process.env.GITLAB_TOKEN ?? '' },
});

export const jobs = (projectId: number) => api.get(`projects/${projectId}/jobs`).json();
