const releaseToken = process.env.GITHUB_TOKEN; // expect: secretEnv

document.getElementById('version').textContent = releaseToken ? 'signed' : 'dev';
