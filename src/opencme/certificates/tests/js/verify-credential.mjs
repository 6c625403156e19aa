// An independent check of a credential OpenCME issued: @digitalcredentials/vc with the
// eddsa-rdfc-2022 cryptosuite, offline. Usage:
//   node verify-credential.mjs <credential.json> <documents.json>
// documents.json maps URL -> JSON document (the issuer's controller document, its key, and the
// Open Badges context); the VC 2.0 context comes from @digitalcredentials/credentials-v2-context.
// Prints {"verified": true|false, "error": "..."} and exits 0 when verified, 1 when not.
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import * as vc from '@digitalcredentials/vc';
import {DataIntegrityProof} from '@digitalcredentials/data-integrity';
import {cryptosuite} from '@digitalcredentials/eddsa-rdfc-2022-cryptosuite';

const require = createRequire(import.meta.url);
const v2 = require('@digitalcredentials/credentials-v2-context');

const [credentialPath, documentsPath] = process.argv.slice(2);
const credential = JSON.parse(readFileSync(credentialPath, 'utf8'));
const documents = new Map(Object.entries(JSON.parse(readFileSync(documentsPath, 'utf8'))));
for(const [url, context] of v2.contexts) {
  documents.set(url, context);
}

async function documentLoader(url) {
  const document = documents.get(url);
  if(document === undefined) {
    throw new Error(`offline document loader: no local document for ${url}`);
  }
  return {contextUrl: null, documentUrl: url, document};
}

const suite = new DataIntegrityProof({cryptosuite});
const result = await vc.verifyCredential({credential, suite, documentLoader});
const error = result.error ?
  (result.error.errors || [result.error]).map(e => e.message || String(e)).join('; ') : '';
console.log(JSON.stringify({verified: result.verified, error}));
process.exit(result.verified ? 0 : 1);
