import { createRequire as __trustlintCreateRequire } from 'node:module'; const require = __trustlintCreateRequire(import.meta.url);
import {
  ENV_ACCOUNT_ID,
  ENV_CREDENTIAL_SCOPE,
  ENV_EXPIRATION,
  ENV_KEY,
  ENV_SECRET,
  ENV_SESSION,
  fromEnv
} from "./chunk-CXJL6MA3.mjs";
import "./chunk-M7OXIQF2.mjs";
import "./chunk-AW35DQJJ.mjs";
import "./chunk-YRBS4AS3.mjs";
import "./chunk-6Q4DRXP5.mjs";
import "./chunk-MTHRA6ME.mjs";
import "./chunk-DAIUEL45.mjs";
export {
  ENV_ACCOUNT_ID,
  ENV_CREDENTIAL_SCOPE,
  ENV_EXPIRATION,
  ENV_KEY,
  ENV_SECRET,
  ENV_SESSION,
  fromEnv
};
