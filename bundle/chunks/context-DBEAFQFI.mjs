import { createRequire as __trustlintCreateRequire } from 'node:module'; const require = __trustlintCreateRequire(import.meta.url);
import {
  processIo
} from "./chunk-NNN5EBIJ.mjs";
import "./chunk-DAIUEL45.mjs";
export {
  processIo
};
