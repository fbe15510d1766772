import ky from 'ky';

const api = ky.create({
  prefixUrl: 'https://gitlab.com/api/v4',
  headers: { 'PRIVATE-TOKEN': '__FAKE_opaque_2__' }, // expect: hardcoded
});

export const pipelines = (projectId: number) => api.get(`projects/${projectId}/pipelines`).json();
