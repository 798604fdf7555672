import { createRequire as __trustlintCreateRequire } from 'node:module'; const require = __trustlintCreateRequire(import.meta.url);
import {
  processIo
} from "./chunk-25QPLATS.mjs";
import "./chunk-MHX37NJA.mjs";
import "./chunk-C5MSNBDI.mjs";
import "./chunk-DAIUEL45.mjs";
export {
  processIo
};
