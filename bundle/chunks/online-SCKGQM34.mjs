import { createRequire as __trustlintCreateRequire } from 'node:module'; const require = __trustlintCreateRequire(import.meta.url);
import {
  awsSettings,
  githubSettings,
  loadOnline,
  runAwsScan,
  runCheckWithAccessAnalyzer
} from "./chunk-MQDQ3XXL.mjs";
import "./chunk-JCRQTVMS.mjs";
import "./chunk-IBXWRIQW.mjs";
import "./chunk-5NIPEJ5H.mjs";
import "./chunk-DAIUEL45.mjs";
export {
  awsSettings,
  githubSettings,
  loadOnline,
  runAwsScan,
  runCheckWithAccessAnalyzer
};
