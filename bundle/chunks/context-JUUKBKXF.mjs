import { createRequire as __trustlintCreateRequire } from 'node:module'; const require = __trustlintCreateRequire(import.meta.url);
import {
  processIo
} from "./chunk-LVQ7OBQ6.mjs";
import "./chunk-I3NS34QP.mjs";
import "./chunk-LBAOIHDT.mjs";
import "./chunk-DAIUEL45.mjs";
export {
  processIo
};
