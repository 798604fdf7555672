import { createRequire as __trustlintCreateRequire } from 'node:module'; const require = __trustlintCreateRequire(import.meta.url);
import {
  awsSettings,
  githubSettings,
  loadOnline,
  runAwsScan,
  runCheckWithAccessAnalyzer
} from "./chunk-EQFKPPFU.mjs";
import "./chunk-Y4FDJ3WU.mjs";
import "./chunk-I3NS34QP.mjs";
import "./chunk-LBAOIHDT.mjs";
import "./chunk-DAIUEL45.mjs";
export {
  awsSettings,
  githubSettings,
  loadOnline,
  runAwsScan,
  runCheckWithAccessAnalyzer
};
