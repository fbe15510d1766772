/**
 * Throw-away projects for the env file tests (#20): a temp directory with an `eslint.config.js` (the
 * boundary of the `package.json` walk), a `package.json` that names the framework, env files holding
 * fake secrets (written at test time, never into the repository) and the linted files themselves
 * (the project lookup needs the file on disk).
 */
import { fake } from '../fixtures/fake.js';
import { project, type Project } from '../fixtures/modules/project.js';

export { removeProjects } from '../fixtures/modules/project.js';

export const secrets = {
  stripe: fake.stripeSecret(201),
  stripe2: fake.stripeSecret(202),
  stripe3: fake.stripeSecret(203),
  publishable: fake.stripePublishable(204),
  publishable2: fake.stripePublishable(205),
  mp: fake.mpAccessToken(206),
  mpPublic: fake.mpPublicKey(207),
  github: fake.githubToken(208),
  openai: fake.openaiProject(209),
  database: fake.databaseUrl(210),
};

/** A project whose `package.json` depends on `dependencies`, with `files` (env files, sources) written. */
export function envProject(dependencies: readonly string[], files: Readonly<Record<string, string>>): Project {
  const manifest = JSON.stringify({ name: 'app', private: true, dependencies: Object.fromEntries(dependencies.map((name) => [name, '*'])) });
  return project({ 'package.json': manifest, ...files });
}
