import { createRequire as __trustlintCreateRequire } from 'node:module'; const require = __trustlintCreateRequire(import.meta.url);
import {
  createProgram,
  main
} from "./chunk-Z6V3TRQB.mjs";
import "./chunk-Y4FDJ3WU.mjs";
import "./chunk-LVQ7OBQ6.mjs";
import "./chunk-I3NS34QP.mjs";
import "./chunk-LBAOIHDT.mjs";
import "./chunk-DAIUEL45.mjs";
export {
  createProgram,
  main
};
