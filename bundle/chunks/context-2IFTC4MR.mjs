import { createRequire as __trustlintCreateRequire } from 'node:module'; const require = __trustlintCreateRequire(import.meta.url);
import {
  processIo
} from "./chunk-L4XYYO23.mjs";
import "./chunk-ATCFNQUE.mjs";
import "./chunk-3MILNN3R.mjs";
import "./chunk-DAIUEL45.mjs";
export {
  processIo
};
