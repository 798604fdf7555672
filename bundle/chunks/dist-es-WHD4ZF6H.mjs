import { createRequire as __trustlintCreateRequire } from 'node:module'; const require = __trustlintCreateRequire(import.meta.url);
import {
  ENV_ACCOUNT_ID,
  ENV_CREDENTIAL_SCOPE,
  ENV_EXPIRATION,
  ENV_KEY,
  ENV_SECRET,
  ENV_SESSION,
  fromEnv
} from "./chunk-6VOOOBPM.mjs";
import "./chunk-SPB7M6KX.mjs";
import "./chunk-HT7B4V43.mjs";
import "./chunk-FI57M2VO.mjs";
import "./chunk-XW5LKIXV.mjs";
import "./chunk-QVWHFMSQ.mjs";
import "./chunk-HRHRZLBE.mjs";
export {
  ENV_ACCOUNT_ID,
  ENV_CREDENTIAL_SCOPE,
  ENV_EXPIRATION,
  ENV_KEY,
  ENV_SECRET,
  ENV_SESSION,
  fromEnv
};
