import { createRequire as __trustlintCreateRequire } from 'node:module'; const require = __trustlintCreateRequire(import.meta.url);
import {
  __commonJS,
  __require,
  __toESM,
  init_define_TRUSTLINT_PACKAGE
} from "./chunk-DAIUEL45.mjs";

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar;
    exports.isSeq = isSeq;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key2, node, visitor, path) {
      const ctrl = callVisitor(key2, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key2, path, ctrl);
        return visit_(key2, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key2, node, visitor, path) {
      const ctrl = await callVisitor(key2, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key2, path, ctrl);
        return visitAsync_(key2, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key2, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key2, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key2, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key2, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key2, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key2, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key2, node, path);
      return void 0;
    }
    function replaceNode(key2, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key2] = node;
      } else if (identity.isPair(parent)) {
        if (key2 === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    function applyReviver(reviver, obj, key2, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key2, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count2 = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count2)
            count2 = c;
        }
        return count2;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key2, ...rest] = path;
          const node = this.get(key2, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key2, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key2, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key2);
        const node = this.get(key2, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key2, ...rest] = path;
        const node = this.get(key2, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key2, ...rest] = path;
        if (rest.length === 0)
          return this.has(key2);
        const node = this.get(key2, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key2, ...rest] = path;
        if (rest.length === 0) {
          this.set(key2, value);
        } else {
          const node = this.get(key2, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key2, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold2 = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold2 === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold2])
            res += `${text[fold2]}\\`;
          res += `
${indent}${text.slice(fold2 + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key: key2, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key2) && key2.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key2) || !identity.isNode(key2) && typeof key2 === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key2 || keyComment && value == null && !ctx.inFlow || identity.isCollection(key2) || (identity.isScalar(key2) ? key2.type === Scalar.Scalar.BLOCK_FOLDED || key2.type === Scalar.Scalar.BLOCK_LITERAL : typeof key2 === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key2, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key2) => (merge.identify(key2) || identity.isScalar(key2) && (!key2.type || key2.type === Scalar.Scalar.PLAIN) && merge.identify(key2.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key2, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key2))
            map.set(key2, value2);
        } else if (map instanceof Set) {
          map.add(key2);
        } else if (!Object.prototype.hasOwnProperty.call(map, key2)) {
          Object.defineProperty(map, key2, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key: key2, value }) {
      if (identity.isNode(key2) && key2.addToJSMap)
        key2.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key2))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key2, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key2, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key2, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key2) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key2.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key2, value, ctx) {
      const k = createNode.createNode(key2, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key2, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key2;
        this.value = value;
      }
      clone(schema) {
        let { key: key2, value } = this;
        if (identity.isNode(key2))
          key2 = key2.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key2, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key2) {
      const k = identity.isScalar(key2) ? key2.value : key2;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key2 || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add2 = (key2, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key2, value);
          else if (Array.isArray(replacer) && !replacer.includes(key2))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key2, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key2, value] of obj)
            add2(key2, value);
        } else if (obj && typeof obj === "object") {
          for (const key2 of Object.keys(obj))
            add2(key2, obj[key2]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key2) {
        const it = findPair(this.items, key2);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key2, keepScalar) {
        const it = findPair(this.items, key2);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key2) {
        return !!findPair(this.items, key2);
      }
      set(key2, value) {
        this.add(new Pair.Pair(key2, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key2) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key2, keepScalar) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key2) {
        const idx = asItemIndex(key2);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key2, value) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key2}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key2 = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key2, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key2) {
      let idx = identity.isScalar(key2) ? key2.value : key2;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key2, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key2 = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key2 = keys[0];
              value = it[key2];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key2 = it;
          }
          pairs2.items.push(Pair.createPair(key2, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key2, value;
          if (identity.isPair(pair)) {
            key2 = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key2, ctx);
          } else {
            key2 = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key2))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key2, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key: key2 } of pairs$1.items) {
          if (identity.isScalar(key2)) {
            if (seenKeys.includes(key2.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key2.value}`);
            } else {
              seenKeys.push(key2.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key2) {
        let pair;
        if (identity.isPair(key2))
          pair = key2;
        else if (key2 && typeof key2 === "object" && "key" in key2 && "value" in key2 && key2.value === null)
          pair = new Pair.Pair(key2.key, null);
        else
          pair = new Pair.Pair(key2, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key2, keepPair) {
        const pair = YAMLMap.findPair(this.items, key2);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key2, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key2);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key2));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key2) => key2 !== "yaml11").map((key2) => JSON.stringify(key2)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key2) => JSON.stringify(key2)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key2, value, options = {}) {
        const k = this.createNode(key2, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key2) {
        return assertCollection(this.contents) ? this.contents.delete(key2) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key2, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key2, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key2) {
        return identity.isCollection(this.contents) ? this.contents.has(key2) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key2, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key2], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key2, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError2 = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count2 = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count2 = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count2);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError2;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    function resolveProps(tokens2, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens2) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens2[tokens2.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    function containsNewline(key2) {
      if (!key2)
        return null;
      switch (key2.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key2.source.includes("\n"))
            return true;
          if (key2.end) {
            for (const st of key2.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key2.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var identity = require_identity();
    function mapIncludes(ctx, items, search2) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search2));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key: key2, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key2 ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key2) {
            if (key2.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key2 && key2.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key2)) {
            onError(key2 ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key2 ? composeNode(ctx, key2, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key2, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key2 || key2.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap = fc.start.source === "{";
      const fcName = isMap ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key: key2, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key2 ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key2))
            onError(
              key2,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key2 ? composeNode(ctx, key2, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key2))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold: fold2, offset } = foldNewline(source, i);
          res += fold2;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold2 = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold2 += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold2)
        fold2 = " ";
      return { fold: fold2, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer2 = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens2, forceDoc = false, endOffset = -1) {
        for (const token of tokens2)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer2;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key2 of Object.keys(token))
          if (key2 !== "type" && key2 !== "offset")
            delete token[key2];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key2 of Object.keys(token))
            if (key2 !== "type" && key2 !== "offset")
              delete token[key2];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key: key2, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key2)
        res += stringifyToken(key2);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key2 = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key: key2, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// packages/core/dist/model/span.js
init_define_TRUSTLINT_PACKAGE();
function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10)
      starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10)
      starts.push(i + 1);
  }
  return starts;
}
function positionAt(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if ((starts[mid] ?? 0) <= offset)
      lo = mid;
    else
      hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] ?? 0), offset };
}
function firstLineSpan(text) {
  const end = text.search(/\r?\n|\r/);
  const length = end < 0 ? text.length : end;
  return { start: { line: 1, column: 0, offset: 0 }, end: { line: 1, column: length, offset: length } };
}

// packages/core/dist/model/policy.js
init_define_TRUSTLINT_PACKAGE();
var UNRESOLVED_OPEN = "\uE000";
var UNRESOLVED_CLOSE = "\uE001";
function unresolvedMarker(index) {
  return `${UNRESOLVED_OPEN}${index}${UNRESOLVED_CLOSE}`;
}
var MARKER_RE = /\uE000(\d+)\uE001/g;
var SINGLE_MARKER_RE = /^\uE000\d+\uE001$/;
function displayValue(value, parts = []) {
  return value.replace(MARKER_RE, (_m, id) => {
    const part = parts.find((p) => p.id === Number(id));
    return part ? `<${part.expression}>` : "<unresolved>";
  });
}
function markerIds(value) {
  return markersIn(value).map((m) => m.id);
}
function markersIn(value) {
  return [...value.matchAll(MARKER_RE)].map((m) => ({ id: Number(m[1]), start: m.index, end: m.index + m[0].length }));
}
function replaceMarkers(value, replacement) {
  return value.replace(MARKER_RE, () => replacement);
}
function isSingleMarker(value) {
  return SINGLE_MARKER_RE.test(value);
}
function collectUnresolved(root, path = []) {
  switch (root.type) {
    case "string":
      return (root.unresolved ?? []).map((part) => ({ part, path }));
    case "array":
      return root.items.flatMap((item, i) => collectUnresolved(item, [...path, i]));
    case "object":
      return root.members.flatMap((m) => collectUnresolved(m.value, [...path, m.key]));
    default:
      return [];
  }
}
function hasMarker(value) {
  return value.includes(UNRESOLVED_OPEN);
}
function getMember(obj, key2) {
  return obj.members.findLast((m) => m.key === key2);
}
function nodeAt(root, path) {
  let cur = root;
  for (const seg of path) {
    if (!cur)
      return void 0;
    if (typeof seg === "number") {
      cur = cur.type === "array" ? cur.items[seg] : void 0;
    } else {
      cur = cur.type === "object" ? cur.members.findLast((m) => m.key === seg)?.value : void 0;
    }
  }
  return cur;
}
function toJson(node) {
  switch (node.type) {
    case "string":
    case "number":
    case "boolean":
    case "null":
      return node.value;
    case "array":
      return node.items.map(toJson);
    case "object": {
      const out = {};
      for (const m of node.members)
        out[m.key] = toJson(m.value);
      return out;
    }
  }
}
var UnresolvedAllocator = class {
  next = 0;
  part(expression, reason, span, file) {
    const id = this.next++;
    return { marker: unresolvedMarker(id), part: { id, expression, reason, span, ...file !== void 0 ? { file } : {} } };
  }
};

// packages/core/dist/arrays.js
init_define_TRUSTLINT_PACKAGE();
function appendAll(into, items) {
  for (const item of items)
    into.push(item);
  return into;
}

// packages/core/dist/github/audiences.js
init_define_TRUSTLINT_PACKAGE();
var DEFAULT_AUDIENCES = ["sts.amazonaws.com"];

// packages/core/dist/iam/match.js
init_define_TRUSTLINT_PACKAGE();
var ESCAPES = /* @__PURE__ */ new Set(["*", "?", "$"]);
var VARIABLE_BODY = /^\s*([^,'\s](?:[^,']*[^,'\s])?)\s*(?:,\s*'([^']*)'\s*)?$/;
var MARKER_DIGITS = /^\d+$/;
function markerLength(raw, i) {
  if (raw[i] !== UNRESOLVED_OPEN)
    return 0;
  const close = raw.indexOf(UNRESOLVED_CLOSE, i + 1);
  if (close < 0 || !MARKER_DIGITS.test(raw.slice(i + 1, close)))
    return 0;
  return close - i + 1;
}
function variableToken(body, raw) {
  if (ESCAPES.has(body))
    return { kind: "text", text: body };
  const m = VARIABLE_BODY.exec(body);
  if (!m?.[1])
    return null;
  return { kind: "variable", key: m[1], fallback: m[2], raw };
}
var TOKEN_CACHES = Array.from({ length: 4 }, () => /* @__PURE__ */ new Map());
var TOKEN_CACHE_LIMIT = 2e4;
function tokenize(raw, syntax) {
  const cache3 = TOKEN_CACHES[(syntax.wildcards ? 2 : 0) + (syntax.variables ? 1 : 0)];
  const cached = cache3.get(raw);
  if (cached)
    return cached;
  const tokens2 = tokenizeUncached(raw, syntax);
  if (cache3.size >= TOKEN_CACHE_LIMIT)
    cache3.clear();
  cache3.set(raw, tokens2);
  return tokens2;
}
function tokenizeUncached(raw, syntax) {
  const tokens2 = [];
  let text = "";
  const push2 = (token) => {
    if (text)
      tokens2.push({ kind: "text", text });
    text = "";
    tokens2.push(token);
  };
  let i = 0;
  let nextClose = -1;
  while (i < raw.length) {
    const ch = raw.charAt(i);
    const marker = markerLength(raw, i);
    if (marker > 0) {
      push2({ kind: "marker", text: raw.slice(i, i + marker) });
      i += marker;
      continue;
    }
    if (syntax.variables && raw.startsWith("${", i)) {
      if (nextClose !== Infinity && nextClose < i + 2) {
        const found = raw.indexOf("}", i + 2);
        nextClose = found < 0 ? Infinity : found;
      }
      const close = nextClose === Infinity ? -1 : nextClose;
      const token = close < 0 ? null : variableToken(raw.slice(i + 2, close), raw.slice(i, close + 1));
      if (token) {
        push2(token);
        i = close + 1;
        continue;
      }
    }
    if (syntax.wildcards && ch === "*")
      push2({ kind: "any" });
    else if (syntax.wildcards && ch === "?")
      push2({ kind: "one" });
    else
      text += ch;
    i += 1;
  }
  if (text)
    tokens2.push({ kind: "text", text });
  return tokens2;
}
function hasMarkerToken(tokens2) {
  return tokens2.some((t) => t.kind === "marker");
}
function resolveVariables(tokens2, lookup) {
  if (!tokens2.some((t) => t.kind === "variable"))
    return tokens2;
  const out = [];
  for (const t of tokens2) {
    if (t.kind !== "variable") {
      out.push(t);
      continue;
    }
    const value = lookup(t.key) ?? t.fallback;
    if (value === void 0)
      return null;
    out.push({ kind: "text", text: value });
  }
  return out;
}
var ANY = 0;
var ONE = 1;
function fold(s, ignoreCase) {
  return ignoreCase ? s.toLowerCase() : s;
}
function toUnits(tokens2, ignoreCase, markerAsWildcard) {
  const units = [];
  const pushText = (s) => {
    for (const ch of fold(s, ignoreCase))
      units.push(ch);
  };
  for (const t of tokens2) {
    if (t.kind === "any")
      units.push(ANY);
    else if (t.kind === "one")
      units.push(ONE);
    else if (t.kind === "marker" && markerAsWildcard)
      units.push(ANY);
    else if (t.kind === "variable")
      pushText(t.raw);
    else
      pushText(t.text);
  }
  return units;
}
function globUnits(units, text) {
  let p = 0;
  let t = 0;
  let starP = -1;
  let starT = 0;
  while (t < text.length) {
    const u = units[p];
    if (u === ONE || typeof u === "string" && u === text[t]) {
      p += 1;
      t += 1;
    } else if (u === ANY) {
      starP = p;
      starT = t;
      p += 1;
    } else if (starP >= 0) {
      p = starP + 1;
      starT += 1;
      t = starT;
    } else {
      return false;
    }
  }
  while (units[p] === ANY)
    p += 1;
  return p === units.length;
}
function compile(units) {
  const literal = (u) => typeof u === "string";
  const first = units.findIndex((u) => !literal(u));
  if (first < 0)
    return { units, exact: units.join(""), prefix: "", suffix: "" };
  let last = units.length;
  while (last > first && literal(units[last - 1]))
    last -= 1;
  return { units, exact: void 0, prefix: units.slice(0, first).join(""), suffix: units.slice(last).join("") };
}
function globCompiled(c, value, ignoreCase) {
  const folded = fold(value, ignoreCase);
  if (c.exact !== void 0)
    return folded === c.exact;
  if (!folded.startsWith(c.prefix) || !folded.endsWith(c.suffix))
    return false;
  return globUnits(c.units, Array.from(folded));
}
var COMPILED = /* @__PURE__ */ new WeakMap();
function compiled(tokens2, ignoreCase, markerAsWildcard) {
  let forTokens = COMPILED.get(tokens2);
  if (!forTokens) {
    forTokens = /* @__PURE__ */ new Map();
    COMPILED.set(tokens2, forTokens);
  }
  const mode = (ignoreCase ? 2 : 0) + (markerAsWildcard ? 1 : 0);
  let c = forTokens.get(mode);
  if (!c) {
    c = compile(toUnits(tokens2, ignoreCase, markerAsWildcard));
    forTokens.set(mode, c);
  }
  return c;
}
function matchTokens(tokens2, value, ignoreCase, mode) {
  const certain = globCompiled(compiled(tokens2, ignoreCase, false), value, ignoreCase);
  if (certain || mode === "literal" || !hasMarkerToken(tokens2))
    return certain;
  return globCompiled(compiled(tokens2, ignoreCase, true), value, ignoreCase) ? "unknown" : false;
}
function splitArnUnits(units) {
  const parts = [[]];
  for (const u of units) {
    if (u === ":" && parts.length < 6)
      parts.push([]);
    else
      parts[parts.length - 1]?.push(u);
  }
  return parts.length === 6 ? parts : null;
}
var ARN_PARTS = /* @__PURE__ */ new WeakMap();
function arnComponentsMatch(tokens2, value) {
  let pattern = ARN_PARTS.get(tokens2);
  if (pattern === void 0) {
    pattern = splitArnUnits(compiled(tokens2, false, false).units);
    ARN_PARTS.set(tokens2, pattern);
  }
  if (!pattern)
    return false;
  const target = splitArnUnits(Array.from(value));
  if (!target)
    return false;
  return pattern.every((component, i) => globUnits(component, target[i] ?? []));
}
function matchArnTokens(tokens2, value, mode) {
  const certain = arnComponentsMatch(tokens2, value);
  if (certain || mode === "literal" || !hasMarkerToken(tokens2))
    return certain;
  return globCompiled(compiled(tokens2, false, true), value, false) ? "unknown" : false;
}
function matchesWildcard(pattern, value, ignoreCase) {
  return globCompiled(compiled(tokenize(pattern, { wildcards: true, variables: false }), ignoreCase, false), value, ignoreCase);
}
function actionMatches(pattern, action) {
  return matchesWildcard(pattern, action, true);
}
function actionMatchesTri(pattern, action, mode) {
  return matchTokens(tokenize(pattern, { wildcards: true, variables: false }), action, true, mode);
}

// packages/core/dist/github/issuers.js
init_define_TRUSTLINT_PACKAGE();
var PROVIDER_ARN_RE = /^arn:aws[a-z-]*:iam::[^:]*:oidc-provider\/(.+)$/;
function providerPrefix(value) {
  let v = value.trim();
  const arn = PROVIDER_ARN_RE.exec(v);
  if (arn?.[1] !== void 0)
    v = arn[1];
  v = v.replace(/^https?:\/\//i, "").replace(/\/+$/, "");
  const slash = v.indexOf("/");
  return slash < 0 ? v.toLowerCase() : v.slice(0, slash).toLowerCase() + v.slice(slash);
}
function githubIssuerKind(prefix, configured = []) {
  const p = prefix;
  if (p === "token.actions.githubusercontent.com")
    return "github.com";
  if (/^token\.actions\.githubusercontent\.com\/[^/]+$/.test(p))
    return "enterprise-slug";
  if (/^token\.actions\.[a-z0-9-]+\.ghe\.com(\/[^/]+)?$/.test(p))
    return "ghe.com";
  if (/^[a-z0-9.-]+(:\d+)?\/_services\/token$/.test(p))
    return "ghes";
  if (p === "vstoken.actions.githubusercontent.com")
    return "legacy-vstoken";
  if (configured.some((c) => providerPrefix(c) === p))
    return "configured";
  return void 0;
}
function looksLikeGitHubPrefix(prefix) {
  return githubIssuerKind(prefix) !== void 0 || /githubusercontent\.com/i.test(prefix) || /\.ghe\.com/i.test(prefix) || /\/_services\/token$/i.test(prefix) || /^github\.com\/enterprises\//i.test(prefix);
}
function syntheticProviderArn(prefix) {
  return `arn:aws:iam::000000000000:oidc-provider/${prefix}`;
}
function splitConditionKey(key2) {
  const i = key2.lastIndexOf(":");
  if (i <= 0)
    return void 0;
  return { prefix: key2.slice(0, i), claim: key2.slice(i + 1) };
}

// packages/core/dist/github/claims.js
init_define_TRUSTLINT_PACKAGE();
var STS_GITHUB_CLAIMS = [
  "sub",
  "aud",
  "actor",
  "actor_id",
  "enterprise_id",
  "environment",
  "job_workflow_ref",
  "ref",
  "repository",
  "repository_id",
  "repository_owner_id",
  "workflow"
];
var GITHUB_TOKEN_CLAIMS = [
  ...STS_GITHUB_CLAIMS,
  "iss",
  "exp",
  "iat",
  "nbf",
  "jti",
  "base_ref",
  "check_run_id",
  "enterprise",
  "event_name",
  "head_ref",
  "job_workflow_sha",
  "ref_type",
  "ref_protected",
  "repository_visibility",
  "repository_owner",
  "run_id",
  "run_number",
  "run_attempt",
  "runner_environment",
  "workflow_ref",
  "workflow_sha",
  "sha",
  "environment_node_id"
];
function isStsClaim(claim) {
  return STS_GITHUB_CLAIMS.includes(claim);
}
function isGitHubClaim(claim) {
  return GITHUB_TOKEN_CLAIMS.includes(claim) || /^repo_property_[a-z0-9_]+$/i.test(claim);
}
function isSubTemplateKey(key2) {
  return key2 === "repo" || key2 === "context" || isGitHubClaim(key2);
}

// packages/core/dist/text/closest.js
init_define_TRUSTLINT_PACKAGE();
function editDistance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j] ?? 0;
      row[j] = Math.min(cur + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length] ?? 0;
}
function closestName(name, candidates, maxDistance = 3) {
  let best;
  for (const c of candidates) {
    const d = editDistance(name, c);
    if (!best || d < best.d)
      best = { name: c, d };
  }
  return best && best.d <= maxDistance ? best.name : void 0;
}

// packages/core/dist/iam/evaluate.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/iam/condition.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/iam/operators.js
init_define_TRUSTLINT_PACKAGE();
var POSITIVE_OF = {
  StringEquals: "StringEquals",
  StringNotEquals: "StringEquals",
  StringEqualsIgnoreCase: "StringEqualsIgnoreCase",
  StringNotEqualsIgnoreCase: "StringEqualsIgnoreCase",
  StringLike: "StringLike",
  StringNotLike: "StringLike",
  NumericEquals: "NumericEquals",
  NumericNotEquals: "NumericEquals",
  NumericLessThan: "NumericLessThan",
  NumericLessThanEquals: "NumericLessThanEquals",
  NumericGreaterThan: "NumericGreaterThan",
  NumericGreaterThanEquals: "NumericGreaterThanEquals",
  DateEquals: "DateEquals",
  DateNotEquals: "DateEquals",
  DateLessThan: "DateLessThan",
  DateLessThanEquals: "DateLessThanEquals",
  DateGreaterThan: "DateGreaterThan",
  DateGreaterThanEquals: "DateGreaterThanEquals",
  Bool: "Bool",
  BinaryEquals: "BinaryEquals",
  IpAddress: "IpAddress",
  NotIpAddress: "IpAddress",
  ArnEquals: "ArnEquals",
  ArnLike: "ArnLike",
  ArnNotEquals: "ArnEquals",
  ArnNotLike: "ArnLike",
  Null: "Null"
};
function operatorSpelling(name) {
  const lower = name.toLowerCase();
  const m = /^(forallvalues:|foranyvalue:)?(.*?)(ifexists)?$/.exec(lower);
  if (!m)
    return void 0;
  const set = m[1] === "forallvalues:" ? "ForAllValues:" : m[1] === "foranyvalue:" ? "ForAnyValue:" : "";
  const base = Object.keys(POSITIVE_OF).find((b) => b.toLowerCase() === m[2]);
  if (!base)
    return void 0;
  const fixed = `${set}${base}${m[3] ? "IfExists" : ""}`;
  return fixed !== name && parseOperator(fixed) ? fixed : void 0;
}
function isBaseOperator(name) {
  return Object.hasOwn(POSITIVE_OF, name);
}
function positiveBase(base) {
  return POSITIVE_OF[base];
}
function isNegated(base) {
  return POSITIVE_OF[base] !== base;
}
var SET_PREFIX = /^(ForAllValues|ForAnyValue):/;
var IF_EXISTS = "IfExists";
function parseOperator(name) {
  let rest = name;
  let set;
  const prefix = SET_PREFIX.exec(rest);
  if (prefix) {
    set = prefix[1] === "ForAllValues" ? "ForAllValues" : "ForAnyValue";
    rest = rest.slice(prefix[0].length);
  }
  const ifExists = rest.endsWith(IF_EXISTS);
  if (ifExists)
    rest = rest.slice(0, -IF_EXISTS.length);
  if (!isBaseOperator(rest))
    return null;
  if (rest === "Null" && (ifExists || set !== void 0))
    return null;
  const parsed = { base: rest, ifExists, negated: isNegated(rest) };
  if (set)
    parsed.set = set;
  return parsed;
}

// packages/core/dist/iam/tri.js
init_define_TRUSTLINT_PACKAGE();
function triAnd(values) {
  let result = true;
  for (const v of values) {
    if (v === false)
      return false;
    if (v === "unknown")
      result = "unknown";
  }
  return result;
}
function triOr(values) {
  let result = false;
  for (const v of values) {
    if (v === true)
      return true;
    if (v === "unknown")
      result = "unknown";
  }
  return result;
}
function triNot(value) {
  return value === "unknown" ? "unknown" : !value;
}

// packages/core/dist/iam/values.js
init_define_TRUSTLINT_PACKAGE();
var DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
function parseNumber(text) {
  return DECIMAL.test(text) ? Number(text) : null;
}
var EPOCH_SECONDS = /^\d+$/;
var ISO_8601 = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?([Zz]|[+-]\d{2}:?\d{2})?)?$/;
function zoneMinutes(zone) {
  if (zone === void 0 || zone === "Z" || zone === "z")
    return 0;
  const digits = zone.slice(1).replace(":", "");
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2));
  if (hours > 23 || minutes > 59)
    return null;
  return (zone.startsWith("-") ? -1 : 1) * (hours * 60 + minutes);
}
function parseDate(text) {
  if (EPOCH_SECONDS.test(text))
    return Number(text) * 1e3;
  const m = ISO_8601.exec(text);
  if (!m)
    return null;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((v) => Number(v ?? 0));
  const millis = Number((m[7] ?? "").padEnd(3, "0").slice(0, 3));
  const zone = zoneMinutes(m[8]);
  if (zone === null || month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59)
    return null;
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  if (new Date(utc).getUTCDate() !== day)
    return null;
  return utc - zone * 6e4;
}
function parseBool(text) {
  const lower = text.toLowerCase();
  if (lower === "true")
    return true;
  if (lower === "false")
    return false;
  return null;
}
var BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
function parseBase64(text) {
  return BASE64.test(text) ? Uint8Array.from(Buffer.from(text, "base64")) : null;
}
function bytesEqual(a, b) {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
var IPV4_PART = /^(?:0|[1-9]\d{0,2})$/;
var IPV6_GROUP = /^[0-9A-Fa-f]{1,4}$/;
function parseIpv4(text) {
  const parts = text.split(".");
  if (parts.length !== 4)
    return null;
  let value = 0n;
  for (const part of parts) {
    if (!IPV4_PART.test(part) || Number(part) > 255)
      return null;
    value = value << 8n | BigInt(part);
  }
  return value;
}
function parseIpv6Groups(text) {
  if (text === "")
    return [];
  const groups = [];
  const parts = text.split(":");
  for (const [i, part] of parts.entries()) {
    if (i === parts.length - 1 && part.includes(".")) {
      const v4 = parseIpv4(part);
      if (v4 === null)
        return null;
      groups.push(Number(v4 >> 16n), Number(v4 & 0xffffn));
    } else if (IPV6_GROUP.test(part)) {
      groups.push(parseInt(part, 16));
    } else {
      return null;
    }
  }
  return groups;
}
function parseIpv6(text) {
  const halves = text.split("::");
  if (halves.length > 2)
    return null;
  const head = parseIpv6Groups(halves[0] ?? "");
  const tail = halves.length === 2 ? parseIpv6Groups(halves[1] ?? "") : [];
  if (!head || !tail)
    return null;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0)
    return null;
  const groups = [...head, ...Array(missing).fill(0), ...tail];
  return groups.reduce((acc, g) => acc << 16n | BigInt(g), 0n);
}
function parseIp(text) {
  const v4 = parseIpv4(text);
  if (v4 !== null)
    return { family: 4, value: v4 };
  const v6 = text.includes(":") ? parseIpv6(text) : null;
  return v6 === null ? null : { family: 6, value: v6 };
}
function parseCidr(text) {
  const slash = text.indexOf("/");
  const ip = parseIp(slash < 0 ? text : text.slice(0, slash));
  if (!ip)
    return null;
  const bits = ip.family === 4 ? 32 : 128;
  if (slash < 0)
    return { ...ip, prefix: bits };
  const prefixText = text.slice(slash + 1);
  if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > bits)
    return null;
  return { ...ip, prefix: Number(prefixText) };
}
function cidrContains(range, ip) {
  if (range.family !== ip.family)
    return false;
  const shift = BigInt((range.family === 4 ? 32 : 128) - range.prefix);
  return range.value >> shift === ip.value >> shift;
}

// packages/core/dist/iam/condition.js
function contextLookup(context) {
  const byLower = /* @__PURE__ */ new Map();
  for (const [key2, value] of Object.entries(context)) {
    const lower = key2.toLowerCase();
    if (!byLower.has(lower))
      byLower.set(lower, value);
  }
  return (key2) => byLower.get(key2.toLowerCase());
}
function variableValue(env, key2) {
  const value = env.lookup(key2);
  if (typeof value === "string")
    return value;
  return value?.length === 1 ? value[0] : void 0;
}
function isStringLikeBase(base) {
  return base.startsWith("String") || base.startsWith("Arn");
}
function compareStringLike(base, policy, request, env) {
  const isArn = base === "ArnEquals" || base === "ArnLike";
  const tokens2 = tokenize(policy, { wildcards: base === "StringLike" || isArn, variables: env.variablesEnabled });
  const resolved = resolveVariables(tokens2, (key2) => variableValue(env, key2));
  if (!resolved)
    return false;
  if (isArn)
    return matchArnTokens(resolved, request, env.unresolved);
  return matchTokens(resolved, request, base === "StringEqualsIgnoreCase", env.unresolved);
}
function compareOrdered(a, b, base) {
  if (base.endsWith("LessThan"))
    return a < b;
  if (base.endsWith("LessThanEquals"))
    return a <= b;
  if (base.endsWith("GreaterThan"))
    return a > b;
  if (base.endsWith("GreaterThanEquals"))
    return a >= b;
  return a === b;
}
function compareTyped(base, policy, request) {
  if (base.startsWith("Numeric") || base.startsWith("Date")) {
    const parse2 = base.startsWith("Numeric") ? parseNumber : parseDate;
    const p = parse2(policy);
    const r = parse2(request);
    return p !== null && r !== null && compareOrdered(r, p, base);
  }
  if (base === "Bool") {
    const p = parseBool(policy);
    return p !== null && p === parseBool(request);
  }
  if (base === "BinaryEquals") {
    const p = parseBase64(policy);
    const r = parseBase64(request);
    return p !== null && r !== null && bytesEqual(p, r);
  }
  if (base === "IpAddress") {
    const range = parseCidr(policy);
    const ip = parseIp(request);
    return range !== null && ip !== null && cidrContains(range, ip);
  }
  return false;
}
function compareValue(base, policy, request, env) {
  const positive = positiveBase(base);
  if (isStringLikeBase(positive))
    return compareStringLike(positive, policy, request, env);
  if (!hasMarker(policy))
    return compareTyped(positive, policy, request);
  if (policy === request)
    return true;
  return env.unresolved === "unknown" ? "unknown" : false;
}
function toSet(value) {
  return typeof value === "string" ? [value] : value;
}
function trace(entry, result, outcome, matchedValues = []) {
  return { entry, result, outcome, matchedValues };
}
function outcomeOf(result) {
  if (result === "unknown")
    return "unresolved";
  return result ? "matched" : "not-matched";
}
function evaluateNull(entry, absent, env) {
  const perValue = entry.values.map((v) => {
    if (hasMarker(v.value) && env.unresolved === "unknown")
      return "unknown";
    const expected = parseBool(v.value);
    return expected !== null && expected === absent;
  });
  const result = triOr(perValue);
  const matched = entry.values.filter((_, i) => perValue[i] === true).map((v) => v.path);
  return trace(entry, result, absent && result !== "unknown" ? "key-absent" : outcomeOf(result), matched);
}
function evaluateMissing(entry, op, absent) {
  const missing = absent ? "key-absent" : "set-empty";
  if (op.set === "ForAllValues")
    return trace(entry, true, missing);
  if (op.ifExists)
    return trace(entry, true, absent ? "if-exists-absent" : "set-empty");
  if (op.set === "ForAnyValue")
    return trace(entry, false, missing);
  return trace(entry, op.negated, missing);
}
function evaluateValues(entry, op, requestValues, env) {
  const matched = /* @__PURE__ */ new Set();
  const perRequest = requestValues.map((request) => {
    const perPolicy = entry.values.map((p) => compareValue(op.base, p.value, request, env));
    entry.values.forEach((p, i) => {
      if (!op.negated && perPolicy[i] === true)
        matched.add(p);
    });
    const any = triOr(perPolicy);
    return op.negated ? triNot(any) : any;
  });
  let result;
  if (op.set === "ForAllValues")
    result = triAnd(perRequest);
  else if (op.set === "ForAnyValue")
    result = triOr(perRequest);
  else
    result = op.negated ? triAnd(perRequest) : triOr(perRequest);
  const matchedValues = entry.values.filter((v) => matched.has(v)).map((v) => v.path);
  return trace(entry, result, outcomeOf(result), matchedValues);
}
function evaluateConditionEntry(entry, env) {
  const op = entry.parsed;
  if (!op)
    return trace(entry, "unknown", "unknown-operator");
  if (env.unresolved === "unknown" && hasMarker(entry.key))
    return trace(entry, "unknown", "unresolved");
  const raw = env.lookup(entry.key);
  const requestValues = raw === void 0 ? [] : toSet(raw);
  if (op.base === "Null")
    return evaluateNull(entry, requestValues.length === 0, env);
  if (requestValues.length === 0)
    return evaluateMissing(entry, op, raw === void 0);
  return evaluateValues(entry, op, requestValues, env);
}

// packages/core/dist/iam/evaluate.js
function principalValueMatches(type, value, principal, mode) {
  if (value.value === "*")
    return type === "AWS" || type === principal.type;
  if (type !== principal.type)
    return false;
  return matchTokens(tokenize(value.value, { wildcards: false, variables: false }), principal.id, false, mode);
}
function principalEntryMatches(entry, principal, mode) {
  return triOr(entry.values.map((v) => principalValueMatches(entry.type, v, principal, mode)));
}
function principalMatches(element, principal, mode = "literal") {
  if (element.kind === "wildcard")
    return true;
  return triOr(element.entries.map((e) => principalEntryMatches(e, principal, mode)));
}
function statementPrincipal(st, principal, mode) {
  if (!st.principal && !st.notPrincipal)
    return false;
  const parts = [];
  if (st.principal)
    parts.push(principalMatches(st.principal, principal, mode));
  if (st.notPrincipal)
    parts.push(triNot(principalMatches(st.notPrincipal, principal, mode)));
  return triAnd(parts);
}
function anyActionMatches(patterns, action, mode) {
  return triOr(patterns.map((p) => actionMatchesTri(p.value, action, mode)));
}
function statementAction(st, action, mode) {
  if (!st.action && !st.notAction)
    return false;
  const parts = [];
  if (st.action)
    parts.push(anyActionMatches(st.action, action, mode));
  if (st.notAction)
    parts.push(triNot(anyActionMatches(st.notAction, action, mode)));
  return triAnd(parts);
}
function evaluateStatement(st, request, env) {
  const principal = statementPrincipal(st, request.principal, env.unresolved);
  const action = statementAction(st, request.action, env.unresolved);
  const conditions = st.conditions.map((c) => evaluateConditionEntry(c, env));
  const condition = triAnd(conditions.map((c) => c.result));
  const applies = st.effect === null ? false : triAnd([principal, action, condition]);
  return { index: st.index, effect: st.effect, principal, action, condition, applies, conditions };
}
function decide(deny, allow) {
  if (deny === true)
    return "explicit-deny";
  if (allow === false)
    return "implicit-deny";
  if (deny === false && allow === true)
    return "allow";
  return "unknown";
}
function envFor(policy, request, options, lookup = contextLookup(request.context)) {
  return {
    lookup,
    variablesEnabled: policy.variablesEnabled,
    unresolved: options.unresolved ?? "literal"
  };
}
function evaluateStatements(policy, statements, request, options = {}, lookup) {
  const env = envFor(policy, request, options, lookup);
  return statements.map((st) => evaluateStatement(st, request, env));
}
function evaluatePolicy(policy, request, options = {}) {
  const env = envFor(policy, request, options);
  const statements = policy.statements.map((st) => evaluateStatement(st, request, env));
  const ofEffect = (effect) => statements.filter((r) => r.effect === effect);
  const deny = triOr(ofEffect("Deny").map((r) => r.applies));
  const allow = triOr(ofEffect("Allow").map((r) => r.applies));
  return {
    decision: decide(deny, allow),
    allowing: ofEffect("Allow").filter((r) => r.applies === true).map((r) => r.index),
    denying: ofEffect("Deny").filter((r) => r.applies === true).map((r) => r.index),
    statements
  };
}

// packages/core/dist/github/patterns.js
init_define_TRUSTLINT_PACKAGE();
function hasWildcard(pattern) {
  return /[*?]/.test(pattern);
}
function globMatches(pattern, value) {
  let re = "^";
  for (const ch of pattern) {
    if (ch === "*")
      re += "[\\s\\S]*";
    else if (ch === "?")
      re += "[\\s\\S]";
    else
      re += ch.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  }
  return new RegExp(re + "$", "u").test(value);
}
var STAR_FILLERS = ["-evil", "evil", "x", ""];
function instantiate(pattern, limit = 4) {
  if (!hasWildcard(pattern))
    return [pattern];
  const out = /* @__PURE__ */ new Set();
  for (const filler of STAR_FILLERS) {
    out.add(pattern.replace(/\*/g, filler).replace(/\?/g, "x"));
    if (out.size >= limit)
      break;
  }
  const startsSegment = /(^|[/:@{])\*/.test(pattern);
  const values = [...out];
  return startsSegment ? [...values.filter((v) => !v.includes("-evil")), ...values.filter((v) => v.includes("-evil"))] : values;
}
var OWNER_NAME_RE = /^[A-Za-z0-9](?:[A-Za-z0-9_-]*[A-Za-z0-9])?$/;
var REPO_NAME_RE = /^[A-Za-z0-9._-]+$/;
function isValidRefName(name) {
  return name.length > 0 && !/[\s:~^?*[\\]/.test(name) && !name.startsWith("-") && !name.startsWith("/") && !name.endsWith("/") && !name.includes("..") && !name.endsWith(".lock");
}
function isValidEnvironmentName(name) {
  return name.length > 0 && name.length <= 255 && !/[\n\r]/.test(name);
}

// packages/core/dist/github/subject.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/github/knowledge.js
init_define_TRUSTLINT_PACKAGE();
function emptyKnowledge() {
  return {
    owners: /* @__PURE__ */ new Set(),
    ownerPatterns: /* @__PURE__ */ new Set(),
    ownerIds: /* @__PURE__ */ new Set(),
    repos: /* @__PURE__ */ new Map(),
    repoPatterns: /* @__PURE__ */ new Set(),
    repoNames: /* @__PURE__ */ new Set(),
    repoIds: /* @__PURE__ */ new Set(),
    branches: /* @__PURE__ */ new Set(),
    branchPatterns: /* @__PURE__ */ new Set(),
    tags: /* @__PURE__ */ new Set(),
    tagPatterns: /* @__PURE__ */ new Set(),
    environments: /* @__PURE__ */ new Set(),
    environmentPatterns: /* @__PURE__ */ new Set(),
    idWildcards: false,
    ownerIdPatterns: /* @__PURE__ */ new Set(),
    repoIdPatterns: /* @__PURE__ */ new Set(),
    templateRest: false,
    claimValues: /* @__PURE__ */ new Map(),
    templates: [],
    tested: /* @__PURE__ */ new Set()
  };
}
function subPatternPairs(pattern) {
  const tokens2 = pattern.split(":");
  const pairs = [];
  let i = 0;
  while (i < tokens2.length) {
    const key2 = tokens2[i] ?? "";
    if (key2 === "pull_request") {
      pairs.push({ key: "pull_request", value: "" });
      i += 1;
      continue;
    }
    if (key2 === "context" || !isSubTemplateKey(key2) || i + 1 >= tokens2.length)
      break;
    pairs.push({ key: key2, value: tokens2[i + 1] ?? "" });
    i += 2;
  }
  return { pairs, rest: tokens2.slice(i).join(":") };
}
function templateOf(pairs) {
  const keys = [];
  for (const p of pairs) {
    const isContext = p.key === "pull_request" || p.key === "ref" || p.key === "environment";
    if (isContext && keys.at(-1) === "repo")
      keys.push("context");
    else if (p.key !== "pull_request")
      keys.push(p.key);
  }
  return keys;
}
function add(map, key2, value) {
  let set = map.get(key2);
  if (!set)
    map.set(key2, set = /* @__PURE__ */ new Set());
  set.add(value);
}
function addName(literal, patterns, value) {
  if (hasWildcard(value))
    patterns.add(value);
  else if (value !== "")
    literal.add(value);
}
function learnRepoSegment(k, segment2) {
  if (isSingleMarker(segment2)) {
    k.repos.set(segment2, { owner: segment2, repo: segment2, segment: segment2 });
    return;
  }
  const m = /^([^/@]*)(?:@([^/]*))?(?:\/([^@]*)(?:@(.*))?)?$/.exec(segment2);
  if (!m)
    return;
  const [, owner = "", ownerId, repo, repoId] = m;
  addName(k.owners, k.ownerPatterns, owner);
  if (ownerId !== void 0) {
    if (hasWildcard(ownerId)) {
      k.idWildcards = true;
      k.ownerIdPatterns.add(ownerId);
    } else if (ownerId)
      k.ownerIds.add(ownerId);
  }
  if (repo !== void 0)
    addName(k.repoNames, k.repoPatterns, repo);
  if (repoId !== void 0) {
    if (hasWildcard(repoId)) {
      k.idWildcards = true;
      k.repoIdPatterns.add(repoId);
    } else if (repoId)
      k.repoIds.add(repoId);
  }
  if (repo !== void 0 && !hasWildcard(owner) && !hasWildcard(repo) && owner && repo) {
    k.repos.set(`${owner}/${repo}`, {
      owner,
      repo,
      ...ownerId && !hasWildcard(ownerId) ? { ownerId } : {},
      ...repoId && !hasWildcard(repoId) ? { repoId } : {}
    });
  }
}
function learnRef(k, ref) {
  let m = /^refs\/heads\/([\s\S]+)$/.exec(ref);
  if (m?.[1]) {
    addName(k.branches, k.branchPatterns, m[1]);
    return;
  }
  m = /^refs\/tags\/([\s\S]+)$/.exec(ref);
  if (m?.[1])
    addName(k.tags, k.tagPatterns, m[1]);
}
function learnClaimValue(k, claim, value) {
  add(k.claimValues, claim, value);
  switch (claim) {
    case "sub":
      learnSubPattern(k, value);
      break;
    case "repository":
      learnRepoSegment(k, value);
      break;
    case "repository_owner_id":
      if (!hasWildcard(value))
        k.ownerIds.add(value);
      else
        k.ownerIdPatterns.add(value);
      break;
    case "repository_id":
      if (!hasWildcard(value))
        k.repoIds.add(value);
      else
        k.repoIdPatterns.add(value);
      break;
    case "ref":
      learnRef(k, value);
      break;
    case "environment":
      addName(k.environments, k.environmentPatterns, value);
      break;
  }
}
function learnSubPattern(k, pattern) {
  const { pairs, rest } = subPatternPairs(pattern);
  if (rest !== "" && pairs.length > 0)
    k.templateRest = true;
  for (const p of pairs) {
    if (p.key === "repo")
      learnRepoSegment(k, p.value);
    else if (p.key === "repository_owner")
      addName(k.owners, k.ownerPatterns, p.value);
    else if (p.key !== "pull_request")
      learnClaimValue(k, p.key, p.value.replace(/%3A/g, ":"));
  }
  const template = templateOf(pairs);
  const isDefault = template.length === 2 && template[0] === "repo" && template[1] === "context";
  if (template.length > 0 && !isDefault) {
    if (!k.templates.some((t) => t.join() === template.join()))
      k.templates.push(template);
  }
}
function valuesFor(k, claim, validate = () => true, limit = 4) {
  const out = [];
  for (const v of k.claimValues.get(claim) ?? []) {
    for (const inst of instantiate(v))
      if (validate(inst) && !out.includes(inst))
        out.push(inst);
    if (out.length >= limit)
      break;
  }
  return out.slice(0, limit);
}
function fillIds(patterns, taken) {
  const out = [];
  for (const p of patterns) {
    for (const star of ["9900001", "1", ""]) {
      const v = p.replace(/\*/g, star).replace(/\?/g, "9");
      if (/^[1-9]\d{0,18}$/.test(v) && !taken.has(v) && !out.includes(v))
        out.push(v);
    }
  }
  return out.slice(0, 4);
}
function fill(patterns, validate) {
  const out = [];
  for (const p of patterns)
    for (const v of instantiate(p))
      if (validate(v) && !out.includes(v))
        out.push(v);
  return out;
}
var unmarked = (v) => replaceMarkers(v, "u");
var validOwner = (v) => OWNER_NAME_RE.test(unmarked(v)) && unmarked(v).length <= 39;
var validRepo = (v) => {
  const u = unmarked(v);
  return REPO_NAME_RE.test(u) && u !== "." && u !== ".." && !/\.git$/i.test(u);
};
var readableRepo = (v) => validRepo(v) && !/^[-.]/.test(unmarked(v));
var validBranch = (v) => isValidRefName(unmarked(v));
var validEnvironment = (v) => isValidEnvironmentName(unmarked(v));

// packages/core/dist/github/subject.js
function escapeClaimValue(value) {
  return value.replace(/:/g, "%3A");
}
function contextString(ctx) {
  switch (ctx.kind) {
    case "environment":
      return `environment:${escapeClaimValue(ctx.name)}`;
    case "pull_request":
      return "pull_request";
    case "branch":
      return `ref:refs/heads/${escapeClaimValue(ctx.name)}`;
    case "tag":
      return `ref:refs/tags/${escapeClaimValue(ctx.name)}`;
  }
}
function repoSegment(id, immutable) {
  if (id.segment !== void 0)
    return id.segment;
  return immutable ? `${id.owner}@${id.ownerId}/${id.repo}@${id.repoId}` : `${id.owner}/${id.repo}`;
}
function formatSubject(id, ctx, format, claims) {
  if (format.kind === "legacy")
    return `repo:${repoSegment(id, false)}:${contextString(ctx)}`;
  if (format.kind === "immutable")
    return `repo:${repoSegment(id, true)}:${contextString(ctx)}`;
  const parts = [];
  for (const key2 of format.keys) {
    if (key2 === "context")
      parts.push(contextString(ctx));
    else if (key2 === "repo")
      parts.push(`repo:${repoSegment(id, format.immutableRepo)}`);
    else {
      const value = claims[key2];
      if (value === void 0)
        return void 0;
      parts.push(`${key2}:${escapeClaimValue(value)}`);
    }
  }
  return parts.join(":");
}
var OWNER = "[A-Za-z0-9](?:[A-Za-z0-9_-]*[A-Za-z0-9])?";
var REPO = "[A-Za-z0-9._-]+";
var DEFAULT_RE = new RegExp(`^repo:(${OWNER})(?:@(\\d+))?/(${REPO})(?:@(\\d+))?:(.+)$`);
function parseContext(text) {
  if (text === "pull_request")
    return { kind: "pull_request" };
  let m = /^environment:([^:]+)$/.exec(text);
  if (m?.[1])
    return { kind: "environment", name: m[1] };
  m = /^ref:refs\/heads\/([^:]+)$/.exec(text);
  if (m?.[1])
    return { kind: "branch", name: m[1] };
  m = /^ref:refs\/tags\/([^:]+)$/.exec(text);
  if (m?.[1])
    return { kind: "tag", name: m[1] };
  return void 0;
}
function validRepoName(name) {
  return name !== "." && name !== ".." && !/\.git$/i.test(name);
}
function parseDefaultSubject(sub) {
  const m = DEFAULT_RE.exec(sub);
  if (!m)
    return void 0;
  const [, owner, ownerId, repo, repoId, rest] = m;
  if (!owner || !repo || rest === void 0 || !validRepoName(repo))
    return void 0;
  if (ownerId === void 0 !== (repoId === void 0))
    return void 0;
  const context = parseContext(rest);
  if (!context)
    return void 0;
  return {
    format: ownerId ? "immutable" : "legacy",
    owner,
    repo,
    context,
    ...ownerId ? { ownerId } : {},
    ...repoId ? { repoId } : {}
  };
}
function isCarryableSubject(sub) {
  if (parseDefaultSubject(sub))
    return true;
  return parseCustomSubject(sub) !== void 0;
}
function parseCustomSubject(sub) {
  const tokens2 = sub.split(":");
  const pairs = [];
  let i = 0;
  while (i < tokens2.length) {
    const key2 = tokens2[i] ?? "";
    if (key2 === "pull_request") {
      pairs.push({ key: "context", value: "pull_request" });
      i += 1;
      continue;
    }
    if (!isSubTemplateKey(key2) || key2 === "context")
      return void 0;
    const value = tokens2[i + 1];
    if (value === void 0 || value === "")
      return void 0;
    if (key2 === "repo") {
      const seg = /^([A-Za-z0-9](?:[A-Za-z0-9_-]*[A-Za-z0-9])?)(@\d+)?\/([A-Za-z0-9._-]+)(@\d+)?$/.exec(value);
      if (!seg?.[3] || !validRepoName(seg[3]))
        return void 0;
    }
    if (key2 === "ref" && !/^refs\/(heads|tags|pull)\/.+/.test(value))
      return void 0;
    if ((key2 === "repository_id" || key2 === "repository_owner_id" || key2 === "actor_id") && !/^\d+$/.test(value))
      return void 0;
    pairs.push({ key: key2, value });
    i += 2;
  }
  return pairs.length > 0 ? pairs : void 0;
}
function templateKeysOf(pattern) {
  const keys = templateOf(subPatternPairs(pattern).pairs);
  return keys.length > 0 ? keys : void 0;
}

// packages/core/dist/scope/trust-analysis.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/iam/match-index.js
init_define_TRUSTLINT_PACKAGE();
var StatementIndex = class {
  statements;
  /** Statements with no guard: always candidates. */
  unguarded = [];
  /** Per lower-cased key: exact values and literal prefixes → positions of the statements they guard. */
  guards = /* @__PURE__ */ new Map();
  constructor(statements, variablesEnabled) {
    this.statements = statements;
    const eligible = statements.map((st) => guardsOf(st, variablesEnabled));
    const shared = /* @__PURE__ */ new Map();
    const tally = (g) => [...g.exact.map((v) => `${g.key}\0=${v}`), ...g.prefixes.map((v) => `${g.key}\0^${v}`)];
    for (const guards of eligible)
      for (const g of guards)
        for (const t of tally(g))
          shared.set(t, (shared.get(t) ?? 0) + 1);
    const cost = (g) => tally(g).reduce((sum, t) => sum + (shared.get(t) ?? 0), 0);
    eligible.forEach((guards, position) => {
      let guard;
      let least = Infinity;
      for (const g of guards) {
        const c = cost(g);
        if (c < least) {
          guard = g;
          least = c;
        }
      }
      if (!guard) {
        this.unguarded.push(position);
        return;
      }
      let forKey = this.guards.get(guard.key);
      if (!forKey) {
        forKey = { exact: /* @__PURE__ */ new Map(), prefixes: /* @__PURE__ */ new Map(), lengths: [] };
        this.guards.set(guard.key, forKey);
      }
      for (const value of guard.exact)
        push(forKey.exact, value, position);
      for (const prefix of guard.prefixes) {
        push(forKey.prefixes, prefix, position);
        if (!forKey.lengths.includes(prefix.length))
          forKey.lengths.push(prefix.length);
      }
    });
  }
  /** The statements that can apply to the request, in policy order (`lookup`: its contextLookup, if at hand). */
  candidates(request, lookup = contextLookup(request.context)) {
    const hit = new Set(this.unguarded);
    for (const [key2, forKey] of this.guards) {
      for (const value of valuesOf(lookup(key2))) {
        for (const p of forKey.exact.get(value) ?? [])
          hit.add(p);
        for (const length of forKey.lengths) {
          if (length > value.length)
            continue;
          for (const p of forKey.prefixes.get(value.slice(0, length)) ?? [])
            hit.add(p);
        }
      }
    }
    return [...hit].sort((a, b) => a - b).map((p) => this.statements[p]);
  }
};
function push(map, key2, position) {
  const list = map.get(key2);
  if (!list)
    map.set(key2, [position]);
  else if (list[list.length - 1] !== position)
    list.push(position);
}
function valuesOf(value) {
  if (value === void 0)
    return [];
  return typeof value === "string" ? [value] : value;
}
function guardsOf(st, variablesEnabled) {
  const out = [];
  for (const entry of st.conditions) {
    const op = entry.parsed;
    if (!op || op.ifExists || op.negated || op.set !== void 0 && op.set !== "ForAnyValue")
      continue;
    if (op.base !== "StringEquals" && op.base !== "StringLike")
      continue;
    if (hasMarker(entry.key))
      continue;
    const guard = { key: entry.key.toLowerCase(), exact: [], prefixes: [] };
    let usable = true;
    for (const v of entry.values) {
      const tokens2 = tokenize(v.value, { wildcards: op.base === "StringLike", variables: variablesEnabled });
      let text = "";
      let wildcard = false;
      for (const t of tokens2) {
        if (t.kind === "marker" || t.kind === "variable")
          usable = false;
        else if (t.kind === "any" || t.kind === "one")
          wildcard = true;
        else if (!wildcard)
          text += t.text;
      }
      if (!usable)
        break;
      if (wildcard)
        guard.prefixes.push(text);
      else
        guard.exact.push(text);
    }
    if (usable)
      out.push(guard);
  }
  return out;
}

// packages/core/dist/scope/search-memo.js
init_define_TRUSTLINT_PACKAGE();
var MAX_ENTRIES = 1e3;
var MAX_KEY_LENGTH = 64 * 1024;
var SEARCHES = /* @__PURE__ */ new Map();
var stats = { hits: 0, misses: 0 };
function principalShape(p) {
  if (!p)
    return null;
  if (p.kind === "wildcard")
    return "*";
  return p.entries.map((e) => [e.type, e.values.map((v) => v.value)]);
}
function statementShape(s) {
  return [
    s.index,
    s.effect,
    principalShape(s.principal),
    principalShape(s.notPrincipal),
    s.action?.map((v) => v.value) ?? null,
    s.notAction?.map((v) => v.value) ?? null,
    s.conditions.map((c) => [c.operator, c.key, c.values.map((v) => v.value)])
  ];
}
function searchKey(policy, provider, trusting, config) {
  const key2 = JSON.stringify([
    policy.variablesEnabled,
    [provider.prefix, provider.kind, provider.arn, provider.synthetic, provider.unresolvedPrincipal],
    config.owners ?? [],
    // Configured issuers decide which registry entry (and so which candidates) a provider gets.
    config.issuers ?? [],
    trusting.map((s) => s.index),
    policy.statements.map(statementShape)
  ]);
  return key2.length > MAX_KEY_LENGTH ? void 0 : key2;
}
function recallSearch(key2) {
  const found = SEARCHES.get(key2);
  if (found)
    stats.hits += 1;
  else
    stats.misses += 1;
  return found;
}
function keepSearch(key2, outcome) {
  if (SEARCHES.size >= MAX_ENTRIES)
    SEARCHES.clear();
  SEARCHES.set(key2, outcome);
}

// packages/core/dist/github/witness.js
init_define_TRUSTLINT_PACKAGE();
var GITHUB_OUTSIDER_CLASSES = [
  "other-owner",
  "reusable-caller",
  "other-repo",
  "repo-name-match",
  "other-ids",
  "new-branch",
  "new-tag",
  "new-environment",
  "pull-request"
];
var OUTSIDER_CLASSES = [...GITHUB_OUTSIDER_CLASSES, "run-phase"];
var ATTACKER_OWNER = "attacker";
var ATTACKER_OWNER_ID = "990000001";
var ATTACKER_REPO_ID = "990000002";
var ATTACKER_ACTOR = "attacker";
var ATTACKER_ACTOR_ID = "990000003";
var RECYCLED_OWNER_ID = "990000011";
var RECYCLED_REPO_ID = "990000012";
var NEW_REPO_ID = "990000022";
var PLACEHOLDER_OWNER_ID = "100000001";
var PLACEHOLDER_REPO_ID = "100000002";
var PLACEHOLDER_ACTOR_ID = "100000003";
function intendedIdentities(k, configOwners = []) {
  const ownerNames = [.../* @__PURE__ */ new Set([...k.owners, ...configOwners])].filter(validOwner);
  const ownerIds = [...k.ownerIds];
  const soleOwnerId = ownerIds.length === 1 ? ownerIds[0] : void 0;
  const ownerIdOf = /* @__PURE__ */ new Map();
  for (const r of k.repos.values())
    if (r.ownerId && !ownerIdOf.has(r.owner))
      ownerIdOf.set(r.owner, r.ownerId);
  const idFor = (name) => ownerIdOf.get(name) ?? soleOwnerId ?? PLACEHOLDER_OWNER_ID;
  const owners = ownerNames.map((name) => ({ name, id: idFor(name) }));
  if (owners.length === 0)
    for (const id of ownerIds)
      owners.push({ name: configOwners[0] ?? "owner", id });
  const repoIds = [...k.repoIds];
  const soleRepoId = repoIds.length === 1 ? repoIds[0] : void 0;
  const repos = [...k.repos.values()].filter((r) => r.segment !== void 0 || validRepo(r.repo) && validOwner(r.owner)).map((r) => ({
    owner: r.owner,
    ownerId: r.ownerId ?? idFor(r.owner),
    repo: r.repo,
    repoId: r.repoId ?? soleRepoId ?? PLACEHOLDER_REPO_ID,
    ...r.segment !== void 0 ? { segment: r.segment } : {}
  }));
  if (repos.length === 0) {
    for (const id of repoIds) {
      const owner = owners[0] ?? { name: "owner", id: PLACEHOLDER_OWNER_ID };
      repos.push({ owner: owner.name, ownerId: owner.id, repo: "repo", repoId: id });
    }
  }
  return { owners, repos };
}
function branchRef(name) {
  return `refs/heads/${name}`;
}
function refOf(ctx, envBranch) {
  switch (ctx.kind) {
    case "branch":
      return branchRef(ctx.name);
    case "tag":
      return `refs/tags/${ctx.name}`;
    case "pull_request":
      return "refs/pull/1/merge";
    case "environment":
      return branchRef(envBranch);
  }
}
function intendedContexts(k) {
  const out = [];
  for (const b of k.branches)
    out.push({ kind: "branch", name: b });
  for (const t of k.tags)
    out.push({ kind: "tag", name: t });
  for (const e of k.environments)
    out.push({ kind: "environment", name: e });
  return out;
}
function newBranches(k) {
  const filled = fill(k.branchPatterns, validBranch).filter((b) => !k.branches.has(b));
  const twins = [...k.branches].map((b) => b.toUpperCase()).filter((b) => !k.branches.has(b));
  return unique([...filled, "attacker-branch", ...twins]).slice(0, 5);
}
function newTags(k) {
  const filled = fill(k.tagPatterns, validBranch).filter((t) => !k.tags.has(t));
  return unique([...filled, "v0.0.0-attacker"]).slice(0, 3);
}
function newEnvironments(k) {
  const filled = fill(k.environmentPatterns, validEnvironment).filter((e) => !k.environments.has(e));
  return unique([...filled, "attacker-env"]).slice(0, 3);
}
function unique(xs) {
  return [...new Set(xs)];
}
function allContexts(k) {
  return [
    { kind: "branch", name: "main" },
    ...intendedContexts(k),
    ...newBranches(k).map((name) => ({ kind: "branch", name })),
    ...newTags(k).map((name) => ({ kind: "tag", name })),
    ...newEnvironments(k).map((name) => ({ kind: "environment", name })),
    { kind: "pull_request" }
  ];
}
function envBranches(k) {
  return unique([...k.branches, "main", ...newBranches(k)]).slice(0, 3);
}
function withRefs(contexts, k) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const context of contexts) {
    const branches = context.kind === "environment" ? envBranches(k) : ["main"];
    for (const b of branches) {
      const ref = refOf(context, b);
      const key2 = JSON.stringify(context) + ref;
      if (seen.has(key2))
        continue;
      seen.add(key2);
      out.push({ context, ref });
    }
  }
  return out;
}
function templates(k) {
  const out = [...k.templates];
  if (k.templateRest) {
    for (const keys of k.templates) {
      for (const more of [["context"], ["repo", "context"], ["job_workflow_ref"]]) {
        const extended = [...keys, ...more.filter((m) => !keys.includes(m))];
        if (!out.some((t) => t.join() === extended.join()))
          out.push(extended);
      }
    }
  }
  return out;
}
function formats(k, allowLegacy) {
  const out = [];
  if (allowLegacy)
    out.push({ kind: "legacy" });
  out.push({ kind: "immutable" });
  for (const keys of templates(k)) {
    if (allowLegacy && keys.includes("repo"))
      out.push({ kind: "custom", keys, immutableRepo: false });
    out.push({ kind: "custom", keys, immutableRepo: true });
  }
  return out;
}
function freeChoices(k, claim, fallback) {
  const vals = valuesFor(k, claim);
  return unique([...vals, fallback]).slice(0, 4);
}
function ownActor(k) {
  const out = [{ actor: ATTACKER_ACTOR, actorId: ATTACKER_ACTOR_ID }];
  if (!k)
    return out;
  const names2 = valuesFor(k, "actor", (v) => v !== "");
  const ids = valuesFor(k, "actor_id", (v) => /^\d+$/.test(v));
  for (const actor of names2.length ? names2 : [ATTACKER_ACTOR]) {
    for (const actorId of ids.length ? ids : [ATTACKER_ACTOR_ID]) {
      if (!out.some((a) => a.actor === actor && a.actorId === actorId))
        out.push({ actor, actorId });
    }
  }
  return out.slice(0, 5);
}
function trustedActors(k) {
  const names2 = valuesFor(k, "actor");
  const ids = valuesFor(k, "actor_id");
  const out = [];
  for (const actor of names2.length ? names2 : ["trusted-actor"]) {
    for (const actorId of ids.length ? ids : [PLACEHOLDER_ACTOR_ID])
      out.push({ actor, actorId });
  }
  return out.slice(0, 4);
}
function intendedEnterprises(k) {
  const ids = valuesFor(k, "enterprise_id");
  return ids.length ? ids : [void 0];
}
function neutralRepoName(k) {
  const literalish = [...k.repoPatterns].filter((p) => /[^*?]/.test(p));
  for (const name of ["unrelated-repo", "zz-unrelated", "0-unrelated"]) {
    if (!literalish.some((p) => globMatches(p, name)))
      return name;
  }
  return "unrelated-repo";
}
function skeletons(k, configOwners) {
  const intended = intendedIdentities(k, configOwners);
  const intendedOwnerNames = new Set(intended.owners.map((o) => o.name.toLowerCase()));
  const jwrs = valuesFor(k, "job_workflow_ref");
  const outsiderContexts = withRefs(allContexts(k), k);
  const out = [];
  const anyFormat = formats(k, true);
  const newFormat = formats(k, false);
  const ownActors = ownActor(k);
  const trusted = trustedActors(k);
  const enterprises = intendedEnterprises(k);
  const neutral = neutralRepoName(k);
  const newBranchContexts = withRefs(newBranches(k).map((name) => ({ kind: "branch", name })), k);
  const newTagContexts = withRefs(newTags(k).map((name) => ({ kind: "tag", name })), k);
  const newEnvironmentContexts = withRefs(newEnvironments(k).map((name) => ({ kind: "environment", name })), k);
  const pullRequestContexts = withRefs([{ kind: "pull_request" }], k);
  const otherOwners = unique([
    ...[...intendedOwnerNames].map((o) => `${o}-evil`),
    ...fill(k.ownerPatterns, validOwner),
    ATTACKER_OWNER
  ]).filter((o) => !intendedOwnerNames.has(o.toLowerCase()) && validOwner(o));
  const otherRepoNames = unique([...[...intended.repos].map((r) => r.repo), ...[...k.repoNames].filter(validRepo), "x", ...fill(k.repoPatterns, readableRepo)]).slice(0, 4);
  const intendedOwnerIds = /* @__PURE__ */ new Set([...k.ownerIds, ...intended.owners.map((o) => o.id)]);
  const outsiderOwnerIds = unique([ATTACKER_OWNER_ID, ...fillIds(k.ownerIdPatterns, intendedOwnerIds)]);
  const outsiderRepoIds = unique([ATTACKER_REPO_ID, ...fillIds(k.repoIdPatterns, k.repoIds)]);
  for (const owner of otherOwners.slice(0, 4)) {
    for (const repo of otherRepoNames) {
      for (const ownerId of outsiderOwnerIds) {
        for (const repoId of outsiderRepoIds.slice(0, ownerId === ATTACKER_OWNER_ID ? 4 : 1)) {
          const identity = { owner, ownerId, repo, repoId };
          const base = { identity, contexts: outsiderContexts, formats: anyFormat, actors: ownActors, enterpriseIds: [void 0] };
          out.push({ ...base, cls: "other-owner", jobWorkflowRefs: [void 0] });
          if (jwrs.length)
            out.push({ ...base, cls: "reusable-caller", jobWorkflowRefs: jwrs });
        }
      }
    }
  }
  const namedRepos = new Set(intended.repos.map((r) => `${r.owner}/${r.repo}`.toLowerCase()));
  for (const owner of intended.owners) {
    const sameOwner = (repo, cls, repoId = NEW_REPO_ID) => ({
      cls,
      identity: { owner: owner.name, ownerId: owner.id, repo, repoId },
      contexts: outsiderContexts,
      formats: anyFormat,
      jobWorkflowRefs: [void 0, ...jwrs],
      actors: ownActors,
      enterpriseIds: enterprises
    });
    out.push(sameOwner(neutral, "other-repo"));
    for (const repoId of fillIds(k.repoIdPatterns, k.repoIds))
      out.push(sameOwner(neutral, "other-repo", repoId));
    for (const repo of fill(k.repoPatterns, readableRepo).slice(0, 4)) {
      if (!namedRepos.has(`${owner.name}/${repo}`.toLowerCase()))
        out.push(sameOwner(repo, "repo-name-match"));
    }
  }
  for (const repo of intended.repos) {
    if (repo.segment === void 0)
      out.push({
        cls: "other-ids",
        identity: { ...repo, ownerId: RECYCLED_OWNER_ID, repoId: RECYCLED_REPO_ID },
        contexts: outsiderContexts,
        formats: newFormat,
        jobWorkflowRefs: [void 0, ...jwrs],
        actors: ownActors,
        enterpriseIds: [void 0]
      });
    const inRepo = (cls, contexts) => ({
      cls,
      identity: repo,
      contexts,
      formats: anyFormat,
      jobWorkflowRefs: [void 0, ...jwrs],
      actors: trusted,
      enterpriseIds: enterprises
    });
    out.push(inRepo("new-branch", newBranchContexts));
    out.push(inRepo("new-tag", newTagContexts));
    out.push(inRepo("new-environment", newEnvironmentContexts));
    out.push(inRepo("pull-request", pullRequestContexts));
  }
  return out;
}
var MAX_PER_CLASS = 600;
var PER_REPOSITORY = /* @__PURE__ */ new Set(["other-ids", "new-branch", "new-tag", "new-environment", "pull-request"]);
function* synthesizeWitnesses(k, configOwners = [], skip = () => false) {
  const auds = freeChoices(k, "aud", "sts.amazonaws.com");
  const workflows = freeChoices(k, "workflow", "deploy");
  const perClass = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  const relevant = [...k.tested].filter((c) => c !== "sub");
  for (const s of skeletons(k, configOwners)) {
    const bound = PER_REPOSITORY.has(s.cls) ? `${s.cls}${s.identity.owner}/${s.identity.repo}` : s.cls;
    for (const { context, ref } of s.contexts) {
      for (const format of s.formats) {
        for (const jwr of s.jobWorkflowRefs) {
          for (const { actor, actorId } of s.actors) {
            for (const enterpriseId of s.enterpriseIds) {
              for (const aud of auds) {
                for (const workflow of workflows) {
                  if (skip(s.cls))
                    break;
                  const count2 = perClass.get(bound) ?? 0;
                  if (count2 >= MAX_PER_CLASS)
                    break;
                  const claims = {
                    aud,
                    actor,
                    actor_id: actorId,
                    ref,
                    repository: `${s.identity.owner}/${s.identity.repo}`,
                    repository_id: s.identity.repoId,
                    repository_owner_id: s.identity.ownerId,
                    workflow,
                    job_workflow_ref: jwr ?? `${s.identity.owner}/${s.identity.repo}/.github/workflows/deploy.yml@${ref}`
                  };
                  if (enterpriseId !== void 0)
                    claims.enterprise_id = enterpriseId;
                  if (context.kind === "environment")
                    claims.environment = context.name;
                  const sub = formatSubject(s.identity, context, format, format.kind === "custom" ? { ...claims, repository_owner: s.identity.owner } : claims);
                  if (sub === void 0)
                    continue;
                  claims.sub = sub;
                  const picked = pickSts(claims);
                  const key2 = `${s.cls}${picked.sub ?? ""}${relevant.map((c) => picked[c] ?? "").join("")}`;
                  if (seen.has(key2))
                    continue;
                  seen.add(key2);
                  perClass.set(bound, count2 + 1);
                  yield { cls: s.cls, claims: picked, identity: s.identity, context };
                }
              }
            }
          }
        }
      }
    }
  }
}
function pickSts(claims) {
  const out = {};
  for (const c of STS_GITHUB_CLAIMS) {
    const v = claims[c];
    if (v !== void 0)
      out[c] = v;
  }
  return out;
}
function witnessForSub(sub, k) {
  const m = /^repo:([^/:]+)\/([^/:]+):(ref:(refs\/(?:heads|tags)\/.+)|environment:(.+)|pull_request)$/.exec(sub);
  if (!m)
    return void 0;
  const [, owner = "", repo = "", , refValue, env] = m;
  const context = env !== void 0 ? { kind: "environment", name: env } : refValue !== void 0 ? refValue.startsWith("refs/heads/") ? { kind: "branch", name: refValue.slice("refs/heads/".length) } : { kind: "tag", name: refValue.slice("refs/tags/".length) } : { kind: "pull_request" };
  const ref = refValue ?? (env !== void 0 ? "refs/heads/main" : "refs/pull/1/merge");
  const identity = { owner, ownerId: ATTACKER_OWNER_ID, repo, repoId: ATTACKER_REPO_ID };
  const claims = {
    aud: freeChoices(k, "aud", "sts.amazonaws.com")[0] ?? "sts.amazonaws.com",
    actor: ATTACKER_ACTOR,
    actor_id: ATTACKER_ACTOR_ID,
    ref,
    repository: `${owner}/${repo}`,
    repository_id: ATTACKER_REPO_ID,
    repository_owner_id: ATTACKER_OWNER_ID,
    workflow: "deploy",
    job_workflow_ref: `${owner}/${repo}/.github/workflows/deploy.yml@${ref}`,
    sub
  };
  if (env !== void 0)
    claims.environment = env;
  return { cls: "other-owner", claims: pickSts(claims), identity, context };
}

// packages/core/dist/github/sub-search.js
init_define_TRUSTLINT_PACKAGE();
function globOf(value, wildcards, ignoreCase) {
  const units = [];
  for (const t of tokenize(value, { wildcards, variables: false })) {
    if (t.kind === "any")
      units.push({ kind: "any" });
    else if (t.kind === "one")
      units.push({ kind: "one" });
    else if (t.kind === "text")
      for (const ch of ignoreCase ? t.text.toLowerCase() : t.text)
        units.push({ kind: "char", ch });
    else
      return void 0;
  }
  return { units, ignoreCase };
}
function globClose(g, states) {
  const out = /* @__PURE__ */ new Set();
  for (let s of states) {
    out.add(s);
    while (g.units[s]?.kind === "any")
      out.add(++s);
  }
  return [...out].sort((a, b) => a - b);
}
function globStep(g, states, raw) {
  const ch = g.ignoreCase ? raw.toLowerCase() : raw;
  const next = [];
  for (const s of states) {
    const u = g.units[s];
    if (!u)
      continue;
    if (u.kind === "any")
      next.push(s);
    else if (u.kind === "one" || u.ch === ch)
      next.push(s + 1);
  }
  return globClose(g, next);
}
var globAccepts = (g, states) => states.includes(g.units.length);
var OWNER_CH = /[A-Za-z0-9-]/;
var REPO_CH = /[A-Za-z0-9._-]/;
var REF_CH = /[A-Za-z0-9._/-]/;
var SHAPES = [
  [{ lit: "repo:" }, { cls: OWNER_CH, max: 39 }, { lit: "/" }, { cls: REPO_CH, max: 100 }, { lit: ":ref:refs/heads/" }, { cls: REF_CH, max: 60 }],
  [{ lit: "repo:" }, { cls: OWNER_CH, max: 39 }, { lit: "/" }, { cls: REPO_CH, max: 100 }, { lit: ":environment:" }, { cls: REPO_CH, max: 60 }],
  [{ lit: "repo:" }, { cls: OWNER_CH, max: 39 }, { lit: "/" }, { cls: REPO_CH, max: 100 }, { lit: ":pull_request" }]
];
function shapeStep(shape, [i, k], ch) {
  const part = shape[i];
  if (!part)
    return [];
  if ("lit" in part) {
    if (part.lit[k] !== ch)
      return [];
    return [k + 1 === part.lit.length ? [i + 1, 0] : [i, k + 1]];
  }
  const out = [];
  if (part.cls.test(ch) && k < part.max)
    out.push([i, k + 1]);
  if (k > 0)
    appendAll(out, shapeStep(shape, [i + 1, 0], ch));
  return out;
}
function shapeAccepts(shape, [i, k]) {
  if (i === shape.length)
    return true;
  const part = shape[i];
  return i === shape.length - 1 && part !== void 0 && "cls" in part && k > 0;
}
function subConstraints(statement, prefix, excludedOwners) {
  const positive = [];
  const negative = [];
  const onSub = (e) => {
    const split = splitConditionKey(e.key);
    return split !== void 0 && split.prefix.toLowerCase() === prefix.toLowerCase() && split.claim.toLowerCase() === "sub";
  };
  for (const entry of statement.conditions.filter(onSub)) {
    const op = entry.parsed;
    if (!op || op.set === "ForAllValues")
      return void 0;
    const base = op.base;
    const wildcards = base === "StringLike" || base === "StringNotLike";
    const ignoreCase = base === "StringEqualsIgnoreCase" || base === "StringNotEqualsIgnoreCase";
    if (!base.startsWith("String"))
      return void 0;
    const globs = [];
    for (const v of entry.values) {
      const g = globOf(v.value, wildcards, ignoreCase);
      if (!g)
        return void 0;
      globs.push(g);
    }
    if (op.negated)
      appendAll(negative, globs);
    else
      positive.push(globs);
  }
  for (const owner of excludedOwners) {
    const lit = (text) => Array.from(text).map((ch) => ({ kind: "char", ch }));
    negative.push({ units: [...lit(`repo:${owner.toLowerCase()}/`), { kind: "any" }], ignoreCase: true });
    negative.push({ units: [...lit(`repo:${owner.toLowerCase()}@`), { kind: "any" }], ignoreCase: true });
  }
  return { positive, negative };
}
function alphabet(c) {
  const named = /* @__PURE__ */ new Set();
  for (const g of [...c.positive.flat(), ...c.negative])
    for (const u of g.units)
      if (u.kind === "char") {
        named.add(u.ch);
        named.add(u.ch.toUpperCase());
      }
  for (const shape of SHAPES)
    for (const p of shape)
      if ("lit" in p)
        for (const ch of p.lit)
          named.add(ch);
  const reps = [];
  for (const cls of ["qzkxjwvy", "QZKXJWVY", "7394", "-", ".", "_"]) {
    const free = Array.from(cls).find((ch) => !named.has(ch));
    if (free)
      reps.push(free);
  }
  return [...named, ...reps].filter((ch) => REF_CH.test(ch) || ch === ":");
}
var MAX_STATES = 2e4;
function excludedByNegatives(c) {
  const excluders = [];
  for (const n of c.negative) {
    const last = n.units.length - 1;
    if (last < 0 || n.units[last]?.kind !== "any")
      continue;
    const head = n.units.slice(0, last);
    if (!head.every((u) => u.kind === "char"))
      continue;
    const text = head.map((u) => u.ch).join("");
    if (n.ignoreCase && text !== text.toLowerCase())
      continue;
    excluders.push({ text, ignoreCase: n.ignoreCase });
  }
  if (excluders.length === 0)
    return false;
  const literalPrefix = (g) => {
    let text = "";
    for (const u of g.units) {
      if (u.kind !== "char")
        break;
      text += u.ch;
    }
    return text;
  };
  const excluded = (g) => {
    const prefix = literalPrefix(g);
    return excluders.some((n) => {
      if (n.ignoreCase)
        return prefix.toLowerCase().startsWith(n.text);
      return !g.ignoreCase && prefix.startsWith(n.text);
    });
  };
  return c.positive.some((group) => group.every(excluded));
}
function findOutsiderSub(c) {
  if (excludedByNegatives(c))
    return { kind: "none" };
  const sigma = alphabet(c);
  const groups = c.positive;
  const negs = c.negative;
  let gaveUp = false;
  for (const shape of SHAPES) {
    const start = { shape: [0, 0], pos: groups.map((gs) => gs.map((g) => globClose(g, [0]))), neg: negs.map((g) => globClose(g, [0])), text: "" };
    const key2 = (n) => `${n.shape.join(",")}|${JSON.stringify(n.pos)}|${JSON.stringify(n.neg)}`;
    const seen = /* @__PURE__ */ new Set([key2(start)]);
    let frontier = [start];
    while (frontier.length > 0) {
      const next = [];
      for (const n of frontier) {
        if (shapeAccepts(shape, n.shape) && n.pos.every((gs, i) => gs.some((st, j) => globAccepts(groups[i][j], st))) && n.neg.every((st, i) => !globAccepts(negs[i], st))) {
          const owner = /^repo:([^/]+)\//.exec(n.text)?.[1] ?? "";
          if (OWNER_NAME_RE.test(owner))
            return { kind: "found", sub: n.text };
        }
        for (const ch of sigma) {
          const shapes = shapeStep(shape, n.shape, ch);
          if (shapes.length === 0)
            continue;
          const pos = n.pos.map((gs, i) => gs.map((st, j) => globStep(groups[i][j], st, ch)));
          if (pos.some((gs) => gs.every((st) => st.length === 0)))
            continue;
          const neg = n.neg.map((st, i) => globStep(negs[i], st, ch));
          for (const s of shapes) {
            const m = { shape: s, pos, neg, text: n.text + ch };
            const k = key2(m);
            if (seen.has(k))
              continue;
            seen.add(k);
            next.push(m);
          }
        }
        if (seen.size > MAX_STATES)
          break;
      }
      if (seen.size > MAX_STATES) {
        gaveUp = true;
        break;
      }
      frontier = next;
    }
  }
  return gaveUp ? { kind: "gave-up" } : { kind: "none" };
}

// packages/core/dist/issuers/registry.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/issuers/bitbucket.js
init_define_TRUSTLINT_PACKAGE();
var BRACED_UUID = /^\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}$/i;
var BITBUCKET = {
  id: "bitbucket",
  name: "Bitbucket Pipelines",
  private: true,
  recognise(prefix) {
    const m = /^api\.bitbucket\.org\/2\.0\/workspaces\/([^/]+)\/pipelines-config\/identity\/oidc$/.exec(prefix);
    return m?.[1] ? { kind: "workspace", organisation: m[1] } : void 0;
  },
  looksLike: (prefix) => /^api\.bitbucket\.org\//i.test(prefix),
  stsClaims: () => ["sub", "aud"],
  tokenClaims: ["sub", "aud", "iss", "iat", "exp", "accountUuid", "workspaceUuid", "repositoryUuid", "pipelineUuid", "stepUuid", "deploymentEnvironmentUuid", "branchName"],
  audiences: () => ["ari:cloud:bitbucket::workspace/<workspace uuid>"],
  grammar: {
    facets: {
      project: { role: "project", example: "{00000000-0000-4000-8000-000000000002}", valid: BRACED_UUID },
      environment: { role: "environment", example: "{00000000-0000-4000-8000-000000000004}", valid: BRACED_UUID },
      step: { role: "free", example: "{00000000-0000-4000-8000-000000000005}", valid: BRACED_UUID }
    },
    sub: ["<project>:<environment>:<step>", "<project>:<step>"],
    claims: {}
  },
  classes: ["other-repo", "new-environment"],
  terms: { namespace: "workspace", project: "repository", projects: "repositories" },
  sources: [
    "https://support.atlassian.com/bitbucket-cloud/docs/integrate-pipelines-with-resource-servers-using-oidc/",
    "https://support.atlassian.com/bitbucket-cloud/docs/deploy-on-aws-using-bitbucket-pipelines-openid-connect/"
  ]
};

// packages/core/dist/issuers/buildkite.js
init_define_TRUSTLINT_PACKAGE();
var BUILDKITE = {
  id: "buildkite",
  name: "Buildkite",
  private: false,
  recognise: (prefix) => prefix === "agent.buildkite.com" ? { kind: "agent.buildkite.com" } : void 0,
  looksLike: (prefix) => /buildkite\.(com|dev|site)$/i.test(prefix),
  stsClaims: () => ["sub", "aud", "build_branch", "cluster_id", "cluster_name", "organization_id", "organization_slug", "pipeline_id", "pipeline_slug"],
  tokenClaims: [
    "sub",
    "aud",
    "iss",
    "iat",
    "nbf",
    "exp",
    "organization_slug",
    "pipeline_slug",
    "build_number",
    "build_branch",
    "build_tag",
    "build_commit",
    "build_source",
    "step_key",
    "job_id",
    "agent_id",
    "organization_id",
    "pipeline_id",
    "cluster_id",
    "cluster_name",
    "queue_id",
    "queue_key",
    "runner_environment"
  ],
  audiences: () => ["sts.amazonaws.com"],
  grammar: {
    facets: {
      namespace: { role: "namespace", example: "org", valid: /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/ },
      project: { role: "project", example: "pipeline", valid: /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/ },
      namespaceId: { role: "namespace-id", example: "00000000-0000-4000-8000-000000000001" },
      projectId: { role: "project-id", example: "00000000-0000-4000-8000-000000000002" },
      refType: { role: "ref-type", values: ["heads", "tags"], example: "heads" },
      ref: { role: "ref", example: "main", valid: /^[^\s:~^?*[\\]+$/ },
      commit: { role: "free", example: "0123456789abcdef0123456789abcdef01234567" },
      step: { role: "free", example: "deploy" },
      clusterId: { role: "free", example: "00000000-0000-4000-8000-000000000003" },
      clusterName: { role: "free", example: "default" }
    },
    sub: ["organization:<namespace>:pipeline:<project>:ref:refs/<refType>/<ref>:commit:<commit>:step:<step>"],
    claims: {
      organization_slug: "<namespace>",
      organization_id: "<namespaceId>",
      pipeline_slug: "<project>",
      pipeline_id: "<projectId>",
      build_branch: "<ref>",
      cluster_id: "<clusterId>",
      cluster_name: "<clusterName>"
    }
  },
  classes: ["other-owner", "other-repo", "repo-name-match", "other-ids", "new-branch", "new-tag"],
  terms: { namespace: "organization", project: "pipeline", projects: "pipelines" },
  sources: [
    "https://buildkite.com/docs/agent/v3/cli-oidc",
    "https://buildkite.com/docs/pipelines/security/oidc/aws",
    "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssecuritytokenservice.html"
  ]
};

// packages/core/dist/issuers/circleci.js
init_define_TRUSTLINT_PACKAGE();
var UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
var CIRCLECI = {
  id: "circleci",
  name: "CircleCI",
  private: true,
  recognise(prefix) {
    const m = /^oidc\.circleci\.com\/org\/([^/]+)$/.exec(prefix);
    return m?.[1] ? { kind: "org", organisation: m[1] } : void 0;
  },
  looksLike: (prefix) => /^oidc\.circleci\.com(\/|$)/i.test(prefix),
  stsClaims: () => ["sub", "aud", "oidc.circleci.com/project-id"],
  tokenClaims: [
    "sub",
    "aud",
    "iss",
    "iat",
    "exp",
    "oidc.circleci.com/project-id",
    "oidc.circleci.com/context-ids",
    "oidc.circleci.com/vcs-origin",
    "oidc.circleci.com/vcs-ref",
    "oidc.circleci.com/ssh-rerun"
  ],
  audiences: (_prefix, match) => [match.organisation ?? "<org id>"],
  grammar: {
    facets: {
      namespace: { role: "namespace", example: "00000000-0000-4000-8000-000000000001", valid: UUID },
      project: { role: "project", example: "00000000-0000-4000-8000-000000000002", valid: UUID },
      user: { role: "free", example: "00000000-0000-4000-8000-000000000003", valid: UUID },
      origin: { role: "free", example: "github.com/org/repo" },
      refType: { role: "ref-type", values: ["heads", "tags"], example: "heads" },
      ref: { role: "ref", example: "main", valid: /^[^\s:~^?*[\\]+$/ }
    },
    sub: [
      "org/<namespace>/project/<project>/user/<user>/vcs-origin/<origin>/vcs-ref/refs/<refType>/<ref>",
      "org/<namespace>/project/<project>/user/<user>"
    ],
    claims: { "oidc.circleci.com/project-id": "<project>" }
  },
  classes: ["other-repo", "new-branch", "new-tag"],
  terms: { namespace: "organization", project: "project", projects: "projects" },
  sources: ["https://circleci.com/docs/openid-connect-tokens/", "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssecuritytokenservice.html"]
};

// packages/core/dist/issuers/github.js
init_define_TRUSTLINT_PACKAGE();
var GITHUB = {
  id: "github",
  name: "GitHub",
  private: false,
  recognise(prefix) {
    const kind = githubIssuerKind(prefix);
    return kind ? { kind } : void 0;
  },
  looksLike: looksLikeGitHubPrefix,
  stsClaims: () => STS_GITHUB_CLAIMS,
  tokenClaims: GITHUB_TOKEN_CLAIMS,
  audiences: () => DEFAULT_AUDIENCES,
  classes: GITHUB_OUTSIDER_CLASSES,
  terms: { namespace: "owner", project: "repository", projects: "repositories", change: "pull request" },
  sources: [
    "https://docs.github.com/en/actions/reference/security/oidc",
    "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssecuritytokenservice.html"
  ]
};

// packages/core/dist/issuers/gitlab.js
init_define_TRUSTLINT_PACKAGE();
var GITLAB_COM_KEYS = [
  "sub",
  "aud",
  "namespace_id",
  "pipeline_source",
  "project_id",
  "ref_protected",
  "runner_environment",
  "user_access_level",
  "user_email",
  "user_id",
  "user_login"
];
var PATH_PART = /^[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?$/;
var GITLAB_GRAMMAR = {
  facets: {
    namespace: { role: "namespace", example: "group", valid: /^[A-Za-z0-9_](?:[A-Za-z0-9_./-]*[A-Za-z0-9_])?$/ },
    project: { role: "project", example: "project", valid: PATH_PART },
    namespaceId: { role: "namespace-id", example: "100000001", valid: /^[1-9]\d{0,18}$/ },
    projectId: { role: "project-id", example: "100000002", valid: /^[1-9]\d{0,18}$/ },
    refType: { role: "ref-type", values: ["branch", "tag"], example: "branch" },
    ref: { role: "ref", example: "main", valid: /^[^\s:~^?*[\\]+$/ },
    protected: { role: "protected", values: ["true", "false"], example: "false" },
    source: { role: "source", values: ["push", "web", "schedule", "api", "trigger", "merge_request_event"], example: "push" },
    user: { role: "free", example: "attacker" },
    userId: { role: "free", example: "990000003", valid: /^\d+$/ },
    email: { role: "free", example: "attacker@example.com" },
    accessLevel: { role: "free", values: ["owner", "maintainer", "developer"], example: "maintainer" },
    runner: { role: "free", values: ["gitlab-hosted", "self-hosted"], example: "self-hosted" }
  },
  sub: ["project_path:<namespace>/<project>:ref_type:<refType>:ref:<ref>"],
  claims: {
    namespace_id: "<namespaceId>",
    project_id: "<projectId>",
    ref_protected: "<protected>",
    pipeline_source: "<source>",
    user_login: "<user>",
    user_id: "<userId>",
    user_email: "<email>",
    user_access_level: "<accessLevel>",
    runner_environment: "<runner>"
  }
};
var GITLAB = {
  id: "gitlab",
  name: "GitLab",
  private: false,
  recognise: (prefix) => prefix === "gitlab.com" ? { kind: "gitlab.com" } : void 0,
  looksLike: (prefix) => /(^|\.)gitlab\.com$/i.test(prefix),
  stsClaims: (match) => match.kind === "gitlab.com" ? GITLAB_COM_KEYS : ["sub", "aud"],
  tokenClaims: [
    ...GITLAB_COM_KEYS,
    "namespace_path",
    "project_path",
    "pipeline_id",
    "job_id",
    "ref",
    "ref_type",
    "ref_path",
    "groups_direct",
    "environment",
    "environment_protected",
    "deployment_tier",
    "environment_action",
    "runner_id",
    "sha",
    "ci_config_ref_uri",
    "ci_config_sha",
    "project_visibility",
    "user_identities",
    "iss",
    "iat",
    "nbf",
    "exp",
    "jti"
  ],
  audiences: (prefix) => [`https://${prefix}`],
  grammar: GITLAB_GRAMMAR,
  classes: ["other-owner", "other-repo", "repo-name-match", "other-ids", "new-branch", "new-tag", "pull-request"],
  terms: { namespace: "group", project: "project", projects: "projects", change: "merge request" },
  sources: [
    "https://docs.gitlab.com/ci/secrets/id_token_authentication/",
    "https://docs.gitlab.com/ci/cloud_services/aws/",
    "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssecuritytokenservice.html"
  ]
};

// packages/core/dist/issuers/terraform.js
init_define_TRUSTLINT_PACKAGE();
var TERRAFORM = {
  id: "terraform",
  name: "HCP Terraform",
  private: false,
  recognise: (prefix) => prefix === "app.terraform.io" ? { kind: "app.terraform.io" } : void 0,
  looksLike: (prefix) => /(^|\.)terraform\.io$/i.test(prefix),
  stsClaims: () => ["sub", "aud"],
  tokenClaims: [
    "sub",
    "aud",
    "iss",
    "iat",
    "nbf",
    "exp",
    "jti",
    "terraform_organization_id",
    "terraform_organization_name",
    "terraform_project_id",
    "terraform_project_name",
    "terraform_workspace_id",
    "terraform_workspace_name",
    "terraform_full_workspace",
    "terraform_run_id",
    "terraform_run_phase"
  ],
  audiences: () => ["aws.workload.identity"],
  grammar: {
    facets: {
      namespace: { role: "namespace", example: "org", valid: /^[A-Za-z0-9_-]+$/ },
      group: { role: "group", example: "Default Project", valid: /^[A-Za-z0-9 _-]+$/ },
      project: { role: "project", example: "workspace", valid: /^[A-Za-z0-9_-]+$/ },
      phase: { role: "phase", values: ["apply", "plan"], example: "apply" }
    },
    sub: ["organization:<namespace>:project:<group>:workspace:<project>:run_phase:<phase>"],
    claims: {}
  },
  classes: ["other-owner", "other-repo", "repo-name-match", "run-phase"],
  terms: { namespace: "organization", group: "project", project: "workspace", projects: "workspaces" },
  sources: [
    "https://developer.hashicorp.com/terraform/cloud-docs/workspaces/dynamic-provider-credentials/aws-configuration",
    "https://developer.hashicorp.com/terraform/cloud-docs/workspaces/dynamic-provider-credentials/workload-identity-tokens",
    "https://support.hashicorp.com/hc/en-us/articles/13138701895699-Updating-Workload-Identity-for-Projects"
  ]
};

// packages/core/dist/issuers/registry.js
var ISSUERS = [GITHUB, GITLAB, TERRAFORM, BUILDKITE, CIRCLECI, BITBUCKET];
function configuredGitHubIssuers(config) {
  return (config.issuers ?? []).filter((i) => typeof i === "string");
}
function configuredEntries(config) {
  return (config.issuers ?? []).filter((i) => typeof i !== "string");
}
function customGrammar(c) {
  if (!c.sub)
    return void 0;
  const templates2 = Array.isArray(c.sub) ? c.sub : [c.sub];
  const facets = {};
  const roles = {
    namespace: { role: "namespace", example: "namespace" },
    project: { role: "project", example: "project" },
    ref: { role: "ref", example: "main" },
    environment: { role: "environment", example: "production" }
  };
  for (const t of [...templates2, ...Object.values(c.claims ?? {})]) {
    for (const m of t.matchAll(/<([A-Za-z][A-Za-z0-9_]*)>/g)) {
      const name = m[1] ?? "";
      facets[name] ??= roles[name] ?? { role: "free", example: "x" };
    }
  }
  return { facets, sub: templates2, claims: c.claims ?? {} };
}
function entryFromConfig(c) {
  const base = c.like ? ISSUERS.find((e) => e.id === c.like) : void 0;
  if (base) {
    const kind = base.id === "gitlab" ? "self-managed" : "configured";
    return { entry: base, match: { kind } };
  }
  const grammar = customGrammar(c);
  const keys = ["sub", "aud", ...Object.keys(c.claims ?? {})];
  const entry = {
    id: c.name ?? providerPrefix(c.url),
    name: c.name ?? providerPrefix(c.url),
    private: c.private ?? false,
    recognise: () => ({ kind: "configured" }),
    looksLike: (p) => p === providerPrefix(c.url),
    stsClaims: () => keys,
    tokenClaims: keys,
    audiences: () => c.audiences ?? ["sts.amazonaws.com"],
    ...grammar ? { grammar } : {},
    classes: c.private ? ["other-repo", "new-branch", "new-tag", "new-environment"] : ["other-owner", "other-repo", "repo-name-match", "new-branch", "new-tag", "new-environment"],
    terms: { namespace: c.terms?.namespace ?? "namespace", project: c.terms?.project ?? "project", projects: `${c.terms?.project ?? "project"}s` },
    sources: ["trustlint configuration"]
  };
  return { entry, match: { kind: "configured" } };
}
function recogniseIssuer(prefix, config = {}) {
  const gh = githubIssuerKind(prefix, configuredGitHubIssuers(config));
  if (gh)
    return { entry: GITHUB, match: { kind: gh } };
  for (const c of configuredEntries(config)) {
    if (providerPrefix(c.url) !== prefix)
      continue;
    const found = entryFromConfig(c);
    if (found)
      return found;
  }
  for (const entry of ISSUERS) {
    if (entry === GITHUB)
      continue;
    const match = entry.recognise(prefix);
    if (match)
      return { entry, match };
  }
  return void 0;
}
function issuerLookingLike(prefix, config = {}) {
  const known = recogniseIssuer(prefix, config);
  if (known)
    return known.entry;
  return ISSUERS.find((e) => e.looksLike(prefix));
}

// packages/core/dist/issuers/synthesis.js
init_define_TRUSTLINT_PACKAGE();
function templateParts(template) {
  const parts = [];
  let last = 0;
  for (const m of template.matchAll(/<([A-Za-z][A-Za-z0-9_]*)>/g)) {
    if (m.index > last)
      parts.push({ lit: template.slice(last, m.index) });
    parts.push({ facet: m[1] ?? "" });
    last = m.index + m[0].length;
  }
  if (last < template.length)
    parts.push({ lit: template.slice(last) });
  return parts;
}
function readPattern(template, pattern) {
  const parts = templateParts(template);
  const out = /* @__PURE__ */ new Map();
  let pos = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (!part)
      break;
    if ("lit" in part) {
      if (!pattern.startsWith(part.lit, pos))
        break;
      pos += part.lit.length;
      continue;
    }
    const next = parts[i + 1];
    if (!next || !("lit" in next)) {
      if (!next)
        out.set(part.facet, pattern.slice(pos));
      break;
    }
    if (next.lit === "/") {
      const after = parts[i + 3];
      const end = after && "lit" in after ? indexOrEnd(pattern, after.lit, pos) : pattern.length;
      const segment2 = pattern.slice(pos, end);
      const slash = segment2.lastIndexOf("/");
      if (slash < 0) {
        out.set(part.facet, segment2);
        break;
      }
      out.set(part.facet, segment2.slice(0, slash));
      pos += slash;
      continue;
    }
    const idx = pattern.indexOf(next.lit, pos);
    if (idx < 0) {
      out.set(part.facet, pattern.slice(pos, indexOrEnd(pattern, next.lit, pos)));
      break;
    }
    out.set(part.facet, pattern.slice(pos, idx));
    pos = idx;
  }
  return out;
}
function indexOrEnd(s, sub, from) {
  const i = s.indexOf(sub, from);
  if (i >= 0)
    return i;
  const first = sub[0];
  const j = first === void 0 ? -1 : s.indexOf(first, from);
  return j < 0 ? s.length : j;
}
function render(template, values) {
  const names2 = [...template.matchAll(/<([A-Za-z][A-Za-z0-9_]*)>/g)].map((m) => m[1] ?? "");
  if (names2.some((n) => values[n] === void 0))
    return void 0;
  return template.replace(/<([A-Za-z][A-Za-z0-9_]*)>/g, (_w, name) => values[name] ?? "");
}
function emptyFacetKnowledge() {
  return { literal: /* @__PURE__ */ new Map(), patterns: /* @__PURE__ */ new Map(), tested: /* @__PURE__ */ new Set(), claimValues: /* @__PURE__ */ new Map() };
}
function addTo(map, key2, value) {
  let set = map.get(key2);
  if (!set)
    map.set(key2, set = /* @__PURE__ */ new Set());
  set.add(value);
}
function learnFacet(k, facet, value) {
  if (value === "")
    return;
  if (hasWildcard(value))
    addTo(k.patterns, facet, value);
  else
    addTo(k.literal, facet, value);
}
function learnIssuerClaim(k, grammar, claim, value) {
  addTo(k.claimValues, claim, value);
  if (claim === "sub") {
    for (const template2 of grammar.sub)
      for (const [facet, v] of readPattern(template2, value))
        learnFacet(k, facet, v);
    return;
  }
  const template = grammar.claims[claim];
  const single = template ? /^<([A-Za-z][A-Za-z0-9_]*)>$/.exec(template) : null;
  if (single?.[1])
    learnFacet(k, single[1], value);
}
function compatKnowledge(k, grammar, match) {
  const out = emptyKnowledge();
  const byRole = (role2) => Object.entries(grammar.facets).filter(([, f]) => f.role === role2).map(([n]) => n);
  const lits = (role2) => byRole(role2).flatMap((f) => [...k.literal.get(f) ?? []]);
  const pats = (role2) => byRole(role2).flatMap((f) => [...k.patterns.get(f) ?? []]);
  const namespaces = match.organisation !== void 0 ? [match.organisation] : lits("namespace");
  for (const n of namespaces)
    out.owners.add(n);
  for (const p of pats("namespace"))
    out.ownerPatterns.add(p);
  for (const p of lits("project"))
    out.repoNames.add(p);
  for (const p of pats("project"))
    out.repoPatterns.add(p);
  const owner = namespaces[0];
  for (const p of lits("project"))
    out.repos.set(`${owner ?? ""}/${p}`, { owner: owner ?? "", repo: p });
  for (const r of lits("ref"))
    out.branches.add(r);
  for (const e of lits("environment"))
    out.environments.add(e);
  for (const [c, vs] of k.claimValues)
    for (const v of vs) {
      let set = out.claimValues.get(c);
      if (!set)
        out.claimValues.set(c, set = /* @__PURE__ */ new Set());
      set.add(v);
    }
  for (const t of k.tested)
    out.tested.add(t);
  return out;
}
var unmarked2 = (v) => replaceMarkers(v, "u");
function validFor(spec, v) {
  if (spec.values && !spec.values.includes(v))
    return false;
  return spec.valid ? spec.valid.test(unmarked2(v)) : !/[*?]/.test(v);
}
function freshValues(spec, taken) {
  const candidates = [...spec.values ?? []];
  const ex = spec.example;
  if (/^\{?[0-9a-f]{8}-/.test(ex))
    candidates.push(ex.replace(/[0-9a-f]{4}(\}?)$/, "ee99$1"));
  else if (/^\d+$/.test(ex))
    candidates.push("990000021", "990000022");
  else
    candidates.push(`attacker-${ex.replace(/\s+/g, "-")}`, "attacker");
  return unique2(candidates.filter((c) => !taken.has(c) && validFor(spec, c)));
}
function unique2(xs) {
  return [...new Set(xs)];
}
function fills(spec, patterns) {
  const out = [];
  for (const p of patterns)
    for (const v of instantiate(p))
      if (validFor(spec, v) && !out.includes(v))
        out.push(v);
  return out;
}
var MAX_PER_CLASS2 = 400;
function* synthesizeIssuerWitnesses(k, options, skip = () => false) {
  const { entry, match } = options;
  const grammar = entry.grammar;
  if (!grammar)
    return;
  const stsClaims = new Set(entry.stsClaims(match));
  const auds = unique2([...k.claimValues.get("aud") ?? []].flatMap((v) => instantiate(v)).filter((v) => v !== ""));
  const audChoices = unique2([...auds, ...entry.audiences("", match)]).slice(0, 3);
  const relevant = /* @__PURE__ */ new Set();
  for (const t of grammar.sub)
    for (const p of templateParts(t))
      if ("facet" in p)
        relevant.add(p.facet);
  for (const [claim, t] of Object.entries(grammar.claims)) {
    if (!stsClaims.has(claim) || !k.tested.has(claim))
      continue;
    for (const p of templateParts(t))
      if ("facet" in p)
        relevant.add(p.facet);
  }
  const testedClaims2 = [...k.tested].filter((c) => c !== "sub");
  const seen = /* @__PURE__ */ new Set();
  for (const plan of plans(k, grammar, options, relevant)) {
    let count2 = 0;
    const facets = Object.keys(plan.choices);
    for (const values of product(facets.map((f) => plan.choices[f] ?? []))) {
      if (skip(plan.cls) || count2 >= MAX_PER_CLASS2)
        break;
      const assignment = {};
      facets.forEach((f, i) => {
        const v = values[i];
        if (v !== void 0)
          assignment[f] = v;
      });
      for (const template of grammar.sub) {
        const sub = render(template, assignment);
        if (sub === void 0)
          continue;
        for (const aud of audChoices) {
          const claims = { sub, aud };
          for (const [claim, t] of Object.entries(grammar.claims)) {
            if (!stsClaims.has(claim))
              continue;
            const v = render(t, assignment);
            if (v !== void 0)
              claims[claim] = v;
          }
          const key2 = `${plan.cls}${sub}${testedClaims2.map((c) => claims[c] ?? "").join("")}`;
          if (seen.has(key2))
            continue;
          seen.add(key2);
          count2++;
          yield { cls: plan.cls, claims, identity: identityOf(grammar, assignment, match), context: contextOf(grammar, assignment), facets: assignment };
        }
      }
    }
  }
}
function* product(lists) {
  if (lists.some((l) => l.length === 0)) {
    lists = lists.map((l) => l.length === 0 ? [] : l);
  }
  const sizes = lists.map((l) => Math.max(l.length, 1));
  const total = sizes.reduce((a, b) => a * b, 1);
  for (let n = 0; n < total; n++) {
    let rest = n;
    const out = [];
    for (let i = 0; i < lists.length; i++) {
      const size = sizes[i] ?? 1;
      out.push(lists[i]?.[rest % size]);
      rest = Math.floor(rest / size);
    }
    yield out;
  }
}
function facetOfRole(grammar, role2) {
  return Object.entries(grammar.facets).find(([, f]) => f.role === role2)?.[0];
}
function identityOf(grammar, a, match) {
  const get = (role2) => {
    const f = facetOfRole(grammar, role2);
    return f ? a[f] : void 0;
  };
  return {
    owner: get("namespace") ?? match.organisation ?? "",
    ownerId: get("namespace-id") ?? "",
    repo: get("project") ?? "",
    repoId: get("project-id") ?? ""
  };
}
function contextOf(grammar, a) {
  const env = facetOfRole(grammar, "environment");
  if (env && a[env] !== void 0)
    return { kind: "environment", name: a[env] };
  const refType = facetOfRole(grammar, "ref-type");
  const ref = facetOfRole(grammar, "ref");
  const name = (ref ? a[ref] : void 0) ?? "";
  const tagValue = refType ? grammar.facets[refType]?.values?.[1] : void 0;
  if (refType && a[refType] === tagValue)
    return { kind: "tag", name };
  return { kind: "branch", name };
}
function plans(k, grammar, options, relevant) {
  const { entry, match } = options;
  const facets = Object.entries(grammar.facets);
  const lit = (f) => [...k.literal.get(f) ?? []].filter((v) => validFor(grammar.facets[f] ?? { role: "free", example: "" }, v) || /[$]\{/.test(v) || unmarked2(v) !== v);
  const pat = (f) => [...k.patterns.get(f) ?? []];
  const named = (role2) => facetOfRole(grammar, role2);
  const nsFacet = named("namespace");
  const projectFacet = named("project");
  const refFacet = named("ref");
  const refTypeFacet = named("ref-type");
  const envFacet = named("environment");
  const phaseFacet = named("phase");
  const free = (f, spec) => {
    if (!relevant.has(f))
      return spec.values ? [spec.values[0] ?? spec.example] : [spec.example];
    const vals = unique2([...lit(f), ...fills(spec, pat(f)), ...spec.values ?? [], spec.example]).filter((v) => validFor(spec, v) || unmarked2(v) !== v);
    return vals.slice(0, spec.values ? spec.values.length : 3);
  };
  const intended = (f, spec) => {
    const l = lit(f);
    if (l.length)
      return l.slice(0, 3);
    const filled = fills(spec, pat(f));
    if (filled.length)
      return filled.slice(0, 2);
    return spec.role === "namespace-id" || spec.role === "project-id" || !relevant.has(f) ? [spec.example] : [];
  };
  const base = (mode) => {
    const out2 = {};
    for (const [f, spec] of facets)
      out2[f] = mode(f, spec) ?? free(f, spec);
    return out2;
  };
  const nsIdFacet = named("namespace-id");
  const namedNamespaces = nsFacet ? match.organisation !== void 0 ? [match.organisation] : unique2([...lit(nsFacet), ...options.configOwners ?? []]) : [];
  const intendedNamespaces = namedNamespaces.length === 0 && nsFacet && nsIdFacet && lit(nsIdFacet).length > 0 ? [grammar.facets[nsFacet]?.example ?? "namespace"] : namedNamespaces;
  const nsSpec = nsFacet ? grammar.facets[nsFacet] : void 0;
  const pinNamespace = (f, spec) => {
    if (f === nsFacet)
      return match.organisation !== void 0 ? [match.organisation] : intendedNamespaces.slice(0, 3);
    if (spec.role === "namespace-id")
      return intended(f, spec);
    return void 0;
  };
  const out = [];
  const has = (cls) => entry.classes.includes(cls);
  if (has("other-owner") && nsFacet && nsSpec && match.organisation === void 0) {
    const taken = new Set(intendedNamespaces.map((n) => n.toLowerCase()));
    const outsiders = unique2([...intendedNamespaces.map((n) => `${n}-evil`), ...fills(nsSpec, pat(nsFacet)), ...freshValues(nsSpec, taken)]).filter((n) => !taken.has(n.toLowerCase()) && validFor(nsSpec, n) && !intendedNamespaces.some((i) => n.toLowerCase().startsWith(`${i.toLowerCase()}/`)));
    out.push({
      cls: "other-owner",
      choices: base((f, spec) => {
        if (f === nsFacet)
          return outsiders.slice(0, 4);
        if (spec.role === "namespace-id" || spec.role === "project-id")
          return unique2([...freshValues(spec, new Set(lit(f))), ...fills(spec, pat(f))]).slice(0, 2);
        if (f === projectFacet)
          return unique2([...lit(f), ...fills(spec, pat(f)), spec.example]).filter((v) => validFor(spec, v)).slice(0, 3);
        return void 0;
      })
    });
  }
  const inNamespace = intendedNamespaces.length > 0 || nsFacet === void 0;
  const projectSpec = projectFacet ? grammar.facets[projectFacet] : void 0;
  const intendedProjects = projectFacet ? lit(projectFacet) : [];
  if (has("other-repo") && inNamespace && projectFacet && projectSpec) {
    const literalish = pat(projectFacet).filter((p) => /[^*?]/.test(p));
    const neutral = freshValues(projectSpec, new Set(intendedProjects)).filter((n) => !literalish.some((p) => globMatches(p, n)));
    out.push({
      cls: "other-repo",
      choices: base((f, spec) => {
        if (f === projectFacet)
          return neutral.slice(0, 2);
        if (spec.role === "project-id")
          return unique2([...freshValues(spec, new Set(lit(f))), ...fills(spec, pat(f))]).slice(0, 2);
        return pinNamespace(f, spec);
      })
    });
  }
  if (has("repo-name-match") && inNamespace && projectFacet && projectSpec) {
    const named2 = new Set(intendedProjects.map((p) => p.toLowerCase()));
    const matching = fills(projectSpec, pat(projectFacet)).filter((p) => !named2.has(p.toLowerCase()) && /[^*?]/.test(pat(projectFacet).join("")));
    if (matching.length) {
      out.push({
        cls: "repo-name-match",
        choices: base((f, spec) => {
          if (f === projectFacet)
            return matching.slice(0, 3);
          if (spec.role === "project-id")
            return freshValues(spec, new Set(lit(f))).slice(0, 1);
          return pinNamespace(f, spec);
        })
      });
    }
  }
  const idFacets = facets.filter(([, s]) => s.role === "namespace-id" || s.role === "project-id").map(([f]) => f);
  const testsIds = Object.entries(grammar.claims).some(([claim, t]) => k.tested.has(claim) && idFacets.some((f) => t.includes(`<${f}>`)));
  if (has("other-ids") && testsIds && intendedProjects.length > 0) {
    out.push({
      cls: "other-ids",
      choices: base((f, spec) => {
        if (f === nsFacet)
          return intendedNamespaces.slice(0, 2);
        if (f === projectFacet)
          return intendedProjects.slice(0, 2);
        if (idFacets.includes(f))
          return unique2([...fills(spec, pat(f)), ...freshValues(spec, new Set(lit(f)))]).filter((v) => !lit(f).includes(v)).slice(0, 3);
        return void 0;
      })
    });
  }
  const projects = projectFacet && projectSpec ? intended(projectFacet, projectSpec) : [];
  const inProject = inNamespace && projects.length > 0;
  const pinProject = (f, spec) => {
    if (f === projectFacet)
      return projects;
    if (spec.role === "project-id" || spec.role === "group")
      return intended(f, spec).length ? intended(f, spec) : void 0;
    return pinNamespace(f, spec);
  };
  const refSpec = refFacet ? grammar.facets[refFacet] : void 0;
  const literalRefs = refFacet ? lit(refFacet) : [];
  const newRefs = (extra) => refFacet && refSpec ? unique2([...fills(refSpec, pat(refFacet)), extra, ...literalRefs.map((r) => r.toUpperCase())]).filter((r) => !literalRefs.includes(r) && validFor(refSpec, r)).slice(0, 4) : [];
  const refTypes = refTypeFacet ? grammar.facets[refTypeFacet]?.values ?? [] : [];
  const inProjectPlan = (cls, overrides) => {
    out.push({
      cls,
      choices: base((f, spec) => {
        if (f in overrides)
          return overrides[f];
        if (spec.role === "protected")
          return ["false"];
        if (spec.role === "source")
          return ["push"];
        return pinProject(f, spec);
      })
    });
  };
  if (inProject && refFacet) {
    const typed = (value) => refTypeFacet && value !== void 0 ? { [refTypeFacet]: [value] } : {};
    if (has("new-branch"))
      inProjectPlan("new-branch", { [refFacet]: newRefs("attacker-branch"), ...typed(refTypes[0]) });
    if (has("new-tag") && refTypes[1])
      inProjectPlan("new-tag", { [refFacet]: newRefs("v0.0.0-attacker"), ...typed(refTypes[1]) });
    const sourceFacet = named("source");
    const sourceClaim = Object.entries(grammar.claims).find(([, t]) => sourceFacet !== void 0 && t === `<${sourceFacet}>`)?.[0];
    if (has("pull-request") && sourceFacet && sourceClaim && k.tested.has(sourceClaim)) {
      inProjectPlan("pull-request", { [refFacet]: newRefs("attacker-branch"), ...typed(refTypes[0]), [sourceFacet]: ["merge_request_event"] });
    }
  }
  if (inProject && envFacet && has("new-environment")) {
    const spec = grammar.facets[envFacet];
    if (spec)
      inProjectPlan("new-environment", { [envFacet]: unique2([...fills(spec, pat(envFacet)), ...freshValues(spec, new Set(lit(envFacet)))]).filter((e) => !lit(envFacet).includes(e)).slice(0, 3) });
  }
  if (inProject && phaseFacet && has("run-phase")) {
    const spec = grammar.facets[phaseFacet];
    const literal = lit(phaseFacet);
    const others = literal.length ? (spec?.values ?? []).filter((p) => !literal.includes(p)) : ["plan"];
    if (others.length)
      inProjectPlan("run-phase", { [phaseFacet]: others });
  }
  return out;
}

// packages/core/dist/scope/trust-analysis.js
var WEB_IDENTITY_ACTION = "sts:AssumeRoleWithWebIdentity";
function isGitHubProvider(p) {
  return p.registry.entry.id === "github";
}
function statementKeyPrefixes(statement) {
  const out = /* @__PURE__ */ new Set();
  for (const entry of statement.conditions) {
    const split = splitConditionKey(entry.key);
    if (split && looksLikeGitHubPrefix(split.prefix))
      out.add(split.prefix.toLowerCase());
  }
  return [...out];
}
function otherIssuerKeyPrefixes(statement, config) {
  const out = /* @__PURE__ */ new Map();
  for (const entry of statement.conditions) {
    const split = splitConditionKey(entry.key);
    if (!split)
      continue;
    const prefix = providerPrefix(split.prefix);
    const registry = recogniseIssuer(prefix, config);
    if (registry && registry.entry.id !== "github")
      out.set(prefix, registry);
  }
  return [...out].map(([prefix, registry]) => ({ prefix, registry }));
}
var TrustAnalysis = class {
  policy;
  config;
  scopeRules;
  providers;
  scopeCache;
  /**
   * `scopeRules` (rules/scope-rules.ts `SCOPE_RULES`) is needed only for `scope()`; it is passed in
   * because the rules import this engine.
   */
  constructor(policy, config, scopeRules) {
    this.policy = policy;
    this.config = config;
    this.scopeRules = scopeRules;
    this.providers = findProviders(policy, config).map((provider) => {
      const statements = policy.statements.filter((s) => s.effect === "Allow" && canTrust(policy, s, provider.arn));
      if (isGitHubProvider(provider))
        return { provider, statements, knowledge: knowledgeFor(policy, provider.prefix) };
      const facets = facetKnowledgeFor(policy, provider);
      const grammar = provider.registry.entry.grammar;
      return { provider, statements, knowledge: grammar ? compatKnowledge(facets, grammar, provider.registry.match) : emptyKnowledge(), facets };
    });
  }
  /** Statements that can trust some GitHub provider (Allow), by index. */
  trustingStatements() {
    return new Set(this.providers.flatMap((p) => p.statements.map((s) => s.index)));
  }
  /** Problems for which IAM rejects the policy (trust-invalid-policy): no scope verdict is made. */
  get rejected() {
    return this.policy.problems.filter((p) => p.rejected === true);
  }
  /** One verdict per (provider, trusting Allow statement). */
  scope() {
    const rules = this.scopeRules;
    if (!rules)
      throw new Error("TrustAnalysis.scope() needs the scope rules (pass SCOPE_RULES to the constructor)");
    this.scopeCache ??= this.providers.flatMap((p) => this.rejected.length > 0 ? rejectedVerdicts(p) : scopeForProvider(this.policy, p, this.config, rules));
    return this.scopeCache;
  }
  /** The declaration of a scope rule this analysis was given. */
  scopeRule(id) {
    return this.scopeRules?.find((r) => r.id === id);
  }
  /** Evaluates one token of a provider against the whole policy. */
  evaluateClaims(provider, claims) {
    return evaluatePolicy(this.policy, requestFor(provider, claims), { unresolved: "literal" });
  }
};
function requestFor(provider, claims) {
  const context = {};
  for (const [claim, value] of Object.entries(claims))
    context[`${provider.prefix}:${claim}`] = value;
  return { principal: { type: "Federated", id: provider.arn }, action: WEB_IDENTITY_ACTION, context };
}
function canTrust(policy, statement, providerArn) {
  const single = { ...policy, statements: [statement] };
  const result = evaluatePolicy(single, requestFor({ arn: providerArn, prefix: "" }, {}), { unresolved: "literal" });
  const r = result.statements[0];
  return r !== void 0 && r.principal !== false && r.action !== false;
}
function findProviders(policy, config) {
  const out = /* @__PURE__ */ new Map();
  const add2 = (p) => {
    if (!out.has(p.arn))
      out.set(p.arn, p);
  };
  const gitHubIssuers = configuredGitHubIssuers(config);
  const github = (prefix) => ({ entry: GITHUB, match: { kind: githubIssuerKind(prefix, gitHubIssuers) ?? "github.com" } });
  const fromKeys = (statement) => {
    const prefixes = statementKeyPrefixes(statement);
    return prefixes.length ? prefixes : ["token.actions.githubusercontent.com"];
  };
  for (const statement of policy.statements) {
    if (statement.effect !== "Allow")
      continue;
    const principal = statement.principal ?? statement.notPrincipal;
    if (!principal)
      continue;
    const wildcard = principal.kind === "wildcard" || statement.notPrincipal !== void 0 || principal.entries.some((e) => e.type === "AWS" && e.values.some((v) => v.value === "*"));
    const others = otherIssuerKeyPrefixes(statement, config);
    if (wildcard) {
      for (const prefix of fromKeys(statement)) {
        add2({ prefix, kind: github(prefix).match.kind, arn: syntheticProviderArn(prefix), synthetic: true, unresolvedPrincipal: false, registry: github(prefix) });
      }
      for (const { prefix, registry } of others) {
        add2({ prefix, kind: "other-issuer", issuer: registry.entry.id, arn: syntheticProviderArn(prefix), synthetic: true, unresolvedPrincipal: false, registry });
      }
    }
    if (principal.kind !== "map" || statement.notPrincipal)
      continue;
    for (const entry of principal.entries) {
      if (entry.type !== "Federated")
        continue;
      for (const v of entry.values) {
        const prefix = providerPrefix(v.value);
        const registry = recogniseIssuer(prefix, config);
        if (registry?.entry.id === "github") {
          add2({ prefix, kind: registry.match.kind, arn: v.value, synthetic: false, unresolvedPrincipal: false, registry });
        } else if (registry) {
          add2({ prefix, kind: "other-issuer", issuer: registry.entry.id, arn: v.value, synthetic: false, unresolvedPrincipal: false, registry });
        } else if (hasMarker(prefix)) {
          const other = statementKeyPrefixes(statement).length === 0 ? others[0] : void 0;
          if (other) {
            add2({ prefix: other.prefix, kind: "other-issuer", issuer: other.registry.entry.id, arn: v.value, synthetic: false, unresolvedPrincipal: true, registry: other.registry });
            continue;
          }
          const assumed = fromKeys(statement)[0] ?? "token.actions.githubusercontent.com";
          add2({ prefix: assumed, kind: github(assumed).match.kind, arn: v.value, synthetic: false, unresolvedPrincipal: true, registry: github(assumed) });
        }
      }
    }
  }
  return [...out.values()];
}
function facetKnowledgeFor(policy, provider) {
  const k = emptyFacetKnowledge();
  const grammar = provider.registry.entry.grammar;
  const lower = provider.prefix.toLowerCase() + ":";
  for (const statement of policy.statements) {
    for (const entry of statement.conditions) {
      if (policy.variablesEnabled)
        for (const v of entry.values)
          for (const claim2 of variableClaims(v.value, provider.prefix))
            k.tested.add(claim2);
      if (!entry.key.toLowerCase().startsWith(lower))
        continue;
      const claim = entry.key.slice(lower.length).toLowerCase();
      k.tested.add(claim);
      const negated = entry.parsed?.negated ?? false;
      if (statement.effect === "Allow" === negated || !grammar)
        continue;
      for (const v of entry.values)
        learnIssuerClaim(k, grammar, claim, policy.variablesEnabled ? variablesAsWildcards(v.value) : v.value);
    }
  }
  return k;
}
function knowledgeFor(policy, prefix) {
  const k = emptyKnowledge();
  const lower = prefix.toLowerCase() + ":";
  for (const statement of policy.statements) {
    for (const entry of statement.conditions) {
      if (policy.variablesEnabled)
        for (const v of entry.values)
          for (const claim2 of variableClaims(v.value, prefix))
            k.tested.add(claim2);
      if (!entry.key.toLowerCase().startsWith(lower))
        continue;
      k.tested.add(entry.key.slice(lower.length).toLowerCase());
      const negated = entry.parsed?.negated ?? false;
      if (statement.effect === "Allow" === negated)
        continue;
      const claim = entry.key.slice(lower.length).toLowerCase();
      for (const v of entry.values)
        learnClaimValue(k, claim, policy.variablesEnabled ? variablesAsWildcards(v.value) : v.value);
    }
  }
  return k;
}
function variablesAsWildcards(value) {
  return value.replace(/\$\{([^{}]*)\}/g, (whole, body) => body === "*" || body === "?" || body === "$" ? whole : "*");
}
function variableClaims(value, prefix) {
  const lower = prefix.toLowerCase() + ":";
  const out = [];
  for (const m of value.matchAll(/\$\{([^{}]+)\}/g)) {
    const key2 = (m[1] ?? "").split(",")[0]?.trim().toLowerCase() ?? "";
    if (key2.startsWith(lower))
      out.push(key2.slice(lower.length));
  }
  return out;
}
function admittedRules(admitted, rules) {
  const out = [];
  for (const { id, scope } of rules) {
    if (scope.requires?.some((cls2) => !admitted.has(cls2)))
      continue;
    if (scope.unlessApplies?.some((other) => out.some((o) => o.ruleId === other)))
      continue;
    const cls = scope.classes.find((c) => admitted.has(c));
    if (cls)
      out.push({ ruleId: id, cls });
  }
  return out;
}
function exactOwnerSearch(policy, index, trust, config, verdicts) {
  const owners = [.../* @__PURE__ */ new Set([...trust.knowledge.owners, ...config.owners ?? []])];
  for (const v of verdicts) {
    if (v.admitted.has("other-owner"))
      continue;
    const constraints = subConstraints(v.statement, trust.provider.prefix, owners);
    if (!constraints || constraints.positive.length === 0)
      continue;
    const found = findOutsiderSub(constraints);
    if (found.kind === "none")
      continue;
    v.tried.add("other-owner");
    const witness = found.kind === "gave-up" ? void 0 : witnessForSub(found.sub, trust.knowledge);
    if (!witness) {
      v.unknown.add("other-owner");
      continue;
    }
    const results = evaluateCandidates(policy, index, trust.provider, witness.claims);
    const deny = results.filter((s) => s.effect === "Deny").map((s) => s.applies);
    const r = results.find((s) => s.index === v.statement.index);
    if (deny.includes(true) || !r || r.applies === false)
      continue;
    if (r.applies === true && !deny.includes("unknown"))
      v.admitted.set("other-owner", { witness, result: r });
    else
      v.unknown.add("other-owner");
  }
}
function rejectedVerdicts(trust) {
  const classes = isGitHubProvider(trust.provider) ? GITHUB_OUTSIDER_CLASSES : trust.provider.registry.entry.classes;
  return trust.statements.map((statement) => ({
    provider: trust.provider,
    statement,
    admitted: /* @__PURE__ */ new Map(),
    tried: new Set(classes),
    unknown: new Set(classes)
  }));
}
function evaluateCandidates(policy, index, provider, claims) {
  const byLower = /* @__PURE__ */ new Map();
  for (const [claim, value] of Object.entries(claims)) {
    const key2 = `${provider.prefix}:${claim}`.toLowerCase();
    if (!byLower.has(key2))
      byLower.set(key2, value);
  }
  const lookup = (key2) => byLower.get(key2.toLowerCase());
  const request = { principal: { type: "Federated", id: provider.arn }, action: WEB_IDENTITY_ACTION, context: {} };
  return evaluateStatements(policy, index.candidates(request, lookup), request, { unresolved: "literal" }, lookup);
}
function scopeForProvider(policy, trust, config, scopeRules) {
  if (trust.statements.length === 0)
    return [];
  const verdicts = memoisedSearch(policy, trust, config);
  for (const v of verdicts) {
    const rules = admittedRules(v.admitted, scopeRules);
    const first = rules[0];
    if (!first)
      continue;
    const admitted = v.admitted.get(first.cls);
    if (!admitted)
      continue;
    v.finding = {
      ruleId: first.ruleId,
      witness: admitted.witness,
      evidence: evidenceFor(v.statement, admitted.result, trust.provider.prefix),
      also: [...new Set(rules.slice(1).map((r) => r.ruleId))].filter((id) => id !== first.ruleId)
    };
  }
  return verdicts;
}
function memoisedSearch(policy, trust, config) {
  const key2 = searchKey(policy, trust.provider, trust.statements, config);
  const kept = key2 === void 0 ? void 0 : recallSearch(key2);
  const replayed = kept && replaySearch(policy, trust, kept);
  if (replayed)
    return replayed;
  const verdicts = searchWitnesses(policy, trust, config);
  if (key2 !== void 0) {
    keepSearch(key2, {
      tried: [...verdicts[0]?.tried ?? []],
      verdicts: verdicts.map((v) => ({ admitted: [...v.admitted].map(([cls, a]) => [cls, a.witness]), unknown: [...v.unknown] }))
    });
  }
  return verdicts;
}
function replaySearch(policy, trust, kept) {
  const tried = new Set(kept.tried);
  const verdicts = [];
  for (const [i, statement] of trust.statements.entries()) {
    const k = kept.verdicts[i];
    if (!k)
      return void 0;
    const admitted = /* @__PURE__ */ new Map();
    for (const [cls, witness] of k.admitted) {
      const [result] = evaluateStatements(policy, [statement], requestFor(trust.provider, witness.claims), { unresolved: "literal" });
      if (result?.applies !== true)
        return void 0;
      admitted.set(cls, { witness, result });
    }
    verdicts.push({ provider: trust.provider, statement, admitted, tried, unknown: new Set(k.unknown) });
  }
  return verdicts.length === kept.verdicts.length ? verdicts : void 0;
}
function searchWitnesses(policy, trust, config) {
  const tried = /* @__PURE__ */ new Set();
  const verdicts = trust.statements.map((statement) => ({ provider: trust.provider, statement, admitted: /* @__PURE__ */ new Map(), tried, unknown: /* @__PURE__ */ new Set() }));
  const byIndex = new Map(verdicts.map((v) => [v.statement.index, v]));
  const index = new StatementIndex(policy.statements, policy.variablesEnabled);
  const admittedCount = /* @__PURE__ */ new Map();
  const settled = (cls) => (admittedCount.get(cls) ?? 0) === verdicts.length;
  const candidates = isGitHubProvider(trust.provider) ? synthesizeWitnesses(trust.knowledge, config.owners ?? [], settled) : synthesizeIssuerWitnesses(trust.facets ?? emptyFacetKnowledge(), { entry: trust.provider.registry.entry, match: trust.provider.registry.match, configOwners: config.owners ?? [] }, settled);
  for (const witness of candidates) {
    tried.add(witness.cls);
    const results = evaluateCandidates(policy, index, trust.provider, witness.claims);
    const deny = results.filter((s) => s.effect === "Deny").map((s) => s.applies);
    if (deny.includes(true))
      continue;
    for (const r of results) {
      const v = byIndex.get(r.index);
      if (!v || v.admitted.has(witness.cls) || r.applies === false)
        continue;
      if (r.applies === true && !deny.includes("unknown")) {
        v.admitted.set(witness.cls, { witness, result: r });
        admittedCount.set(witness.cls, (admittedCount.get(witness.cls) ?? 0) + 1);
      } else
        v.unknown.add(witness.cls);
    }
  }
  if (isGitHubProvider(trust.provider))
    exactOwnerSearch(policy, index, trust, config, verdicts);
  return verdicts;
}
var IDENTITY_CLAIMS = ["job_workflow_ref", "repository_owner_id", "repository", "repository_id", "environment", "ref"];
function evidenceFor(statement, result, prefix) {
  const claimOf = (key2) => {
    const split = splitConditionKey(key2);
    return split && split.prefix.toLowerCase() === prefix.toLowerCase() ? split.claim.toLowerCase() : void 0;
  };
  const subTraces = result.conditions.filter((t) => claimOf(t.entry.key) === "sub");
  const matched = subTraces.find((t) => t.outcome === "matched" && t.matchedValues.length > 0 && t.entry.parsed?.negated === false);
  if (matched) {
    const path = pickWildcardValue(matched.entry.values, matched.matchedValues);
    return { path, at: "value", kind: "matched-sub", value: statement.conditions.length ? valueAt(matched.entry.values, path) : void 0, operator: matched.entry.operator };
  }
  for (const claim of IDENTITY_CLAIMS) {
    const t = result.conditions.find((c) => claimOf(c.entry.key) === claim && c.outcome === "matched" && c.matchedValues.length > 0);
    if (t) {
      const path = pickWildcardValue(t.entry.values, t.matchedValues);
      return { path, at: "value", kind: "matched-other", value: valueAt(t.entry.values, path), operator: t.entry.operator };
    }
  }
  const absent = result.conditions.find((t) => t.result === true && (t.outcome === "key-absent" || t.outcome === "if-exists-absent" || t.outcome === "set-empty"));
  if (absent)
    return { path: absent.entry.keyPath, at: "key", kind: "absent-key", operator: absent.entry.operator, value: absent.entry.key };
  const loose = subTraces[0];
  if (loose)
    return { path: loose.entry.keyPath, at: "key", kind: "non-positive-sub", operator: loose.entry.operator };
  if (statement.conditionPath)
    return { path: statement.conditionPath, at: "value", kind: "no-sub" };
  return { path: statement.path, at: "value", kind: "no-sub" };
}
function pickWildcardValue(values, matched) {
  const key2 = (p) => JSON.stringify(p);
  const matchedSet = new Set(matched.map(key2));
  const candidates = values.filter((v) => matchedSet.has(key2(v.path)));
  return (candidates.find((v) => /[*?]/.test(v.value)) ?? candidates[0])?.path ?? matched[0] ?? [];
}
function valueAt(values, path) {
  return values.find((v) => JSON.stringify(v.path) === JSON.stringify(path))?.value;
}

// packages/core/dist/secrets/detectors.js
init_define_TRUSTLINT_PACKAGE();
var WORD = /[A-Za-z0-9]/;
function startsWord(text, index, notAfter) {
  if (index === 0 || !notAfter.test(text.charAt(index - 1)))
    return true;
  return index >= 2 && text.charAt(index - 2) === "\\" && /[nrt]/.test(text.charAt(index - 1));
}
var ASSIGN = String.raw`[ \t"':=>]{1,8}`;
var ACCESS_KEY_ID_SOURCE = String.raw`(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16}`;
function count(value, re) {
  return value.match(re)?.length ?? 0;
}
function wordShare(value) {
  let inWords = 0;
  for (const m of value.matchAll(/[A-Z]?[a-z]{3,}/g))
    inWords += m[0].length;
  return inWords / value.length;
}
function looksRandom(value) {
  return count(value, /[A-Z]/g) >= 2 && count(value, /[a-z]/g) >= 2 && count(value, /[0-9]/g) >= 1 && wordShare(value) < 0.6;
}
function mixedCase(value) {
  return /[A-Z]/.test(value) && /[a-z]/.test(value);
}
function varied(value) {
  const classes = [/[A-Z]/, /[a-z]/, /[0-9]/].filter((re) => re.test(value)).length;
  return classes >= 2 && new Set(value).size >= 8;
}
function randomKeyId(value) {
  return new Set(value.slice(4).toUpperCase()).size >= 6;
}
var DETECTORS = [
  { kind: "aws-access-key-id", pattern: new RegExp(`${ACCESS_KEY_ID_SOURCE}(?![A-Za-z0-9])`, "g"), notAfter: WORD },
  // In output also a key id glued to other text (`AKIA…StringLike`), and a lower-cased copy (IAM
  // compares condition key names without case, so messages may print them lower-cased).
  { kind: "aws-access-key-id", pattern: new RegExp(ACCESS_KEY_ID_SOURCE, "g"), accept: randomKeyId, outputOnly: true },
  { kind: "aws-access-key-id", pattern: new RegExp(`${ACCESS_KEY_ID_SOURCE}(?![A-Za-z0-9])`, "gi"), notAfter: WORD, accept: randomKeyId, outputOnly: true },
  {
    // A secret-key name (`aws_secret_access_key`, `SecretAccessKey`, `aws-secret-access-key`, `secret_key`), then the value.
    kind: "aws-secret-access-key",
    pattern: new RegExp(String.raw`(?:aws[_-]?)?secret[_-]?(?:access[_-]?)?key(?![A-Za-z0-9_-])${ASSIGN}([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])`, "gi"),
    notAfter: WORD,
    accept: mixedCase
  },
  {
    // The secret right after its key id, as in the console's credentials CSV (`AKIA…,wJalr…`).
    kind: "aws-secret-access-key",
    pattern: new RegExp(String.raw`${ACCESS_KEY_ID_SOURCE}[ \t"',;:|=]{1,8}([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])`, "g"),
    accept: mixedCase,
    outputOnly: true
  },
  {
    // STS session tokens start with a few fixed bytes (`FwoGZXIvYXdz…` = "\x17\n\x06eu/aws", `IQoJb3JpZ2lu…` = "!\n\torigin").
    kind: "aws-session-token",
    pattern: /(?:FwoGZXIvYXdz|FQoGZXIvYXdz|IQoJb3JpZ2lu|IQoDYXdz)[A-Za-z0-9/+]{20,}={0,2}/g,
    notAfter: WORD,
    accept: (v) => varied(v.slice(12)),
    outputOnly: true
  },
  {
    kind: "aws-session-token",
    pattern: new RegExp(String.raw`(?:aws[_-]?)?(?:session|security)[_-]?token(?![A-Za-z0-9_-])${ASSIGN}([A-Za-z0-9/+]{16,}={0,2})`, "gi"),
    notAfter: WORD,
    accept: varied,
    outputOnly: true
  },
  {
    // GitHub tokens: personal (ghp_), OAuth (gho_), user-to-server (ghu_), server-to-server (ghs_),
    // refresh (ghr_), fine-grained (github_pat_). Case-blind: an upper-cased copy leaks the token too.
    kind: "github-token",
    pattern: /(?:gh[pousr]_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9_]{36,251})(?![A-Za-z0-9_])/gi,
    notAfter: /[A-Za-z0-9_]/,
    accept: (v) => varied(v.slice(v.indexOf("_") + 1)),
    outputOnly: true
  },
  {
    // npm, GitLab, Slack, Google API, Stripe live and PyPI tokens; case-blind like GitHub's.
    kind: "service-token",
    pattern: /(?:npm_[A-Za-z0-9]{36}|glpat-[A-Za-z0-9_-]{20,64}|xox[abposr]-[A-Za-z0-9-]{10,250}|AIza[A-Za-z0-9_-]{35}|[rs]k_live_[A-Za-z0-9]{20,247}|pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,})(?![A-Za-z0-9_-])/gi,
    notAfter: /[A-Za-z0-9_-]/,
    accept: varied,
    outputOnly: true
  },
  {
    kind: "json-web-token",
    pattern: /eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g,
    notAfter: WORD,
    outputOnly: true
  },
  {
    // A value assigned to a password, secret or token name (`DB_PASSWORD="…"`, `api_key: …`);
    // punctuation after it ends the sentence, not the value.
    kind: "assigned-secret",
    pattern: new RegExp(String.raw`(?:pass(?:word|wd)?|secret|token|api[_-]?key|credentials?)(?![A-Za-z0-9])${ASSIGN}([A-Za-z0-9/+=_.~!@#%^&*-]{11,199}[A-Za-z0-9/+=])`, "gi"),
    accept: (v) => /[A-Za-z]/.test(v) && /[0-9]/.test(v) && varied(v),
    outputOnly: true
  }
];
var PRIVATE_KEY_BEGIN = /-----BEGIN (?:[A-Z0-9]+ ){0,4}PRIVATE KEY(?: BLOCK)?-----/g;
var MAX_PRIVATE_KEY = 64 * 1024;
var KEY_BODY = /[A-Za-z0-9+/=\s]|\\[nrt]/y;
function privateKeys(text) {
  const out = [];
  let endLine;
  for (const m of matches(PRIVATE_KEY_BEGIN, text)) {
    const start = m.index + m[0].length;
    if (endLine === void 0 || endLine >= 0 && endLine < start)
      endLine = text.indexOf("-----END ", start);
    let end;
    if (endLine >= 0 && endLine - start <= MAX_PRIVATE_KEY)
      end = endLine;
    else {
      KEY_BODY.lastIndex = start;
      end = start;
      while (KEY_BODY.test(text))
        end = KEY_BODY.lastIndex;
    }
    if (end > start)
      out.push({ kind: "private-key", start, end });
  }
  return out;
}
function* matches(pattern, text) {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    yield m;
    if (m[0] === "")
      pattern.lastIndex++;
  }
}
function run(text, detectors) {
  const out = [];
  for (const d of detectors) {
    for (const m of matches(d.pattern, text)) {
      const value = m[1] ?? m[0];
      if (d.notAfter && !startsWord(text, m.index, d.notAfter))
        continue;
      if (d.accept && !d.accept(value))
        continue;
      const start = m.index + m[0].length - value.length;
      out.push({ kind: d.kind, start, end: start + value.length });
    }
  }
  return out;
}
var SECRET_KEY_LENGTH = 40;
var ENCODED_SECRET_LENGTH = 100;
function isBase64(code) {
  return code >= 65 && code <= 90 || code >= 97 && code <= 122 || code >= 48 && code <= 57 || code === 43 || code === 47;
}
function* base64Runs(text) {
  let i = 0;
  while (i < text.length) {
    if (!isBase64(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isBase64(text.charCodeAt(i)))
      i++;
    while (i < text.length && text.charCodeAt(i) === 61)
      i++;
    if (i - start >= SECRET_KEY_LENGTH)
      yield [start, i];
  }
}
function base64Secrets(text) {
  const out = [];
  for (const [runStart, runEnd] of base64Runs(text)) {
    const start = runStart > 0 && text.charAt(runStart - 1) === "\\" ? runStart + 1 : runStart;
    const run2 = text.slice(start, runEnd);
    const end = runEnd;
    const body = run2.replace(/=+$/, "");
    if (body.length === run2.length && body.length >= SECRET_KEY_LENGTH) {
      const tail = body.length === SECRET_KEY_LENGTH ? body : body.charAt(body.length - SECRET_KEY_LENGTH - 1) === "/" ? body.slice(-SECRET_KEY_LENGTH) : "";
      if (tail !== "" && looksRandom(tail))
        out.push({ kind: "aws-secret-access-key", start: end - SECRET_KEY_LENGTH, end });
    }
    if (body.length >= ENCODED_SECRET_LENGTH && count(body, /[A-Z]/g) >= 3 && count(body, /[a-z]/g) >= 3 && count(body, /[0-9]/g) >= 3 && wordShare(body) < 0.6) {
      out.push({ kind: "encoded-secret", start, end });
    }
  }
  return out;
}
function findCredentials(text) {
  return [...run(text, DETECTORS), ...base64Secrets(text), ...privateKeys(text)].sort((a, b) => a.start - b.start || b.end - a.end);
}
var RULE_DETECTORS = DETECTORS.filter((d) => d.kind.startsWith("aws-") && !d.outputOnly);
function findAwsKeys(text) {
  return run(text, RULE_DETECTORS).sort((a, b) => a.start - b.start).map((c) => {
    const value = text.slice(c.start, c.end);
    const id = c.kind === "aws-access-key-id";
    return {
      kind: id ? "access-key-id" : "secret-access-key",
      start: c.start,
      end: c.end,
      masked: maskSecret(value),
      example: value.endsWith(id ? "EXAMPLE" : "EXAMPLEKEY"),
      temporary: id && value.startsWith("ASIA")
    };
  });
}
function maskSecret(value) {
  return "*".repeat(Math.max(0, value.length - 4)) + value.slice(-4);
}

// packages/core/dist/sources/workflow/link.js
init_define_TRUSTLINT_PACKAGE();
function linkLocalActions(documents) {
  const actions = /* @__PURE__ */ new Map();
  for (const d of documents)
    if (d.kind === "workflow" && d.workflowKind === "composite-action")
      actions.set(normalize(d.file), d);
  if (actions.size === 0)
    return;
  const visited = /* @__PURE__ */ new Set();
  const link = (doc, root) => {
    if (visited.has(doc))
      return;
    visited.add(doc);
    for (const step of stepsOf(doc)) {
      if (step.uses?.kind !== "local")
        continue;
      const action = findAction(actions, root, step.uses.path);
      if (!action)
        continue;
      step.localAction = action;
      link(action, root);
    }
  };
  for (const d of documents)
    if (d.kind === "workflow" && d.workflowKind === "workflow")
      link(d, repositoryRoot(d.file));
  for (const a of actions.values())
    link(a, void 0);
}
function stepsOf(doc) {
  return [...doc.steps, ...doc.jobs.flatMap((j) => j.steps)];
}
function normalize(file) {
  return file.replace(/\\/g, "/").replace(/^(\.\/)+/, "");
}
function repositoryRoot(file) {
  const f = normalize(file);
  const i = f.lastIndexOf(".github/workflows/");
  return i < 0 ? void 0 : f.slice(0, i);
}
function findAction(actions, root, path) {
  const rel = normalize(path).replace(/\/+$/, "");
  const names2 = [`${rel}/action.yml`, `${rel}/action.yaml`];
  if (root !== void 0) {
    for (const n of names2) {
      const hit = actions.get(normalize(root + n));
      if (hit)
        return hit;
    }
  }
  const matches3 = [...actions.entries()].filter(([file]) => names2.some((n) => file === n || file.endsWith(`/${n}`)));
  return matches3.length === 1 ? matches3[0]?.[1] : void 0;
}

// packages/core/dist/workflow/role-uses.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/workflow/aws.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/workflow/steps.js
init_define_TRUSTLINT_PACKAGE();
var MAX_NESTING = 8;
function stepsOfJob(doc, job) {
  const outer = [job.env, doc.env].filter((e) => e !== void 0);
  return expand(doc, job.steps, outer, []);
}
function stepsOfComposite(doc) {
  return expand(doc, doc.steps, [], []);
}
function expand(doc, steps, outer, via) {
  const out = [];
  for (const step of steps) {
    const env = step.env ? [step.env, ...outer] : outer;
    out.push({ step, document: doc, env, via });
    const action = step.localAction;
    if (action && via.length < MAX_NESTING && !via.some((v) => v.localAction === action)) {
      appendAll(out, expand(action, action.steps, env, [...via, step]));
    }
  }
  return out;
}
function topStep(s) {
  return s.via[0] ?? s.step;
}
function envLookup(env, name) {
  const lower = name.toLowerCase();
  for (const block of env) {
    const hit = block.entries.find((e) => e.name.toLowerCase() === lower);
    if (hit)
      return hit;
  }
  return void 0;
}
function inputOf(step, name) {
  const lower = name.toLowerCase();
  return step.with.find((e) => e.name.toLowerCase() === lower);
}
function actionName(step) {
  const u = step.uses;
  if (u?.kind !== "repository")
    return void 0;
  return `${u.owner}/${u.repo}${u.path ? `/${u.path}` : ""}`.toLowerCase();
}

// packages/core/dist/workflow/aws.js
var CONFIGURE_AWS_CREDENTIALS = "aws-actions/configure-aws-credentials";
function isConfigureAwsCredentials(s) {
  return actionName(s.step) === CONFIGURE_AWS_CREDENTIALS;
}
function setting(s, input, alias) {
  const entry = inputOf(s.step, input);
  if (entry && entry.value.text.trim() !== "")
    return { value: entry.value, entry, from: "input" };
  const env = alias ? envLookup(s.env, alias) : void 0;
  if (env && env.value.text.trim() !== "")
    return { value: env.value, entry: env, from: "env" };
  return void 0;
}
function flag(s) {
  if (!s)
    return false;
  if (s.value.kind === "expression")
    return "unknown";
  return /^(true|True|TRUE)$/.test(s.value.text.trim());
}
function readCacStep(s) {
  if (!isConfigureAwsCredentials(s))
    return void 0;
  const role2 = setting(s, "role-to-assume", "ROLE_TO_ASSUME");
  const audience = setting(s, "audience", "AUDIENCE");
  const accessKeyId = setting(s, "aws-access-key-id", void 0)?.entry;
  const secretAccessKey = setting(s, "aws-secret-access-key", void 0)?.entry;
  const chaining = flag(setting(s, "role-chaining", "ROLE_CHAINING"));
  const skip = flag(setting(s, "force-skip-oidc", void 0));
  let mode;
  if (accessKeyId)
    mode = "static-keys";
  else if (setting(s, "web-identity-token-file", "WEB_IDENTITY_TOKEN_FILE"))
    mode = "web-identity-file";
  else if (chaining === true)
    mode = "role-chaining";
  else if (skip === true)
    mode = "skip-oidc";
  else if (!role2)
    mode = "default-chain";
  else
    mode = chaining === "unknown" || skip === "unknown" ? "unknown" : "oidc";
  return {
    at: s,
    mode,
    ...role2 ? { role: role2 } : {},
    ...audience ? { audience } : {},
    ...accessKeyId ? { accessKeyId } : {},
    ...secretAccessKey ? { secretAccessKey } : {}
  };
}
var ACCESS_KEY_ENV = "AWS_ACCESS_KEY_ID";
var SECRET_KEY_ENV = "AWS_SECRET_ACCESS_KEY";
function envKeyEntries(block) {
  if (!block)
    return [];
  return block.entries.filter((e) => [ACCESS_KEY_ENV, SECRET_KEY_ENV].includes(e.name.toUpperCase()));
}
function hasEnvKeys(s) {
  return envLookup(s.env, ACCESS_KEY_ENV) !== void 0;
}
function assumesRoleViaOidc(cac) {
  return cac.mode === "oidc" && !hasEnvKeys(cac.at);
}
function longLivedSource(value) {
  if (value.kind === "literal")
    return value.text.trim() === "" ? void 0 : "a literal value written in the file";
  return refsSource(value.refs);
}
function refsSource(refs) {
  const secret = refs.find((r) => r.startsWith("secrets."));
  if (secret)
    return `the secret ${secret.slice("secrets.".length)}`;
  const variable = refs.find((r) => r.startsWith("vars."));
  if (variable)
    return `the configuration variable ${variable.slice("vars.".length)} (stored in plain text)`;
  return void 0;
}

// packages/core/dist/workflow/role-uses.js
var ARN_RE = /^arn:[^:]*:iam::([^:]*):role\/(.+)$/;
function roleNameOf(value) {
  const text = value.text.trim();
  const m = ARN_RE.exec(text);
  const tail = m ? m[2] ?? "" : text;
  const name = tail.slice(tail.lastIndexOf("/") + 1);
  if (!name || name.includes("${{") || name.includes(":") || !m && (text.includes("/") || text.includes("${{")))
    return {};
  const account = m?.[1];
  return { name, ...account && /^\d{12}$/.test(account) ? { account } : {} };
}
function roleUses(documents) {
  const out = [];
  for (const doc of documents) {
    if (doc.kind !== "workflow" || doc.workflowKind !== "workflow")
      continue;
    for (const job of doc.jobs) {
      for (const s of stepsOfJob(doc, job)) {
        const cac = readCacStep(s);
        if (!cac?.role || !assumesRoleViaOidc(cac))
          continue;
        const { name, account } = roleNameOf(cac.role.value);
        out.push({ workflow: doc, job, cac, role: cac.role.value, ...name ? { roleName: name } : {}, ...account ? { account } : {} });
      }
    }
  }
  return out;
}
function policyFileRoleName(doc) {
  if (doc.sourceKind !== "policy" || doc.resource !== void 0)
    return void 0;
  const base = doc.file.replace(/\\/g, "/").split("/").at(-1) ?? "";
  const m = /^(.+)\.json$/i.exec(base);
  return m?.[1] && /^[\w+=,.@-]{1,64}$/.test(m[1]) ? m[1] : void 0;
}
function documentRoleName(doc) {
  if (doc.roleName !== void 0)
    return hasMarker(doc.roleName) ? void 0 : doc.roleName;
  const resource = doc.resource?.replace(/\[[^\]]*\]$/, "");
  if (!resource)
    return policyFileRoleName(doc);
  const name = resource.split(/[./:]/).at(-1);
  return name && !hasMarker(name) ? name : void 0;
}
function documentAccount(doc) {
  return doc.resource ? ARN_RE.exec(doc.resource)?.[1] : void 0;
}
var BY_ROLE_NAME = /* @__PURE__ */ new WeakMap();
function policiesByRoleName(documents) {
  let index = BY_ROLE_NAME.get(documents);
  if (index)
    return index;
  index = /* @__PURE__ */ new Map();
  for (const d of documents) {
    if (d.kind !== "trust-policy")
      continue;
    const name = documentRoleName(d);
    if (name === void 0)
      continue;
    const list = index.get(name);
    if (list)
      list.push(d);
    else
      index.set(name, [d]);
  }
  BY_ROLE_NAME.set(documents, index);
  return index;
}
function trustPoliciesFor(use, documents) {
  if (!use.roleName)
    return [];
  return (policiesByRoleName(documents).get(use.roleName) ?? []).filter((d) => {
    const account = documentAccount(d);
    return !(account && use.account && account !== use.account);
  });
}
function roleUsesOf(policy, documents) {
  return roleUses(documents).filter((u) => trustPoliciesFor(u, documents).includes(policy));
}

// packages/core/dist/iam/normalize.js
init_define_TRUSTLINT_PACKAGE();
var VARIABLES_VERSION = "2012-10-17";
var LEGACY_VERSION = "2008-10-17";
var TOP_LEVEL_ELEMENTS = /* @__PURE__ */ new Set(["Version", "Id", "Statement"]);
function effectiveMembers(obj) {
  const last = /* @__PURE__ */ new Map();
  for (const m of obj.members)
    last.set(m.key, m);
  return obj.members.filter((m) => last.get(m.key) === m);
}
function reportDuplicates(node, path, problems) {
  if (node.type === "array") {
    node.items.forEach((item, i) => {
      reportDuplicates(item, [...path, i], problems);
    });
    return;
  }
  if (node.type !== "object")
    return;
  const kept = effectiveMembers(node);
  const keptSet = new Set(kept);
  for (const m of node.members) {
    if (keptSet.has(m))
      continue;
    const memberPath = [...path, m.key];
    problems.push({
      code: "duplicate-key",
      message: `duplicate key "${m.key}": the last occurrence is used (how IAM treats duplicates is unverified)`,
      path: memberPath,
      otherPath: memberPath,
      otherMember: m
    });
  }
  for (const m of kept)
    reportDuplicates(m.value, [...path, m.key], problems);
}
function describe(node) {
  return node.type === "object" || node.type === "array" ? `an ${node.type}` : `a ${node.type}`;
}
function readStringList(node, path, what, report) {
  if (node.type === "string")
    return [{ value: node.value, path }];
  if (node.type !== "array") {
    report("invalid-type", `${what} must be a string or an array of strings, not ${describe(node)}`, path);
    return void 0;
  }
  const out = [];
  node.items.forEach((item, i) => {
    if (item.type === "string")
      out.push({ value: item.value, path: [...path, i] });
    else
      report("invalid-type", `${what} values must be strings, not ${describe(item)}`, [...path, i]);
  });
  return out;
}
function readConditionScalar(node, path, report) {
  if (node.type === "string")
    return { value: node.value, path };
  if (node.type === "number" || node.type === "boolean")
    return { value: node.text, path };
  report("invalid-type", `condition values must be strings, numbers or booleans, not ${describe(node)}`, path);
  return void 0;
}
var BOOLEAN_TEXT = /^(?:true|false)$/i;
function checkBooleanValues(values, operator, report) {
  for (const v of values) {
    if (!BOOLEAN_TEXT.test(v.value) && !hasMarker(v.value)) {
      report("invalid-type", `"${operator}" values must be "true" or "false"; "${v.value}" never matches`, v.path);
    }
  }
}
function readConditionValues(node, path, report) {
  const items = node.type === "array" ? node.items.map((item, i) => ({ item, path: [...path, i] })) : [{ item: node, path }];
  const out = [];
  for (const { item, path: itemPath } of items) {
    const value = readConditionScalar(item, itemPath, report);
    if (value)
      out.push(value);
  }
  return out;
}
function readCondition(node, path, report) {
  if (node.type !== "object") {
    report("invalid-type", `Condition must be an object, not ${describe(node)}`, path);
    return [];
  }
  const entries = [];
  for (const op of effectiveMembers(node)) {
    const operatorPath = [...path, op.key];
    const parsed = parseOperator(op.key);
    if (!parsed) {
      const unresolved = hasMarker(op.key) || (op.keyUnresolved?.length ?? 0) > 0;
      const spelling = unresolved ? void 0 : operatorSpelling(op.key);
      report("unknown-operator", `unknown condition operator "${op.key}"${spelling ? ` (operator names are case-sensitive: "${spelling}")` : ""}: its result is unknown`, operatorPath, !unresolved);
    }
    if (op.value.type !== "object") {
      report("invalid-type", `the block of "${op.key}" must be an object, not ${describe(op.value)}`, operatorPath);
      continue;
    }
    for (const k of effectiveMembers(op.value)) {
      const keyPath = [...operatorPath, k.key];
      const values = readConditionValues(k.value, keyPath, report);
      if (parsed?.base === "Null" || parsed?.base === "Bool")
        checkBooleanValues(values, op.key, report);
      entries.push({ operator: op.key, operatorPath, parsed, key: k.key, keyPath, values });
    }
  }
  return entries;
}
function readPrincipal(node, path, report) {
  if (node.type === "string" && node.value === "*")
    return { kind: "wildcard", path };
  if (node.type !== "object") {
    report("invalid-type", `a principal must be "*" or an object of principal types, not ${describe(node)}`, path);
    return void 0;
  }
  const entries = [];
  for (const m of effectiveMembers(node)) {
    const entryPath = [...path, m.key];
    const values = readStringList(m.value, entryPath, `principal type ${m.key}`, report);
    if (values)
      entries.push({ type: m.key, values, path: entryPath });
  }
  return { kind: "map", path, entries };
}
function readEffect(node, path, report) {
  if (node.type === "string" && (node.value === "Allow" || node.value === "Deny"))
    return node.value;
  const shown = node.type === "string" ? `"${node.value}"` : describe(node);
  report("invalid-effect", `Effect must be exactly "Allow" or "Deny", not ${shown}: the statement never applies`, path);
  return null;
}
function readElement(st, m, report) {
  const path = [...st.path, m.key];
  switch (m.key) {
    case "Sid":
      if (m.value.type === "string")
        st.sid = m.value.value;
      else
        report("invalid-type", `Sid must be a string, not ${describe(m.value)}`, path);
      return true;
    case "Effect":
      st.effect = readEffect(m.value, path, report);
      return true;
    case "Principal":
      st.principal = readPrincipal(m.value, path, report);
      return true;
    case "NotPrincipal":
      st.notPrincipal = readPrincipal(m.value, path, report);
      return true;
    case "Action":
      st.action = readStringList(m.value, path, "Action", report);
      st.actionPath = path;
      return true;
    case "NotAction":
      st.notAction = readStringList(m.value, path, "NotAction", report);
      st.notActionPath = path;
      return true;
    case "Condition":
      st.conditions = readCondition(m.value, path, report);
      st.conditionPath = path;
      return true;
    case "Resource":
    case "NotResource":
      report("prohibited-element", `a trust policy statement may not contain ${m.key}`, path, true);
      return true;
    default:
      return false;
  }
}
function reportMissing(st, keys, report) {
  if (!keys.has("Effect"))
    report("missing-element", "statement has no Effect: it never applies", st.path);
  if (!keys.has("Action") && !keys.has("NotAction")) {
    report("missing-element", "statement has neither Action nor NotAction: it applies to no action", st.path);
  }
  if (!keys.has("Principal") && !keys.has("NotPrincipal")) {
    report("missing-element", "statement has neither Principal nor NotPrincipal: it applies to nobody", st.path);
  }
}
function readStatement(node, index, path, report) {
  if (node.type !== "object") {
    report("invalid-type", `a statement must be an object, not ${describe(node)}`, path);
    return void 0;
  }
  const st = { index, path, effect: null, conditions: [] };
  const members = effectiveMembers(node);
  for (const m of members) {
    if (!readElement(st, m, report))
      report("unknown-element", `unknown statement element "${m.key}"`, [...path, m.key]);
  }
  reportMissing(st, new Set(members.map((m) => m.key)), report);
  return st;
}
function readStatements(node, report) {
  if (!node) {
    report("missing-element", "policy has no Statement", []);
    return [];
  }
  if (node.type === "object") {
    const st = readStatement(node, 0, ["Statement"], report);
    return st ? [st] : [];
  }
  if (node.type !== "array") {
    report("invalid-type", `Statement must be an object or an array, not ${describe(node)}`, ["Statement"]);
    return [];
  }
  const out = [];
  node.items.forEach((item, i) => {
    const st = readStatement(item, i, ["Statement", i], report);
    if (st)
      out.push(st);
  });
  return out;
}
function readVersion(node, report) {
  if (!node)
    return { version: void 0, variablesEnabled: false };
  const version = node.type === "string" ? node.value : node.type === "number" ? node.text : void 0;
  if (version === VARIABLES_VERSION)
    return { version, variablesEnabled: true };
  if (version !== LEGACY_VERSION) {
    report("invalid-version", `Version must be "${VARIABLES_VERSION}" (or "${LEGACY_VERSION}"); policy variables are read as literal text`, ["Version"]);
  }
  return { version, variablesEnabled: false };
}
function normalizePolicy(root) {
  const problems = [];
  reportDuplicates(root, [], problems);
  const report = (code, message, path, rejected) => {
    problems.push({ code, message, path, ...rejected ? { rejected } : {} });
  };
  const top = new Map(effectiveMembers(root).map((m) => [m.key, m.value]));
  for (const key2 of top.keys()) {
    if (!TOP_LEVEL_ELEMENTS.has(key2))
      report("unknown-element", `unknown policy element "${key2}"`, [key2]);
  }
  const { version, variablesEnabled } = readVersion(top.get("Version"), report);
  const statements = readStatements(top.get("Statement"), report);
  return { version, variablesEnabled, statements, problems };
}

// packages/core/dist/rules/prepare.js
init_define_TRUSTLINT_PACKAGE();
function assumeKeyPrefixes(policy, config) {
  const target = findProviders(policy, config)[0]?.prefix ?? "token.actions.githubusercontent.com";
  let changed = false;
  const statements = policy.statements.map((s) => ({
    ...s,
    conditions: s.conditions.map((e) => {
      const colon = e.key.lastIndexOf(":");
      if (colon <= 0 || !hasMarker(e.key.slice(0, colon)))
        return e;
      changed = true;
      return { ...e, key: `${target}:${e.key.slice(colon + 1)}` };
    })
  }));
  return changed ? { ...policy, statements } : policy;
}
function preparePolicy(doc, config) {
  const policy = assumeKeyPrefixes(normalizePolicy(doc.root), config);
  const raw = doc.sourceKind === "policy" || doc.sourceKind === "policy-template";
  return raw && !onlyStsActions(policy) ? asAnyResourcePolicy(policy) : policy;
}
function onlyStsActions(policy) {
  return policy.statements.every((s) => s.notAction === void 0 && (s.action ?? []).length > 0 && (s.action ?? []).every((a) => /^sts:(AssumeRole\w*|TagSession|SetSourceIdentity|SetContext)$/i.test(a.value)));
}
function asAnyResourcePolicy(policy) {
  if (!policy.problems.some((p) => p.code === "prohibited-element" && p.rejected === true))
    return policy;
  return { ...policy, problems: policy.problems.map((p) => p.code === "prohibited-element" ? { code: p.code, message: p.message, path: p.path } : p) };
}

// packages/core/dist/explain.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/issuers/messages.js
init_define_TRUSTLINT_PACKAGE();
function facetOf(grammar, role2) {
  return grammar ? Object.entries(grammar.facets).find(([, f]) => f.role === role2)?.[0] : void 0;
}
function capitalise(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
function exampleSubject(entry, match, names2, witness) {
  const grammar = entry.grammar;
  const template = grammar?.sub[0];
  if (!grammar || !template)
    return void 0;
  const values = {};
  for (const [facet, spec] of Object.entries(grammar.facets)) {
    switch (spec.role) {
      case "namespace":
        values[facet] = match.organisation ?? names2.owner;
        break;
      case "project":
        values[facet] = names2.project;
        break;
      case "ref":
        values[facet] = names2.branch;
        break;
      case "ref-type":
        values[facet] = spec.values?.[0] ?? spec.example;
        break;
      case "phase":
        values[facet] = "apply";
        break;
      case "group":
        values[facet] = witness?.facets?.[facet] ?? spec.example;
        break;
      default:
        values[facet] = "*";
    }
  }
  return render(template, values);
}
function issuerWho(entry, match, ruleId, w, names2) {
  const t = entry.terms;
  const d = names2.display;
  const ns = match.organisation ?? (w.identity.owner || names2.owner);
  const slug = entry.grammar && facetOf(entry.grammar, "namespace") && !entry.private ? `${d(names2.owner)}/${d(names2.project)}` : d(names2.project);
  const ofProject = `${t.project} ${slug}`;
  switch (ruleId) {
    case "oidc-any-owner":
      return names2.owners.length ? `Any ${entry.name} ${t.project} outside ${t.namespace} ${names2.owners.map(d).join(", ")}` : `Any ${entry.name} ${t.project} of any ${t.namespace}`;
    case "oidc-owner-wide":
      return entry.private ? `Every ${t.project} of the ${entry.name} ${t.namespace} this provider belongs to (${d(ns)}), including ones created later,` : names2.owners.includes(ns) || !w.identity.ownerId ? `Every ${t.project} of ${entry.name} ${t.namespace} ${d(ns)}, including ones created later,` : `Every ${t.project} of the ${entry.name} ${t.namespace} with id ${d(w.identity.ownerId)}, including ones created later,`;
    case "oidc-repo-prefix":
      return `Another ${t.project} of ${t.namespace} ${d(ns)} whose name matches the wildcard (such as ${d(w.identity.repo)})`;
    case "oidc-id-wildcard":
      return `Whoever re-registers ${t.project} ${d(w.identity.owner)}/${d(w.identity.repo)} after a deletion or rename (same path, new ids)`;
    case "oidc-any-context":
      return `Any branch, tag${t.change ? ` or ${t.change}` : ""} of ${ofProject}`;
    case "oidc-pull-request":
      return `${capitalise(t.change ?? "change request")} pipelines of ${ofProject} (code from any branch a developer pushes, before review)`;
    case "oidc-run-phase": {
      const phase = w.facets?.[facetOf(entry.grammar, "phase") ?? ""] ?? "plan";
      const named = names2.project && !names2.project.startsWith("<");
      return `The ${phase} phase of ${named ? `${t.project} ${d(names2.project)}` : `any ${t.project}`}${phase === "plan" ? " (speculative plans of pull requests included, before review)" : ""}`;
    }
    default: {
      const what = w.cls === "new-tag" ? "new tags" : w.cls === "new-environment" ? "other environments (or none)" : "new branches";
      const mr = t.change && w.cls === "new-branch" ? `; ${t.change} pipelines run on their source branch` : "";
      return `Runs of ${ofProject} from ${what} (anyone who can push a branch or tag${mr})`;
    }
  }
}
function issuerFix(entry, match, prefix, ruleId, w, names2) {
  const example = exampleSubject(entry, match, names2, w);
  const op = example?.includes("*") ? "StringLike" : "StringEquals";
  const sub = example ? `restrict sub with ${op} to the full subject, e.g. "${names2.display(example)}"` : "restrict sub to the intended subject";
  switch (ruleId) {
    case "oidc-id-wildcard": {
      const ids = Object.entries(entry.grammar?.claims ?? {}).filter(([claim, t]) => entry.stsClaims(match).includes(claim) && /<(namespaceId|projectId)>/.test(t)).map(([claim]) => `${prefix}:${claim}`);
      return ids.length ? `pin the immutable ids with StringEquals on ${ids.join(" and ")} (literal values)` : sub;
    }
    case "oidc-run-phase":
      return `${sub}, and give the plan phase its own read-only role`;
    case "oidc-any-owner": {
      const nsFacet = facetOf(entry.grammar, "namespace");
      const grouped = entry.id === "gitlab" && nsFacet ? ` (a group-wide pattern needs the slash: "project_path:${names2.display(names2.owner)}/*")` : "";
      return `${sub}${grouped}`;
    }
    default:
      return sub;
  }
}
function issuerRulePhrase(entry, ruleId) {
  const t = entry.terms;
  switch (ruleId) {
    case "oidc-any-owner":
      return `any ${t.namespace}`;
    case "oidc-owner-wide":
      return `other ${t.projects} of the ${t.namespace}`;
    case "oidc-repo-prefix":
      return `${t.projects} matching the name wildcard`;
    case "oidc-id-wildcard":
      return "re-registered paths";
    case "oidc-any-context":
      return `any branch or tag${t.change ? ` or ${t.change}` : ""}`;
    case "oidc-pull-request":
      return `${t.change ?? "change request"}s`;
    case "oidc-run-phase":
      return "another run phase";
    default:
      return "new branches or tags";
  }
}
function issuerClassPhrase(entry, cls) {
  const t = entry.terms;
  switch (cls) {
    case "other-owner":
      return `${t.projects} of other ${t.namespace}s`;
    case "other-repo":
      return `other ${t.projects} of the ${t.namespace}`;
    case "repo-name-match":
      return `${t.projects} whose names match the wildcard`;
    case "other-ids":
      return "re-registered paths with new ids";
    case "new-branch":
      return "new branches";
    case "new-tag":
      return "new tags";
    case "new-environment":
      return "other environments";
    case "pull-request":
      return `${t.change ?? "change request"}s`;
    case "run-phase":
      return "another run phase";
    case "reusable-caller":
      return "callers of the reusable workflow";
  }
}

// packages/core/dist/rules/scope-rules.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/rules/oidc-any-context.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/rules/define.js
init_define_TRUSTLINT_PACKAGE();
function defineRule(rule) {
  return rule;
}
function defineScopeRule(rule) {
  return rule;
}
function defineMetaOnly(definition) {
  return definition;
}

// packages/core/dist/rules/scope-common.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/scope/phrases.js
init_define_TRUSTLINT_PACKAGE();
var CLASS_PHRASE = {
  "other-owner": "repositories of other owners",
  "reusable-caller": "callers of the reusable workflow",
  "other-repo": "other repositories of the owner",
  "repo-name-match": "repositories whose names match the wildcard",
  "other-ids": "re-registered names with new ids",
  "new-branch": "new branches",
  "new-tag": "new tags",
  "new-environment": "new environments",
  "pull-request": "pull requests",
  "run-phase": "another run phase"
};
function classPhrase(cls) {
  return CLASS_PHRASE[cls];
}

// packages/core/dist/rules/scope-common.js
var PARTS = /* @__PURE__ */ new WeakMap();
var TESTED = /* @__PURE__ */ new WeakMap();
function unresolvedParts(ctx) {
  let parts = PARTS.get(ctx.document.root);
  if (!parts) {
    parts = collectUnresolved(ctx.document.root).map((u) => u.part);
    PARTS.set(ctx.document.root, parts);
  }
  return parts;
}
function policyNames(ctx, v) {
  const parts = unresolvedParts(ctx);
  const display = (value) => displayValue(value, parts);
  const k = ctx.trust.providers.find((p) => p.provider.arn === v.provider.arn)?.knowledge;
  const firstRepo = k ? [...k.repos.values()][0] : void 0;
  const configOwners = ctx.config.owners ?? [];
  const patternOwners = [...k?.ownerPatterns ?? []].map((p) => p.replace(/[*?].*$/s, "")).filter((p) => p.length > 1 && OWNER_NAME_RE.test(p));
  const owners = [.../* @__PURE__ */ new Set([...k?.owners ?? [], ...configOwners, ...patternOwners])].map(display);
  const [repoOwner, repoName] = ctx.config.repository?.split("/") ?? [];
  const owner = firstRepo ? display(firstRepo.owner) : owners[0] ?? repoOwner ?? "<owner>";
  const repo = firstRepo ? display(firstRepo.repo) : repoName ?? "<repo>";
  return {
    owner,
    repo,
    slug: firstRepo?.segment !== void 0 ? display(firstRepo.segment) : `${owner}/${repo}`,
    branch: ctx.config.deployBranch ?? "main",
    ownersText: owners.length ? owners.join(", ") : "your organisation",
    role: ctx.document.roleName ? `role ${ctx.document.roleName}` : "this role",
    display,
    knownOwner: (name) => owners.includes(display(name))
  };
}
function ownerList(names2) {
  return names2.ownersText === "your organisation" ? [] : names2.ownersText.split(", ");
}
function why(v, names2) {
  const f = v.finding;
  if (!f)
    return "";
  const e = f.evidence;
  switch (e.kind) {
    case "matched-sub":
      return `sub ${e.operator ?? ""} '${names2.display(e.value ?? "")}' admits it`;
    case "matched-other":
      return `'${names2.display(e.value ?? "")}' (${e.operator ?? ""}) is the only value that restricts it`;
    case "absent-key":
      return `${e.operator ?? "the condition"} on "${e.value ?? ""}" passes when the token lacks that key`;
    case "non-positive-sub":
      return `${e.operator ?? "the operator"} on sub does not restrict tokens it does not name`;
    case "no-sub":
      return isGitHubProvider(v.provider) ? "no condition restricts sub, the repository or the owner" : `no condition restricts sub or the ${v.provider.registry.entry.terms.project}`;
  }
}
function witnessText(w, names2) {
  return `sub "${names2.display(w.claims.sub ?? "")}"`;
}
function reportScope(ctx, ruleId, ruleText) {
  for (const v of ctx.trust.scope()) {
    const f = v.finding;
    if (f?.ruleId !== ruleId)
      continue;
    let text = ruleText;
    const names2 = policyNames(ctx, v);
    const { entry, match } = v.provider.registry;
    if (!isGitHubProvider(v.provider)) {
      const t = entry.terms;
      const inTerms = {
        owners: ownerList(names2),
        owner: names2.owner === "<owner>" ? `<${t.namespace}>` : names2.owner,
        project: names2.repo === "<repo>" ? `<${t.project}>` : names2.repo,
        branch: names2.branch,
        display: names2.display
      };
      text = {
        who: () => issuerWho(entry, match, ruleId, f.witness, inTerms),
        fix: () => issuerFix(entry, match, v.provider.prefix, ruleId, f.witness, inTerms)
      };
    }
    const phrase = (id) => isGitHubProvider(v.provider) ? ctx.trust.scopeRule(id)?.scope.phrase ?? id : issuerRulePhrase(entry, id);
    const also = f.also.length ? ` Also admitted: ${f.also.map(phrase).join(", ")}.` : "";
    const principalNote = v.provider.unresolvedPrincipal ? ` (the Federated principal is unresolved: taken to be the ${v.provider.prefix} provider its condition keys use)` : "";
    const issuerNote = isGitHubProvider(v.provider) ? "" : ` (${entry.name} issuer ${v.provider.prefix})`;
    const stmt = v.statement.sid ? `statement "${v.statement.sid}"` : `statement ${v.statement.index}`;
    ctx.report({
      message: `${text.who(v, names2)} can assume ${names2.role}${issuerNote} through ${stmt}${principalNote}: ${why(v, names2)} (e.g. a token with ${witnessText(f.witness, names2)}).${also} Fix: ${text.fix(v, names2)}.`,
      path: f.evidence.path,
      at: f.evidence.at,
      witness: witnessFor(ctx, v, names2),
      properties: { provider: v.provider.prefix, statement: v.statement.index, outsider: f.witness.cls }
    });
  }
}
function witnessFor(ctx, v, names2) {
  const claims = v.finding?.witness.claims ?? {};
  const out = {};
  for (const claim of testedClaims(ctx, v.provider.prefix)) {
    const value = claims[claim];
    if (value !== void 0)
      out[claim] = names2.display(value);
  }
  return out;
}
function testedClaims(ctx, providerPrefix2) {
  let byPrefix = TESTED.get(ctx.policy);
  if (!byPrefix) {
    byPrefix = /* @__PURE__ */ new Map();
    TESTED.set(ctx.policy, byPrefix);
  }
  const cached = byPrefix.get(providerPrefix2);
  if (cached)
    return cached;
  const tested = /* @__PURE__ */ new Set(["sub", "aud"]);
  const prefix = providerPrefix2.toLowerCase() + ":";
  for (const s of ctx.policy.statements) {
    for (const c of s.conditions) {
      const key2 = c.key.toLowerCase();
      if (key2.startsWith(prefix))
        tested.add(key2.slice(prefix.length));
      if (ctx.policy.variablesEnabled)
        for (const value of c.values)
          for (const claim of variableClaims(value.value, providerPrefix2))
            tested.add(claim);
    }
  }
  const list = [...tested];
  byPrefix.set(providerPrefix2, list);
  return list;
}

// packages/core/dist/rules/oidc-any-context.js
var oidc_any_context_default = defineScopeRule({
  id: "oidc-any-context",
  meta: {
    title: "Any branch, environment or pull request of the repository can assume the role",
    defaultSeverity: "warning",
    category: "trust-scope",
    description: "The named repository gets in from a new branch and from a new environment or a pull request (`repo:acme/app:*`)."
  },
  scope: {
    classes: ["pull-request", "new-environment"],
    requires: ["new-branch"],
    phrase: "any branch, environment or pull request"
  },
  policy(ctx) {
    reportScope(ctx, "oidc-any-context", {
      who: (_v, n) => `Any branch, environment or pull request of ${n.slug}`,
      fix: (_v, n) => `pin the branch: "repo:${n.slug}:ref:refs/heads/${n.branch}", or a protected environment: "repo:${n.slug}:environment:<name>"`
    });
  }
});

// packages/core/dist/rules/oidc-any-owner.js
init_define_TRUSTLINT_PACKAGE();
var oidc_any_owner_default = defineScopeRule({
  id: "oidc-any-owner",
  meta: {
    title: "Any GitHub repository can assume the role",
    defaultSeverity: "error",
    category: "trust-scope",
    description: "A repository of another owner gets in: no sub restriction, aud only, `*`, `repo:*`, an owner prefix without a slash, a loose value in a list, negated-only or Null-only conditions, ForAllValues or IfExists conditions on keys that can be absent, or a second unrestricted Allow."
  },
  scope: {
    classes: ["other-owner"],
    phrase: "any owner"
  },
  policy(ctx) {
    reportScope(ctx, "oidc-any-owner", {
      who: (_v, n) => `Any GitHub repository outside ${n.ownersText}`,
      fix: (_v, n) => `restrict sub with StringEquals to your repository and branch, e.g. "repo:${n.slug}:ref:refs/heads/${n.branch}" (an owner-wide pattern needs the slash: "repo:${n.owner}/*")`
    });
  }
});

// packages/core/dist/rules/oidc-id-wildcard.js
init_define_TRUSTLINT_PACKAGE();
var oidc_id_wildcard_default = defineScopeRule({
  id: "oidc-id-wildcard",
  meta: {
    title: "Wildcarded immutable ids re-open name recycling",
    defaultSeverity: "warning",
    category: "trust-scope",
    description: "The same owner and repository names with other immutable ids get in (`repo:acme@*/app@*:\u2026`): whoever re-registers a deleted name can assume the role."
  },
  scope: {
    classes: ["other-ids"],
    phrase: "re-registered names"
  },
  policy(ctx) {
    reportScope(ctx, "oidc-id-wildcard", {
      who: (v, n) => {
        const id = v.finding?.witness.identity;
        return `Whoever re-registers ${id ? `${n.display(id.owner)}/${n.display(id.repo)}` : "the names"} after a deletion or rename (same names, new immutable ids)`;
      },
      fix: (v, n) => {
        const id = v.finding?.witness.identity;
        return `pin the ids instead of wildcards: "repo:${id ? n.display(id.owner) : n.owner}@<owner-id>/${id ? n.display(id.repo) : n.repo}@<repo-id>:\u2026" (the ids are in every token of the repository), or add repository_id and repository_owner_id conditions`;
      }
    });
  }
});

// packages/core/dist/rules/oidc-owner-wide.js
init_define_TRUSTLINT_PACKAGE();
var oidc_owner_wide_default = defineScopeRule({
  id: "oidc-owner-wide",
  meta: {
    title: "Every repository of the owner can assume the role",
    defaultSeverity: "warning",
    category: "trust-scope",
    description: "Another repository of the same owner gets in: `repo:acme/*`, a customised sub of `repository_owner:acme` or `repository_owner_id:123`, or `repository_owner_id` as the only restriction."
  },
  scope: {
    classes: ["other-repo"],
    phrase: "other repositories of the owner"
  },
  policy(ctx) {
    reportScope(ctx, "oidc-owner-wide", {
      who: (v, n) => {
        const id = v.finding?.witness.identity;
        const named = id && n.knownOwner(id.owner);
        return `Every repository of ${named ? n.display(id.owner) : `the owner with id ${id?.ownerId ?? "?"}`}, including ones created later,`;
      },
      fix: (v, n) => `name the repository, e.g. "repo:${v.finding ? n.display(v.finding.witness.identity.owner) : n.owner}/${n.repo}:ref:refs/heads/${n.branch}"`
    });
  }
});

// packages/core/dist/rules/oidc-pull-request.js
init_define_TRUSTLINT_PACKAGE();
var oidc_pull_request_default = defineScopeRule({
  id: "oidc-pull-request",
  meta: {
    title: "Pull-request runs can assume the role",
    defaultSeverity: "warning",
    category: "trust-scope",
    description: "The `pull_request` subject is admitted: code from any same-repository pull-request branch runs with the role."
  },
  scope: {
    classes: ["pull-request"],
    unlessApplies: ["oidc-any-context"],
    phrase: "pull requests"
  },
  policy(ctx) {
    reportScope(ctx, "oidc-pull-request", {
      who: (_v, n) => `Pull-request runs of ${n.slug} (code from any branch a writer pushes, before review)`,
      fix: (_v, n) => `remove the pull_request subject and trust the deploy branch only ("repo:${n.slug}:ref:refs/heads/${n.branch}"); give pull requests a separate read-only role if they need AWS`
    });
  }
});

// packages/core/dist/rules/oidc-ref-wildcard.js
init_define_TRUSTLINT_PACKAGE();
var oidc_ref_wildcard_default = defineScopeRule({
  id: "oidc-ref-wildcard",
  meta: {
    title: "A wildcard admits new branches, tags or environments",
    defaultSeverity: "warning",
    category: "trust-scope",
    description: "A new name within one context kind gets in: `ref:refs/heads/*`, `ref:refs/heads/main*`, `ref:refs/tags/v*`, `environment:*`."
  },
  scope: {
    classes: ["new-branch", "new-tag", "new-environment"],
    unlessApplies: ["oidc-any-context"],
    phrase: "new branches, tags or environments"
  },
  policy(ctx) {
    reportScope(ctx, "oidc-ref-wildcard", {
      who: (v, n) => {
        const cls = v.finding?.witness.cls;
        return `Runs of ${n.slug} from ${cls ? classPhrase(cls) : "new names"} (anyone who can push a branch or tag, or name an environment in a workflow)`;
      },
      fix: (_v, n) => `list the exact names, e.g. "repo:${n.slug}:ref:refs/heads/${n.branch}", or an environment with protection rules`
    });
  }
});

// packages/core/dist/rules/oidc-repo-prefix.js
init_define_TRUSTLINT_PACKAGE();
var oidc_repo_prefix_default = defineScopeRule({
  id: "oidc-repo-prefix",
  meta: {
    title: "A wildcard in the repository name admits other repositories",
    defaultSeverity: "warning",
    category: "trust-scope",
    description: "Another repository of the owner whose name matches a wildcard (`repo:acme/app*`, `repo:acme/ap?`) gets in."
  },
  scope: {
    classes: ["repo-name-match"],
    phrase: "repositories matching the name wildcard"
  },
  policy(ctx) {
    reportScope(ctx, "oidc-repo-prefix", {
      who: (v, n) => {
        const id = v.finding?.witness.identity;
        return `Another repository of ${id ? n.display(id.owner) : n.owner} whose name matches the wildcard (such as ${id ? n.display(id.repo) : "a new one"})`;
      },
      fix: () => "list the repositories by their exact names instead of a name wildcard"
    });
  }
});

// packages/core/dist/rules/oidc-reusable-workflow-only.js
init_define_TRUSTLINT_PACKAGE();
var oidc_reusable_workflow_only_default = defineScopeRule({
  id: "oidc-reusable-workflow-only",
  meta: {
    title: "Only job_workflow_ref restricts who can assume the role",
    defaultSeverity: "warning",
    category: "trust-scope",
    description: "Any repository that can call the named reusable workflow gets in; who can call it depends on its repository visibility, which the policy cannot show."
  },
  scope: {
    classes: ["reusable-caller"],
    phrase: "callers of the reusable workflow"
  },
  policy(ctx) {
    reportScope(ctx, "oidc-reusable-workflow-only", {
      who: () => "Any repository that can call the reusable workflow (whether outsiders can depends on its visibility, which the policy cannot show)",
      fix: (_v, n) => `also restrict the caller: add a sub condition such as "repo:${n.owner}/*" or a repository_owner_id condition with your owner's id`
    });
  }
});

// packages/core/dist/rules/oidc-run-phase.js
init_define_TRUSTLINT_PACKAGE();
var oidc_run_phase_default = defineScopeRule({
  id: "oidc-run-phase",
  meta: {
    title: "Another run phase can assume the role",
    defaultSeverity: "warning",
    category: "trust-scope",
    description: "An HCP Terraform trust admits a run phase it does not name: `run_phase:*` (or no phase) lets the plan phase, which runs for speculative plans of pull requests, use a role meant for apply."
  },
  scope: {
    classes: ["run-phase"],
    phrase: "another run phase"
  },
  policy(ctx) {
    reportScope(ctx, "oidc-run-phase", {
      who: () => "Another run phase",
      fix: () => "name the run phase in sub and give the plan phase its own read-only role"
    });
  }
});

// packages/core/dist/rules/scope-rules.js
var SCOPE_RULES = [
  oidc_any_owner_default,
  oidc_reusable_workflow_only_default,
  oidc_owner_wide_default,
  oidc_repo_prefix_default,
  oidc_id_wildcard_default,
  oidc_any_context_default,
  oidc_pull_request_default,
  oidc_ref_wildcard_default,
  oidc_run_phase_default
];

// packages/core/dist/explain.js
function explainPolicy(doc, config = {}) {
  const policy = preparePolicy(doc, config);
  const trust = new TrustAnalysis(policy, config, SCOPE_RULES);
  const parts = collectUnresolved(doc.root).map((u) => u.part);
  const verdicts = trust.scope();
  return {
    file: doc.file,
    ...doc.resource ? { resource: doc.resource } : {},
    ...doc.roleName ? { roleName: doc.roleName } : {},
    ...doc.variant ? { variant: doc.variant } : {},
    providers: trust.providers.map((p) => ({
      prefix: p.provider.prefix,
      arn: p.provider.arn,
      statements: p.statements.map((statement) => {
        const v = verdicts.find((x) => x.provider.arn === p.provider.arn && x.statement.index === statement.index);
        const exactEnvironments = [...p.knowledge.environments].filter(() => !v?.finding);
        const node = nodeAt(doc.root, statement.path) ?? doc.root;
        return {
          index: statement.index,
          ...statement.sid ? { sid: statement.sid } : {},
          file: node.file ?? doc.root.file ?? doc.file,
          span: node.span,
          classes: (isGitHubProvider(p.provider) ? GITHUB_OUTSIDER_CLASSES : p.provider.registry.entry.classes).map((cls) => {
            const a = v?.admitted.get(cls);
            return {
              cls,
              outsider: isGitHubProvider(p.provider) ? classPhrase(cls) : issuerClassPhrase(p.provider.registry.entry, cls),
              admitted: a !== void 0,
              unknown: a === void 0 && (v?.unknown.has(cls) ?? false),
              applicable: v?.tried.has(cls) ?? false,
              ...a ? { witness: Object.fromEntries(Object.entries(a.witness.claims).map(([k, val]) => [k, displayValue(val, parts)])) } : {}
            };
          }),
          ...v?.finding ? { ruleId: v.finding.ruleId } : {},
          notes: [
            ...trust.rejected.map((p2) => `IAM rejects this policy (${displayValue(p2.message, parts)}): no verdict until it is fixed (trust-invalid-policy)`),
            ...exactEnvironments.map((e) => `environment "${e}": only as strong as its protection rules (required reviewers, deployment branches), which the policy cannot show`)
          ]
        };
      })
    }))
  };
}
function simulatePolicy(doc, options) {
  const policy = preparePolicy(doc, options.config ?? {});
  const providers = findProviders(policy, options.config ?? {});
  let provider = providers[0];
  if (options.provider !== void 0) {
    const want = options.provider;
    provider = providers.find((p) => p.arn === want || p.prefix === want.replace(/^https:\/\//, ""));
    if (!provider)
      return { ok: false, error: `the policy does not trust provider ${want}`, candidates: providers.map((p) => p.arn) };
  } else if (providers.length > 1) {
    return { ok: false, error: "the policy trusts several OIDC providers: choose one with --provider", candidates: providers.map((p) => p.arn) };
  }
  if (!provider)
    return { ok: false, error: "the policy trusts no OIDC provider trustlint knows (GitHub, or an issuer of docs/issuers.md)" };
  const { entry, match } = provider.registry;
  const github = isGitHubProvider(provider);
  const defaultAud = github ? "sts.amazonaws.com" : entry.audiences(provider.prefix, match)[0] ?? "sts.amazonaws.com";
  const claims = { sub: options.sub, aud: options.aud ?? defaultAud };
  const ignoredClaims = [];
  const keys = entry.stsClaims(match);
  for (const [name, value] of Object.entries(options.claims ?? {})) {
    if (github ? isStsClaim(name) : keys.includes(name))
      claims[name] = value;
    else
      ignoredClaims.push(name);
  }
  const result = evaluatePolicy(policy, requestFor(provider, claims), { unresolved: "unknown" });
  const decision = result.decision === "allow" ? "allow" : result.decision === "unknown" ? "unknown" : "deny";
  return {
    ok: true,
    decision,
    provider: provider.arn,
    issuer: entry.name,
    ignoredClaims,
    statements: result.statements.map((s) => {
      const st = policy.statements.find((x) => x.index === s.index);
      const node = (st ? nodeAt(doc.root, st.path) : void 0) ?? doc.root;
      return {
        index: s.index,
        ...st?.sid ? { sid: st.sid } : {},
        effect: s.effect,
        matched: s.applies,
        file: node.file ?? doc.root.file ?? doc.file,
        span: node.span
      };
    })
  };
}

// packages/core/dist/rules/registry.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/rules/iac-access-key.js
init_define_TRUSTLINT_PACKAGE();
var iac_access_key_default = defineRule({
  id: "iac-access-key",
  meta: {
    title: "IaC creates a long-lived access key",
    defaultSeverity: "warning",
    category: "long-lived-keys",
    description: "Terraform `aws_iam_access_key`, CloudFormation `AWS::IAM::AccessKey` or CDK `iam.AccessKey`."
  },
  accessKey(ctx) {
    const doc = ctx.document;
    const user = doc.userName ? ` for IAM user ${doc.userName}` : "";
    ctx.report({
      location: doc.location,
      resource: doc.resource,
      message: `${doc.resource} creates a long-lived access key${user}: it never expires, and whoever holds it (a CI secret, a laptop, a log) acts as that user until someone rotates it. Let CI assume a role through GitHub OIDC instead, and delete the key.`,
      properties: { ...doc.userName ? { user: doc.userName } : {} }
    });
  }
});

// packages/core/dist/rules/oidc-audience.js
init_define_TRUSTLINT_PACKAGE();
function clientIdsFor(providers, prefix) {
  const ids = [];
  let known = false;
  for (const p of providers) {
    if (providerPrefix(p.url) !== prefix || p.clientIds === "unresolved")
      continue;
    if (p.clientIds.some((c) => hasMarker(c.value)))
      continue;
    known = true;
    appendAll(ids, p.clientIds.map((c) => c.value));
  }
  return known ? [...new Set(ids)] : void 0;
}
function someClientIdAdmitted(entries, clientIds) {
  return clientIds.some((id) => entries.every((e) => {
    const base = e.parsed?.base;
    const ignoreCase = base === "StringEqualsIgnoreCase";
    const wildcard = base === "StringLike";
    if (base !== "StringEquals" && base !== "StringEqualsIgnoreCase" && base !== "StringLike")
      return true;
    return e.values.some((v) => hasMarker(v.value) || (wildcard ? matchesWildcard(v.value, id, false) : ignoreCase ? v.value.toLowerCase() === id.toLowerCase() : v.value === id));
  }));
}
var oidc_audience_default = defineRule({
  id: "oidc-audience",
  meta: {
    title: "Audience is not restricted",
    defaultSeverity: "warning",
    category: "trust",
    description: "No `aud` condition, or a wildcard `aud`.",
    variants: "error when the `aud` values cannot be satisfied by the provider's client-id list; info when `aud` is missing but the provider in the scan only accepts the configured audiences"
  },
  policy(ctx) {
    for (const { provider, statements } of ctx.trust.providers) {
      const audiences = ctx.config.audiences ?? (provider.issuer === void 0 ? DEFAULT_AUDIENCES : provider.registry.entry.audiences(provider.prefix, provider.registry.match));
      const audKey = `${provider.prefix}:aud`.toLowerCase();
      for (const statement of statements) {
        const audEntries = statement.conditions.filter((e) => e.key.toLowerCase() === audKey && e.parsed && !e.parsed.negated && e.parsed.base !== "Null");
        const clientIds = clientIdsFor(ctx.providersInScan, provider.prefix);
        if (audEntries.length === 0) {
          if (clientIds?.length && clientIds.every((id) => audiences.includes(id))) {
            ctx.report({
              path: statement.conditionPath ?? statement.path,
              severity: "info",
              message: `no condition on ${provider.prefix}:aud, but the provider in this scan only accepts ${clientIds.map((i) => `"${i}"`).join(", ")}, which it enforces; adding "StringEquals": {"${provider.prefix}:aud": "${audiences[0] ?? "sts.amazonaws.com"}"} documents the intent.`,
              properties: { provider: provider.prefix, clientIds }
            });
            continue;
          }
          ctx.report({
            path: statement.conditionPath ?? statement.path,
            message: `no condition on ${provider.prefix}:aud: tokens minted for any audience are accepted (the provider's client-id list is the only check). Add "StringEquals": {"${provider.prefix}:aud": "${audiences[0] ?? "sts.amazonaws.com"}"}.`,
            properties: { provider: provider.prefix }
          });
          continue;
        }
        if (clientIds && !someClientIdAdmitted(audEntries, clientIds)) {
          const first = audEntries[0];
          ctx.report({
            path: first ? first.keyPath : statement.path,
            at: "key",
            severity: "error",
            message: `the aud condition admits none of the audiences the ${provider.prefix} provider in this scan accepts (${clientIds.map((i) => `"${i}"`).join(", ")}): no token can assume this role. Align the aud value with the provider's client-id list.`,
            properties: { provider: provider.prefix, clientIds }
          });
          continue;
        }
        for (const entry of audEntries) {
          if (entry.parsed?.base !== "StringLike")
            continue;
          for (const v of entry.values) {
            if (!/[*?]/.test(v.value))
              continue;
            ctx.report({
              path: v.path,
              message: `wildcard audience "${v.value}" on ${provider.prefix}:aud: any audience the requester picks that matches it is accepted. Use StringEquals with "${audiences[0] ?? "sts.amazonaws.com"}".`,
              properties: { provider: provider.prefix }
            });
          }
        }
      }
    }
  }
});

// packages/core/dist/rules/oidc-key-mismatch.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/rules/github-entries.js
init_define_TRUSTLINT_PACKAGE();
function githubEntries(ctx, options = {}) {
  const out = [];
  for (const statement of ctx.policy.statements) {
    const providers = statement.effect === "Deny" ? options.deny ? ctx.trust.providers.filter((p) => canTrust(ctx.policy, statement, p.provider.arn)).map((p) => p.provider) : [] : ctx.trust.providers.filter((p) => p.statements.includes(statement)).map((p) => p.provider);
    if (providers.length === 0)
      continue;
    for (const entry of statement.conditions) {
      const split = splitConditionKey(entry.key);
      if (!split || !looksLikeGitHubPrefix(split.prefix))
        continue;
      out.push({ statement, entry, prefix: split.prefix.toLowerCase(), claim: split.claim.toLowerCase(), providers });
    }
  }
  return out;
}
function issuerKeyEntries(ctx) {
  const out = [];
  for (const statement of ctx.policy.statements) {
    const providers = statement.effect === "Deny" ? ctx.trust.providers.filter((p) => canTrust(ctx.policy, statement, p.provider.arn)).map((p) => p.provider) : ctx.trust.providers.filter((p) => p.statements.includes(statement)).map((p) => p.provider);
    if (providers.length === 0)
      continue;
    for (const entry of statement.conditions) {
      const split = splitConditionKey(entry.key);
      if (!split || looksLikeGitHubPrefix(split.prefix))
        continue;
      const issuer = providers.find((p) => !isGitHubProvider(p) && p.prefix.toLowerCase() === split.prefix.toLowerCase())?.registry.entry ?? issuerLookingLike(split.prefix.toLowerCase(), ctx.config);
      if (!issuer || issuer.id === "github")
        continue;
      out.push({ statement, entry, prefix: split.prefix.toLowerCase(), claim: split.claim.toLowerCase(), providers, issuer });
    }
  }
  return out;
}

// packages/core/dist/rules/oidc-key-mismatch.js
function closestClaim(claim) {
  if (claim.startsWith("sub") || claim === "subject")
    return "sub";
  if (claim === "repo")
    return "repository";
  return closestName(claim, STS_GITHUB_CLAIMS);
}
function denyEffect(statement, entry, holds) {
  if (!holds)
    return "so this condition never holds and the Deny never applies: it blocks nothing, and the tokens it was written to stop get in";
  const others = statement.conditions.filter((c) => c !== entry).length;
  return others === 0 ? "so this condition always holds and the Deny applies to every token: the role can never be assumed through this provider" : "so this condition always holds: the Deny applies to every token its other conditions match, whatever this key was meant to exempt";
}
var oidc_key_mismatch_default = defineRule({
  id: "oidc-key-mismatch",
  meta: {
    title: "Condition key does not belong to the trusted provider",
    defaultSeverity: "error",
    category: "trust",
    description: "A condition key whose prefix does not match the trusted provider, or a misspelt key of a known claim: the check is void or the role unusable.",
    variants: "warning for a well-formed GitHub claim key that AWS STS does not populate"
  },
  policy(ctx) {
    for (const { statement, entry, prefix, claim, providers, issuer } of issuerKeyEntries(ctx)) {
      if (!entry.parsed)
        continue;
      const negatedOrLoose = entry.parsed.negated || entry.parsed.ifExists || entry.parsed.set === "ForAllValues";
      const effect = statement.effect === "Deny" ? denyEffect(statement, entry, negatedOrLoose) : negatedOrLoose ? "so this check is void: it passes for every token" : "so this condition never matches and the role is unusable";
      const provider = providers.find((p) => p.prefix.toLowerCase() === prefix);
      if (!provider) {
        const first = providers[0]?.prefix ?? "";
        ctx.report({
          path: entry.keyPath,
          at: "key",
          message: `condition key "${entry.key}" (${issuer.name}) does not belong to the trusted provider ${providers.map((p) => p.prefix).join(", ")}: its tokens set keys with the prefix "${first}:", ${effect}. Use "${first}:${claim}".`,
          properties: { key: entry.key, provider: providers.map((p) => p.prefix) }
        });
        continue;
      }
      const keys = provider.registry.entry.stsClaims(provider.registry.match);
      if (keys.includes(claim))
        continue;
      const documented = issuer.tokenClaims.some((c) => c.toLowerCase() === claim);
      ctx.report({
        path: entry.keyPath,
        at: "key",
        ...documented ? { severity: "warning" } : {},
        message: documented ? `"${claim}" is a ${issuer.name} token claim that AWS STS does not turn into a condition key for ${provider.prefix}, so "${entry.key}" is absent from every request, ${effect}. Keys AWS supports there: ${keys.join(", ")}.` : `"${claim}" is not a claim of ${issuer.name} tokens: "${entry.key}" is absent from every request, ${effect}. Keys AWS supports there: ${keys.join(", ")}.`,
        properties: { key: entry.key }
      });
    }
    for (const { statement, entry, prefix, claim, providers } of githubEntries(ctx, { deny: true })) {
      if (!entry.parsed)
        continue;
      const negatedOrLoose = entry.parsed.negated || entry.parsed.ifExists || entry.parsed.set === "ForAllValues";
      const effect = statement.effect === "Deny" ? denyEffect(statement, entry, negatedOrLoose) : negatedOrLoose ? "so this check is void: it passes for every token" : "so this condition never matches and the role is unusable";
      const matching = providers.filter((p) => p.prefix.toLowerCase() === prefix);
      if (matching.length === 0) {
        ctx.report({
          path: entry.keyPath,
          at: "key",
          message: `condition key "${entry.key}" does not belong to the trusted provider ${providers.map((p) => p.prefix).join(", ")}: its tokens set keys with the prefix "${providers[0]?.prefix ?? ""}:", ${effect}. Use "${providers[0]?.prefix ?? ""}:${claim}".`,
          properties: { key: entry.key, provider: providers.map((p) => p.prefix) }
        });
        continue;
      }
      if (isStsClaim(claim))
        continue;
      if (isGitHubClaim(claim)) {
        ctx.report({
          path: entry.keyPath,
          at: "key",
          severity: "warning",
          message: `"${claim}" is a GitHub token claim that AWS STS does not turn into a condition key, so "${entry.key}" is absent from every request, ${effect}. Keys AWS supports: ${STS_GITHUB_CLAIMS.join(", ")}.`,
          properties: { key: entry.key }
        });
        continue;
      }
      const guess = closestClaim(claim);
      ctx.report({
        path: entry.keyPath,
        at: "key",
        message: `"${claim}" is not a claim of GitHub tokens${guess ? ` (did you mean "${guess}"?)` : ""}: "${entry.key}" is absent from every request, ${effect}.`,
        properties: { key: entry.key, ...guess ? { suggestion: guess } : {} }
      });
    }
  }
});

// packages/core/dist/rules/oidc-provider-audience.js
init_define_TRUSTLINT_PACKAGE();
var oidc_provider_audience_default = defineRule({
  id: "oidc-provider-audience",
  meta: {
    title: "OIDC provider does not accept sts.amazonaws.com",
    defaultSeverity: "error",
    category: "trust",
    description: "An OIDC provider resource for a GitHub issuer whose client-id list lacks `sts.amazonaws.com` (or the configured audiences)."
  },
  provider(ctx) {
    const doc = ctx.document;
    const prefix = providerPrefix(doc.url);
    if (!githubIssuerKind(prefix, configuredGitHubIssuers(ctx.config)))
      return;
    if (doc.clientIds === "unresolved")
      return;
    const audiences = ctx.config.audiences ?? DEFAULT_AUDIENCES;
    const couldBe = (id, audience) => hasMarker(id) ? globMatches(replaceMarkers(id, "*").replace(/[?]/g, "\\?"), audience) : id === audience;
    if (doc.clientIds.some((c) => audiences.some((a) => couldBe(c.value, a))))
      return;
    const ids = doc.clientIds.map((c) => displayValue(c.value));
    ctx.report({
      location: doc.clientIdsLocation ?? doc.location,
      ...doc.resource ? { resource: doc.resource } : {},
      ...doc.clientIdsRelated ? { related: doc.clientIdsRelated } : {},
      message: `the OIDC provider for ${prefix} accepts the audiences [${ids.map((i) => `"${i}"`).join(", ") || "none"}] but not ${audiences.map((a) => `"${a}"`).join(" or ")}: configure-aws-credentials requests "${audiences[0] ?? "sts.amazonaws.com"}", so every role trusting this provider fails to assume. Add "${audiences[0] ?? "sts.amazonaws.com"}" to the client-id list.`,
      properties: { provider: prefix, clientIds: ids }
    });
  }
});

// packages/core/dist/rules/oidc-set-operator.js
init_define_TRUSTLINT_PACKAGE();
var oidc_set_operator_default = defineRule({
  id: "oidc-set-operator",
  meta: {
    title: "Set operator on a single-valued GitHub key",
    defaultSeverity: "warning",
    category: "trust",
    description: "`ForAllValues:`/`ForAnyValue:` on single-valued GitHub keys; `ForAllValues` is true when the key is absent."
  },
  policy(ctx) {
    for (const { statement, entry, claim } of githubEntries(ctx, { deny: true })) {
      const set = entry.parsed?.set;
      if (!set)
        continue;
      const plain = entry.operator.slice(set.length + 1);
      const deny = statement.effect === "Deny";
      const meaning = set === "ForAllValues" ? `ForAllValues is also true when the key is absent (${deny ? "the Deny then applies to a token without this claim" : "a token without this claim passes"})` : "ForAnyValue on a single value only adds confusion";
      ctx.report({
        path: entry.operatorPath,
        at: "key",
        message: `${entry.operator} on "${entry.key}": GitHub's ${claim} claim is a single string, so set operators do not apply; ${meaning}. Use ${plain} instead.`,
        properties: { operator: entry.operator }
      });
    }
  }
});

// packages/core/dist/rules/oidc-stringequals-wildcard.js
init_define_TRUSTLINT_PACKAGE();
function literalWildcards(value, variablesEnabled) {
  const stripped = variablesEnabled ? value.replace(/\$\{[*?$]\}/g, "") : value;
  return [...new Set(stripped.match(/[*?]/g) ?? [])];
}
var oidc_stringequals_wildcard_default = defineRule({
  id: "oidc-stringequals-wildcard",
  meta: {
    title: "StringEquals value contains a wildcard",
    defaultSeverity: "error",
    category: "trust",
    description: "A `StringEquals`/`StringEqualsIgnoreCase` value contains `*` or `?`, which are literal there: the value never matches as meant and the role is unusable for it."
  },
  policy(ctx) {
    for (const { entry } of githubEntries(ctx)) {
      const base = entry.parsed?.base;
      if (base !== "StringEquals" && base !== "StringEqualsIgnoreCase")
        continue;
      for (const v of entry.values) {
        const chars = literalWildcards(v.value, ctx.policy.variablesEnabled);
        if (chars.length === 0)
          continue;
        ctx.report({
          path: v.path,
          message: `${entry.operator} compares "${v.value}" literally: ${chars.map((c) => `'${c}'`).join(" and ")} ${chars.length > 1 ? "are" : "is"} not a wildcard here, so no token matches this value and the role is unusable for it. If a pattern is meant, use StringLike and check what it admits; otherwise remove the character.`,
          properties: { operator: entry.operator }
        });
      }
    }
  }
});

// packages/core/dist/rules/oidc-subject-unmatchable.js
init_define_TRUSTLINT_PACKAGE();
var STAR_FILLERS2 = ["", "x", "main", "x/x", "1", "refs/heads/main", "ref:refs/heads/main", "x:ref:refs/heads/main", "x/x:ref:refs/heads/main", "pull_request", "environment:x", "x@1/x@1:ref:refs/heads/main"];
var QUESTION_FILLERS = ["x", "1", ":", "/", "@", "-", "."];
var MAX_COMPLETIONS = 4e3;
function patternCanMatchSubject(pattern, wildcards) {
  if (!wildcards)
    return isCarryableSubject(pattern);
  const pieces = pattern.split(/([*?])/);
  const slots = pieces.filter((p) => p === "*" || p === "?").length;
  let combos = 1;
  for (const p of pieces)
    if (p === "*")
      combos *= STAR_FILLERS2.length;
    else if (p === "?")
      combos *= QUESTION_FILLERS.length;
  if (slots === 0)
    return isCarryableSubject(pattern);
  if (combos > MAX_COMPLETIONS)
    return true;
  const walk = (i, acc) => {
    if (i === pieces.length)
      return isCarryableSubject(acc);
    const piece = pieces[i] ?? "";
    const options = piece === "*" ? STAR_FILLERS2 : piece === "?" ? QUESTION_FILLERS : [piece];
    return options.some((o) => walk(i + 1, acc + o));
  };
  return walk(0, "");
}
var oidc_subject_unmatchable_default = defineRule({
  id: "oidc-subject-unmatchable",
  meta: {
    title: "No GitHub token can carry this subject",
    defaultSeverity: "warning",
    category: "trust",
    description: "A `sub` value in neither the default, the immutable nor a customised format (`\u2026:ref/refs/heads/main`, a bare `\u2026:main`, a name ending in `.git`): the role is broken for that value."
  },
  policy(ctx) {
    const parts = collectUnresolved(ctx.document.root).map((u) => u.part);
    for (const { entry, claim } of githubEntries(ctx)) {
      const base = entry.parsed?.base;
      if (claim !== "sub" || !entry.parsed || entry.parsed.negated)
        continue;
      if (base !== "StringEquals" && base !== "StringLike" && base !== "StringEqualsIgnoreCase")
        continue;
      for (const v of entry.values) {
        const unresolved = hasMarker(v.value);
        const substituted = ctx.policy.variablesEnabled ? variablesAsWildcards(v.value) !== v.value : false;
        const escaped = ctx.policy.variablesEnabled ? variablesAsWildcards(v.value).replace(/\$\{\*\}/g, "*").replace(/\$\{\?\}/g, "?").replace(/\$\{\$\}/g, "$") : v.value;
        const value = replaceMarkers(escaped, "*");
        const wildcards = base === "StringLike" && /[*?]/.test(escaped) || unresolved || substituted;
        if (patternCanMatchSubject(value, wildcards))
          continue;
        if (base !== "StringLike" && /[*?]/.test(escaped))
          continue;
        ctx.report({
          path: v.path,
          message: `no GitHub token carries a sub like "${displayValue(v.value, parts)}"${unresolved ? " (whatever its unresolved parts hold)" : ""}: it is neither "repo:OWNER/REPO:" followed by environment:NAME, pull_request, ref:refs/heads/BRANCH or ref:refs/tags/TAG, nor the immutable "repo:OWNER@ID/REPO@ID:\u2026" form, nor a customised claim template${/\.git(:|$|\*)/.test(v.value) ? " (repository names never end in .git)" : ""}. The role is unusable for this value; write e.g. "repo:OWNER/REPO:ref:refs/heads/main".`
        });
      }
    }
  }
});

// packages/core/dist/rules/oidc-unresolved.js
init_define_TRUSTLINT_PACKAGE();
var startsWith = (path, prefix) => prefix.every((seg, i) => path[i] === seg);
function problemMessage(problem, shown) {
  switch (problem.code) {
    case "duplicate-key":
      return `${problem.message}: IAM forbids duplicate keys and how it resolves them is undocumented; assumed the last value${shown ? ` (${shown})` : ""}, as JSON parsers keep it.`;
    case "unknown-operator":
      return `${displayValue(problem.message)}: not evaluated; assumed it does not restrict an Allow statement and never makes a Deny statement apply.`;
    default:
      return `${problem.message}: the statement was evaluated as written where possible; check it against the IAM policy grammar.`;
  }
}
var oidc_unresolved_default = defineRule({
  id: "oidc-unresolved",
  meta: {
    title: "A value that decides the verdict could not be resolved",
    defaultSeverity: "warning",
    category: "trust",
    description: "An unresolved variable, parameter or placeholder, a duplicate JSON key or an unresolved condition operator name feeds a condition value or an action; the message says what was assumed."
  },
  policy(ctx) {
    if (ctx.trust.providers.length === 0) {
      if (mentionsGitHub(ctx.document.root))
        reportProblems(ctx, (p) => p.code === "duplicate-key");
      return;
    }
    const trusting = ctx.trust.trustingStatements();
    const relevant = ctx.policy.statements.filter((s) => s.effect === "Deny" || trusting.has(s.index));
    const parts = collectUnresolved(ctx.document.root);
    const reported = /* @__PURE__ */ new Set();
    for (const statement of relevant) {
      const values = [
        ...statement.conditions.flatMap((c) => c.values),
        ...statement.action ?? [],
        ...statement.notAction ?? []
      ];
      for (const v of values) {
        for (const id of markerIds(v.value)) {
          const found = parts.find((p) => p.part.id === id && startsWith(v.path, statement.path));
          if (!found || reported.has(id))
            continue;
          reported.add(id);
          ctx.report({
            path: v.path,
            unresolvedId: id,
            message: `"${found.part.expression}" (${found.part.reason}) could not be resolved statically; assumed a fixed value without wildcards in "${displayValue(v.value, parts.map((p) => p.part))}". The verdict holds only if its real value has no wildcard and names your repository.`,
            properties: { expression: found.part.expression }
          });
        }
      }
    }
    for (const statement of relevant) {
      if (!statement.conditionPath)
        continue;
      const condition = nodeAt(ctx.document.root, statement.conditionPath);
      if (condition?.type !== "object")
        continue;
      for (const op of condition.members) {
        if (op.value.type !== "object")
          continue;
        for (const member of op.value.members) {
          for (const part of member.keyUnresolved ?? []) {
            if (reported.has(part.id))
              continue;
            reported.add(part.id);
            ctx.report({
              path: [...statement.conditionPath, op.key, member.key],
              at: "key",
              unresolvedId: part.id,
              message: `"${part.expression}" (${part.reason}) in a condition key could not be resolved statically; assumed the key names the trusted provider (${displayValue(member.key, member.keyUnresolved)}).`,
              properties: { expression: part.expression }
            });
          }
        }
      }
    }
    reportProblems(ctx, (p) => p.code !== "unknown-element" && p.code !== "invalid-version" && !p.rejected);
  }
});
function reportProblems(ctx, wanted) {
  const parts = collectUnresolved(ctx.document.root);
  for (const problem of ctx.policy.problems) {
    if (!wanted(problem))
      continue;
    const node = nodeAt(ctx.document.root, problem.path);
    const shown = node?.type === "string" ? `"${displayValue(node.value, parts.map((p) => p.part))}"` : void 0;
    ctx.report({
      path: problem.path,
      at: problem.code === "duplicate-key" || problem.code === "unknown-operator" ? "key" : "value",
      message: problemMessage(problem, shown),
      properties: { problem: problem.code },
      ...problem.otherMember ? { related: [{ location: { file: ctx.document.file, span: problem.otherMember.keySpan }, message: "the earlier duplicate, ignored" }] } : {}
    });
  }
}
function mentionsGitHub(node) {
  switch (node.type) {
    case "string":
      return GITHUB_HINT.test(node.value);
    case "array":
      return node.items.some(mentionsGitHub);
    case "object":
      return node.members.some((m) => GITHUB_HINT.test(m.key) || mentionsGitHub(m.value));
    default:
      return false;
  }
}
var GITHUB_HINT = /githubusercontent\.com|oidc-provider\/[^\s"]*github/i;

// packages/core/dist/rules/secret-aws-access-key.js
init_define_TRUSTLINT_PACKAGE();
function advice(key2) {
  const where = "it is in every clone, fork and backup, and in the history after the line is deleted.";
  if (key2.temporary) {
    return `is written in this file: with its secret and session token it works until it expires (up to 36 hours), and ${where} Cut off its permissions first (for a role session: revoke the role's active sessions; for a user's session token: deny the user until it expires), then remove it from the file; never commit credentials a job obtained.`;
  }
  return `is written in this file: ${where} Deactivate the key in IAM first, then remove it from the file; use a role (OIDC for CI, SSO for people) instead of keys.`;
}
var secret_aws_access_key_default = defineRule({
  id: "secret-aws-access-key",
  meta: {
    title: "AWS access key written in a file",
    defaultSeverity: "error",
    category: "long-lived-keys",
    description: "A literal access key id (long-term `AKIA\u2026`, temporary `ASIA\u2026`, or `ABIA`, `ACCA`, `A3T?`), or a 40-character secret assigned to a secret-key name, in any scanned file; every output masks all but the last four characters.",
    variants: "info for AWS's documented example key"
  },
  file(ctx) {
    const keys = findAwsKeys(ctx.text);
    if (keys.length === 0)
      return;
    const starts = lineStarts(ctx.text);
    for (const key2 of keys) {
      const location = { file: ctx.file, span: { start: positionAt(starts, key2.start), end: positionAt(starts, key2.end) } };
      const what = key2.kind === "secret-access-key" ? "AWS secret access key" : key2.temporary ? "temporary AWS access key id" : "AWS access key id";
      const properties = { keyKind: key2.kind, masked: key2.masked, example: key2.example, ...key2.temporary ? { temporary: true } : {} };
      if (key2.example) {
        ctx.report({
          location,
          severity: "info",
          properties,
          message: `${what} ${key2.masked} is AWS's documented example key: harmless here, but a real key in its place would be readable by everyone who can read this file and its history.`
        });
        continue;
      }
      ctx.report({ location, properties, message: `${what} ${key2.masked} ${advice(key2)}` });
    }
  }
});

// packages/core/dist/rules/trust-invalid-policy.js
init_define_TRUSTLINT_PACKAGE();
var trust_invalid_policy_default = defineRule({
  id: "trust-invalid-policy",
  meta: {
    title: "IAM rejects this trust policy",
    defaultSeverity: "error",
    category: "trust",
    description: "Something IAM refuses at CreateRole / UpdateAssumeRolePolicy (MalformedPolicyDocument): an unknown or mis-cased condition operator (`stringLike`), or `Resource`/`NotResource` in a trust policy. No scope verdict is made on such a policy."
  },
  policy(ctx) {
    const parts = collectUnresolved(ctx.document.root).map((u) => u.part);
    for (const problem of ctx.policy.problems) {
      if (!problem.rejected)
        continue;
      ctx.report({
        path: problem.path,
        at: "key",
        message: `${displayValue(problem.message, parts)}: IAM rejects this trust policy (MalformedPolicyDocument) when the role is created or its trust policy updated, so no verdict on who can assume the role is made until it is fixed.`,
        properties: { problem: problem.code }
      });
    }
  }
});

// packages/core/dist/rules/trust-wildcard-principal.js
init_define_TRUSTLINT_PACKAGE();
var GUARD_KEYS = ["aws:principalorgid", "aws:principalaccount", "aws:principalarn", "aws:sourceaccount"];
function covers(statement, action) {
  if (statement.action)
    return statement.action.some((a) => actionMatches(a.value, action));
  if (statement.notAction)
    return !statement.notAction.some((a) => actionMatches(a.value, action));
  return false;
}
var trust_wildcard_principal_default = defineRule({
  id: "trust-wildcard-principal",
  meta: {
    title: "Wildcard principal in a trust policy",
    defaultSeverity: "error",
    category: "trust",
    description: '`"Principal": "*"` or `{"AWS": "*"}` with `sts:AssumeRoleWithWebIdentity`, or with `sts:AssumeRole` and no `aws:PrincipalOrgID`, `aws:PrincipalAccount`, `aws:PrincipalArn` or `aws:SourceAccount` condition.'
  },
  policy(ctx) {
    for (const statement of ctx.policy.statements) {
      if (statement.effect !== "Allow" || !statement.principal)
        continue;
      const p = statement.principal;
      const awsStar = p.kind === "map" ? p.entries.find((e) => e.type === "AWS" && e.values.some((v) => v.value === "*")) : void 0;
      if (p.kind !== "wildcard" && !awsStar)
        continue;
      const written = p.kind === "wildcard" ? '"Principal": "*"' : '{"AWS": "*"}';
      const path = p.kind === "wildcard" ? p.path : awsStar?.path ?? p.path;
      if (covers(statement, "sts:AssumeRoleWithWebIdentity")) {
        ctx.report({
          path,
          message: `${written} with sts:AssumeRoleWithWebIdentity trusts every identity provider registered in the account (and the built-in ones), not just GitHub. Name the provider: "Principal": {"Federated": "arn:aws:iam::<account>:oidc-provider/token.actions.githubusercontent.com"}.`
        });
        continue;
      }
      const guarded = statement.conditions.some((c) => c.parsed && !c.parsed.negated && GUARD_KEYS.includes(c.key.toLowerCase()));
      if (covers(statement, "sts:AssumeRole") && !guarded) {
        ctx.report({
          path,
          message: `${written} with sts:AssumeRole and no aws:PrincipalOrgID, aws:PrincipalAccount, aws:PrincipalArn or aws:SourceAccount condition lets any AWS account assume the role. Name the trusted accounts or roles, or add one of those conditions.`
        });
      }
    }
  }
});

// packages/core/dist/rules/workflow-audience-mismatch.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/workflow/cross-check.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/workflow/contexts.js
init_define_TRUSTLINT_PACKAGE();
var texts = (f) => f?.patterns.map((p) => p.text);
function pushContexts(t) {
  const branchFilter = t.branches ?? t.branchesIgnore;
  const tagFilter = t.tags ?? t.tagsIgnore;
  const branches = branchFilter !== void 0 || tagFilter === void 0;
  const tags = tagFilter !== void 0 || branchFilter === void 0;
  const out = [];
  const base = { event: t.event, pullRequest: false, anyRepository: false };
  const b = texts(t.branches);
  const bi = texts(t.branchesIgnore);
  const g = texts(t.tags);
  const gi = texts(t.tagsIgnore);
  if (branches)
    out.push({ ...base, ref: { kind: "branch", ...b ? { include: b } : {}, ...bi ? { ignore: bi } : {} } });
  if (tags)
    out.push({ ...base, ref: { kind: "tag", ...g ? { include: g } : {}, ...gi ? { ignore: gi } : {} } });
  return out;
}
function contextsOf(t) {
  const base = { event: t.event, pullRequest: false, anyRepository: false };
  const anyRef = [
    { ...base, ref: { kind: "branch" } },
    { ...base, ref: { kind: "tag" } }
  ];
  switch (t.event) {
    case "push":
      return pushContexts(t);
    case "pull_request":
      return [{ ...base, ref: { kind: "pull" }, pullRequest: true }];
    case "pull_request_review":
    case "pull_request_review_comment":
      return [{ ...base, ref: { kind: "pull" }, pullRequest: true }, { ...base, ref: { kind: "pull" } }];
    case "pull_request_target":
      return [{ ...base, ref: { kind: "default-branch" }, pullRequest: true }, { ...base, ref: { kind: "default-branch" } }];
    case "merge_group":
      return [{ ...base, ref: { kind: "branch", include: ["gh-readonly-queue/**"] }, pullRequest: true }, { ...base, ref: { kind: "branch", include: ["gh-readonly-queue/**"] } }];
    case "release":
      return [{ ...base, ref: { kind: "tag" } }];
    case "workflow_dispatch":
    case "create":
    case "delete":
    case "deployment":
    case "deployment_status":
      return anyRef;
    case "workflow_call":
      return [
        { ...base, ref: { kind: "branch" }, anyRepository: true },
        { ...base, ref: { kind: "tag" }, anyRepository: true },
        { ...base, ref: { kind: "pull" }, pullRequest: true, anyRepository: true }
      ];
    default:
      return [{ ...base, ref: { kind: "default-branch" } }];
  }
}
function runContexts(triggers) {
  return triggers.flatMap(contextsOf);
}

// packages/core/dist/workflow/token-search.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/workflow/filter-glob.js
init_define_TRUSTLINT_PACKAGE();
function filterPatternToRegExp(pattern) {
  let re = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "\\" && i + 1 < pattern.length) {
      re += escapeRe(pattern.charAt(++i));
    } else if (c === "*") {
      if (pattern[i + 1] === "*") {
        re += ".*";
        i++;
      } else
        re += "[^/]*";
    } else if ((c === "?" || c === "+") && re !== "") {
      re += c;
    } else if (c === "[") {
      const close = pattern.indexOf("]", i + 1);
      if (close < 0)
        re += "\\[";
      else {
        re += `[${pattern.slice(i + 1, close).replace(/\\/g, "\\\\")}]`;
        i = close;
      }
    } else
      re += escapeRe(c);
  }
  try {
    return new RegExp(`^(?:${re})$`);
  } catch {
    return /^$/;
  }
}
function escapeRe(c) {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
function passesFilter(name, include, ignore) {
  if (include) {
    let pass = false;
    for (const p of include) {
      const negated = p.startsWith("!");
      if (filterPatternToRegExp(negated ? p.slice(1) : p).test(name))
        pass = !negated;
    }
    return pass;
  }
  if (ignore) {
    let pass = true;
    for (const p of ignore) {
      const negated = p.startsWith("!");
      if (filterPatternToRegExp(negated ? p.slice(1) : p).test(name))
        pass = negated;
    }
    return pass;
  }
  return true;
}
function sampleNames(pattern) {
  if (pattern.startsWith("!"))
    return [];
  const sample = pattern.replace(/\\(.)/g, "$1").replace(/\*\*?/g, "x").replace(/\[([^\]]*)\]/g, (_m, cls) => cls.replace(/^\^/, "").charAt(0) || "x").replace(/[?+]/g, "");
  return filterPatternToRegExp(pattern).test(sample) ? [sample] : [];
}
function isLiteralPattern(pattern) {
  return !/[*?+[\]!\\]/.test(pattern);
}

// packages/core/dist/workflow/token-search.js
var MAX_TRIES = 400;
var unique3 = (xs) => [...new Set(xs)];
function isCustomSubject(pattern) {
  if (/^[*?]+$/.test(pattern))
    return false;
  if (!pattern.startsWith("repo:"))
    return true;
  return (templateKeysOf(pattern) ?? []).some((k) => k !== "repo" && k !== "context");
}
function names(literals, patterns, shape, fallback, validate) {
  const include = shape.include;
  const candidates = unique3([
    ...(include ?? []).filter(isLiteralPattern),
    ...literals,
    ...fill(patterns, validate),
    ...(include ?? []).flatMap(sampleNames),
    ...include ? [] : [fallback]
  ]);
  return candidates.filter((n) => validate(n) && passesFilter(n, include, shape.ignore)).slice(0, 8);
}
function refNames(shape, k) {
  switch (shape.kind) {
    case "pull":
      return ["refs/pull/1/merge"];
    case "default-branch":
      return names(k.branches, k.branchPatterns, {}, "main", validBranch).map((n) => `refs/heads/${n}`);
    case "branch":
      return names(k.branches, k.branchPatterns, shape, "main", validBranch).map((n) => `refs/heads/${n}`);
    case "tag":
      return names(k.tags, k.tagPatterns, shape, "v1", validBranch).map((n) => `refs/tags/${n}`);
  }
}
function environmentNames(env, k) {
  if (!env)
    return [void 0];
  if (env.kind === "literal")
    return [env.text];
  return unique3([...k.environments, ...fill(k.environmentPatterns, validEnvironment), "production"]).slice(0, 6);
}
function policyRepos(k) {
  const out = [...k.repos.values()];
  for (const sub of k.claimValues.get("sub") ?? []) {
    for (const inst of instantiate(sub)) {
      const p = parseDefaultSubject(inst);
      if (p)
        out.push({ owner: p.owner, repo: p.repo, ...p.ownerId ? { ownerId: p.ownerId } : {}, ...p.repoId ? { repoId: p.repoId } : {} });
    }
  }
  for (const r of valuesFor(k, "repository")) {
    const [owner, repo] = r.split("/");
    if (owner && repo)
      out.push({ owner, repo });
  }
  if (out.length === 0)
    out.push({ owner: "octo-org", repo: "octo-repo" });
  return uniqueRepos(out).slice(0, 6);
}
function knownRepos(known, k) {
  const same = policyRepos(k).filter((r) => r.owner.toLowerCase() === known.owner.toLowerCase() && r.repo.toLowerCase() === known.repo.toLowerCase());
  const out = [known, ...same.map((r) => ({ owner: r.owner, repo: r.repo })), ...same];
  if (k.idWildcards)
    out.push({ ...known, ownerId: [...k.ownerIds][0] ?? "1", repoId: [...k.repoIds][0] ?? "1" });
  return uniqueRepos(out);
}
function uniqueRepos(repos) {
  const seen = /* @__PURE__ */ new Map();
  for (const r of repos)
    seen.set(`${r.owner}@${r.ownerId ?? ""}/${r.repo}@${r.repoId ?? ""}`, r);
  return [...seen.values()];
}
var segment = (r) => r.ownerId && r.repoId ? `${r.owner}@${r.ownerId}/${r.repo}@${r.repoId}` : `${r.owner}/${r.repo}`;
var FREE_CLAIMS = ["actor", "actor_id", "enterprise_id", "repository_id", "repository_owner_id", "workflow", "job_workflow_ref"];
function freeClaimAlternatives(k, known) {
  const claims = FREE_CLAIMS.filter((c) => !known.has(c) && k.tested.has(c));
  const values = claims.map((c) => valuesFor(k, c));
  const n = values.reduce((m, v) => Math.max(m, v.length), 1);
  const out = [];
  for (let i = 0; i < n; i++) {
    const alt = {};
    claims.forEach((c, j) => {
      const v = values[j] ?? [];
      const pick = v[Math.min(i, v.length - 1)];
      if (pick !== void 0)
        alt[c] = pick;
    });
    out.push(alt);
  }
  return out;
}
function* candidateTokens(id, k) {
  const envs = environmentNames(id.environment, k);
  for (const ctx of id.contexts) {
    const known = !ctx.anyRepository && id.repository ? id.repository : void 0;
    const repos = known ? knownRepos(known, k) : policyRepos(k);
    const jwrKnown = known !== void 0 && id.workflowPath !== void 0;
    const alternatives = freeClaimAlternatives(k, /* @__PURE__ */ new Set([...id.workflowName !== void 0 ? ["workflow"] : [], ...jwrKnown ? ["job_workflow_ref"] : []]));
    for (const ref of refNames(ctx.ref, k)) {
      for (const env of envs) {
        const context = env !== void 0 ? `environment:${escapeClaimValue(env)}` : ctx.pullRequest ? "pull_request" : `ref:${ref}`;
        for (const repo of repos) {
          for (const alt of alternatives) {
            const claims = { ...alt, repository: `${repo.owner}/${repo.repo}`, ref };
            if (env !== void 0)
              claims.environment = env;
            if (repo.ownerId && repo.repoId)
              Object.assign(claims, { repository_owner_id: repo.ownerId, repository_id: repo.repoId });
            if (id.workflowName !== void 0)
              claims.workflow = id.workflowName;
            if (jwrKnown)
              claims.job_workflow_ref = `${repo.owner}/${repo.repo}/${id.workflowPath ?? ""}@${ref}`;
            yield { sub: `repo:${segment(repo)}:${context}`, claims };
          }
        }
      }
    }
  }
}
function searchToken(doc, id, audiences, config) {
  const trust = new TrustAnalysis(normalizePolicy(doc.root), config);
  const providers = trust.providers.filter((p) => isGitHubProvider(p.provider));
  if (providers.length === 0)
    return { admitted: false, noProvider: true, customSubjects: false };
  const customSubjects = providers.some((p) => [...p.knowledge.claimValues.get("sub") ?? []].some(isCustomSubject));
  let tries = 0;
  for (const p of providers) {
    const auds = audiences === "policy" ? unique3([...valuesFor(p.knowledge, "aud"), "sts.amazonaws.com"]) : audiences;
    for (const token of candidateTokens(id, p.knowledge)) {
      for (const aud of auds) {
        if (++tries > MAX_TRIES)
          return { admitted: true, noProvider: false, customSubjects };
        const r = simulatePolicy(doc, { sub: token.sub, aud, claims: token.claims, provider: p.provider.arn, config });
        if (r.ok && r.decision !== "deny")
          return { admitted: true, noProvider: false, customSubjects, token: { sub: token.sub, aud, ...token.claims } };
      }
    }
  }
  return { admitted: false, noProvider: false, customSubjects };
}

// packages/core/dist/workflow/cross-check.js
var DEFAULT_AUDIENCE = "sts.amazonaws.com";
function parseRepository(value) {
  const m = /^([^/\s]+)\/([^/\s]+)$/.exec(value?.trim() ?? "");
  return m?.[1] && m[2] ? { owner: m[1], repo: m[2].replace(/\.git$/, "") } : void 0;
}
function jobIdentity(use, config) {
  const repository = parseRepository(config.repository);
  const file = use.workflow.file.replace(/\\/g, "/");
  const root = repositoryRoot(file);
  const workflowPath = root !== void 0 ? file.slice(root.length) : void 0;
  const name = use.workflow.name;
  const workflowName = name ? name.kind === "literal" ? name.text : void 0 : workflowPath;
  return {
    ...repository ? { repository } : {},
    ...workflowPath ? { workflowPath } : {},
    ...workflowName !== void 0 ? { workflowName } : {},
    ...use.job.environment ? { environment: use.job.environment.name } : {},
    contexts: runContexts(use.workflow.triggers)
  };
}
function refText(c) {
  const r = c.ref;
  const filtered = (kind, include, ignore) => {
    const any = kind === "heads" ? "<any branch>" : "<any tag>";
    if (include)
      return include.filter((p) => !p.startsWith("!")).map((p) => `ref:refs/${kind}/${p}`);
    return [`ref:refs/${kind}/${ignore ? `${any.slice(0, -1)} but ${ignore.join(", ")}>` : any}`];
  };
  if (r.kind === "branch")
    return filtered("heads", r.include, r.ignore).join(" | ");
  if (r.kind === "tag")
    return filtered("tags", r.include, r.ignore).join(" | ");
  if (r.kind === "default-branch")
    return "ref:refs/heads/<default branch>";
  return "ref:refs/pull/<n>/merge";
}
function describeSubjects(id) {
  const out = /* @__PURE__ */ new Set();
  for (const c of id.contexts) {
    const repo = id.repository && !c.anyRepository ? `${id.repository.owner}/${id.repository.repo}` : "<owner>/<repo>";
    const env = id.environment;
    const context = env ? `environment:${env.kind === "literal" ? env.text : `<${env.text}>`}` : c.pullRequest ? "pull_request" : refText(c);
    for (const part of context.split(" | "))
      out.add(`repo:${repo}:${part}`);
  }
  return [...out].slice(0, 6);
}
function memoSearch(config) {
  const memo = /* @__PURE__ */ new Map();
  return (policy, id, audiences) => {
    const env = id.environment ? `${id.environment.kind}:${id.environment.text}` : "";
    const key2 = JSON.stringify([id.repository, id.workflowPath, id.workflowName, env, id.contexts, audiences]);
    let byKey = memo.get(policy);
    if (!byKey)
      memo.set(policy, byKey = /* @__PURE__ */ new Map());
    let outcome = byKey.get(key2);
    if (!outcome)
      byKey.set(key2, outcome = searchToken(policy, id, audiences, config));
    return outcome;
  };
}
function check(use, policies, config, search2) {
  const id = jobIdentity(use, config);
  const aud = use.cac.audience;
  const audience = aud ? aud.value.kind === "literal" ? aud.value.text.trim() : void 0 : DEFAULT_AUDIENCE;
  const first = policies.map((p) => search2(p, id, audience !== void 0 ? [audience] : "policy"));
  const repositoryKnown = id.repository !== void 0 && !id.contexts.some((c) => c.anyRepository);
  const customSubjects = first.some((r) => r.customSubjects);
  const base = {
    use,
    policies,
    subjects: describeSubjects(id),
    ...audience !== void 0 ? { audience } : {},
    noProvider: first.every((r) => r.noProvider),
    repositoryKnown,
    customSubjects,
    severity: repositoryKnown && !customSubjects ? "error" : "info"
  };
  if (id.contexts.length === 0 || first.some((r) => r.admitted))
    return { ...base, verdict: "admitted" };
  if (audience !== void 0 && policies.some((p) => search2(p, id, "policy").admitted)) {
    return { ...base, verdict: "audience-mismatch" };
  }
  return { ...base, verdict: "role-mismatch" };
}
var cache = /* @__PURE__ */ new WeakMap();
function crossChecks(documents, config) {
  const hit = cache.get(documents);
  if (hit?.config === config)
    return hit.results;
  const results = [];
  const search2 = memoSearch(config);
  for (const use of roleUses(documents)) {
    const policies = trustPoliciesFor(use, documents);
    if (policies.length)
      results.push(check(use, policies, config, search2));
  }
  cache.set(documents, { config, results });
  return results;
}

// packages/core/dist/workflow/describe.js
init_define_TRUSTLINT_PACKAGE();
function entryLocation(e) {
  const end = e.value.location.span.end.offset >= e.nameLocation.span.end.offset ? e.value.location.span.end : e.nameLocation.span.end;
  return { file: e.nameLocation.file, span: { start: e.nameLocation.span.start, end } };
}
function jobLabel(job) {
  return `job "${job.id}"`;
}
function stepLabel(step) {
  if (step.name?.kind === "literal" && step.name.text)
    return `step "${step.name.text}"`;
  if (step.id?.kind === "literal" && step.id.text)
    return `step "${step.id.text}"`;
  const u = step.uses;
  const what = u?.kind === "repository" ? `${u.owner}/${u.repo}${u.path ? `/${u.path}` : ""}` : u?.text;
  return what ? `step ${step.index + 1} (${what})` : `step ${step.index + 1}`;
}
function listNames(names2, max = 4) {
  const quoted = names2.map((n) => `"${n}"`);
  if (quoted.length <= max)
    return quoted.length > 1 ? `${quoted.slice(0, -1).join(", ")} and ${quoted.at(-1) ?? ""}` : quoted[0] ?? "";
  return `${quoted.slice(0, max).join(", ")} and ${quoted.length - max} more`;
}

// packages/core/dist/gitlab-ci/cross-check.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/gitlab-ci/refs.js
init_define_TRUSTLINT_PACKAGE();
var ANY2 = [{ kind: "any-branch" }, { kind: "any-tag" }];
var STRING = String.raw`(?:"([^"]*)"|'([^']*)')`;
var BRANCH_EQ = new RegExp(String.raw`^\$\{?CI_COMMIT_BRANCH\}?\s*==\s*${STRING}$`);
var REF_EQ = new RegExp(String.raw`^\$\{?CI_COMMIT_REF_NAME\}?\s*==\s*${STRING}$`);
var TAG_EQ = new RegExp(String.raw`^\$\{?CI_COMMIT_TAG\}?\s*==\s*${STRING}$`);
var DEFAULT_BRANCH = /^\$\{?CI_COMMIT_(?:BRANCH|REF_NAME)\}?\s*==\s*\$\{?CI_DEFAULT_BRANCH\}?$|^\$\{?CI_DEFAULT_BRANCH\}?\s*==\s*\$\{?CI_COMMIT_(?:BRANCH|REF_NAME)\}?$/;
var TAG_ANY = /^\$\{?CI_COMMIT_TAG\}?(?:\s*(?:!=\s*null|=~\s*\/.*\/\w*))?$/;
var BRANCH_ANY = /^\$\{?CI_COMMIT_BRANCH\}?(?:\s*(?:!=\s*null|=~\s*\/.*\/\w*))?$/;
var MERGE_REQUEST = /^\$\{?CI_PIPELINE_SOURCE\}?\s*==\s*["']merge_request_event["']$|^\$\{?CI_MERGE_REQUEST_\w+\}?/;
function atom(cond) {
  const c = cond.trim().replace(/^\((.*)\)$/, "$1").trim();
  let m = BRANCH_EQ.exec(c);
  if (m)
    return [{ kind: "branch", name: m[1] ?? m[2] ?? "" }];
  m = TAG_EQ.exec(c);
  if (m)
    return [{ kind: "tag", name: m[1] ?? m[2] ?? "" }];
  m = REF_EQ.exec(c);
  if (m)
    return [{ kind: "branch", name: m[1] ?? m[2] ?? "" }, { kind: "tag", name: m[1] ?? m[2] ?? "" }];
  if (DEFAULT_BRANCH.test(c))
    return [{ kind: "default-branch" }];
  if (TAG_ANY.test(c))
    return [{ kind: "any-tag" }];
  if (BRANCH_ANY.test(c) || MERGE_REQUEST.test(c))
    return [{ kind: "any-branch" }];
  return void 0;
}
function refsOfCondition(expression) {
  if (/\(.*\|\|.*\)/.test(expression))
    return ANY2;
  const out = [];
  for (const alternative of expression.split("||")) {
    const parts = alternative.split("&&").map(atom);
    const restricting = parts.find((p) => p !== void 0);
    for (const r of restricting ?? ANY2)
      out.push(r);
  }
  return out;
}
function refsOfOnly(refs) {
  const out = [];
  for (const r of refs) {
    if (r === "branches" || r === "merge_requests" || r.startsWith("/"))
      out.push({ kind: "any-branch" });
    else if (r === "tags")
      out.push({ kind: "any-tag" });
    else if (["api", "pipelines", "pushes", "schedules", "triggers", "web", "external", "chat", "external_pull_requests"].includes(r)) {
      for (const a of ANY2)
        out.push(a);
    } else
      out.push({ kind: "branch", name: r }, { kind: "tag", name: r });
  }
  return out.length ? out : ANY2;
}
function jobRefs(job) {
  let shapes;
  if (job.rules) {
    shapes = [];
    for (const rule of job.rules) {
      if (rule.when === "never")
        continue;
      for (const s of rule.if ? refsOfCondition(rule.if.text) : ANY2)
        shapes.push(s);
    }
  } else if (job.only)
    shapes = refsOfOnly(job.only.refs.map((r) => r.text));
  else
    shapes = ANY2;
  const seen = /* @__PURE__ */ new Set();
  return shapes.filter((s) => {
    const k = JSON.stringify(s);
    if (seen.has(k))
      return false;
    seen.add(k);
    return true;
  });
}
function describeRef(s) {
  switch (s.kind) {
    case "branch":
      return `ref_type:branch:ref:${s.name}`;
    case "tag":
      return `ref_type:tag:ref:${s.name}`;
    case "any-branch":
      return "ref_type:branch:ref:<any branch>";
    case "any-tag":
      return "ref_type:tag:ref:<any tag>";
    case "default-branch":
      return "ref_type:branch:ref:<default branch>";
  }
}

// packages/core/dist/gitlab-ci/role-assumption.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/workflow/positions.js
init_define_TRUSTLINT_PACKAGE();
function advance(start, text, index) {
  let { line, column } = start;
  for (let i = 0; i < index && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 && text.charCodeAt(i + 1) !== 10) {
      line++;
      column = 0;
    } else if (c !== 13)
      column++;
  }
  return { line, column, offset: start.offset + Math.min(index, text.length) };
}
function subLocation(base, text, from, to) {
  return { file: base.file, span: { start: advance(base.span.start, text, from), end: advance(base.span.start, text, to) } };
}

// packages/core/dist/gitlab-ci/shell.js
init_define_TRUSTLINT_PACKAGE();
var NAME_RE = /^\$(?:([A-Za-z_]\w*)|\{([A-Za-z_]\w*)(?:\[[^\]]*\])?\})$/;
function unquote(value) {
  const v = value.trim();
  return /^"[^"]*"$|^'[^']*'$/.test(v) ? v.slice(1, -1) : v;
}
function assignedInScripts(name, scripts) {
  const assign = new RegExp(`(?:^|[\\s;&|(])(?:export\\s+|local\\s+|declare\\s+(?:-\\w+\\s+)*|readonly\\s+)?${name}(?:\\[[^\\]]*\\])?\\+?=`, "m");
  const read = new RegExp(`(?:^|[\\s;&|(])(?:read|mapfile|readarray)\\b[^\\n;]*\\b${name}\\b|\\bfor\\s+${name}\\s+in\\b`, "m");
  return scripts.some((l) => assign.test(l.text) || read.test(l.text));
}
function originOf(raw, job, inScript, depth = 0) {
  const v = inScript ? unquote(raw) : raw.trim();
  if (v === "")
    return { kind: "empty" };
  if (v.includes("$(") || v.includes("`"))
    return { kind: "runtime" };
  if (!v.includes("$"))
    return /^[A-Za-z0-9/+=_-]+$/.test(v) ? { kind: "literal" } : { kind: "runtime" };
  const m = NAME_RE.exec(v);
  const name = m?.[1] ?? m?.[2];
  if (!name || depth > 8)
    return { kind: "runtime" };
  if (inScript && assignedInScripts(name, job.scripts))
    return { kind: "runtime" };
  const defined = job.variables.find((x) => x.name === name);
  if (defined)
    return originOf(defined.value.text, job, false, depth + 1);
  return { kind: "settings", name };
}

// packages/core/dist/gitlab-ci/role-assumption.js
var REMOVED_JWT_VARIABLES = /* @__PURE__ */ new Set(["CI_JOB_JWT", "CI_JOB_JWT_V1", "CI_JOB_JWT_V2"]);
var CLI_RE = /\baws\s+sts\s+assume-role-with-web-identity\b/g;
var OPTION_RE = (name) => new RegExp(`--${name}(?:=|\\s+)("[^"\\n]*"|'[^'\\n]*'|[^\\s;|&)\\\\]+)`);
var VAR_RE = /^\$(?:([A-Za-z_]\w*)|\{([A-Za-z_]\w*)\})$/;
var TOKEN_TO_FILE_RE = /\b(?:echo|printf)\b[^\n;|>]*?"?\$\{?([A-Za-z_]\w*)\}?"?\s*>/g;
function variableName(raw) {
  const m = VAR_RE.exec(unquote(raw));
  return m?.[1] ?? m?.[2];
}
function literalThrough(job, raw) {
  let text = unquote(raw);
  for (let i = 0; i < 6; i++) {
    const name = variableName(text);
    if (name === void 0)
      return text.includes("$") ? void 0 : text;
    if (assignedInScripts(name, job.scripts))
      return void 0;
    const v = job.variables.find((x) => x.name === name);
    if (!v)
      return void 0;
    text = v.value.text.trim();
  }
  return void 0;
}
function tokenSource(job, name) {
  let current = name;
  for (let i = 0; i < 6; i++) {
    if (job.idTokens?.tokens.some((t) => t.name === current))
      return current;
    const v = job.variables.find((x) => x.name === current);
    const next = v ? variableName(v.value.text) : void 0;
    if (next === void 0)
      return current;
    current = next;
  }
  return current;
}
function role(job, raw, location) {
  const value = literalThrough(job, raw);
  const named = value !== void 0 ? roleNameOf({ kind: "literal", text: value, location, source: value }) : {};
  return { text: unquote(raw), location, ...value !== void 0 ? { value } : {}, ...named };
}
function withToken(job, a, raw) {
  const name = raw === void 0 ? void 0 : variableName(raw);
  if (name === void 0)
    return a;
  const source = tokenSource(job, name);
  const idToken = job.idTokens?.tokens.find((t) => t.name === source);
  return { ...a, tokenVariable: source, ...idToken ? { idToken } : {} };
}
function roleAssumptions(job) {
  const out = [];
  for (const line of job.scripts) {
    for (const m of line.source.matchAll(CLI_RE)) {
      const rest = line.text.slice(line.text.search(/assume-role-with-web-identity/));
      const arn = OPTION_RE("role-arn").exec(rest);
      const token2 = OPTION_RE("web-identity-token").exec(rest);
      const location = subLocation(line.location, line.source, m.index, m.index + m[0].length);
      const arnAt = arn ? line.source.indexOf(arn[1] ?? "", m.index) : -1;
      const arnLocation = arnAt >= 0 ? subLocation(line.location, line.source, arnAt, arnAt + (arn?.[1] ?? "").length) : location;
      out.push(withToken(job, { job, via: "cli", location, ...arn?.[1] ? { role: role(job, arn[1], arnLocation) } : {} }, token2?.[1]));
    }
  }
  if (out.length > 0)
    return out;
  const roleVar = job.variables.find((v) => v.name === "AWS_ROLE_ARN");
  const exported = (name) => {
    for (const line of job.scripts) {
      const m = new RegExp(`(?:^|[\\s;&|])(?:export\\s+)?${name}=("[^"\\n]*"|'[^'\\n]*'|[^\\s;|&)]+)`).exec(line.source);
      if (m) {
        const at = m.index + m[0].indexOf(name);
        return { value: m[1] ?? "", location: subLocation(line.location, line.source, at, m.index + m[0].length) };
      }
    }
    return void 0;
  };
  const roleSet = roleVar ? { value: roleVar.value.text, location: roleVar.nameLocation, valueLocation: roleVar.value.location } : exported("AWS_ROLE_ARN");
  const fileSet = job.variables.some((v) => v.name === "AWS_WEB_IDENTITY_TOKEN_FILE") || exported("AWS_WEB_IDENTITY_TOKEN_FILE") !== void 0;
  if (!roleSet || !fileSet)
    return out;
  let token;
  for (const line of job.scripts) {
    for (const m of line.source.matchAll(TOKEN_TO_FILE_RE)) {
      token ??= m[1];
    }
  }
  const valueLocation = "valueLocation" in roleSet ? roleSet.valueLocation : roleSet.location;
  out.push(withToken(job, { job, via: "env", location: roleSet.location, role: role(job, roleSet.value, valueLocation) }, token === void 0 ? void 0 : `$${token}`));
  return out;
}
function pipelineRoleAssumptions(doc) {
  if (doc.includedBy.length > 0)
    return [];
  return doc.jobs.flatMap(roleAssumptions);
}

// packages/core/dist/gitlab-ci/cross-check.js
var MAX_TRIES2 = 400;
var fillPattern = (v) => v.replace(/[*?]/g, "x");
function keyPrefixes(st) {
  const out = [];
  for (const c of st.conditions) {
    const split = splitConditionKey(c.key);
    if (split && !out.includes(split.prefix))
      out.push(split.prefix);
  }
  return out;
}
function gitlabProviders(policy, config) {
  const out = /* @__PURE__ */ new Map();
  const github = configuredGitHubIssuers(config);
  for (const st of policy.statements) {
    if (st.effect !== "Allow" || st.principal?.kind !== "map")
      continue;
    for (const entry of st.principal.entries) {
      if (entry.type !== "Federated")
        continue;
      for (const v of entry.values) {
        const host = providerPrefix(v.value);
        const prefix = hasMarker(host) ? keyPrefixes(st).find((p) => githubIssuerKind(p, github) === void 0) : host;
        if (prefix === void 0 || githubIssuerKind(prefix, github) !== void 0)
          continue;
        const provider = out.get(`${v.value}\0${prefix}`) ?? { arn: v.value, prefix, values: /* @__PURE__ */ new Map(), subs: [] };
        for (const c of st.conditions) {
          const split = splitConditionKey(c.key);
          if (!split || split.prefix.toLowerCase() !== prefix.toLowerCase())
            continue;
          const claim = split.claim;
          const list = provider.values.get(claim) ?? [];
          for (const value of c.values)
            if (!hasMarker(value.value) && !list.includes(fillPattern(value.value)))
              list.push(fillPattern(value.value));
          provider.values.set(claim, list);
          if (claim === "sub")
            for (const value of c.values)
              provider.subs.push(value.value);
        }
        out.set(`${v.value}\0${prefix}`, provider);
      }
    }
  }
  return [...out.values()].filter(
    // The issuer registry's GitLab entry (gitlab.com and self-managed instances the config names), or
    // a provider whose conditions speak GitLab's claims.
    (p) => recogniseIssuer(p.prefix, config)?.entry.id === "gitlab" || /gitlab/i.test(p.prefix) || p.subs.some((s) => s.startsWith("project_path:")) || [...p.values.keys()].some((k) => k === "project_path" || k === "namespace_path")
  );
}
function parseSub(sub) {
  const m = /^project_path:([^:]+):ref_type:([^:]+):ref:(.*)$/.exec(sub);
  return m?.[1] && m[2] && m[3] !== void 0 ? { project: m[1], refType: m[2], ref: m[3] } : void 0;
}
function isCustomSub(sub) {
  return !/^[*?]+$/.test(sub) && !/^project_path:[^:]*(?::ref_type:[^:]*(?::ref:.*)?)?$/.test(sub);
}
function projectsOf(p, known) {
  if (known)
    return [known];
  const out = /* @__PURE__ */ new Set();
  for (const s of p.values.get("sub") ?? []) {
    const parsed = parseSub(s);
    if (parsed)
      out.add(parsed.project);
    else if (s.startsWith("project_path:"))
      out.add(s.slice("project_path:".length).split(":")[0] ?? "");
  }
  for (const v of p.values.get("project_path") ?? [])
    out.add(v);
  out.delete("");
  if (out.size === 0)
    out.add("group/project");
  return [...out].slice(0, 6);
}
function refNames2(p, type) {
  const out = /* @__PURE__ */ new Set();
  for (const s of p.values.get("sub") ?? []) {
    const parsed = parseSub(s);
    if (parsed && (parsed.refType === type || parsed.refType === "x"))
      out.add(parsed.ref);
  }
  for (const r of p.values.get("ref") ?? [])
    out.add(r);
  out.add(type === "branch" ? "main" : "v1.0.0");
  return [...out].slice(0, 6);
}
function refsFor(shape, p) {
  switch (shape.kind) {
    case "branch":
      return [{ type: "branch", name: shape.name }];
    case "tag":
      return [{ type: "tag", name: shape.name }];
    case "any-branch":
    case "default-branch":
      return refNames2(p, "branch").map((name) => ({ type: "branch", name }));
    case "any-tag":
      return refNames2(p, "tag").map((name) => ({ type: "tag", name }));
  }
}
function* tokens(a, p, project, audiences) {
  const shapes = jobRefs(a.job);
  const env = a.job.environment?.text;
  const free = {};
  for (const [claim, values] of p.values) {
    if (["sub", "aud", "project_path", "namespace_path", "ref", "ref_type", "ref_path", "environment"].includes(claim))
      continue;
    if (values[0] !== void 0)
      free[claim] = values[0];
  }
  for (const proj of projectsOf(p, project)) {
    for (const shape of shapes) {
      for (const ref of refsFor(shape, p)) {
        for (const aud of audiences) {
          const claims = {
            ...free,
            sub: `project_path:${proj}:ref_type:${ref.type}:ref:${ref.name}`,
            aud,
            project_path: proj,
            namespace_path: proj.includes("/") ? proj.slice(0, proj.lastIndexOf("/")) : proj,
            ref: ref.name,
            ref_type: ref.type,
            ref_path: `refs/${ref.type === "branch" ? "heads" : "tags"}/${ref.name}`
          };
          if (env !== void 0 && !env.includes("$"))
            claims.environment = env;
          yield claims;
        }
      }
    }
  }
}
function search(policy, providers, a, project, audiences) {
  let tries = 0;
  let denied;
  for (const p of providers) {
    const auds = audiences === "policy" ? [.../* @__PURE__ */ new Set([...p.values.get("aud") ?? [], `https://${p.prefix}`, "sts.amazonaws.com"])] : audiences;
    for (const claims of tokens(a, p, project, auds)) {
      if (++tries > MAX_TRIES2)
        return { admitted: true };
      const r = evaluatePolicy(policy, requestFor(p, claims), { unresolved: "unknown" });
      if (r.decision === "allow" || r.decision === "unknown")
        return { admitted: true, token: claims };
      denied ??= claims;
    }
  }
  return { admitted: false, ...denied ? { denied } : {} };
}
function check2(a, roleName, policies, config) {
  const project = (config.gitlabProject ?? config.repository)?.trim() || void 0;
  const audiences = (a.idToken?.aud ?? []).map((v) => v.text.trim()).filter((t) => t !== "" && !t.includes("$"));
  const audKnown = a.idToken !== void 0 && audiences.length > 0 && audiences.length === a.idToken.aud.length;
  const normalized = policies.map((doc) => ({ doc, policy: normalizePolicy(doc.root) }));
  const providers = normalized.map((n) => gitlabProviders(n.policy, config));
  const customSubjects = providers.some((ps) => ps.some((p) => p.subs.some(isCustomSub)));
  const subjects = [...new Set(jobRefs(a.job).map((s) => `project_path:${project ?? "<group>/<project>"}:${describeRef(s)}`))].slice(0, 6);
  const base = {
    assumption: a,
    roleName,
    policies,
    subjects,
    audiences,
    noProvider: providers.every((ps) => ps.length === 0),
    projectKnown: project !== void 0,
    customSubjects,
    severity: project !== void 0 && !customSubjects && a.job.missingTemplates.length === 0 ? "error" : "info"
  };
  if (base.noProvider)
    return { ...base, verdict: "role-mismatch" };
  const first = normalized.map((n, i) => search(n.policy, providers[i] ?? [], a, project, audKnown ? audiences : "policy"));
  if (first.some((r) => r.admitted))
    return { ...base, verdict: "admitted" };
  const denied = first.find((r) => r.denied)?.denied;
  if (audKnown) {
    const any = normalized.map((n, i) => search(n.policy, providers[i] ?? [], a, project, "policy")).find((r) => r.admitted);
    if (any)
      return { ...base, verdict: "audience-mismatch", ...denied ? { denied } : {}, ...any.token ? { admittedWith: any.token } : {} };
  }
  return { ...base, verdict: "role-mismatch", ...denied ? { denied } : {} };
}
var cache2 = /* @__PURE__ */ new WeakMap();
function gitlabCrossChecks(documents, config) {
  const hit = cache2.get(documents);
  if (hit?.config === config)
    return hit.results;
  const results = [];
  for (const doc of documents) {
    if (doc.kind !== "gitlab-pipeline")
      continue;
    for (const a of pipelineRoleAssumptions(doc)) {
      const name = a.role?.name;
      if (!name)
        continue;
      const policies = trustPoliciesFor({ roleName: name, ...a.role?.account ? { account: a.role.account } : {} }, documents);
      if (policies.length)
        results.push(check2(a, name, policies, config));
    }
  }
  cache2.set(documents, { config, results });
  return results;
}

// packages/core/dist/rules/workflow-audience-mismatch.js
function checkGitLab(ctx) {
  for (const c of gitlabCrossChecks(ctx.documents, ctx.config)) {
    if (c.verdict !== "audience-mismatch")
      continue;
    const a = c.assumption;
    const token = a.idToken;
    const accepted = c.admittedWith?.aud;
    ctx.report({
      location: token?.aud[0]?.location ?? token?.location ?? a.location,
      related: [
        { location: a.location, message: `the job assumes role ${c.roleName} here` },
        ...c.policies.map((p) => ({ location: p.location, message: `trust policy of role ${c.roleName}` }))
      ],
      properties: { job: a.job.name, role: c.roleName, audience: c.audiences, policies: c.policies.map((p) => p.file), ...c.admittedWith ? { admittedWith: c.admittedWith } : {} },
      message: `GitLab job "${a.job.name}" requests its ID token ${token?.name ?? ""} for the audience ${c.audiences.map((x) => `"${x}"`).join(", ")} to assume role ${c.roleName}, but the role's trust policy does not accept it in its aud condition${accepted ? ` (it accepts "${accepted}")` : ""}: the call will fail with "Not authorized to perform sts:AssumeRoleWithWebIdentity". Set the \`aud\` of the \`id_tokens\` entry to the audience the role and the OIDC provider's client-id list accept.`
    });
  }
}
var workflow_audience_mismatch_default = defineRule({
  id: "workflow-audience-mismatch",
  meta: {
    title: "Job's audience is not admitted by the role",
    defaultSeverity: "error",
    category: "workflow",
    description: "The job's `audience` input (in a GitLab pipeline: the `aud` of its `id_tokens` entry) is not admitted by the role's `aud` condition."
  },
  project(ctx) {
    checkGitLab(ctx);
    for (const c of crossChecks(ctx.documents, ctx.config)) {
      if (c.verdict !== "audience-mismatch")
        continue;
      const { use } = c;
      const input = use.cac.audience;
      const requested = input ? `requests a token for the audience "${c.audience ?? ""}"` : `requests the default audience "${c.audience ?? ""}"`;
      ctx.report({
        location: input?.value.location ?? use.role.location,
        related: c.policies.map((p) => ({ location: p.location, message: `trust policy of role ${use.roleName ?? use.role.text}` })),
        properties: { job: use.job.id, role: use.roleName, audience: c.audience, policies: c.policies.map((p) => p.file) },
        message: `${jobLabel(use.job)} ${requested} to assume role ${use.roleName ?? use.role.text}, but the role's trust policy does not accept it in its aud condition: the step will fail with "Not authorized to perform sts:AssumeRoleWithWebIdentity". ${input ? "Remove the audience input (the default is sts.amazonaws.com)" : "Set the audience input"} or make the role, the OIDC provider's client-id list and trustlint's \`audiences\` agree on one value.`
      });
    }
  }
});

// packages/core/dist/rules/workflow-id-token-scope.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/workflow/token-consumers.js
init_define_TRUSTLINT_PACKAGE();
var TOKEN_ACTIONS = [
  "google-github-actions/auth",
  "azure/login",
  "hashicorp/vault-action",
  "actions/attest",
  "actions/attest-build-provenance",
  "actions/attest-sbom",
  "actions/deploy-pages",
  "pypa/gh-action-pypi-publish",
  "sigstore/gh-action-sigstore-python"
];
var TOKEN_SCRIPT = /ACTIONS_ID_TOKEN_REQUEST|getIDToken|--provenance|\bcosign\s+(sign|attest)|\bnpm\s+publish\b[^\n]*provenance/;
function usesIdToken(s) {
  const cac = readCacStep(s);
  if (cac)
    return cac.mode === "oidc" || cac.mode === "unknown";
  const name = actionName(s.step);
  if (name !== void 0 && TOKEN_ACTIONS.includes(name))
    return true;
  if (s.step.uses?.kind === "local" && !s.step.localAction)
    return true;
  if (s.step.uses?.kind === "unknown")
    return true;
  if (name === "actions/github-script" && TOKEN_SCRIPT.test(inputOf(s.step, "script")?.value.text ?? ""))
    return true;
  return s.step.run !== void 0 && TOKEN_SCRIPT.test(s.step.run.text);
}

// packages/core/dist/rules/workflow-id-token-scope.js
var workflow_id_token_scope_default = defineRule({
  id: "workflow-id-token-scope",
  meta: {
    title: "id-token: write granted to jobs that do not need it",
    defaultSeverity: "warning",
    category: "workflow",
    description: "`id-token: write` (or `write-all`) at workflow level reaches jobs that do not assume a role."
  },
  workflow(ctx) {
    const doc = ctx.document;
    const block = doc.permissions;
    if (!block)
      return;
    const scope = block.scopes.find((s) => s.name === "id-token");
    const grants = block.kind === "write-all" || scope?.level === "write";
    if (!grants)
      return;
    const inheriting = doc.jobs.filter((j) => !j.permissions && !j.uses);
    const idle = inheriting.filter((j) => !stepsOfJob(doc, j).some(usesIdToken));
    if (idle.length === 0)
      return;
    const what = block.kind === "write-all" ? "write-all (which includes id-token: write)" : "id-token: write";
    ctx.report({
      location: block.kind === "write-all" ? block.location : scope?.location ?? block.location,
      related: idle.map((j) => ({ location: j.idLocation, message: `job "${j.id}" inherits id-token: write but assumes no role` })),
      properties: { jobs: idle.map((j) => j.id) },
      message: `${what} is granted at workflow level, so ${idle.length === 1 ? "job" : "jobs"} ${listNames(idle.map((j) => j.id))} can mint OIDC tokens without assuming any role: any dependency, test or action running there can get the same token as the deploy job and assume its roles. Grant id-token: write only in the permissions of the jobs that assume a role.`
    });
  }
});

// packages/core/dist/rules/workflow-missing-id-token.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/workflow/jobs.js
init_define_TRUSTLINT_PACKAGE();
var GITHUB_HOSTED = /^(ubuntu|windows|macos)-[\w.-]+$/i;
function isSelfHostedRunner(runsOn) {
  if (!runsOn)
    return false;
  if (runsOn.group)
    return true;
  const labels = runsOn.labels;
  if (labels.some((l) => l.kind === "literal" && l.text.toLowerCase() === "self-hosted"))
    return true;
  return labels.length > 0 && labels.every((l) => l.kind === "literal" && !GITHUB_HOSTED.test(l.text));
}
function hasTrigger(doc, ...events) {
  return doc.triggers.some((t) => events.includes(t.event));
}
var KEY_NAME = /^aws[-_]?(access[-_]?key[-_]?id|secret[-_]?access[-_]?key)$/i;
function isAwsKeyName(name) {
  return KEY_NAME.test(name);
}
function jobObtainsAwsCredentials(doc, job) {
  if (job.idToken.level === "write")
    return true;
  if (envKeyEntries(doc.env).length > 0 || envKeyEntries(job.env).length > 0)
    return true;
  if (job.with.some((e) => isAwsKeyName(e.name)))
    return true;
  if (job.secrets?.kind === "map" && job.secrets.entries.some((e) => isAwsKeyName(e.name)))
    return true;
  return stepsOfJob(doc, job).some((s) => readCacStep(s) !== void 0 || envKeyEntries(s.step.env).length > 0 || s.step.uses !== void 0 && s.step.with.some((e) => isAwsKeyName(e.name)));
}
function compositeObtainsAwsCredentials(doc) {
  return stepsOfComposite(doc).some((s) => readCacStep(s) !== void 0 || envKeyEntries(s.step.env).length > 0);
}
var SHA_RE = /^[0-9a-f]{40}$/i;
var DIGEST_RE = /^sha256:[0-9a-f]{64}$/i;
function unpinnedReason(ref) {
  if (ref.kind === "repository") {
    if (ref.ref !== void 0 && SHA_RE.test(ref.ref))
      return void 0;
    if (ref.ref === void 0 || ref.ref === "")
      return "no ref at all";
    if (/^[0-9a-f]{7,39}$/i.test(ref.ref))
      return `${ref.ref}, an abbreviated SHA or a name, not a full commit SHA`;
    return `${ref.ref}, a tag or branch that can be moved`;
  }
  if (ref.kind === "docker") {
    if (ref.digest !== void 0 && DIGEST_RE.test(ref.digest))
      return void 0;
    return ref.tag !== void 0 ? `the image tag ${ref.tag}, which can be moved` : "no image digest";
  }
  return void 0;
}
function unpinnedImage(image) {
  if (image.kind === "expression" || image.text === "")
    return void 0;
  const at = image.text.indexOf("@");
  if (at >= 0 && DIGEST_RE.test(image.text.slice(at + 1)))
    return void 0;
  const colon = image.text.lastIndexOf(":");
  return colon > image.text.lastIndexOf("/") ? `the image tag ${image.text.slice(colon + 1)}, which can be moved` : "no image digest";
}

// packages/core/dist/rules/workflow-missing-id-token.js
function why2(doc, job) {
  const t = job.idToken;
  const level = t.level === "read" ? "read" : "none";
  if (t.source === "default") {
    return t.callerDecides ? "no permissions block: the calling workflow decides, and id-token defaults to none" : "no permissions block at workflow or job level: id-token defaults to none";
  }
  const block = t.source === "job" ? job.permissions : doc.permissions;
  const where = t.source === "job" ? "the job-level permissions" : "the workflow-level permissions";
  const replaced = t.source === "job" && (doc.permissions?.kind === "write-all" || doc.permissions?.scopes.some((s) => s.name === "id-token" && s.level === "write")) ? " (a job-level block replaces the workflow level, which grants id-token: write)" : "";
  if (block?.kind === "read-all")
    return `${where} are read-all, which gives id-token: read: no token${replaced}`;
  if (block?.kind === "map" && !block.scopes.some((s) => s.name === "id-token")) {
    const named = block.scopes.length ? `name ${block.scopes.map((s) => s.name).join(", ")}, which sets every other scope, id-token included, to none` : "are {}, which sets every scope to none";
    return `${where} ${named}${replaced}`;
  }
  return `${where} give id-token: ${level}${replaced}`;
}
function gitlabGap(a) {
  const tokens2 = a.job.idTokens?.tokens ?? [];
  const v = a.tokenVariable;
  if (v !== void 0 && REMOVED_JWT_VARIABLES.has(v)) {
    return `it reads $${v}, which GitLab 17.0 removed: the variable is empty and AWS rejects the call`;
  }
  if (tokens2.length === 0)
    return "the job has no `id_tokens` entry, so GitLab issues it no ID token";
  if (v === void 0 || a.idToken || assignedInScripts(v, a.job.scripts))
    return void 0;
  const names2 = tokens2.map((t) => t.name).join(", ");
  return `it reads $${v}, which is not one of the job's \`id_tokens\` (${names2})`;
}
function checkPipeline(ctx) {
  for (const a of pipelineRoleAssumptions(ctx.document)) {
    const gap = gitlabGap(a);
    if (!gap)
      continue;
    const how = a.via === "cli" ? "with `aws sts assume-role-with-web-identity`" : "through AWS_ROLE_ARN and AWS_WEB_IDENTITY_TOKEN_FILE";
    const related = a.job.idTokens ? [{ location: a.job.idTokens.location, message: "the id_tokens of the job" }] : [];
    ctx.report({
      location: a.location,
      ...related.length ? { related } : {},
      properties: { job: a.job.name, via: a.via, ...a.tokenVariable !== void 0 ? { tokenVariable: a.tokenVariable } : {}, idTokens: (a.job.idTokens?.tokens ?? []).map((t) => t.name) },
      message: `job "${a.job.name}" assumes ${a.role ? `role ${a.role.value ?? a.role.text}` : "a role"} ${how}, but ${gap}. Add an \`id_tokens\` entry to the job (e.g. \`GITLAB_OIDC_TOKEN: { aud: <the audience the role accepts> }\`) and pass that variable as the web identity token.`
    });
  }
}
var workflow_missing_id_token_default = defineRule({
  id: "workflow-missing-id-token",
  meta: {
    title: "Job assumes a role via OIDC without id-token: write",
    defaultSeverity: "error",
    category: "workflow",
    description: "A step assumes a role via OIDC but the job's effective permissions lack `id-token: write`; in a GitLab pipeline, a job assumes a role with a web identity token but has no `id_tokens` entry for it (or reads the removed `CI_JOB_JWT*`).",
    variants: "warning when `runs-on` is self-hosted or the job is in a `workflow_call` workflow"
  },
  pipeline: checkPipeline,
  workflow(ctx) {
    const doc = ctx.document;
    for (const job of doc.jobs) {
      if (job.idToken.level === "write")
        continue;
      for (const s of stepsOfJob(doc, job)) {
        const cac = readCacStep(s);
        if (!cac || !assumesRoleViaOidc(cac))
          continue;
        const top = topStep(s);
        const location = top.uses?.location ?? top.location;
        const selfHosted = isSelfHostedRunner(job.runsOn);
        const reusable = hasTrigger(doc, "workflow_call");
        const related = [];
        if (job.idToken.location)
          related.push({ location: job.idToken.location, message: "the permissions that decide id-token" });
        if (s.via.length)
          related.push({ location: s.step.uses?.location ?? s.step.location, message: "configure-aws-credentials in the local action" });
        const fallback = selfHosted ? " On this self-hosted runner the action then falls back to whatever credentials the machine has (instance profile, env keys)." : " The action then finds no credentials and fails, or uses keys from the environment.";
        const caller = reusable ? " In a reusable workflow the caller may grant it; check the calling job." : "";
        ctx.report({
          location,
          ...selfHosted || reusable ? { severity: "warning" } : {},
          ...related.length ? { related } : {},
          properties: { job: job.id, idToken: job.idToken.level, source: job.idToken.source, selfHosted, reusable },
          message: `${stepLabel(top)} in ${jobLabel(job)} assumes ${cac.role?.value.text ?? "a role"} through OIDC, but the job cannot request a token: ${why2(doc, job)}.${fallback}${caller} Add \`id-token: write\` to the job's permissions.`
        });
      }
    }
  }
});

// packages/core/dist/rules/workflow-role-mismatch.js
init_define_TRUSTLINT_PACKAGE();
function checkGitLab2(ctx) {
  for (const c of gitlabCrossChecks(ctx.documents, ctx.config)) {
    if (c.verdict !== "role-mismatch")
      continue;
    const a = c.assumption;
    const policy = c.policies[0];
    const where = policy ? `${policy.file}${policy.resource ? ` ${policy.resource}` : ""}` : "the scan";
    const reason = c.noProvider ? "its trust policy trusts no GitLab OIDC provider (only GitHub or other issuers)" : `its trust policy admits none of the tokens this job can present (${c.subjects.join(", ")}${c.audiences.length ? `; aud ${c.audiences.join(", ")}` : ""})`;
    const caveat = c.severity === "info" ? !c.projectKnown ? " Reported as info: the GitLab project is unknown (set `gitlabProject` in the configuration, or add a git remote origin)." : c.customSubjects ? " Reported as info: a sub pattern of the policy is not in GitLab's default format (the project may customise its sub claim), which the job cannot be checked against." : " Reported as info: the job extends a template the scan does not define." : "";
    ctx.report({
      location: a.role?.location ?? a.location,
      severity: c.severity,
      related: c.policies.map((p) => ({ location: p.location, message: `trust policy of role ${c.roleName}` })),
      properties: { job: a.job.name, role: c.roleName, subjects: c.subjects, policies: c.policies.map((p) => p.file), ...c.denied ? { token: c.denied } : {} },
      message: `GitLab job "${a.job.name}" assumes role ${c.roleName} (${where}), but ${reason}, so the call will fail with "Not authorized to perform sts:AssumeRoleWithWebIdentity".${caveat} Add the exact subject the job presents to the trust policy, or change the job; do not widen the policy with a wildcard.`
    });
  }
}
var workflow_role_mismatch_default = defineRule({
  id: "workflow-role-mismatch",
  meta: {
    title: "Role's trust policy admits none of the job's subjects",
    defaultSeverity: "error",
    category: "workflow",
    description: "The role a job assumes (a GitHub workflow job, or a GitLab CI job) is defined in the scanned IaC and its trust policy admits none of the subjects the job can present: the deploy will fail.",
    variants: "info when the repository (GitLab: the project) is unknown or a sub pattern is not in a default format"
  },
  project(ctx) {
    checkGitLab2(ctx);
    for (const c of crossChecks(ctx.documents, ctx.config)) {
      if (c.verdict !== "role-mismatch")
        continue;
      const { use } = c;
      const policy = c.policies[0];
      const where = policy ? `${policy.file}${policy.resource ? ` ${policy.resource}` : ""}` : "the scan";
      const reason = c.noProvider ? "its trust policy trusts no GitHub OIDC provider, so no job can assume it through OIDC" : `its trust policy admits none of the subjects this job can present (${c.subjects.join(", ")})`;
      const caveat = c.severity === "info" ? c.repositoryKnown ? " Reported as info: a sub pattern of the policy is in a customised format, which the job cannot be checked against." : " Reported as info: the repository is unknown (set `repository` in the configuration, or add a git remote origin)." : "";
      ctx.report({
        location: use.role.location,
        severity: c.severity,
        related: c.policies.map((p) => ({ location: p.location, message: `trust policy of role ${use.roleName ?? use.role.text}` })),
        properties: { job: use.job.id, role: use.roleName, subjects: c.subjects, policies: c.policies.map((p) => p.file) },
        message: `${jobLabel(use.job)} assumes role ${use.roleName ?? use.role.text} (${where}), but ${reason}, so the step will fail with "Not authorized to perform sts:AssumeRoleWithWebIdentity".${caveat} Add the exact subject the job presents to the trust policy, or change the job; do not widen the policy with a wildcard.`
      });
    }
  }
});

// packages/core/dist/rules/workflow-static-aws-keys.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/workflow/expressions.js
init_define_TRUSTLINT_PACKAGE();
var CONTEXTS = ["github", "env", "vars", "secrets", "inputs", "steps", "matrix", "needs", "job", "jobs", "runner", "strategy"];
var REF_RE = new RegExp(`(?<![\\w.-])(?:${CONTEXTS.join("|")})(?:\\.(?:[A-Za-z_][\\w-]*|\\*))*`, "g");
function splitExpressions(text) {
  const parts = [];
  let cursor = 0;
  for (let open = text.indexOf("${{"); open >= 0; open = text.indexOf("${{", cursor)) {
    const close = text.indexOf("}}", open + 3);
    if (close < 0)
      break;
    if (open > cursor)
      parts.push({ kind: "text", text: text.slice(cursor, open) });
    const body = text.slice(open + 3, close).trim();
    parts.push({ kind: "expression", text: body, refs: expressionRefs(body) });
    cursor = close + 2;
  }
  if (cursor < text.length || parts.length === 0)
    parts.push({ kind: "text", text: text.slice(cursor) });
  return parts;
}
function expressionRefs(body) {
  const dotted = body.replace(/\[\s*'((?:[^']|'')*)'\s*\]/g, (_m, name) => `.${name.replace(/''/g, "'")}`);
  const code = dotted.replace(/'(?:[^']|'')*'/g, (m) => " ".repeat(m.length));
  const refs = [];
  for (const m of code.matchAll(REF_RE))
    if (!refs.includes(m[0]))
      refs.push(m[0]);
  return refs;
}

// packages/core/dist/gitlab-ci/static-keys.js
init_define_TRUSTLINT_PACKAGE();
var KEY_NAMES = /* @__PURE__ */ new Set(["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"]);
var EXPORT_RE = /(?:^|[\s;&|(])(?:export\s+)?(AWS_ACCESS_KEY_ID|AWS_SECRET_ACCESS_KEY)=("[^"\n]*"|'[^'\n]*'|[^\s;|&)]*)/g;
var CONFIGURE_SET_RE = /aws\s+configure\s+set\s+(?:[\w-]+\.)?(aws_access_key_id|aws_secret_access_key)\s+("[^"\n]*"|'[^'\n]*'|[^\s;|&)]+)/g;
function longLived(origin) {
  return origin.kind === "literal" || origin.kind === "settings";
}
var key = (l) => `${l.file}:${String(l.span.start.offset)}`;
function staticKeyUses(doc) {
  const out = /* @__PURE__ */ new Map();
  const add2 = (use) => {
    const k = key(use.location);
    const prior = out.get(k);
    if (prior) {
      for (const j of use.jobs)
        if (!prior.jobs.includes(j))
          prior.jobs.push(j);
    } else
      out.set(k, use);
  };
  for (const job of doc.jobs) {
    for (const v of job.variables)
      checkVariable(job, v, add2);
    for (const line of job.scripts) {
      for (const [re, via] of [
        [EXPORT_RE, "script"],
        [CONFIGURE_SET_RE, "configure-set"]
      ]) {
        for (const m of line.source.matchAll(re)) {
          const origin = originOf(m[2] ?? "", job, true);
          if (!longLived(origin))
            continue;
          const start = m.index + m[0].indexOf(m[1] ?? "");
          add2({
            location: subLocation(line.location, line.source, start, m.index + m[0].length),
            name: (m[1] ?? "").toUpperCase(),
            via,
            where: `the ${line.section} of job "${job.name}"`,
            shared: false,
            origin,
            jobs: [job.name]
          });
        }
      }
    }
  }
  return [...out.values()].sort((a, b) => a.location.span.start.offset - b.location.span.start.offset);
}
function checkVariable(job, v, add2) {
  if (!KEY_NAMES.has(v.name.toUpperCase()))
    return;
  const origin = originOf(v.value.text, { ...job, scripts: [] }, false);
  if (!longLived(origin))
    return;
  const global = v.global === true;
  const own = v.nameLocation.file === job.location.file && v.nameLocation.span.start.offset >= job.location.span.start.offset && v.nameLocation.span.end.offset <= job.location.span.end.offset;
  add2({
    location: { file: v.nameLocation.file, span: { start: v.nameLocation.span.start, end: v.value.location.span.end.offset >= v.nameLocation.span.end.offset ? v.value.location.span.end : v.nameLocation.span.end } },
    name: v.name,
    via: "variables",
    shared: global || !own,
    where: global ? "the pipeline-level variables" : own ? `the variables of job "${job.name}"` : `the variables of a template job "${job.name}" extends`,
    origin,
    jobs: [job.name]
  });
}
function originText(origin) {
  return origin.kind === "literal" ? "a literal value written in the file" : `the CI/CD variable ${origin.name} (not defined in the pipeline, so kept in the project, group or instance settings)`;
}

// packages/core/dist/rules/workflow-static-aws-keys.js
var FIX = "Assume a role through GitHub OIDC instead: grant `id-token: write`, pass `role-to-assume` only, then deactivate and delete the key.";
function longLived2(entries) {
  return entries.flatMap((entry) => {
    const source = longLivedSource(entry.value);
    return source ? [{ entry, source }] : [];
  }).sort((a, b) => Number(/secret/i.test(a.entry.name)) - Number(/secret/i.test(b.entry.name)));
}
function checkEnv(ctx, block, where) {
  const first = longLived2(envKeyEntries(block))[0];
  if (!first)
    return;
  ctx.report({
    location: entryLocation(first.entry),
    properties: { via: "env", name: first.entry.name },
    message: `${first.entry.name} in ${where} comes from ${first.source}: long-lived AWS keys reach every step there, including third-party actions and build scripts, and never expire. ${FIX}`
  });
}
function checkCac(ctx, step, inJob) {
  const cac = readCacStep({ step, document: ctx.document, env: [], via: [] });
  if (!cac)
    return;
  const first = longLived2([cac.accessKeyId, cac.secretAccessKey].filter((e) => e !== void 0))[0];
  if (!first)
    return;
  const role2 = cac.role ? ` Although role-to-assume is set, the action signs sts:AssumeRole with these keys and never requests an OIDC token.` : "";
  ctx.report({
    location: entryLocation(first.entry),
    properties: { via: "input", name: first.entry.name },
    message: `${stepLabel(step)}${inJob} passes ${first.entry.name} from ${first.source} to configure-aws-credentials: long-lived AWS keys.${role2} ${FIX}`
  });
}
function checkActionInputs(ctx, step, inJob) {
  if (!step.uses || actionName(step) === CONFIGURE_AWS_CREDENTIALS)
    return;
  const first = longLived2(step.with.filter((e) => isAwsKeyName(e.name)))[0];
  if (!first)
    return;
  ctx.report({
    location: entryLocation(first.entry),
    properties: { via: "input", name: first.entry.name },
    message: `${stepLabel(step)}${inJob} passes ${first.entry.name} from ${first.source} to ${step.uses.text}: long-lived AWS keys, readable by that action and everything it runs. ${FIX}`
  });
}
var CONFIGURE_SET = /aws\s+configure\s+set\s+(?:[\w-]+\.)?aws_(?:access_key_id|secret_access_key)\s+(\$\{\{[\s\S]*?\}\}|"[^"\n]*"|'[^'\n]*'|[^\s;|&]+)/g;
function checkRun(ctx, step, inJob) {
  const run2 = step.run;
  if (!run2)
    return;
  for (const m of run2.source.matchAll(CONFIGURE_SET)) {
    const raw = (m[1] ?? "").replace(/^["']|["']$/g, "");
    if (raw.startsWith("$") && !raw.startsWith("${{"))
      continue;
    const parts = splitExpressions(raw);
    const refs = parts.flatMap((p) => p.kind === "expression" ? p.refs : []);
    const source = refs.length === 0 && !raw.includes("${{") ? "a literal value written in the file" : refsSource(refs);
    if (!source)
      continue;
    ctx.report({
      location: subLocation(run2.location, run2.source, m.index, m.index + m[0].length),
      properties: { via: "run" },
      message: `${stepLabel(step)}${inJob} writes long-lived AWS keys from ${source} into the runner's AWS configuration with \`aws configure set\`. ${FIX}`
    });
    return;
  }
}
function checkSteps(ctx, steps, inJob) {
  for (const step of steps) {
    checkEnv(ctx, step.env, `the env of ${stepLabel(step)}${inJob}`);
    checkCac(ctx, step, inJob);
    checkActionInputs(ctx, step, inJob);
    checkRun(ctx, step, inJob);
  }
}
var GITLAB_FIX = "Assume a role through GitLab OIDC instead: add an `id_tokens` entry with the audience the role accepts and call `aws sts assume-role-with-web-identity` with it, then deactivate and delete the key and its CI/CD variable.";
function checkPipeline2(ctx) {
  const doc = ctx.document;
  if (doc.includedBy.length > 0)
    return;
  const byPlace = /* @__PURE__ */ new Map();
  for (const use of staticKeyUses(doc)) {
    const place = use.via === "variables" ? use.where : `${use.location.file}:${String(use.location.span.start.line)}`;
    const prior = byPlace.get(place);
    if (!prior || /SECRET/.test(prior.name) && !/SECRET/.test(use.name))
      byPlace.set(place, use);
  }
  const dotenv = doc.jobs.filter((j) => j.dotenv).map((j) => j.name);
  for (const use of byPlace.values()) {
    const maybeDotenv = use.origin.kind === "settings" && dotenv.length > 0;
    const jobs = use.jobs.length === 1 ? `job "${use.jobs[0] ?? ""}"` : `${String(use.jobs.length)} jobs`;
    const reach = use.shared ? `every command of the jobs that get them (${jobs}), including third-party tools and images` : "every command of the job, including third-party tools and images";
    const how = use.via === "configure-set" ? `writes ${use.name.toLowerCase()} from ${originText(use.origin)} into the job's AWS configuration with \`aws configure set\`` : use.via === "script" ? `exports ${use.name} from ${originText(use.origin)}` : `set ${use.name} from ${originText(use.origin)}`;
    const caveat = maybeDotenv ? ` Reported as a warning: job ${dotenv.map((d) => `"${d}"`).join(", ")} writes a dotenv report, which may set this variable instead (possibly to temporary credentials).` : "";
    ctx.report({
      location: use.location,
      ...maybeDotenv ? { severity: "warning" } : {},
      properties: { via: use.via, name: use.name, origin: use.origin.kind, jobs: use.jobs },
      message: `${use.where[0]?.toUpperCase() ?? ""}${use.where.slice(1)} ${how}: long-lived AWS keys reach ${reach}, and never expire.${caveat} ${GITLAB_FIX}`
    });
  }
}
var workflow_static_aws_keys_default = defineRule({
  id: "workflow-static-aws-keys",
  meta: {
    title: "Long-lived AWS keys reach a job",
    defaultSeverity: "error",
    category: "workflow",
    description: "AWS key inputs of any action (`aws-access-key-id`, `aws_secret_access_key`, \u2026 in `with:`), `AWS_ACCESS_KEY_ID`/`AWS_SECRET_ACCESS_KEY` in env, or `aws configure set aws_access_key_id` with a literal, `secrets.*` or `vars.*` value; in a GitLab pipeline, the same keys in `variables:` or set by a job script, with a literal value or a CI/CD variable the pipeline does not define.",
    variants: "warning in a GitLab pipeline when the key's variable may come from another job's dotenv report"
  },
  pipeline: checkPipeline2,
  workflow(ctx) {
    const doc = ctx.document;
    checkEnv(ctx, doc.env, "the workflow-level env");
    for (const job of doc.jobs) {
      const inJob = ` of ${jobLabel(job)}`;
      checkEnv(ctx, job.env, `the env of ${jobLabel(job)}`);
      checkSteps(ctx, job.steps, inJob);
      const passed = [...job.with, ...job.secrets?.kind === "map" ? job.secrets.entries : []].filter((e) => isAwsKeyName(e.name));
      const first = longLived2(passed)[0];
      if (first && job.uses) {
        ctx.report({
          location: entryLocation(first.entry),
          properties: { via: "reusable-workflow", name: first.entry.name },
          message: `${jobLabel(job)} passes ${first.entry.name} from ${first.source} to the reusable workflow ${job.uses.text}: long-lived AWS keys. ${FIX}`
        });
      }
    }
    checkSteps(ctx, doc.steps, " of this composite action");
  }
});

// packages/core/dist/rules/workflow-unpinned-action.js
init_define_TRUSTLINT_PACKAGE();
var FIX2 = "Pin the full 40-character commit SHA (keep the version in a comment), or an image `@sha256:` digest.";
function unpinnedInside(step) {
  if (!step.localAction)
    return [];
  return stepsOfComposite(step.localAction).flatMap((s) => {
    const ref = s.step.uses;
    const reason = ref ? unpinnedReason(ref) : void 0;
    return ref && reason ? [{ ref, reason }] : [];
  });
}
function checkSteps2(ctx, steps, where, seen) {
  const once = (location) => {
    const key2 = `${location.file}:${location.span.start.offset}`;
    if (seen.has(key2))
      return false;
    seen.add(key2);
    return true;
  };
  for (const step of steps) {
    const ref = step.uses;
    if (!ref)
      continue;
    const reason = unpinnedReason(ref);
    if (reason && once(ref.location)) {
      ctx.report({
        location: ref.location,
        properties: { uses: ref.text },
        message: `${ref.text} runs in ${where}, which has AWS credentials, and is pinned to ${reason}: whoever can move it runs code next to the credentials (and can mint OIDC tokens with id-token: write). ${FIX2}`
      });
    }
    if (ref.kind !== "local" || !step.localAction || compositeObtainsAwsCredentials(step.localAction))
      continue;
    const inner = unpinnedInside(step);
    if (inner.length === 0 || !once(ref.location))
      continue;
    const related = inner.map((i) => ({ location: i.ref.location, message: `${i.ref.text}: ${i.reason}` }));
    ctx.report({
      location: ref.location,
      related,
      properties: { uses: ref.text, unpinned: inner.map((i) => i.ref.text) },
      message: `the local action ${ref.text} runs ${inner.map((i) => i.ref.text).join(", ")} in ${where}, which has AWS credentials, without a commit SHA or digest pin. ${FIX2}`
    });
  }
}
var workflow_unpinned_action_default = defineRule({
  id: "workflow-unpinned-action",
  meta: {
    title: "Unpinned action in a job with AWS credentials",
    defaultSeverity: "warning",
    category: "workflow",
    description: "In a job that obtains AWS credentials, an action, reusable workflow or docker image not pinned to a full commit SHA or digest."
  },
  workflow(ctx) {
    const doc = ctx.document;
    const seen = /* @__PURE__ */ new Set();
    if (doc.workflowKind === "composite-action") {
      if (compositeObtainsAwsCredentials(doc))
        checkSteps2(ctx, doc.steps, "this composite action", seen);
      return;
    }
    for (const job of doc.jobs) {
      if (!jobObtainsAwsCredentials(doc, job))
        continue;
      const where = `job "${job.id}"`;
      if (job.uses) {
        const reason = unpinnedReason(job.uses);
        if (reason) {
          ctx.report({
            location: job.uses.location,
            properties: { uses: job.uses.text },
            message: `the reusable workflow ${job.uses.text} is called by ${where}, which passes it AWS credentials or id-token: write, and is pinned to ${reason}. ${FIX2}`
          });
        }
      }
      const image = job.container;
      const imageReason = image ? unpinnedImage(image) : void 0;
      if (image && imageReason) {
        ctx.report({
          location: image.location,
          properties: { image: image.text },
          message: `the container image ${image.text} of ${where}, which has AWS credentials, is pinned to ${imageReason}: every step runs inside it. ${FIX2}`
        });
      }
      checkSteps2(ctx, job.steps, where, seen);
    }
  }
});

// packages/core/dist/rules/workflow-untrusted-trigger-oidc.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/workflow/foreign-code.js
init_define_TRUSTLINT_PACKAGE();
var FOREIGN_REF = /github\.event\.pull_request\.head\.(sha|ref)|github\.event\.pull_request\.merge_commit_sha|github\.head_ref|github\.event\.workflow_run\.head_(sha|branch)|github\.event\.issue\.number|refs\/pull\//;
var FOREIGN_REPOSITORY = /github\.event\.pull_request\.head\.repo\.full_name|github\.event\.workflow_run\.head_repository\.full_name/;
var FOREIGN_RUN = /\bgh\s+pr\s+checkout\b|\bgit\s+(fetch|checkout|pull)\b[^\n]*(pull\/|github\.event\.pull_request\.head|github\.head_ref)|\bgh\s+run\s+download\b/;
var ARTIFACT_SCRIPT = /downloadArtifact|listWorkflowRunArtifacts/;
var matches2 = (v, re) => v !== void 0 && re.test(v.text);
function foreignCodeOf(s) {
  const name = actionName(s.step);
  if (name === "actions/checkout") {
    const ref = inputOf(s.step, "ref")?.value;
    if (matches2(ref, FOREIGN_REF))
      return { at: s, what: `checks out ${ref?.text ?? ""}`, ...ref ? { value: ref } : {} };
    const repo = inputOf(s.step, "repository")?.value;
    if (matches2(repo, FOREIGN_REPOSITORY))
      return { at: s, what: `checks out the fork ${repo?.text ?? ""}`, ...repo ? { value: repo } : {} };
  }
  if (name === "actions/download-artifact" && inputOf(s.step, "run-id")) {
    return { at: s, what: "downloads artifacts of another run", value: inputOf(s.step, "run-id")?.value ?? s.step.with[0]?.value };
  }
  if (name === "dawidd6/action-download-artifact")
    return { at: s, what: "downloads artifacts of another workflow run" };
  if (name === "actions/github-script" && matches2(inputOf(s.step, "script")?.value, ARTIFACT_SCRIPT)) {
    return { at: s, what: "downloads artifacts of another run with github-script" };
  }
  const run2 = s.step.run;
  if (run2 && FOREIGN_RUN.test(run2.text))
    return { at: s, what: "fetches the pull request or its artifacts in a script", value: run2 };
  return void 0;
}
function firstForeignCode(steps) {
  for (const s of steps) {
    const hit = foreignCodeOf(s);
    if (hit)
      return hit;
  }
  return void 0;
}

// packages/core/dist/rules/workflow-untrusted-trigger-oidc.js
var UNTRUSTED = ["pull_request_target", "workflow_run", "issue_comment"];
var workflow_untrusted_trigger_oidc_default = defineRule({
  id: "workflow-untrusted-trigger-oidc",
  meta: {
    title: "id-token: write where untrusted code runs",
    defaultSeverity: "error",
    category: "workflow",
    description: "`id-token: write` in a job run by `pull_request_target`, `workflow_run` or `issue_comment` that also checks out or downloads code it did not write.",
    variants: "warning when no such step is visible"
  },
  workflow(ctx) {
    const doc = ctx.document;
    const triggers = doc.triggers.filter((t) => UNTRUSTED.includes(t.event));
    const trigger = triggers[0];
    if (!trigger)
      return;
    const events = triggers.map((t) => t.event).join(", ");
    for (const job of doc.jobs) {
      if (job.idToken.level !== "write")
        continue;
      const foreign = firstForeignCode(stepsOfJob(doc, job));
      const grant = job.idToken.location ?? job.location;
      const related = [{ location: trigger.location, message: `triggered by ${trigger.event}` }];
      const via = job.idToken.source === "workflow" ? " (granted at workflow level)" : "";
      const writeAll = (job.idToken.source === "job" ? job.permissions : doc.permissions)?.kind === "write-all" ? " through write-all" : "";
      const token = `${jobLabel(job)} has id-token: write${writeAll}${via} and runs on ${events}, which outsiders can trigger (a fork's pull request, a comment) while the job keeps the base repository's privileges`;
      if (foreign) {
        const stepLocation = foreign.value?.location ?? foreign.at.step.uses?.location ?? foreign.at.step.location;
        related.push({ location: stepLocation, message: `${stepLabel(foreign.at.step)} ${foreign.what}` });
        ctx.report({
          location: grant,
          related,
          properties: { job: job.id, events: triggers.map((t) => t.event), foreignCode: true },
          message: `${token}. ${stepLabel(foreign.at.step)} ${foreign.what}: code an outsider wrote runs next to a token-minting permission, and any of it can request an OIDC token for the base repository's subject (its default branch, or pull_request) for any role that trusts it. Run that code under pull_request, or split it into a job without id-token: write.`
        });
        continue;
      }
      ctx.report({
        location: grant,
        severity: "warning",
        related,
        properties: { job: job.id, events: triggers.map((t) => t.event), foreignCode: false },
        message: `${token}. No step visibly checks out or downloads the outsider's code, but any step that does (or an action that does it internally) can mint OIDC tokens for the base repository's default-branch subject. Keep id-token: write out of jobs run by these triggers, or gate the job behind an environment with required reviewers.`
      });
    }
  }
});

// packages/core/dist/rules/gitlab-ci-unresolved.js
init_define_TRUSTLINT_PACKAGE();
var gitlab_ci_unresolved_default = defineRule({
  id: "gitlab-ci-unresolved",
  meta: {
    title: "Part of a GitLab pipeline could not be followed",
    defaultSeverity: "info",
    category: "workflow",
    description: "A GitLab CI pipeline includes a remote, project, template or component file, a local file the scan does not hold, or extends or references a definition the scan does not have: what it adds is not analysed.",
    variants: "warning when GitLab itself would reject the pipeline (circular `extends:`, a nesting or include limit crossed)"
  },
  pipeline(ctx) {
    const doc = ctx.document;
    if (doc.includedBy.length > 0)
      return;
    for (const note of doc.unresolved) {
      ctx.report({
        location: note.location,
        ...note.kind === "limit" ? { severity: "warning" } : {},
        properties: { kind: note.kind },
        message: `${note.message[0]?.toUpperCase() ?? ""}${note.message.slice(1)}.`
      });
    }
  }
});

// packages/core/dist/rules/meta-only/access-analyzer.js
init_define_TRUSTLINT_PACKAGE();
var access_analyzer_default = defineMetaOnly({
  id: "access-analyzer",
  meta: {
    title: "IAM Access Analyzer finding",
    defaultSeverity: "warning",
    category: "online",
    description: "Each ValidatePolicy finding, with its issueCode.",
    variants: "error for ERROR and SECURITY_WARNING, info for SUGGESTION"
  }
});

// packages/core/dist/rules/meta-only/access-analyzer-public.js
init_define_TRUSTLINT_PACKAGE();
var access_analyzer_public_default = defineMetaOnly({
  id: "access-analyzer-public",
  meta: {
    title: "Access Analyzer: trust policy grants public access",
    defaultSeverity: "error",
    category: "online",
    description: "CheckNoPublicAccess returns FAIL for a trust policy (opt-in: a charged call)."
  }
});

// packages/core/dist/rules/meta-only/aws-check-failed.js
init_define_TRUSTLINT_PACKAGE();
var aws_check_failed_default = defineMetaOnly({
  id: "aws-check-failed",
  meta: {
    title: "An AWS call failed",
    defaultSeverity: "warning",
    category: "online",
    description: "An AWS call failed or was cut short: AccessDenied names the missing permission; network, 5xx or throttling after retries; an answer that is not an AWS answer; a listing at its cap; the time limit (--timeout) expired."
  }
});

// packages/core/dist/rules/meta-only/aws-user-access-key.js
init_define_TRUSTLINT_PACKAGE();
var aws_user_access_key_default = defineMetaOnly({
  id: "aws-user-access-key",
  meta: {
    title: "IAM user with an active access key",
    defaultSeverity: "warning",
    category: "long-lived-keys",
    description: "Live scan: an IAM user has an active access key (age and last use in the message)."
  }
});

// packages/core/dist/rules/meta-only/input-error.js
init_define_TRUSTLINT_PACKAGE();
var input_error_default = defineMetaOnly({
  id: "input-error",
  meta: {
    title: "File could not be read or analysed",
    defaultSeverity: "error",
    category: "input",
    description: "A file of a kind trustlint analyses (trust policy, Terraform, plan, CloudFormation, workflow, GitLab CI pipeline) could not be read or analysed completely: a size, depth, YAML alias or evaluation-step cap, unreadable, not UTF-8, not a regular file, a symbolic link loop or a link out of the scanned tree, or an internal error. The gate fails closed. Files of no recognised kind give no finding; the summary counts them."
  }
});

// packages/core/dist/rules/meta-only/parse-error.js
init_define_TRUSTLINT_PACKAGE();
var parse_error_default = defineMetaOnly({
  id: "parse-error",
  meta: {
    title: "File cannot be parsed",
    defaultSeverity: "error",
    category: "input",
    description: "A workflow, a `.gitlab-ci.yml`, a `*.tf`/`*.tf.json`, a `*.template`, or an explicitly named file cannot be parsed; the location is the parser's. Walked `*.json`, `*.y{a,}ml` and `*.tpl` files that do not parse are skipped."
  }
});

// packages/core/dist/rules/meta-only/unused-suppression.js
init_define_TRUSTLINT_PACKAGE();
var unused_suppression_default = defineMetaOnly({
  id: "unused-suppression",
  meta: {
    title: "Suppression comment that suppresses nothing",
    defaultSeverity: "warning",
    category: "input",
    description: "A `trustlint-ignore` comment has no reason after `--`, names no rule or an unknown rule id, or names a rule with no finding on the line below it: it suppresses nothing, or no longer does."
  }
});

// packages/core/dist/rules/meta-only/github-owner-missing.js
init_define_TRUSTLINT_PACKAGE();
var github_owner_missing_default = defineMetaOnly({
  id: "github-owner-missing",
  meta: {
    title: "Trusted GitHub owner does not exist",
    defaultSeverity: "error",
    category: "online",
    description: "Online (`--github`): an owner named in a trust policy is not a GitHub user or organisation: anyone can register the name and mint tokens a name-only trust accepts."
  }
});

// packages/core/dist/rules/meta-only/github-repo-missing.js
init_define_TRUSTLINT_PACKAGE();
var github_repo_missing_default = defineMetaOnly({
  id: "github-repo-missing",
  meta: {
    title: "Trusted GitHub repository not found",
    defaultSeverity: "warning",
    category: "online",
    description: "Online (`--github`): a repository named in a trust policy does not exist (or the token cannot see it): the role trusts a name whoever controls the owner can create."
  }
});

// packages/core/dist/rules/meta-only/github-repo-moved.js
init_define_TRUSTLINT_PACKAGE();
var github_repo_moved_default = defineMetaOnly({
  id: "github-repo-moved",
  meta: {
    title: "Trusted GitHub repository was renamed or transferred",
    defaultSeverity: "warning",
    category: "online",
    description: "Online (`--github`): GitHub redirects the repository named in a trust policy to another name; its tokens carry the new name, and the old one can be created again. The message gives the new name and the immutable form with the real ids."
  }
});

// packages/core/dist/rules/meta-only/github-id-mismatch.js
init_define_TRUSTLINT_PACKAGE();
var github_id_mismatch_default = defineMetaOnly({
  id: "github-id-mismatch",
  meta: {
    title: "Pinned GitHub id does not match the name",
    defaultSeverity: "warning",
    category: "online",
    description: "Online (`--github`): the immutable form (`owner@id/repo@id`) pins an id that is not the id GitHub gives that owner or repository today: the name was re-registered or the id is wrong; the role admits no token of the current holder."
  }
});

// packages/core/dist/rules/meta-only/github-check-failed.js
init_define_TRUSTLINT_PACKAGE();
var github_check_failed_default = defineMetaOnly({
  id: "github-check-failed",
  meta: {
    title: "A GitHub check could not run",
    defaultSeverity: "warning",
    category: "online",
    description: "Online (`--github`): a GitHub API call failed or was cut short (rate limit after the waits trustlint allows, 5xx, network, timeout, a rejected token, an answer that is not GitHub's, a list past its page cap, the time limit), or an issuer's names are not on the API given: what it would have checked is unknown."
  }
});

// packages/core/dist/rules/meta-only/github-sub-template-mismatch.js
init_define_TRUSTLINT_PACKAGE();
var github_sub_template_mismatch_default = defineMetaOnly({
  id: "github-sub-template-mismatch",
  meta: {
    title: "Subject written for a template the repository does not use",
    defaultSeverity: "error",
    category: "online",
    description: "Online (`--github`): a `sub` value is in the default format but the repository (or its organisation) customised its subject template, or the other way round: the value can never match and the role is broken for that repository."
  }
});

// packages/core/dist/rules/meta-only/github-sub-template-forgeable.js
init_define_TRUSTLINT_PACKAGE();
var github_sub_template_forgeable_default = defineMetaOnly({
  id: "github-sub-template-forgeable",
  meta: {
    title: "Repository's sub template does not start with the owner's id",
    defaultSeverity: "error",
    category: "online",
    description: "Online (`--github`): the customised sub template a trusted repository uses does not start with an owner or repository id: any repository can mint the same shape (error), or a re-registered owner name can (warning, when it starts with a name claim).",
    variants: "warning when the first claim is an owner or repository name"
  }
});

// packages/core/dist/rules/meta-only/github-environment-unprotected.js
init_define_TRUSTLINT_PACKAGE();
var github_environment_unprotected_default = defineMetaOnly({
  id: "github-environment-unprotected",
  meta: {
    title: "Trusted environment has no protection",
    defaultSeverity: "warning",
    category: "online",
    description: "Online (`--github`): an `environment:` subject names an environment that does not exist (a job naming it creates it, unprotected) or has neither required reviewers nor a deployment branch policy limited to protected branches: the subject is as wide as any branch that can run the workflow."
  }
});

// packages/core/dist/rules/meta-only/github-name-only-trust.js
init_define_TRUSTLINT_PACKAGE();
var github_name_only_trust_default = defineMetaOnly({
  id: "github-name-only-trust",
  meta: {
    title: "Trust by repository name only: the immutable form with the real ids",
    defaultSeverity: "info",
    category: "online",
    description: "Online (`--github`): a default-format subject or `repository` condition trusts an existing repository by name only; the message and suggestion give the immutable subject (`owner@id/repo@id`) with the real ids, the migration GitHub recommends."
  }
});

// packages/core/dist/rules/registry.js
var RULES = [
  ...SCOPE_RULES,
  oidc_stringequals_wildcard_default,
  oidc_key_mismatch_default,
  oidc_audience_default,
  oidc_set_operator_default,
  oidc_subject_unmatchable_default,
  oidc_unresolved_default,
  trust_invalid_policy_default,
  trust_wildcard_principal_default,
  oidc_provider_audience_default,
  workflow_static_aws_keys_default,
  workflow_missing_id_token_default,
  workflow_untrusted_trigger_oidc_default,
  workflow_unpinned_action_default,
  workflow_id_token_scope_default,
  workflow_role_mismatch_default,
  workflow_audience_mismatch_default,
  gitlab_ci_unresolved_default,
  iac_access_key_default,
  secret_aws_access_key_default
];
var META_ONLY = [
  aws_user_access_key_default,
  access_analyzer_default,
  access_analyzer_public_default,
  aws_check_failed_default,
  parse_error_default,
  input_error_default,
  unused_suppression_default,
  github_owner_missing_default,
  github_repo_missing_default,
  github_repo_moved_default,
  github_id_mismatch_default,
  github_check_failed_default,
  github_sub_template_mismatch_default,
  github_sub_template_forgeable_default,
  github_environment_unprotected_default,
  github_name_only_trust_default
];
var WORKFLOW_RULES = RULES.filter((r) => r.workflow ?? r.file ?? r.project);
var IMPLEMENTED_RULE_IDS = [...RULES.map((r) => r.id), "parse-error", "input-error"];

// packages/core/dist/catalog/rules.js
init_define_TRUSTLINT_PACKAGE();
var CATALOG = [...RULES, ...META_ONLY].map((r) => ({ id: r.id, ...r.meta }));
var BY_ID = new Map(CATALOG.map((r) => [r.id, r]));
function ruleMeta(id) {
  const meta = BY_ID.get(id);
  if (!meta)
    throw new Error(`unknown rule id ${id}`);
  return meta;
}
function isRuleId(id) {
  return BY_ID.has(id);
}
var SCOPE_ORDER = SCOPE_RULES.map((r) => r.id);
var PROJECT_URL = "https://github.com/trustlint/trustlint";
function ruleDocsUrl(id) {
  return `${PROJECT_URL}/blob/main/docs/rules/${id}.md`;
}
var SECURITY_SEVERITY = {
  "trust-scope": { error: 9.3, warning: 6.5, info: 2 },
  trust: { error: 8.1, warning: 5.3, info: 2 },
  workflow: { error: 8.1, warning: 5.3, info: 2 },
  "long-lived-keys": { error: 9.1, warning: 5.3, info: 2 },
  online: { error: 9.3, warning: 5.3, info: 2 },
  input: { error: 3.9, warning: 3, info: 1 }
};
function securitySeverity(rule) {
  return SECURITY_SEVERITY[rule.category][rule.defaultSeverity].toFixed(1);
}
function rulePrecision(rule) {
  return rule.category === "trust-scope" || rule.category === "input" ? "very-high" : "high";
}

// packages/core/dist/budget.js
init_define_TRUSTLINT_PACKAGE();
var DEFAULT_LIMITS = {
  steps: 2e5,
  valueSize: 32 * 1024 * 1024,
  variants: 8,
  alternatives: 16,
  depth: 200,
  evaluationDepth: 500,
  aliases: 1e5,
  instances: 1e4
};
var PIECE_SIZE = 64;
var INPUT_ALLOWANCE = { steps: 1e5, valueSize: 16 * 1024 * 1024 };
var NODE_SIZE = 4 * PIECE_SIZE;
var LimitError = class extends Error {
  limit;
  cap;
  at;
  constructor(limit, cap, message, at) {
    super(message);
    this.limit = limit;
    this.cap = cap;
    this.at = at;
  }
};
function formatSize(units) {
  const mib = units / (1024 * 1024);
  return Number.isInteger(mib) ? `${mib} MiB` : `${mib.toFixed(1)} MiB`;
}
function limitMessage(limit, cap) {
  switch (limit) {
    case "steps":
      return `more than ${cap} evaluation steps (the evaluation step cap)`;
    case "valueSize":
      return `the values it builds add up to more than ${formatSize(cap)} (the value-size cap)`;
    case "variants":
      return `more than ${cap} renderings from branches on values not known statically (the variant cap)`;
    case "depth":
      return `nesting deeper than ${cap} levels (the depth cap)`;
    case "evaluationDepth":
      return `evaluation nested deeper than ${cap} levels, references within references (the evaluation depth cap)`;
    case "aliases":
      return `aliases expand to more than ${cap} nodes (the YAML alias expansion cap)`;
    case "instances":
      return `more than ${cap} instances from count, for_each or Fn::ForEach (the instance cap)`;
  }
}
function limitError(limit, cap, at) {
  return new LimitError(limit, cap, limitMessage(limit, cap), at);
}
function isSpent(err) {
  return err.limit === "steps" || err.limit === "valueSize" || err.limit === "aliases" || err.limit === "instances";
}
var EvaluationBudget = class {
  limits;
  steps = 0;
  valueSize = 0;
  aliases = 0;
  instances = 0;
  depth = 0;
  deepest = 0;
  crossed = [];
  /** Where the last step was taken: where a stack overflow is reported (withinStack). */
  lastSite = { offset: 0 };
  /** `inputSize`: characters of the file (of all files of a module): each full MiB raises the step and value-size caps. */
  constructor(limits = {}, inputSize = 0) {
    const base = { ...DEFAULT_LIMITS, ...limits };
    const mib = Math.floor(inputSize / (1024 * 1024));
    this.limits = { ...base, steps: base.steps + mib * INPUT_ALLOWANCE.steps, valueSize: base.valueSize + mib * INPUT_ALLOWANCE.valueSize };
  }
  /** The error for crossing a cap, recorded in the usage. */
  exceeded(limit, at) {
    if (!this.crossed.includes(limit))
      this.crossed.push(limit);
    const cap = limit === "variants" ? this.limits.variants : this.limits[limit];
    return limitError(limit, cap, at);
  }
  /** One evaluation step (or `n`) at `at`. */
  step(at, n = 1) {
    this.lastSite = at;
    this.steps += n;
    if (this.steps > this.limits.steps)
      throw this.exceeded("steps", at);
  }
  /** A value of `size` was built (characters, plus PIECE_SIZE per piece). */
  grow(size, at) {
    this.valueSize += size;
    if (this.valueSize > this.limits.valueSize)
      throw this.exceeded("valueSize", at);
  }
  /**
   * Stops a builder before it outgrows what is left, without charging: the value is charged once,
   * where it is produced (a builder that is abandoned costs nothing).
   */
  room(size, at) {
    if (this.valueSize + size > this.limits.valueSize)
      throw this.exceeded("valueSize", at);
  }
  /** One node reached through a YAML alias. */
  alias(at) {
    if (++this.aliases > this.limits.aliases)
      throw this.exceeded("aliases", at);
  }
  /** `n` more instances expanded (count, for_each, Fn::ForEach). */
  expand(n, at) {
    this.instances += n;
    if (this.instances > this.limits.instances)
      throw this.exceeded("instances", at);
  }
  /** Runs one nested evaluation; past the evaluation depth cap it throws instead of recursing. */
  nested(at, evaluate) {
    if (this.depth >= this.limits.evaluationDepth)
      throw this.exceeded("evaluationDepth", at);
    this.depth++;
    if (this.depth > this.deepest)
      this.deepest = this.depth;
    try {
      return evaluate();
    } finally {
      this.depth--;
    }
  }
  /** Throws the depth error when `depth` (of the text) is past the cap. */
  checkDepth(depth, at) {
    if (depth > this.limits.depth)
      throw this.exceeded("depth", at);
  }
  /**
   * Runs `read`; a stack overflow becomes the evaluation depth error at the last step taken. The
   * safety net behind the explicit caps: a walk over values nested deeper than the caps foresaw.
   */
  withinStack(read) {
    try {
      return read();
    } catch (err) {
      if (err instanceof RangeError && /call stack/i.test(err.message))
        throw this.exceeded("evaluationDepth", this.lastSite);
      throw err;
    }
  }
  usage() {
    return {
      steps: this.steps,
      valueSize: this.valueSize,
      aliases: this.aliases,
      instances: this.instances,
      evaluationDepth: this.deepest,
      crossed: [...this.crossed],
      limits: this.limits
    };
  }
};
function limitFinding(subject, err) {
  const { text, file } = subject;
  const starts = lineStarts(text);
  const at = Math.max(0, Math.min(err.at.offset, text.length));
  const span = { start: positionAt(starts, at), end: positionAt(starts, Math.min(at + 1, text.length)) };
  return {
    ruleId: "input-error",
    severity: input_error_default.meta.defaultSeverity,
    message: `${subject.what} was not analysed: ${err.message}${subject.hint !== void 0 ? `; ${subject.hint}` : ""}`,
    location: { file, span },
    ...subject.resource !== void 0 ? { resource: subject.resource } : {},
    properties: { limit: err.limit, cap: err.cap }
  };
}

// packages/core/dist/rules/provenance.js
init_define_TRUSTLINT_PACKAGE();
function provenanceNotes(node) {
  const p = node?.provenance;
  if (!p)
    return [];
  switch (p.kind) {
    case "variable-default":
      return [{ location: p.location, message: `value from the default of var.${p.name}` }];
    case "tfvars":
      return [{ location: p.location, message: `value of var.${p.name} from a tfvars file` }];
    case "cfn-parameter-default":
      return [{ location: p.location, message: `value from the default of parameter ${p.name}` }];
    case "terraform-local":
      return [{ location: p.location, message: `value of local.${p.name}` }];
    case "module-argument":
      return [{ location: p.location, message: `passed to var.${p.name} of ${p.module}` }];
    default:
      return [];
  }
}

// packages/core/dist/rules/runner.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/paths.js
init_define_TRUSTLINT_PACKAGE();
function folderOf(file) {
  const path = file.replace(/\\/g, "/");
  return path.slice(0, Math.max(0, path.lastIndexOf("/"))) || ".";
}

// packages/core/dist/rules/locate.js
init_define_TRUSTLINT_PACKAGE();
function deepestNode(root, path) {
  for (let n = path.length; n >= 0; n--) {
    const node = nodeAt(root, path.slice(0, n));
    if (node)
      return { node, path: path.slice(0, n) };
  }
  return { node: root, path: [] };
}
function keyAt(root, path) {
  const last = path.at(-1);
  if (typeof last !== "string")
    return void 0;
  const parent = nodeAt(root, path.slice(0, -1));
  if (parent?.type !== "object")
    return void 0;
  const member = parent.members.findLast((m) => m.key === last);
  return member ? { span: member.keySpan, ...member.keyFile !== void 0 ? { file: member.keyFile } : {} } : void 0;
}
function locate(doc, report) {
  const { node } = deepestNode(doc.root, report.path);
  if (report.unresolvedId !== void 0 && node.type === "string") {
    const part = node.unresolved?.find((p) => p.id === report.unresolvedId);
    if (part)
      return { file: part.file ?? node.file ?? doc.file, span: part.span };
  }
  if (report.at === "key") {
    const key2 = keyAt(doc.root, report.path);
    if (key2) {
      const part = report.unresolvedId !== void 0 ? keyPart(doc.root, report.path, report.unresolvedId) : void 0;
      if (part)
        return { file: part.file ?? key2.file ?? doc.file, span: part.span };
      return { file: key2.file ?? doc.file, span: key2.span };
    }
  }
  return { file: node.file ?? doc.file, span: node.span };
}
function keyPart(root, path, id) {
  const parent = nodeAt(root, path.slice(0, -1));
  if (parent?.type !== "object")
    return void 0;
  return parent.members.findLast((m) => m.key === path.at(-1))?.keyUnresolved?.find((p) => p.id === id);
}

// packages/core/dist/rules/runner.js
function runPolicyRules(doc, config, providersInScan = []) {
  const policy = preparePolicy(doc, config);
  const trust = new TrustAnalysis(policy, config, SCOPE_RULES);
  const findings = [];
  for (const rule of RULES) {
    if (!rule.policy)
      continue;
    const context = {
      document: doc,
      policy,
      config,
      trust,
      providersInScan,
      report(report) {
        const location = locate(doc, report);
        const node = deepestNode(doc.root, report.path).node;
        const related = [...report.related ?? [], ...provenanceNotes(node), ...doc.related ?? []];
        findings.push({
          ruleId: rule.id,
          severity: report.severity ?? rule.meta.defaultSeverity,
          message: doc.variant ? `${report.message} (${doc.variant})` : report.message,
          location,
          path: report.path,
          ...doc.resource ? { resource: doc.resource } : {},
          ...report.witness ? { witness: report.witness } : {},
          ...related.length ? { related } : {},
          ...report.properties ? { properties: report.properties } : {},
          ...report.suggestion ? { suggestion: report.suggestion } : {}
        });
      }
    };
    rule.policy(context);
  }
  return findings;
}
function located(rule, report) {
  return {
    ruleId: rule.id,
    severity: report.severity ?? rule.meta.defaultSeverity,
    message: report.message,
    location: report.location,
    ...report.resource ? { resource: report.resource } : {},
    ...report.witness ? { witness: report.witness } : {},
    ...report.related?.length ? { related: report.related } : {},
    ...report.properties ? { properties: report.properties } : {},
    ...report.suggestion ? { suggestion: report.suggestion } : {}
  };
}
function sameDeployment(provider, doc) {
  if (provider.sourceKind === "live" || doc.sourceKind === "live")
    return provider.sourceKind === doc.sourceKind;
  return folderOf(provider.file) === folderOf(doc.file);
}
function runRules(documents, files, config, policyRunner, onDocument) {
  const providers = documents.filter((d) => d.kind === "oidc-provider");
  const jobOf = (doc) => ({ document: doc, providers: providers.filter((p) => sameDeployment(p, doc)) });
  const elsewhere = policyRunner?.(documents.filter((d) => d.kind === "trust-policy").map(jobOf), config);
  let next = 0;
  let done = 0;
  const findings = [];
  for (const doc of documents) {
    onDocument?.(done++, documents.length, findings.length);
    if (doc.kind === "trust-policy") {
      const job = jobOf(doc);
      appendAll(findings, elsewhere ? elsewhere[next++] ?? [] : runPolicyRules(job.document, config, job.providers));
      continue;
    }
    for (const rule of RULES) {
      const report = (r) => {
        findings.push(located(rule, r));
      };
      if (doc.kind === "oidc-provider")
        rule.provider?.({ document: doc, config, report });
      else if (doc.kind === "access-key")
        rule.accessKey?.({ document: doc, config, report });
      else if (doc.kind === "gitlab-pipeline")
        rule.pipeline?.({ document: doc, config, report });
      else
        rule.workflow?.({ document: doc, config, report });
    }
  }
  for (const rule of RULES) {
    const report = (r) => {
      findings.push(located(rule, r));
    };
    if (rule.file)
      for (const f of files)
        rule.file({ file: f.file, text: f.text, config, report });
    rule.project?.({ documents, config, report });
  }
  return findings;
}

// packages/core/dist/rules/index.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/limits.js
init_define_TRUSTLINT_PACKAGE();
var import_yaml = __toESM(require_dist(), 1);
var MAX_FILE_BYTES = 5 * 1024 * 1024;
var MAX_NESTING_DEPTH = DEFAULT_LIMITS.depth;
function sizeMessage(bytes, cap = MAX_FILE_BYTES) {
  return `the file is larger than the ${formatBytes(cap)} size cap (${formatBytes(bytes)}): it was not analysed`;
}
function formatBytes(bytes) {
  if (bytes % (1024 * 1024) === 0)
    return `${bytes / (1024 * 1024)} MiB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}
function oversizedInput(file, text) {
  if (text.length * 3 <= MAX_FILE_BYTES)
    return void 0;
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes <= MAX_FILE_BYTES)
    return void 0;
  return { ruleId: "input-error", severity: "error", message: sizeMessage(bytes), location: { file, span: firstLineSpan(text) } };
}
function jsonDepthExceededAt(text, max = MAX_NESTING_DEPTH, parentheses = false) {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      for (i++; i < text.length; i++) {
        const s = text.charCodeAt(i);
        if (s === 92)
          i++;
        else if (s === 34)
          break;
      }
    } else if (c === 91 || c === 123 || parentheses && c === 40) {
      if (++depth > max)
        return i;
    } else if (c === 93 || c === 125 || parentheses && c === 41) {
      depth--;
    }
  }
  return -1;
}
function yamlDepthExceededAt(tokens2, max = MAX_NESTING_DEPTH) {
  const stack = [];
  for (const t of tokens2)
    if (t.type === "document" && t.value)
      stack.push([t.value, 1]);
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [token, depth] = top;
    if (token.type !== "block-map" && token.type !== "block-seq" && token.type !== "flow-collection")
      continue;
    if (depth > max)
      return token.offset;
    for (const item of token.items) {
      if ("key" in item && item.key)
        stack.push([item.key, depth + 1]);
      if (item.value)
        stack.push([item.value, depth + 1]);
    }
  }
  return -1;
}
function parseYamlDocument(text, options = {}, budget = new EvaluationBudget()) {
  const tokens2 = [...new import_yaml.Parser(options.lineCounter?.addNewLine).parse(text)];
  const deep = yamlDepthExceededAt(tokens2, budget.limits.depth);
  if (deep >= 0)
    return budget.exceeded("depth", { offset: deep });
  let doc;
  for (const next of new import_yaml.Composer(options).compose(tokens2, true, text.length)) {
    if (!doc)
      doc = next;
    else {
      doc.errors.push(new import_yaml.YAMLParseError([next.range[0], next.range[1]], "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
      break;
    }
  }
  return doc;
}

// packages/core/dist/sources/json-syntax-error.js
init_define_TRUSTLINT_PACKAGE();

// node_modules/.pnpm/@humanwhocodes+momoa@3.3.9/node_modules/@humanwhocodes/momoa/dist/momoa.js
init_define_TRUSTLINT_PACKAGE();
var CHAR_0 = 48;
var CHAR_1 = 49;
var CHAR_9 = 57;
var CHAR_BACKSLASH = 92;
var CHAR_DOLLAR = 36;
var CHAR_DOT = 46;
var CHAR_DOUBLE_QUOTE = 34;
var CHAR_LOWER_A = 97;
var CHAR_LOWER_E = 101;
var CHAR_LOWER_F = 102;
var CHAR_LOWER_N = 110;
var CHAR_LOWER_T = 116;
var CHAR_LOWER_U = 117;
var CHAR_LOWER_X = 120;
var CHAR_LOWER_Z = 122;
var CHAR_MINUS = 45;
var CHAR_NEWLINE = 10;
var CHAR_PLUS = 43;
var CHAR_RETURN = 13;
var CHAR_SINGLE_QUOTE = 39;
var CHAR_SLASH = 47;
var CHAR_SPACE = 32;
var CHAR_TAB = 9;
var CHAR_UNDERSCORE = 95;
var CHAR_UPPER_A = 65;
var CHAR_UPPER_E = 69;
var CHAR_UPPER_F = 70;
var CHAR_UPPER_N = 78;
var CHAR_UPPER_X = 88;
var CHAR_UPPER_Z = 90;
var CHAR_LOWER_B = 98;
var CHAR_LOWER_R = 114;
var CHAR_LOWER_V = 118;
var CHAR_LINE_SEPARATOR = 8232;
var CHAR_PARAGRAPH_SEPARATOR = 8233;
var CHAR_UPPER_I = 73;
var CHAR_STAR = 42;
var CHAR_VTAB = 11;
var CHAR_FORM_FEED = 12;
var CHAR_NBSP = 160;
var CHAR_BOM = 65279;
var CHAR_NON_BREAKING_SPACE = 160;
var CHAR_EN_QUAD = 8192;
var CHAR_EM_QUAD = 8193;
var CHAR_EN_SPACE = 8194;
var CHAR_EM_SPACE = 8195;
var CHAR_THREE_PER_EM_SPACE = 8196;
var CHAR_FOUR_PER_EM_SPACE = 8197;
var CHAR_SIX_PER_EM_SPACE = 8198;
var CHAR_FIGURE_SPACE = 8199;
var CHAR_PUNCTUATION_SPACE = 8200;
var CHAR_THIN_SPACE = 8201;
var CHAR_HAIR_SPACE = 8202;
var CHAR_NARROW_NO_BREAK_SPACE = 8239;
var CHAR_MEDIUM_MATHEMATICAL_SPACE = 8287;
var CHAR_IDEOGRAPHIC_SPACE = 12288;
var LBRACKET = "[";
var RBRACKET = "]";
var LBRACE = "{";
var RBRACE = "}";
var COLON = ":";
var COMMA = ",";
var TRUE = "true";
var FALSE = "false";
var NULL = "null";
var NAN$1 = "NaN";
var INFINITY$1 = "Infinity";
var QUOTE = '"';
var escapeToChar = /* @__PURE__ */ new Map([
  [CHAR_DOUBLE_QUOTE, QUOTE],
  [CHAR_BACKSLASH, "\\"],
  [CHAR_SLASH, "/"],
  [CHAR_LOWER_B, "\b"],
  [CHAR_LOWER_N, "\n"],
  [CHAR_LOWER_F, "\f"],
  [CHAR_LOWER_R, "\r"],
  [CHAR_LOWER_T, "	"]
]);
var json5EscapeToChar = new Map([
  ...escapeToChar,
  [CHAR_LOWER_V, "\v"],
  [CHAR_0, "\0"]
]);
var charToEscape = /* @__PURE__ */ new Map([
  [QUOTE, QUOTE],
  ["\\", "\\"],
  ["/", "/"],
  ["\b", "b"],
  ["\n", "n"],
  ["\f", "f"],
  ["\r", "r"],
  ["	", "t"]
]);
var json5CharToEscape = new Map([
  ...charToEscape,
  ["\v", "v"],
  ["\0", "0"],
  ["\u2028", "u2028"],
  ["\u2029", "u2029"]
]);
var knownTokenTypes = /* @__PURE__ */ new Map([
  [LBRACKET, "LBracket"],
  [RBRACKET, "RBracket"],
  [LBRACE, "LBrace"],
  [RBRACE, "RBrace"],
  [COLON, "Colon"],
  [COMMA, "Comma"],
  [TRUE, "Boolean"],
  [FALSE, "Boolean"],
  [NULL, "Null"]
]);
var knownJSON5TokenTypes = new Map([
  ...knownTokenTypes,
  [NAN$1, "Number"],
  [INFINITY$1, "Number"]
]);
var json5LineTerminators = /* @__PURE__ */ new Set([
  CHAR_NEWLINE,
  CHAR_RETURN,
  CHAR_LINE_SEPARATOR,
  CHAR_PARAGRAPH_SEPARATOR
]);
var ErrorWithLocation = class extends Error {
  /**
   * Creates a new instance.
   * @param {string} message The error message to report. 
   * @param {Location} loc The location information for the error.
   */
  constructor(message, { line, column, offset }) {
    super(`${message} (${line}:${column})`);
    this.line = line;
    this.column = column;
    this.offset = offset;
  }
};
var UnexpectedChar = class extends ErrorWithLocation {
  /**
   * Creates a new instance.
   * @param {number} unexpected The character that was found.
   * @param {Location} loc The location information for the found character.
   */
  constructor(unexpected, loc) {
    super(`Unexpected character '${String.fromCharCode(unexpected)}' found.`, loc);
  }
};
var UnexpectedIdentifier = class extends ErrorWithLocation {
  /**
   * Creates a new instance.
   * @param {string} unexpected The character that was found.
   * @param {Location} loc The location information for the found character.
   */
  constructor(unexpected, loc) {
    super(`Unexpected identifier '${unexpected}' found.`, loc);
  }
};
var UnexpectedToken = class extends ErrorWithLocation {
  /**
   * Creates a new instance.
   * @param {Token} token The token that was found. 
   */
  constructor(token) {
    super(`Unexpected token ${token.type} found.`, token.loc.start);
  }
};
var UnexpectedEOF = class extends ErrorWithLocation {
  /**
   * Creates a new instance.
   * @param {Location} loc The location information for the found character.
   */
  constructor(loc) {
    super("Unexpected end of input found.", loc);
  }
};
var ID_Start = /[\xAA\xB5\xBA\xC0-\xD6\xD8-\xF6\xF8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0370-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u048A-\u052F\u0531-\u0556\u0559\u0561-\u0587\u05D0-\u05EA\u05F0-\u05F2\u0620-\u064A\u066E\u066F\u0671-\u06D3\u06D5\u06E5\u06E6\u06EE\u06EF\u06FA-\u06FC\u06FF\u0710\u0712-\u072F\u074D-\u07A5\u07B1\u07CA-\u07EA\u07F4\u07F5\u07FA\u0800-\u0815\u081A\u0824\u0828\u0840-\u0858\u0860-\u086A\u08A0-\u08B4\u08B6-\u08BD\u0904-\u0939\u093D\u0950\u0958-\u0961\u0971-\u0980\u0985-\u098C\u098F\u0990\u0993-\u09A8\u09AA-\u09B0\u09B2\u09B6-\u09B9\u09BD\u09CE\u09DC\u09DD\u09DF-\u09E1\u09F0\u09F1\u09FC\u0A05-\u0A0A\u0A0F\u0A10\u0A13-\u0A28\u0A2A-\u0A30\u0A32\u0A33\u0A35\u0A36\u0A38\u0A39\u0A59-\u0A5C\u0A5E\u0A72-\u0A74\u0A85-\u0A8D\u0A8F-\u0A91\u0A93-\u0AA8\u0AAA-\u0AB0\u0AB2\u0AB3\u0AB5-\u0AB9\u0ABD\u0AD0\u0AE0\u0AE1\u0AF9\u0B05-\u0B0C\u0B0F\u0B10\u0B13-\u0B28\u0B2A-\u0B30\u0B32\u0B33\u0B35-\u0B39\u0B3D\u0B5C\u0B5D\u0B5F-\u0B61\u0B71\u0B83\u0B85-\u0B8A\u0B8E-\u0B90\u0B92-\u0B95\u0B99\u0B9A\u0B9C\u0B9E\u0B9F\u0BA3\u0BA4\u0BA8-\u0BAA\u0BAE-\u0BB9\u0BD0\u0C05-\u0C0C\u0C0E-\u0C10\u0C12-\u0C28\u0C2A-\u0C39\u0C3D\u0C58-\u0C5A\u0C60\u0C61\u0C80\u0C85-\u0C8C\u0C8E-\u0C90\u0C92-\u0CA8\u0CAA-\u0CB3\u0CB5-\u0CB9\u0CBD\u0CDE\u0CE0\u0CE1\u0CF1\u0CF2\u0D05-\u0D0C\u0D0E-\u0D10\u0D12-\u0D3A\u0D3D\u0D4E\u0D54-\u0D56\u0D5F-\u0D61\u0D7A-\u0D7F\u0D85-\u0D96\u0D9A-\u0DB1\u0DB3-\u0DBB\u0DBD\u0DC0-\u0DC6\u0E01-\u0E30\u0E32\u0E33\u0E40-\u0E46\u0E81\u0E82\u0E84\u0E87\u0E88\u0E8A\u0E8D\u0E94-\u0E97\u0E99-\u0E9F\u0EA1-\u0EA3\u0EA5\u0EA7\u0EAA\u0EAB\u0EAD-\u0EB0\u0EB2\u0EB3\u0EBD\u0EC0-\u0EC4\u0EC6\u0EDC-\u0EDF\u0F00\u0F40-\u0F47\u0F49-\u0F6C\u0F88-\u0F8C\u1000-\u102A\u103F\u1050-\u1055\u105A-\u105D\u1061\u1065\u1066\u106E-\u1070\u1075-\u1081\u108E\u10A0-\u10C5\u10C7\u10CD\u10D0-\u10FA\u10FC-\u1248\u124A-\u124D\u1250-\u1256\u1258\u125A-\u125D\u1260-\u1288\u128A-\u128D\u1290-\u12B0\u12B2-\u12B5\u12B8-\u12BE\u12C0\u12C2-\u12C5\u12C8-\u12D6\u12D8-\u1310\u1312-\u1315\u1318-\u135A\u1380-\u138F\u13A0-\u13F5\u13F8-\u13FD\u1401-\u166C\u166F-\u167F\u1681-\u169A\u16A0-\u16EA\u16EE-\u16F8\u1700-\u170C\u170E-\u1711\u1720-\u1731\u1740-\u1751\u1760-\u176C\u176E-\u1770\u1780-\u17B3\u17D7\u17DC\u1820-\u1877\u1880-\u1884\u1887-\u18A8\u18AA\u18B0-\u18F5\u1900-\u191E\u1950-\u196D\u1970-\u1974\u1980-\u19AB\u19B0-\u19C9\u1A00-\u1A16\u1A20-\u1A54\u1AA7\u1B05-\u1B33\u1B45-\u1B4B\u1B83-\u1BA0\u1BAE\u1BAF\u1BBA-\u1BE5\u1C00-\u1C23\u1C4D-\u1C4F\u1C5A-\u1C7D\u1C80-\u1C88\u1CE9-\u1CEC\u1CEE-\u1CF1\u1CF5\u1CF6\u1D00-\u1DBF\u1E00-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u2071\u207F\u2090-\u209C\u2102\u2107\u210A-\u2113\u2115\u2119-\u211D\u2124\u2126\u2128\u212A-\u212D\u212F-\u2139\u213C-\u213F\u2145-\u2149\u214E\u2160-\u2188\u2C00-\u2C2E\u2C30-\u2C5E\u2C60-\u2CE4\u2CEB-\u2CEE\u2CF2\u2CF3\u2D00-\u2D25\u2D27\u2D2D\u2D30-\u2D67\u2D6F\u2D80-\u2D96\u2DA0-\u2DA6\u2DA8-\u2DAE\u2DB0-\u2DB6\u2DB8-\u2DBE\u2DC0-\u2DC6\u2DC8-\u2DCE\u2DD0-\u2DD6\u2DD8-\u2DDE\u2E2F\u3005-\u3007\u3021-\u3029\u3031-\u3035\u3038-\u303C\u3041-\u3096\u309D-\u309F\u30A1-\u30FA\u30FC-\u30FF\u3105-\u312E\u3131-\u318E\u31A0-\u31BA\u31F0-\u31FF\u3400-\u4DB5\u4E00-\u9FEA\uA000-\uA48C\uA4D0-\uA4FD\uA500-\uA60C\uA610-\uA61F\uA62A\uA62B\uA640-\uA66E\uA67F-\uA69D\uA6A0-\uA6EF\uA717-\uA71F\uA722-\uA788\uA78B-\uA7AE\uA7B0-\uA7B7\uA7F7-\uA801\uA803-\uA805\uA807-\uA80A\uA80C-\uA822\uA840-\uA873\uA882-\uA8B3\uA8F2-\uA8F7\uA8FB\uA8FD\uA90A-\uA925\uA930-\uA946\uA960-\uA97C\uA984-\uA9B2\uA9CF\uA9E0-\uA9E4\uA9E6-\uA9EF\uA9FA-\uA9FE\uAA00-\uAA28\uAA40-\uAA42\uAA44-\uAA4B\uAA60-\uAA76\uAA7A\uAA7E-\uAAAF\uAAB1\uAAB5\uAAB6\uAAB9-\uAABD\uAAC0\uAAC2\uAADB-\uAADD\uAAE0-\uAAEA\uAAF2-\uAAF4\uAB01-\uAB06\uAB09-\uAB0E\uAB11-\uAB16\uAB20-\uAB26\uAB28-\uAB2E\uAB30-\uAB5A\uAB5C-\uAB65\uAB70-\uABE2\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uF900-\uFA6D\uFA70-\uFAD9\uFB00-\uFB06\uFB13-\uFB17\uFB1D\uFB1F-\uFB28\uFB2A-\uFB36\uFB38-\uFB3C\uFB3E\uFB40\uFB41\uFB43\uFB44\uFB46-\uFBB1\uFBD3-\uFD3D\uFD50-\uFD8F\uFD92-\uFDC7\uFDF0-\uFDFB\uFE70-\uFE74\uFE76-\uFEFC\uFF21-\uFF3A\uFF41-\uFF5A\uFF66-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC]|\uD800[\uDC00-\uDC0B\uDC0D-\uDC26\uDC28-\uDC3A\uDC3C\uDC3D\uDC3F-\uDC4D\uDC50-\uDC5D\uDC80-\uDCFA\uDD40-\uDD74\uDE80-\uDE9C\uDEA0-\uDED0\uDF00-\uDF1F\uDF2D-\uDF4A\uDF50-\uDF75\uDF80-\uDF9D\uDFA0-\uDFC3\uDFC8-\uDFCF\uDFD1-\uDFD5]|\uD801[\uDC00-\uDC9D\uDCB0-\uDCD3\uDCD8-\uDCFB\uDD00-\uDD27\uDD30-\uDD63\uDE00-\uDF36\uDF40-\uDF55\uDF60-\uDF67]|\uD802[\uDC00-\uDC05\uDC08\uDC0A-\uDC35\uDC37\uDC38\uDC3C\uDC3F-\uDC55\uDC60-\uDC76\uDC80-\uDC9E\uDCE0-\uDCF2\uDCF4\uDCF5\uDD00-\uDD15\uDD20-\uDD39\uDD80-\uDDB7\uDDBE\uDDBF\uDE00\uDE10-\uDE13\uDE15-\uDE17\uDE19-\uDE33\uDE60-\uDE7C\uDE80-\uDE9C\uDEC0-\uDEC7\uDEC9-\uDEE4\uDF00-\uDF35\uDF40-\uDF55\uDF60-\uDF72\uDF80-\uDF91]|\uD803[\uDC00-\uDC48\uDC80-\uDCB2\uDCC0-\uDCF2]|\uD804[\uDC03-\uDC37\uDC83-\uDCAF\uDCD0-\uDCE8\uDD03-\uDD26\uDD50-\uDD72\uDD76\uDD83-\uDDB2\uDDC1-\uDDC4\uDDDA\uDDDC\uDE00-\uDE11\uDE13-\uDE2B\uDE80-\uDE86\uDE88\uDE8A-\uDE8D\uDE8F-\uDE9D\uDE9F-\uDEA8\uDEB0-\uDEDE\uDF05-\uDF0C\uDF0F\uDF10\uDF13-\uDF28\uDF2A-\uDF30\uDF32\uDF33\uDF35-\uDF39\uDF3D\uDF50\uDF5D-\uDF61]|\uD805[\uDC00-\uDC34\uDC47-\uDC4A\uDC80-\uDCAF\uDCC4\uDCC5\uDCC7\uDD80-\uDDAE\uDDD8-\uDDDB\uDE00-\uDE2F\uDE44\uDE80-\uDEAA\uDF00-\uDF19]|\uD806[\uDCA0-\uDCDF\uDCFF\uDE00\uDE0B-\uDE32\uDE3A\uDE50\uDE5C-\uDE83\uDE86-\uDE89\uDEC0-\uDEF8]|\uD807[\uDC00-\uDC08\uDC0A-\uDC2E\uDC40\uDC72-\uDC8F\uDD00-\uDD06\uDD08\uDD09\uDD0B-\uDD30\uDD46]|\uD808[\uDC00-\uDF99]|\uD809[\uDC00-\uDC6E\uDC80-\uDD43]|[\uD80C\uD81C-\uD820\uD840-\uD868\uD86A-\uD86C\uD86F-\uD872\uD874-\uD879][\uDC00-\uDFFF]|\uD80D[\uDC00-\uDC2E]|\uD811[\uDC00-\uDE46]|\uD81A[\uDC00-\uDE38\uDE40-\uDE5E\uDED0-\uDEED\uDF00-\uDF2F\uDF40-\uDF43\uDF63-\uDF77\uDF7D-\uDF8F]|\uD81B[\uDF00-\uDF44\uDF50\uDF93-\uDF9F\uDFE0\uDFE1]|\uD821[\uDC00-\uDFEC]|\uD822[\uDC00-\uDEF2]|\uD82C[\uDC00-\uDD1E\uDD70-\uDEFB]|\uD82F[\uDC00-\uDC6A\uDC70-\uDC7C\uDC80-\uDC88\uDC90-\uDC99]|\uD835[\uDC00-\uDC54\uDC56-\uDC9C\uDC9E\uDC9F\uDCA2\uDCA5\uDCA6\uDCA9-\uDCAC\uDCAE-\uDCB9\uDCBB\uDCBD-\uDCC3\uDCC5-\uDD05\uDD07-\uDD0A\uDD0D-\uDD14\uDD16-\uDD1C\uDD1E-\uDD39\uDD3B-\uDD3E\uDD40-\uDD44\uDD46\uDD4A-\uDD50\uDD52-\uDEA5\uDEA8-\uDEC0\uDEC2-\uDEDA\uDEDC-\uDEFA\uDEFC-\uDF14\uDF16-\uDF34\uDF36-\uDF4E\uDF50-\uDF6E\uDF70-\uDF88\uDF8A-\uDFA8\uDFAA-\uDFC2\uDFC4-\uDFCB]|\uD83A[\uDC00-\uDCC4\uDD00-\uDD43]|\uD83B[\uDE00-\uDE03\uDE05-\uDE1F\uDE21\uDE22\uDE24\uDE27\uDE29-\uDE32\uDE34-\uDE37\uDE39\uDE3B\uDE42\uDE47\uDE49\uDE4B\uDE4D-\uDE4F\uDE51\uDE52\uDE54\uDE57\uDE59\uDE5B\uDE5D\uDE5F\uDE61\uDE62\uDE64\uDE67-\uDE6A\uDE6C-\uDE72\uDE74-\uDE77\uDE79-\uDE7C\uDE7E\uDE80-\uDE89\uDE8B-\uDE9B\uDEA1-\uDEA3\uDEA5-\uDEA9\uDEAB-\uDEBB]|\uD869[\uDC00-\uDED6\uDF00-\uDFFF]|\uD86D[\uDC00-\uDF34\uDF40-\uDFFF]|\uD86E[\uDC00-\uDC1D\uDC20-\uDFFF]|\uD873[\uDC00-\uDEA1\uDEB0-\uDFFF]|\uD87A[\uDC00-\uDFE0]|\uD87E[\uDC00-\uDE1D]/;
var ID_Continue = /[\xAA\xB5\xBA\xC0-\xD6\xD8-\xF6\xF8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0300-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u0483-\u0487\u048A-\u052F\u0531-\u0556\u0559\u0561-\u0587\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7\u05D0-\u05EA\u05F0-\u05F2\u0610-\u061A\u0620-\u0669\u066E-\u06D3\u06D5-\u06DC\u06DF-\u06E8\u06EA-\u06FC\u06FF\u0710-\u074A\u074D-\u07B1\u07C0-\u07F5\u07FA\u0800-\u082D\u0840-\u085B\u0860-\u086A\u08A0-\u08B4\u08B6-\u08BD\u08D4-\u08E1\u08E3-\u0963\u0966-\u096F\u0971-\u0983\u0985-\u098C\u098F\u0990\u0993-\u09A8\u09AA-\u09B0\u09B2\u09B6-\u09B9\u09BC-\u09C4\u09C7\u09C8\u09CB-\u09CE\u09D7\u09DC\u09DD\u09DF-\u09E3\u09E6-\u09F1\u09FC\u0A01-\u0A03\u0A05-\u0A0A\u0A0F\u0A10\u0A13-\u0A28\u0A2A-\u0A30\u0A32\u0A33\u0A35\u0A36\u0A38\u0A39\u0A3C\u0A3E-\u0A42\u0A47\u0A48\u0A4B-\u0A4D\u0A51\u0A59-\u0A5C\u0A5E\u0A66-\u0A75\u0A81-\u0A83\u0A85-\u0A8D\u0A8F-\u0A91\u0A93-\u0AA8\u0AAA-\u0AB0\u0AB2\u0AB3\u0AB5-\u0AB9\u0ABC-\u0AC5\u0AC7-\u0AC9\u0ACB-\u0ACD\u0AD0\u0AE0-\u0AE3\u0AE6-\u0AEF\u0AF9-\u0AFF\u0B01-\u0B03\u0B05-\u0B0C\u0B0F\u0B10\u0B13-\u0B28\u0B2A-\u0B30\u0B32\u0B33\u0B35-\u0B39\u0B3C-\u0B44\u0B47\u0B48\u0B4B-\u0B4D\u0B56\u0B57\u0B5C\u0B5D\u0B5F-\u0B63\u0B66-\u0B6F\u0B71\u0B82\u0B83\u0B85-\u0B8A\u0B8E-\u0B90\u0B92-\u0B95\u0B99\u0B9A\u0B9C\u0B9E\u0B9F\u0BA3\u0BA4\u0BA8-\u0BAA\u0BAE-\u0BB9\u0BBE-\u0BC2\u0BC6-\u0BC8\u0BCA-\u0BCD\u0BD0\u0BD7\u0BE6-\u0BEF\u0C00-\u0C03\u0C05-\u0C0C\u0C0E-\u0C10\u0C12-\u0C28\u0C2A-\u0C39\u0C3D-\u0C44\u0C46-\u0C48\u0C4A-\u0C4D\u0C55\u0C56\u0C58-\u0C5A\u0C60-\u0C63\u0C66-\u0C6F\u0C80-\u0C83\u0C85-\u0C8C\u0C8E-\u0C90\u0C92-\u0CA8\u0CAA-\u0CB3\u0CB5-\u0CB9\u0CBC-\u0CC4\u0CC6-\u0CC8\u0CCA-\u0CCD\u0CD5\u0CD6\u0CDE\u0CE0-\u0CE3\u0CE6-\u0CEF\u0CF1\u0CF2\u0D00-\u0D03\u0D05-\u0D0C\u0D0E-\u0D10\u0D12-\u0D44\u0D46-\u0D48\u0D4A-\u0D4E\u0D54-\u0D57\u0D5F-\u0D63\u0D66-\u0D6F\u0D7A-\u0D7F\u0D82\u0D83\u0D85-\u0D96\u0D9A-\u0DB1\u0DB3-\u0DBB\u0DBD\u0DC0-\u0DC6\u0DCA\u0DCF-\u0DD4\u0DD6\u0DD8-\u0DDF\u0DE6-\u0DEF\u0DF2\u0DF3\u0E01-\u0E3A\u0E40-\u0E4E\u0E50-\u0E59\u0E81\u0E82\u0E84\u0E87\u0E88\u0E8A\u0E8D\u0E94-\u0E97\u0E99-\u0E9F\u0EA1-\u0EA3\u0EA5\u0EA7\u0EAA\u0EAB\u0EAD-\u0EB9\u0EBB-\u0EBD\u0EC0-\u0EC4\u0EC6\u0EC8-\u0ECD\u0ED0-\u0ED9\u0EDC-\u0EDF\u0F00\u0F18\u0F19\u0F20-\u0F29\u0F35\u0F37\u0F39\u0F3E-\u0F47\u0F49-\u0F6C\u0F71-\u0F84\u0F86-\u0F97\u0F99-\u0FBC\u0FC6\u1000-\u1049\u1050-\u109D\u10A0-\u10C5\u10C7\u10CD\u10D0-\u10FA\u10FC-\u1248\u124A-\u124D\u1250-\u1256\u1258\u125A-\u125D\u1260-\u1288\u128A-\u128D\u1290-\u12B0\u12B2-\u12B5\u12B8-\u12BE\u12C0\u12C2-\u12C5\u12C8-\u12D6\u12D8-\u1310\u1312-\u1315\u1318-\u135A\u135D-\u135F\u1380-\u138F\u13A0-\u13F5\u13F8-\u13FD\u1401-\u166C\u166F-\u167F\u1681-\u169A\u16A0-\u16EA\u16EE-\u16F8\u1700-\u170C\u170E-\u1714\u1720-\u1734\u1740-\u1753\u1760-\u176C\u176E-\u1770\u1772\u1773\u1780-\u17D3\u17D7\u17DC\u17DD\u17E0-\u17E9\u180B-\u180D\u1810-\u1819\u1820-\u1877\u1880-\u18AA\u18B0-\u18F5\u1900-\u191E\u1920-\u192B\u1930-\u193B\u1946-\u196D\u1970-\u1974\u1980-\u19AB\u19B0-\u19C9\u19D0-\u19D9\u1A00-\u1A1B\u1A20-\u1A5E\u1A60-\u1A7C\u1A7F-\u1A89\u1A90-\u1A99\u1AA7\u1AB0-\u1ABD\u1B00-\u1B4B\u1B50-\u1B59\u1B6B-\u1B73\u1B80-\u1BF3\u1C00-\u1C37\u1C40-\u1C49\u1C4D-\u1C7D\u1C80-\u1C88\u1CD0-\u1CD2\u1CD4-\u1CF9\u1D00-\u1DF9\u1DFB-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u203F\u2040\u2054\u2071\u207F\u2090-\u209C\u20D0-\u20DC\u20E1\u20E5-\u20F0\u2102\u2107\u210A-\u2113\u2115\u2119-\u211D\u2124\u2126\u2128\u212A-\u212D\u212F-\u2139\u213C-\u213F\u2145-\u2149\u214E\u2160-\u2188\u2C00-\u2C2E\u2C30-\u2C5E\u2C60-\u2CE4\u2CEB-\u2CF3\u2D00-\u2D25\u2D27\u2D2D\u2D30-\u2D67\u2D6F\u2D7F-\u2D96\u2DA0-\u2DA6\u2DA8-\u2DAE\u2DB0-\u2DB6\u2DB8-\u2DBE\u2DC0-\u2DC6\u2DC8-\u2DCE\u2DD0-\u2DD6\u2DD8-\u2DDE\u2DE0-\u2DFF\u2E2F\u3005-\u3007\u3021-\u302F\u3031-\u3035\u3038-\u303C\u3041-\u3096\u3099\u309A\u309D-\u309F\u30A1-\u30FA\u30FC-\u30FF\u3105-\u312E\u3131-\u318E\u31A0-\u31BA\u31F0-\u31FF\u3400-\u4DB5\u4E00-\u9FEA\uA000-\uA48C\uA4D0-\uA4FD\uA500-\uA60C\uA610-\uA62B\uA640-\uA66F\uA674-\uA67D\uA67F-\uA6F1\uA717-\uA71F\uA722-\uA788\uA78B-\uA7AE\uA7B0-\uA7B7\uA7F7-\uA827\uA840-\uA873\uA880-\uA8C5\uA8D0-\uA8D9\uA8E0-\uA8F7\uA8FB\uA8FD\uA900-\uA92D\uA930-\uA953\uA960-\uA97C\uA980-\uA9C0\uA9CF-\uA9D9\uA9E0-\uA9FE\uAA00-\uAA36\uAA40-\uAA4D\uAA50-\uAA59\uAA60-\uAA76\uAA7A-\uAAC2\uAADB-\uAADD\uAAE0-\uAAEF\uAAF2-\uAAF6\uAB01-\uAB06\uAB09-\uAB0E\uAB11-\uAB16\uAB20-\uAB26\uAB28-\uAB2E\uAB30-\uAB5A\uAB5C-\uAB65\uAB70-\uABEA\uABEC\uABED\uABF0-\uABF9\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uF900-\uFA6D\uFA70-\uFAD9\uFB00-\uFB06\uFB13-\uFB17\uFB1D-\uFB28\uFB2A-\uFB36\uFB38-\uFB3C\uFB3E\uFB40\uFB41\uFB43\uFB44\uFB46-\uFBB1\uFBD3-\uFD3D\uFD50-\uFD8F\uFD92-\uFDC7\uFDF0-\uFDFB\uFE00-\uFE0F\uFE20-\uFE2F\uFE33\uFE34\uFE4D-\uFE4F\uFE70-\uFE74\uFE76-\uFEFC\uFF10-\uFF19\uFF21-\uFF3A\uFF3F\uFF41-\uFF5A\uFF66-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC]|\uD800[\uDC00-\uDC0B\uDC0D-\uDC26\uDC28-\uDC3A\uDC3C\uDC3D\uDC3F-\uDC4D\uDC50-\uDC5D\uDC80-\uDCFA\uDD40-\uDD74\uDDFD\uDE80-\uDE9C\uDEA0-\uDED0\uDEE0\uDF00-\uDF1F\uDF2D-\uDF4A\uDF50-\uDF7A\uDF80-\uDF9D\uDFA0-\uDFC3\uDFC8-\uDFCF\uDFD1-\uDFD5]|\uD801[\uDC00-\uDC9D\uDCA0-\uDCA9\uDCB0-\uDCD3\uDCD8-\uDCFB\uDD00-\uDD27\uDD30-\uDD63\uDE00-\uDF36\uDF40-\uDF55\uDF60-\uDF67]|\uD802[\uDC00-\uDC05\uDC08\uDC0A-\uDC35\uDC37\uDC38\uDC3C\uDC3F-\uDC55\uDC60-\uDC76\uDC80-\uDC9E\uDCE0-\uDCF2\uDCF4\uDCF5\uDD00-\uDD15\uDD20-\uDD39\uDD80-\uDDB7\uDDBE\uDDBF\uDE00-\uDE03\uDE05\uDE06\uDE0C-\uDE13\uDE15-\uDE17\uDE19-\uDE33\uDE38-\uDE3A\uDE3F\uDE60-\uDE7C\uDE80-\uDE9C\uDEC0-\uDEC7\uDEC9-\uDEE6\uDF00-\uDF35\uDF40-\uDF55\uDF60-\uDF72\uDF80-\uDF91]|\uD803[\uDC00-\uDC48\uDC80-\uDCB2\uDCC0-\uDCF2]|\uD804[\uDC00-\uDC46\uDC66-\uDC6F\uDC7F-\uDCBA\uDCD0-\uDCE8\uDCF0-\uDCF9\uDD00-\uDD34\uDD36-\uDD3F\uDD50-\uDD73\uDD76\uDD80-\uDDC4\uDDCA-\uDDCC\uDDD0-\uDDDA\uDDDC\uDE00-\uDE11\uDE13-\uDE37\uDE3E\uDE80-\uDE86\uDE88\uDE8A-\uDE8D\uDE8F-\uDE9D\uDE9F-\uDEA8\uDEB0-\uDEEA\uDEF0-\uDEF9\uDF00-\uDF03\uDF05-\uDF0C\uDF0F\uDF10\uDF13-\uDF28\uDF2A-\uDF30\uDF32\uDF33\uDF35-\uDF39\uDF3C-\uDF44\uDF47\uDF48\uDF4B-\uDF4D\uDF50\uDF57\uDF5D-\uDF63\uDF66-\uDF6C\uDF70-\uDF74]|\uD805[\uDC00-\uDC4A\uDC50-\uDC59\uDC80-\uDCC5\uDCC7\uDCD0-\uDCD9\uDD80-\uDDB5\uDDB8-\uDDC0\uDDD8-\uDDDD\uDE00-\uDE40\uDE44\uDE50-\uDE59\uDE80-\uDEB7\uDEC0-\uDEC9\uDF00-\uDF19\uDF1D-\uDF2B\uDF30-\uDF39]|\uD806[\uDCA0-\uDCE9\uDCFF\uDE00-\uDE3E\uDE47\uDE50-\uDE83\uDE86-\uDE99\uDEC0-\uDEF8]|\uD807[\uDC00-\uDC08\uDC0A-\uDC36\uDC38-\uDC40\uDC50-\uDC59\uDC72-\uDC8F\uDC92-\uDCA7\uDCA9-\uDCB6\uDD00-\uDD06\uDD08\uDD09\uDD0B-\uDD36\uDD3A\uDD3C\uDD3D\uDD3F-\uDD47\uDD50-\uDD59]|\uD808[\uDC00-\uDF99]|\uD809[\uDC00-\uDC6E\uDC80-\uDD43]|[\uD80C\uD81C-\uD820\uD840-\uD868\uD86A-\uD86C\uD86F-\uD872\uD874-\uD879][\uDC00-\uDFFF]|\uD80D[\uDC00-\uDC2E]|\uD811[\uDC00-\uDE46]|\uD81A[\uDC00-\uDE38\uDE40-\uDE5E\uDE60-\uDE69\uDED0-\uDEED\uDEF0-\uDEF4\uDF00-\uDF36\uDF40-\uDF43\uDF50-\uDF59\uDF63-\uDF77\uDF7D-\uDF8F]|\uD81B[\uDF00-\uDF44\uDF50-\uDF7E\uDF8F-\uDF9F\uDFE0\uDFE1]|\uD821[\uDC00-\uDFEC]|\uD822[\uDC00-\uDEF2]|\uD82C[\uDC00-\uDD1E\uDD70-\uDEFB]|\uD82F[\uDC00-\uDC6A\uDC70-\uDC7C\uDC80-\uDC88\uDC90-\uDC99\uDC9D\uDC9E]|\uD834[\uDD65-\uDD69\uDD6D-\uDD72\uDD7B-\uDD82\uDD85-\uDD8B\uDDAA-\uDDAD\uDE42-\uDE44]|\uD835[\uDC00-\uDC54\uDC56-\uDC9C\uDC9E\uDC9F\uDCA2\uDCA5\uDCA6\uDCA9-\uDCAC\uDCAE-\uDCB9\uDCBB\uDCBD-\uDCC3\uDCC5-\uDD05\uDD07-\uDD0A\uDD0D-\uDD14\uDD16-\uDD1C\uDD1E-\uDD39\uDD3B-\uDD3E\uDD40-\uDD44\uDD46\uDD4A-\uDD50\uDD52-\uDEA5\uDEA8-\uDEC0\uDEC2-\uDEDA\uDEDC-\uDEFA\uDEFC-\uDF14\uDF16-\uDF34\uDF36-\uDF4E\uDF50-\uDF6E\uDF70-\uDF88\uDF8A-\uDFA8\uDFAA-\uDFC2\uDFC4-\uDFCB\uDFCE-\uDFFF]|\uD836[\uDE00-\uDE36\uDE3B-\uDE6C\uDE75\uDE84\uDE9B-\uDE9F\uDEA1-\uDEAF]|\uD838[\uDC00-\uDC06\uDC08-\uDC18\uDC1B-\uDC21\uDC23\uDC24\uDC26-\uDC2A]|\uD83A[\uDC00-\uDCC4\uDCD0-\uDCD6\uDD00-\uDD4A\uDD50-\uDD59]|\uD83B[\uDE00-\uDE03\uDE05-\uDE1F\uDE21\uDE22\uDE24\uDE27\uDE29-\uDE32\uDE34-\uDE37\uDE39\uDE3B\uDE42\uDE47\uDE49\uDE4B\uDE4D-\uDE4F\uDE51\uDE52\uDE54\uDE57\uDE59\uDE5B\uDE5D\uDE5F\uDE61\uDE62\uDE64\uDE67-\uDE6A\uDE6C-\uDE72\uDE74-\uDE77\uDE79-\uDE7C\uDE7E\uDE80-\uDE89\uDE8B-\uDE9B\uDEA1-\uDEA3\uDEA5-\uDEA9\uDEAB-\uDEBB]|\uD869[\uDC00-\uDED6\uDF00-\uDFFF]|\uD86D[\uDC00-\uDF34\uDF40-\uDFFF]|\uD86E[\uDC00-\uDC1D\uDC20-\uDFFF]|\uD873[\uDC00-\uDEA1\uDEB0-\uDFFF]|\uD87A[\uDC00-\uDFE0]|\uD87E[\uDC00-\uDE1D]|\uDB40[\uDD00-\uDDEF]/;
var CHAR_CR = 13;
var CHAR_LF = 10;
var CharCodeReader = class {
  /**
   * The text to read from.
   * @type {string}
   */
  #text = "";
  /**
   * The current line number.
   * @type {number}
   */
  #line = 1;
  /**
   * The current column number.
   * @type {number}
   */
  #column = 0;
  /**
   * The current offset in the text.
   * @type {number}
   */
  #offset = -1;
  /**
   * Whether the last character read was a new line.
   * @type {boolean}
   */
  #newLine = false;
  /**
   * The last character code read.
   * @type {number}
   */
  #last = -1;
  /**
   * Whether the reader has ended.
   * @type {boolean}
   */
  #ended = false;
  /**
   * Creates a new instance.
   * @param {string} text The text to read from
   */
  constructor(text) {
    this.#text = text;
  }
  /**
   * Ends the reader.
   * @returns {void}
   */
  #end() {
    if (this.#ended) {
      return;
    }
    this.#column++;
    this.#offset++;
    this.#last = -1;
    this.#ended = true;
  }
  /**
   * Returns the current position of the reader.
   * @returns {Location} An object with line, column, and offset properties.
   */
  locate() {
    return {
      line: this.#line,
      column: this.#column,
      offset: this.#offset
    };
  }
  /**
   * Reads the next character code in the text.
   * @returns {number} The next character code, or -1 if there are no more characters.
   */
  next() {
    if (this.#offset >= this.#text.length - 1) {
      this.#end();
      return -1;
    }
    this.#offset++;
    const charCode = this.#text.charCodeAt(this.#offset);
    if (this.#newLine) {
      this.#line++;
      this.#column = 1;
      this.#newLine = false;
    } else {
      this.#column++;
    }
    if (charCode === CHAR_CR) {
      this.#newLine = true;
      if (this.peek() === CHAR_LF) {
        this.#offset++;
      }
    } else if (charCode === CHAR_LF) {
      this.#newLine = true;
    }
    this.#last = charCode;
    return charCode;
  }
  /**
   * Peeks at the next character code in the text.
   * @returns {number} The next character code, or -1 if there are no more characters.
   */
  peek() {
    if (this.#offset === this.#text.length - 1) {
      return -1;
    }
    return this.#text.charCodeAt(this.#offset + 1);
  }
  /**
   * Determines if the next character code in the text matches a specific character code.
   * @param {(number) => boolean} fn A function to call on the next character.
   * @returns {boolean} True if the next character code matches, false if not.
   */
  match(fn) {
    if (fn(this.peek())) {
      this.next();
      return true;
    }
    return false;
  }
  /**
   * Returns the last character code read.
   * @returns {number} The last character code read.
   */
  current() {
    return this.#last;
  }
};
var INFINITY = "Infinity";
var NAN = "NaN";
var keywordStarts = /* @__PURE__ */ new Set([CHAR_LOWER_T, CHAR_LOWER_F, CHAR_LOWER_N]);
var whitespace = /* @__PURE__ */ new Set([CHAR_SPACE, CHAR_TAB, CHAR_NEWLINE, CHAR_RETURN]);
var json5Whitespace = /* @__PURE__ */ new Set([
  ...whitespace,
  CHAR_VTAB,
  CHAR_FORM_FEED,
  CHAR_NBSP,
  CHAR_LINE_SEPARATOR,
  CHAR_PARAGRAPH_SEPARATOR,
  CHAR_BOM,
  CHAR_NON_BREAKING_SPACE,
  CHAR_EN_QUAD,
  CHAR_EM_QUAD,
  CHAR_EN_SPACE,
  CHAR_EM_SPACE,
  CHAR_THREE_PER_EM_SPACE,
  CHAR_FOUR_PER_EM_SPACE,
  CHAR_SIX_PER_EM_SPACE,
  CHAR_FIGURE_SPACE,
  CHAR_PUNCTUATION_SPACE,
  CHAR_THIN_SPACE,
  CHAR_HAIR_SPACE,
  CHAR_NARROW_NO_BREAK_SPACE,
  CHAR_MEDIUM_MATHEMATICAL_SPACE,
  CHAR_IDEOGRAPHIC_SPACE
]);
var DEFAULT_OPTIONS$1 = {
  mode: "json",
  ranges: false
};
var jsonKeywords = /* @__PURE__ */ new Set(["true", "false", "null"]);
var tt = {
  EOF: 0,
  Number: 1,
  String: 2,
  Boolean: 3,
  Null: 4,
  NaN: 5,
  Infinity: 6,
  Identifier: 7,
  Colon: 20,
  LBrace: 21,
  RBrace: 22,
  LBracket: 23,
  RBracket: 24,
  Comma: 25,
  LineComment: 40,
  BlockComment: 41
};
function isDigit(c) {
  return c >= CHAR_0 && c <= CHAR_9;
}
function isHexDigit(c) {
  return isDigit(c) || c >= CHAR_UPPER_A && c <= CHAR_UPPER_F || c >= CHAR_LOWER_A && c <= CHAR_LOWER_F;
}
function isPositiveDigit(c) {
  return c >= CHAR_1 && c <= CHAR_9;
}
function isKeywordStart(c) {
  return keywordStarts.has(c);
}
function isNumberStart(c) {
  return isDigit(c) || c === CHAR_DOT || c === CHAR_MINUS;
}
function isJSON5NumberStart(c) {
  return isNumberStart(c) || c === CHAR_PLUS;
}
function isStringStart(c, json5) {
  return c === CHAR_DOUBLE_QUOTE || json5 && c === CHAR_SINGLE_QUOTE;
}
function isJSON5IdentifierStart(c) {
  if (c === CHAR_DOLLAR || c === CHAR_UNDERSCORE || c === CHAR_BACKSLASH) {
    return true;
  }
  if (c >= CHAR_LOWER_A && c <= CHAR_LOWER_Z || c >= CHAR_UPPER_A && c <= CHAR_UPPER_Z) {
    return true;
  }
  if (c === 8204 || c === 8205) {
    return true;
  }
  const ct = String.fromCharCode(c);
  return ID_Start.test(ct);
}
function isJSON5IdentifierPart(c) {
  if (isJSON5IdentifierStart(c) || isDigit(c)) {
    return true;
  }
  const ct = String.fromCharCode(c);
  return ID_Continue.test(ct);
}
var Tokenizer = class {
  /**
   * Options for the tokenizer.
   * @type {TokenizeOptions}
   */
  #options;
  /**
   * The source text to tokenize.
   * @type {string}
   */
  #text;
  /**
   * The reader for the source text.
   * @type {CharCodeReader}
   */
  #reader;
  /**
   * Indicates if the tokenizer is in JSON5 mode.
   * @type {boolean}
   */
  #json5;
  /**
   * Indicates if comments are allowed.
   * @type {boolean}
   */
  #allowComments;
  /**
   * Indicates if ranges should be included in the tokens.
   * @type {boolean}
   */
  #ranges;
  /**
   * The last token type read.
   * @type {Token}
   */
  #token;
  /**
   * Determines if a character is an escaped character.
   * @type {(c:number) => boolean}
   */
  #isEscapedCharacter;
  /**
   * Determines if a character is a JSON5 line terminator.
   * @type {(c:number) => boolean}
   */
  #isJSON5LineTerminator;
  /**
   * Determines if a character is a JSON5 hex escape.
   * @type {(c:number) => boolean}
   */
  #isJSON5HexEscape;
  /**
   * Determines if a character is whitespace.
   * @type {(c:number) => boolean}
   */
  #isWhitespace;
  /**
   * Creates a new instance of the tokenizer.
   * @param {string} text The source text
   * @param {TokenizeOptions} [options] Options for the tokenizer.
   */
  constructor(text, options) {
    this.#text = text;
    this.#options = {
      ...DEFAULT_OPTIONS$1,
      ...options
    };
    this.#reader = new CharCodeReader(text);
    this.#json5 = this.#options.mode === "json5";
    this.#allowComments = this.#options.mode !== "json";
    this.#ranges = this.#options.ranges;
    this.#isEscapedCharacter = this.#json5 ? json5EscapeToChar.has.bind(json5EscapeToChar) : escapeToChar.has.bind(escapeToChar);
    this.#isJSON5LineTerminator = this.#json5 ? json5LineTerminators.has.bind(json5LineTerminators) : () => false;
    this.#isJSON5HexEscape = this.#json5 ? (c) => c === CHAR_LOWER_X : () => false;
    this.#isWhitespace = this.#json5 ? json5Whitespace.has.bind(json5Whitespace) : whitespace.has.bind(whitespace);
  }
  // #region Errors
  /**
   * Convenience function for throwing unexpected character errors.
   * @param {number} c The unexpected character.
   * @param {Location} [loc] The location of the unexpected character.
   * @returns {never}
   * @throws {UnexpectedChar} always.
   */
  #unexpected(c, loc = this.#reader.locate()) {
    throw new UnexpectedChar(c, loc);
  }
  /**
   * Convenience function for throwing unexpected identifier errors.
   * @param {string} identifier The unexpected identifier.
   * @param {Location} [loc] The location of the unexpected identifier.
   * @returns {never}
   * @throws {UnexpectedIdentifier} always.
   */
  #unexpectedIdentifier(identifier, loc = this.#reader.locate()) {
    throw new UnexpectedIdentifier(identifier, loc);
  }
  /**
  * Convenience function for throwing unexpected EOF errors.
  * @returns {never}
  * @throws {UnexpectedEOF} always.
  */
  #unexpectedEOF() {
    throw new UnexpectedEOF(this.#reader.locate());
  }
  // #endregion
  // #region Helpers
  /**
   * Creates a new token.
   * @param {TokenType} tokenType The type of token to create.
   * @param {number} length The length of the token.
   * @param {Location} startLoc The start location for the token.
   * @param {Location} [endLoc] The end location for the token.
   * @returns {Token} The token.
   */
  #createToken(tokenType, length, startLoc, endLoc) {
    const endOffset = startLoc.offset + length;
    let range = this.#options.ranges ? {
      range: (
        /** @type {Range} */
        [startLoc.offset, endOffset]
      )
    } : void 0;
    return {
      type: tokenType,
      loc: {
        start: startLoc,
        end: endLoc || {
          line: startLoc.line,
          column: startLoc.column + length,
          offset: endOffset
        }
      },
      ...range
    };
  }
  /**
   * Reads in a specific number of hex digits.
   * @param {number} count The number of hex digits to read.
   * @returns {string} The hex digits read.
   */
  #readHexDigits(count2) {
    let value = "";
    let c;
    for (let i = 0; i < count2; i++) {
      c = this.#reader.peek();
      if (isHexDigit(c)) {
        this.#reader.next();
        value += String.fromCharCode(c);
        continue;
      }
      this.#unexpected(c);
    }
    return value;
  }
  /**
   * Reads in a JSON5 identifier. Also used for JSON but we validate
   * the identifier later.
   * @param {number} c The first character of the identifier.
   * @returns {string} The identifier read.
   * @throws {UnexpectedChar} when the identifier cannot be read.
   */
  #readIdentifier(c) {
    let value = "";
    do {
      value += String.fromCharCode(c);
      if (c === CHAR_BACKSLASH) {
        c = this.#reader.next();
        if (c !== CHAR_LOWER_U) {
          this.#unexpected(c);
        }
        value += String.fromCharCode(c);
        const hexDigits = this.#readHexDigits(4);
        const charCode = parseInt(hexDigits, 16);
        if (value.length === 2 && !isJSON5IdentifierStart(charCode)) {
          const loc = this.#reader.locate();
          this.#unexpected(CHAR_BACKSLASH, { line: loc.line, column: loc.column - 5, offset: loc.offset - 5 });
        } else if (!isJSON5IdentifierPart(charCode)) {
          const loc = this.#reader.locate();
          this.#unexpected(charCode, { line: loc.line, column: loc.column - 5, offset: loc.offset - 5 });
        }
        value += hexDigits;
      }
      c = this.#reader.peek();
      if (!isJSON5IdentifierPart(c)) {
        break;
      }
      this.#reader.next();
    } while (true);
    return value;
  }
  /**
   * Reads in a string. Works for both JSON and JSON5.
   * @param {number} c The first character of the string (either " or ').
   * @returns {number} The length of the string.
   * @throws {UnexpectedChar} when the string cannot be read.
   * @throws {UnexpectedEOF} when EOF is reached before the string is finalized.
   */
  #readString(c) {
    const delimiter = c;
    let length = 1;
    c = this.#reader.peek();
    while (c !== -1 && c !== delimiter) {
      this.#reader.next();
      length++;
      if (c === CHAR_BACKSLASH) {
        c = this.#reader.peek();
        if (this.#isEscapedCharacter(c) || this.#isJSON5LineTerminator(c)) {
          this.#reader.next();
          length++;
        } else if (c === CHAR_LOWER_U) {
          this.#reader.next();
          length++;
          const result = this.#readHexDigits(4);
          length += result.length;
        } else if (this.#isJSON5HexEscape(c)) {
          this.#reader.next();
          length++;
          const result = this.#readHexDigits(2);
          length += result.length;
        } else if (this.#json5) {
          this.#reader.next();
          length++;
        } else {
          this.#unexpected(c);
        }
      }
      c = this.#reader.peek();
    }
    if (c === -1) {
      this.#reader.next();
      this.#unexpectedEOF();
    }
    this.#reader.next();
    length++;
    return length;
  }
  /**
   * Reads a number. Works for both JSON and JSON5.
   * @param {number} c The first character of the number.
   * @returns {number} The length of the number.
   * @throws {UnexpectedChar} when the number cannot be read.
   * @throws {UnexpectedEOF} when EOF is reached before the number is finalized.
   */
  #readNumber(c) {
    let length = 1;
    if (c === CHAR_MINUS || this.#json5 && c === CHAR_PLUS) {
      c = this.#reader.peek();
      if (this.#json5) {
        if (c === CHAR_UPPER_I || c === CHAR_UPPER_N) {
          this.#reader.next();
          const identifier = this.#readIdentifier(c);
          if (identifier !== INFINITY && identifier !== NAN) {
            this.#unexpected(c);
          }
          return length + identifier.length;
        }
      }
      if (!isDigit(c)) {
        this.#unexpected(c);
      }
      this.#reader.next();
      length++;
    }
    if (c === CHAR_0) {
      c = this.#reader.peek();
      if (this.#json5 && (c === CHAR_LOWER_X || c === CHAR_UPPER_X)) {
        this.#reader.next();
        length++;
        c = this.#reader.peek();
        if (!isHexDigit(c)) {
          this.#reader.next();
          this.#unexpected(c);
        }
        do {
          this.#reader.next();
          length++;
          c = this.#reader.peek();
        } while (isHexDigit(c));
      } else if (isDigit(c)) {
        this.#unexpected(c);
      }
    } else {
      if (!this.#json5 || c !== CHAR_DOT) {
        if (!isPositiveDigit(c)) {
          this.#unexpected(c);
        }
        c = this.#reader.peek();
        while (isDigit(c)) {
          this.#reader.next();
          length++;
          c = this.#reader.peek();
        }
      }
    }
    if (c === CHAR_DOT) {
      let digitCount = -1;
      this.#reader.next();
      length++;
      digitCount++;
      c = this.#reader.peek();
      while (isDigit(c)) {
        this.#reader.next();
        length++;
        digitCount++;
        c = this.#reader.peek();
      }
      if (!this.#json5 && digitCount === 0) {
        this.#reader.next();
        if (c) {
          this.#unexpected(c);
        } else {
          this.#unexpectedEOF();
        }
      }
    }
    if (c === CHAR_LOWER_E || c === CHAR_UPPER_E) {
      this.#reader.next();
      length++;
      c = this.#reader.peek();
      if (c === CHAR_PLUS || c === CHAR_MINUS) {
        this.#reader.next();
        length++;
        c = this.#reader.peek();
      }
      if (c === -1) {
        this.#reader.next();
        this.#unexpectedEOF();
      }
      if (!isDigit(c)) {
        this.#reader.next();
        this.#unexpected(c);
      }
      while (isDigit(c)) {
        this.#reader.next();
        length++;
        c = this.#reader.peek();
      }
    }
    return length;
  }
  /**
   * Reads a comment. Works for both JSON and JSON5.
   * @param {number} c The first character of the comment.
   * @returns {{length: number, multiline: boolean}} The length of the comment, and whether the comment is multi-line.
   * @throws {UnexpectedChar} when the comment cannot be read.
   * @throws {UnexpectedEOF} when EOF is reached before the comment is finalized.
   */
  #readComment(c) {
    let length = 1;
    c = this.#reader.peek();
    if (c === CHAR_SLASH) {
      do {
        this.#reader.next();
        length += 1;
        c = this.#reader.peek();
      } while (c > -1 && c !== CHAR_RETURN && c !== CHAR_NEWLINE);
      return { length, multiline: false };
    }
    if (c === CHAR_STAR) {
      this.#reader.next();
      length += 1;
      while (c > -1) {
        c = this.#reader.peek();
        if (c === CHAR_STAR) {
          this.#reader.next();
          length += 1;
          c = this.#reader.peek();
          if (c === CHAR_SLASH) {
            this.#reader.next();
            length += 1;
            return { length, multiline: true };
          }
        } else {
          this.#reader.next();
          length += 1;
        }
      }
      this.#reader.next();
      this.#unexpectedEOF();
    }
    this.#reader.next();
    this.#unexpected(c);
  }
  // #endregion
  /**
   * Returns the next token in the source text.
   * @returns {number} The code for the next token.
   */
  next() {
    let c = this.#reader.next();
    while (this.#isWhitespace(c)) {
      c = this.#reader.next();
    }
    if (c === -1) {
      return tt.EOF;
    }
    const start = this.#reader.locate();
    const ct = String.fromCharCode(c);
    if (this.#json5) {
      if (knownJSON5TokenTypes.has(ct)) {
        this.#token = this.#createToken(knownJSON5TokenTypes.get(ct), 1, start);
      } else if (isJSON5IdentifierStart(c)) {
        const value = this.#readIdentifier(c);
        if (knownJSON5TokenTypes.has(value)) {
          this.#token = this.#createToken(knownJSON5TokenTypes.get(value), value.length, start);
        } else {
          this.#token = this.#createToken("Identifier", value.length, start);
        }
      } else if (isJSON5NumberStart(c)) {
        const result = this.#readNumber(c);
        this.#token = this.#createToken("Number", result, start);
      } else if (isStringStart(c, this.#json5)) {
        const result = this.#readString(c);
        const lastCharLoc = this.#reader.locate();
        this.#token = this.#createToken("String", result, start, {
          line: lastCharLoc.line,
          column: lastCharLoc.column + 1,
          offset: lastCharLoc.offset + 1
        });
      } else if (c === CHAR_SLASH && this.#allowComments) {
        const result = this.#readComment(c);
        const lastCharLoc = this.#reader.locate();
        this.#token = this.#createToken(!result.multiline ? "LineComment" : "BlockComment", result.length, start, {
          line: lastCharLoc.line,
          column: lastCharLoc.column + 1,
          offset: lastCharLoc.offset + 1
        });
      } else {
        this.#unexpected(c);
      }
    } else {
      if (knownTokenTypes.has(ct)) {
        this.#token = this.#createToken(knownTokenTypes.get(ct), 1, start);
      } else if (isKeywordStart(c)) {
        const value = this.#readIdentifier(c);
        if (!jsonKeywords.has(value)) {
          this.#unexpectedIdentifier(value, start);
        }
        this.#token = this.#createToken(knownTokenTypes.get(value), value.length, start);
      } else if (isNumberStart(c)) {
        const result = this.#readNumber(c);
        this.#token = this.#createToken("Number", result, start);
      } else if (isStringStart(c, this.#json5)) {
        const result = this.#readString(c);
        this.#token = this.#createToken("String", result, start);
      } else if (c === CHAR_SLASH && this.#allowComments) {
        const result = this.#readComment(c);
        const lastCharLoc = this.#reader.locate();
        this.#token = this.#createToken(!result.multiline ? "LineComment" : "BlockComment", result.length, start, {
          line: lastCharLoc.line,
          column: lastCharLoc.column + 1,
          offset: lastCharLoc.offset + 1
        });
      } else {
        this.#unexpected(c);
      }
    }
    return tt[this.#token.type];
  }
  /**
   * Returns the current token in the source text.
   * @returns {Token} The current token.
   */
  get token() {
    return this.#token;
  }
};
var types = {
  /**
   * Creates a document node.
   * @param {ValueNode} body The body of the document.
   * @param {NodeParts} parts Additional properties for the node. 
   * @returns {DocumentNode} The document node.
   */
  document(body, parts = {}) {
    return {
      type: "Document",
      body,
      loc: parts.loc,
      ...parts
    };
  },
  /**
   * Creates a string node.
   * @param {string} value The value for the string.
   * @param {NodeParts} parts Additional properties for the node. 
   * @returns {StringNode} The string node.
   */
  string(value, parts = {}) {
    return {
      type: "String",
      value,
      loc: parts.loc,
      ...parts
    };
  },
  /**
   * Creates a number node.
   * @param {number} value The value for the number.
   * @param {NodeParts} parts Additional properties for the node. 
   * @returns {NumberNode} The number node.
   */
  number(value, parts = {}) {
    return {
      type: "Number",
      value,
      loc: parts.loc,
      ...parts
    };
  },
  /**
   * Creates a boolean node.
   * @param {boolean} value The value for the boolean.
   * @param {NodeParts} parts Additional properties for the node. 
   * @returns {BooleanNode} The boolean node.
   */
  boolean(value, parts = {}) {
    return {
      type: "Boolean",
      value,
      loc: parts.loc,
      ...parts
    };
  },
  /**
   * Creates a null node.
   * @param {NodeParts} parts Additional properties for the node. 
   * @returns {NullNode} The null node.
   */
  null(parts = {}) {
    return {
      type: "Null",
      loc: parts.loc,
      ...parts
    };
  },
  /**
   * Creates an array node.
   * @param {Array<ElementNode>} elements The elements to add.
   * @param {NodeParts} parts Additional properties for the node. 
   * @returns {ArrayNode} The array node.
   */
  array(elements, parts = {}) {
    return {
      type: "Array",
      elements,
      loc: parts.loc,
      ...parts
    };
  },
  /**
   * Creates an element node.
   * @param {ValueNode} value The value for the element.
   * @param {NodeParts} parts Additional properties for the node. 
   * @returns {ElementNode} The element node.
   */
  element(value, parts = {}) {
    return {
      type: "Element",
      value,
      loc: parts.loc,
      ...parts
    };
  },
  /**
   * Creates an object node.
   * @param {Array<MemberNode>} members The members to add.
   * @param {NodeParts} parts Additional properties for the node. 
   * @returns {ObjectNode} The object node.
   */
  object(members, parts = {}) {
    return {
      type: "Object",
      members,
      loc: parts.loc,
      ...parts
    };
  },
  /**
   * Creates a member node.
   * @param {StringNode|IdentifierNode} name The name for the member.
   * @param {ValueNode} value The value for the member.
   * @param {NodeParts} parts Additional properties for the node. 
   * @returns {MemberNode} The member node.
   */
  member(name, value, parts = {}) {
    return {
      type: "Member",
      name,
      value,
      loc: parts.loc,
      ...parts
    };
  },
  /**
   * Creates an identifier node.
   * @param {string} name The name for the identifier.
   * @param {NodeParts} parts Additional properties for the node.
   * @returns {IdentifierNode} The identifier node.
   */
  identifier(name, parts = {}) {
    return {
      type: "Identifier",
      name,
      loc: parts.loc,
      ...parts
    };
  },
  /**
   * Creates a NaN node.
   * @param {Sign} sign The sign for the Infinity.
   * @param {NodeParts} parts Additional properties for the node.
   * @returns {NaNNode} The NaN node.
   */
  nan(sign = "", parts = {}) {
    return {
      type: "NaN",
      sign,
      loc: parts.loc,
      ...parts
    };
  },
  /**
   * Creates an Infinity node.
   * @param {Sign} sign The sign for the Infinity.
   * @param {NodeParts} parts Additional properties for the node.
   * @returns {InfinityNode} The Infinity node.
   */
  infinity(sign = "", parts = {}) {
    return {
      type: "Infinity",
      sign,
      loc: parts.loc,
      ...parts
    };
  }
};
var DEFAULT_OPTIONS = {
  mode: "json",
  ranges: false,
  tokens: false,
  allowTrailingCommas: false
};
var UNICODE_SEQUENCE = /\\u[\da-fA-F]{4}/gu;
function normalizeIdentifier(identifier) {
  return identifier.replace(UNICODE_SEQUENCE, (unicodeEscape) => {
    return String.fromCharCode(parseInt(unicodeEscape.slice(2), 16));
  });
}
function getEndLocation(text) {
  let line = 1;
  let column = 1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === "\n") {
      line++;
      column = 1;
    } else if (char === "\r") {
      if (text[i + 1] === "\n") {
        i++;
      }
      line++;
      column = 1;
    } else {
      column++;
    }
  }
  return {
    line,
    column,
    offset: text.length
  };
}
function getStringValue(value, token, json5 = false) {
  let result = "";
  let escapeIndex = value.indexOf("\\");
  let lastIndex = 0;
  while (escapeIndex >= 0) {
    result += value.slice(lastIndex, escapeIndex);
    const escapeChar = value.charAt(escapeIndex + 1);
    const escapeCharCode = escapeChar.charCodeAt(0);
    if (json5 && json5EscapeToChar.has(escapeCharCode)) {
      result += json5EscapeToChar.get(escapeCharCode);
      lastIndex = escapeIndex + 2;
    } else if (escapeToChar.has(escapeCharCode)) {
      result += escapeToChar.get(escapeCharCode);
      lastIndex = escapeIndex + 2;
    } else if (escapeChar === "u") {
      const hexCode = value.slice(escapeIndex + 2, escapeIndex + 6);
      if (hexCode.length < 4 || /[^0-9a-f]/i.test(hexCode)) {
        throw new ErrorWithLocation(
          `Invalid unicode escape \\u${hexCode}.`,
          {
            line: token.loc.start.line,
            column: token.loc.start.column + escapeIndex,
            offset: token.loc.start.offset + escapeIndex
          }
        );
      }
      result += String.fromCharCode(parseInt(hexCode, 16));
      lastIndex = escapeIndex + 6;
    } else if (json5 && escapeChar === "x") {
      const hexCode = value.slice(escapeIndex + 2, escapeIndex + 4);
      if (hexCode.length < 2 || /[^0-9a-f]/i.test(hexCode)) {
        throw new ErrorWithLocation(
          `Invalid hex escape \\x${hexCode}.`,
          {
            line: token.loc.start.line,
            column: token.loc.start.column + escapeIndex,
            offset: token.loc.start.offset + escapeIndex
          }
        );
      }
      result += String.fromCharCode(parseInt(hexCode, 16));
      lastIndex = escapeIndex + 4;
    } else if (json5 && json5LineTerminators.has(escapeCharCode)) {
      lastIndex = escapeIndex + 2;
      if (escapeChar === "\r" && value.charAt(lastIndex) === "\n") {
        lastIndex++;
      }
    } else {
      if (json5) {
        result += escapeChar;
        lastIndex = escapeIndex + 2;
      } else {
        throw new ErrorWithLocation(
          `Invalid escape \\${escapeChar}.`,
          {
            line: token.loc.start.line,
            column: token.loc.start.column + escapeIndex,
            offset: token.loc.start.offset + escapeIndex
          }
        );
      }
    }
    escapeIndex = value.indexOf("\\", lastIndex);
  }
  result += value.slice(lastIndex);
  return result;
}
function getLiteralValue(value, token, json5 = false) {
  switch (token.type) {
    case "Boolean":
      return value === "true";
    case "Number":
      if (json5) {
        if (value.charCodeAt(0) === 45) {
          return -Number(value.slice(1));
        }
        if (value.charCodeAt(0) === 43) {
          return Number(value.slice(1));
        }
      }
      return Number(value);
    case "String":
      return getStringValue(value.slice(1, -1), token, json5);
    default:
      throw new TypeError(`Unknown token type "${token.type}.`);
  }
}
function parse(text, options) {
  options = Object.freeze({
    ...DEFAULT_OPTIONS,
    ...options
  });
  const tokens2 = [];
  const tokenizer = new Tokenizer(text, {
    mode: options.mode,
    ranges: options.ranges
  });
  const json5 = options.mode === "json5";
  const allowTrailingCommas = options.allowTrailingCommas || json5;
  function nextNoComments() {
    const nextType = tokenizer.next();
    if (nextType && options.tokens) {
      tokens2.push(tokenizer.token);
    }
    return nextType;
  }
  function nextSkipComments() {
    const nextType = tokenizer.next();
    if (nextType && options.tokens) {
      tokens2.push(tokenizer.token);
    }
    if (nextType >= tt.LineComment) {
      return nextSkipComments();
    }
    return nextType;
  }
  const next = options.mode === "json" ? nextNoComments : nextSkipComments;
  function assertTokenType(token, type) {
    if (token !== type) {
      throw new UnexpectedToken(tokenizer.token);
    }
  }
  function assertTokenTypes(token, types2) {
    if (!types2.includes(token)) {
      throw new UnexpectedToken(tokenizer.token);
    }
  }
  function createRange(start, end) {
    return options.ranges ? {
      range: [start.offset, end.offset]
    } : void 0;
  }
  function createLiteralNode(tokenType) {
    const token = tokenizer.token;
    const range = createRange(token.loc.start, token.loc.end);
    const value = getLiteralValue(
      text.slice(token.loc.start.offset, token.loc.end.offset),
      token,
      json5
    );
    const loc = {
      start: {
        ...token.loc.start
      },
      end: {
        ...token.loc.end
      }
    };
    const parts = { loc, ...range };
    switch (tokenType) {
      case tt.String:
        return types.string(
          /** @type {string} */
          value,
          parts
        );
      case tt.Number:
        return types.number(
          /** @type {number} */
          value,
          parts
        );
      case tt.Boolean:
        return types.boolean(
          /** @type {boolean} */
          value,
          parts
        );
      default:
        throw new TypeError(`Unknown token type ${token.type}.`);
    }
  }
  function createJSON5IdentifierNode(token) {
    const range = createRange(token.loc.start, token.loc.end);
    const identifier = text.slice(token.loc.start.offset, token.loc.end.offset);
    const loc = {
      start: {
        ...token.loc.start
      },
      end: {
        ...token.loc.end
      }
    };
    const parts = { loc, ...range };
    if (token.type !== "Identifier") {
      let sign = "";
      if (identifier[0] === "+" || identifier[0] === "-") {
        sign = identifier[0];
      }
      return types[identifier.includes("NaN") ? "nan" : "infinity"](
        /** @type {Sign} */
        sign,
        parts
      );
    }
    return types.identifier(normalizeIdentifier(identifier), parts);
  }
  function createNullNode(token) {
    const range = createRange(token.loc.start, token.loc.end);
    return types.null({
      loc: {
        start: {
          ...token.loc.start
        },
        end: {
          ...token.loc.end
        }
      },
      ...range
    });
  }
  function parseProperty(tokenType) {
    if (json5) {
      assertTokenTypes(tokenType, [tt.String, tt.Identifier, tt.Number]);
    } else {
      assertTokenType(tokenType, tt.String);
    }
    const token = tokenizer.token;
    if (json5 && tokenType === tt.Number && /[+\-0-9]/.test(text[token.loc.start.offset])) {
      throw new UnexpectedToken(token);
    }
    let key2 = tokenType === tt.String ? (
      /** @type {StringNode} */
      createLiteralNode(tokenType)
    ) : (
      /** @type {IdentifierNode|NaNNode|InfinityNode} */
      createJSON5IdentifierNode(token)
    );
    if (json5 && (key2.type === "NaN" || key2.type === "Infinity")) {
      if (key2.sign !== "") {
        throw new UnexpectedToken(tokenizer.token);
      }
      key2 = types.identifier(key2.type, { loc: key2.loc, ...createRange(key2.loc.start, key2.loc.end) });
    }
    tokenType = next();
    assertTokenType(tokenType, tt.Colon);
    const value = parseValue();
    const range = createRange(key2.loc.start, value.loc.end);
    return types.member(
      /** @type {StringNode|IdentifierNode} */
      key2,
      /** @type {ValueNode} */
      value,
      {
        loc: {
          start: {
            ...key2.loc.start
          },
          end: {
            ...value.loc.end
          }
        },
        ...range
      }
    );
  }
  function parseObject(firstTokenType) {
    assertTokenType(firstTokenType, tt.LBrace);
    const firstToken = tokenizer.token;
    const members = [];
    let tokenType = next();
    if (tokenType !== tt.RBrace) {
      do {
        members.push(parseProperty(tokenType));
        tokenType = next();
        if (!tokenType) {
          throw new UnexpectedEOF(members[members.length - 1].loc.end);
        }
        if (tokenType === tt.Comma) {
          tokenType = next();
          if (allowTrailingCommas && tokenType === tt.RBrace) {
            break;
          }
        } else {
          break;
        }
      } while (tokenType);
    }
    assertTokenType(tokenType, tt.RBrace);
    const lastToken = tokenizer.token;
    const range = createRange(firstToken.loc.start, lastToken.loc.end);
    return types.object(members, {
      loc: {
        start: {
          ...firstToken.loc.start
        },
        end: {
          ...lastToken.loc.end
        }
      },
      ...range
    });
  }
  function parseArray(firstTokenType) {
    assertTokenType(firstTokenType, tt.LBracket);
    const firstToken = tokenizer.token;
    const elements = [];
    let tokenType = next();
    if (tokenType !== tt.RBracket) {
      do {
        const value = parseValue(tokenType);
        elements.push(types.element(
          /** @type {ValueNode} */
          value,
          { loc: value.loc }
        ));
        tokenType = next();
        if (tokenType === tt.Comma) {
          tokenType = next();
          if (allowTrailingCommas && tokenType === tt.RBracket) {
            break;
          }
        } else {
          break;
        }
      } while (tokenType);
    }
    assertTokenType(tokenType, tt.RBracket);
    const lastToken = tokenizer.token;
    const range = createRange(firstToken.loc.start, lastToken.loc.end);
    return types.array(elements, {
      loc: {
        start: {
          ...firstToken.loc.start
        },
        end: {
          ...lastToken.loc.end
        }
      },
      ...range
    });
  }
  function parseValue(tokenType) {
    tokenType = tokenType ?? next();
    const token = tokenizer.token;
    switch (tokenType) {
      case tt.String:
      case tt.Boolean:
        return createLiteralNode(tokenType);
      case tt.Number:
        if (json5) {
          let tokenText = text.slice(token.loc.start.offset, token.loc.end.offset);
          if (tokenText[0] === "+" || tokenText[0] === "-") {
            tokenText = tokenText.slice(1);
          }
          if (tokenText === "NaN" || tokenText === "Infinity") {
            return createJSON5IdentifierNode(token);
          }
        }
        return createLiteralNode(tokenType);
      case tt.Null:
        return createNullNode(token);
      case tt.LBrace:
        return parseObject(tokenType);
      case tt.LBracket:
        return parseArray(tokenType);
      default:
        throw new UnexpectedToken(token);
    }
  }
  const docBody = parseValue();
  const unexpectedToken = next();
  if (unexpectedToken) {
    throw new UnexpectedToken(tokenizer.token);
  }
  const textEndLocation = getEndLocation(text);
  const docParts = {
    loc: {
      start: {
        line: 1,
        column: 1,
        offset: 0
      },
      end: {
        ...textEndLocation
      }
    }
  };
  if (options.tokens) {
    docParts.tokens = tokens2;
  }
  if (options.ranges) {
    docParts.range = [
      docParts.loc.start.offset,
      docParts.loc.end.offset
    ];
  }
  return types.document(
    /** @type {ValueNode} */
    docBody,
    docParts
  );
}

// packages/core/dist/sources/json-syntax-error.js
var TOKEN_TEXT = {
  LBrace: "'{'",
  RBrace: "'}'",
  LBracket: "'['",
  RBracket: "']'",
  Colon: "':'",
  Comma: "','",
  String: "string",
  Number: "number",
  Boolean: "boolean",
  Null: "null"
};
function describeJsonSyntaxError(err, text) {
  const e = err;
  if (text.trim() === "")
    return { offset: text.length, message: "unexpected end of input: the file holds no JSON value" };
  const raw = typeof e.message === "string" ? e.message : "invalid JSON";
  const message = raw.replace(/\s*\(\d+:\d+\)\s*$/, "").replace(/^Unexpected token (\w+) found\.?$/, (whole, token) => TOKEN_TEXT[token] ? `unexpected ${TOKEN_TEXT[token]}` : whole).replace(/ found\.$/, "").replace(/^Unexpected/, "unexpected");
  const offset = typeof e.offset === "number" ? Math.min(Math.max(e.offset, 0), text.length) : 0;
  if (message.startsWith("unexpected ") && !message.startsWith("unexpected end of input") && endsAtLastToken(text, offset)) {
    return { offset, message: `unexpected end of input after ${message.slice("unexpected ".length)}` };
  }
  return { offset, message };
}
function endsAtLastToken(text, offset) {
  if (text.slice(offset).trim() === "")
    return true;
  try {
    parse(`${text} null`, { mode: "json" });
    return true;
  } catch (err) {
    const at = err.offset;
    return typeof at === "number" && at >= text.length;
  }
}
function findJsonSyntaxError(text) {
  const deep = jsonDepthExceededAt(text);
  if (deep >= 0)
    return { offset: deep, message: limitMessage("depth", DEFAULT_LIMITS.depth) };
  try {
    parse(text, { mode: "json" });
    return void 0;
  } catch (err) {
    return describeJsonSyntaxError(err, text);
  }
}

// packages/core/dist/secrets/redact.js
init_define_TRUSTLINT_PACKAGE();
function redactSecrets(text) {
  const ranges = mergedRanges(text);
  if (ranges.length === 0)
    return text;
  let out = "";
  let at = 0;
  for (const [start, end] of ranges) {
    out += text.slice(at, start) + maskRange(text.slice(start, end));
    at = end;
  }
  return out + text.slice(at);
}
function mergedRanges(text) {
  const out = [];
  for (const m of findCredentials(text)) {
    const last = out.at(-1);
    if (last && m.start <= last[1])
      last[1] = Math.max(last[1], m.end);
    else
      out.push([m.start, m.end]);
  }
  return out;
}
function maskRange(value) {
  const chars = value.split("");
  const maskable = [];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] ?? "";
    if (c === "\\") {
      i += chars[i + 1] === "u" ? 5 : 1;
      continue;
    }
    if (!/\s/.test(c))
      maskable.push(i);
  }
  for (const i of maskable.slice(0, Math.max(0, maskable.length - 4)))
    chars[i] = "*";
  return chars.join("");
}

// packages/core/dist/sources/json-tree.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/shared/momoa.js
init_define_TRUSTLINT_PACKAGE();
function parseJsonAst(text) {
  try {
    return { body: parse(text, { ranges: true, mode: "json" }).body };
  } catch (err) {
    return { error: describeJsonSyntaxError(err, text) };
  }
}
function astRange(node) {
  const r = node.range;
  return r ? [r[0], r[1]] : [node.loc.start.offset, node.loc.end.offset];
}
function astKey(m) {
  return m.name.type === "String" ? m.name.value : m.name.name;
}

// packages/core/dist/sources/json-tree.js
var JsonSyntaxError = class extends Error {
  position;
  constructor(message, position) {
    super(message);
    this.position = position;
  }
};
function parseJsonTree(text, options = {}) {
  const starts = lineStarts(text);
  const spanOf = (range) => ({
    start: positionAt(starts, range[0]),
    end: positionAt(starts, range[1])
  });
  const budget = options.budget ?? new EvaluationBudget();
  const deep = jsonDepthExceededAt(text, budget.limits.depth);
  if (deep >= 0)
    throw budget.exceeded("depth", { offset: deep });
  const doc = parseJsonAst(text);
  if ("error" in doc)
    throw new JsonSyntaxError(doc.error.message, positionAt(starts, doc.error.offset));
  const placeholders = options.placeholders ?? [];
  const ids = { next: 0 };
  const convert = (node) => {
    const range = astRange(node);
    const span = spanOf(range);
    switch (node.type) {
      case "Object":
        return {
          type: "object",
          span,
          members: node.members.map((m) => ({
            key: astKey(m),
            keySpan: spanOf(astRange(m.name)),
            value: convert(m.value)
          }))
        };
      case "Array":
        return { type: "array", span, items: node.elements.map((e) => convert(e.value)) };
      case "String":
        return stringNode(node.value, range, span, text, placeholders, spanOf, ids);
      case "Number":
        return { type: "number", span, value: node.value, text: text.slice(range[0], range[1]) };
      case "Boolean":
        return { type: "boolean", span, value: node.value, text: String(node.value) };
      case "Null":
        return { type: "null", span, value: null, text: "null" };
      default:
        throw new JsonSyntaxError(`unsupported JSON value ${node.type}`, span.start);
    }
  };
  return convert(doc.body);
}
function stringNode(value, range, span, text, placeholders, spanOf, ids) {
  const inside = placeholders.filter((p) => p.start >= range[0] && p.end <= range[1]);
  if (inside.length === 0)
    return { type: "string", span, value };
  const raw = text.slice(range[0] + 1, range[1] - 1);
  const unresolved = [];
  if (raw !== value) {
    const whole = inside.map((p) => p.expression).join(", ");
    const id = ids.next++;
    unresolved.push({ id, expression: whole, reason: "template placeholder", span });
    return { type: "string", span, value: unresolvedMarker(id), unresolved, provenance: { kind: "placeholder", expression: whole } };
  }
  let out = "";
  let cursor = range[0] + 1;
  for (const p of inside) {
    const id = ids.next++;
    out += text.slice(cursor, p.start) + unresolvedMarker(id);
    unresolved.push({ id, expression: p.expression, reason: "template placeholder", span: spanOf([p.start, p.end]) });
    cursor = p.end;
  }
  out += text.slice(cursor, range[1] - 1);
  return { type: "string", span, value: out, unresolved, provenance: { kind: "placeholder", expression: inside.map((p) => p.expression).join(", ") } };
}

export {
  lineStarts,
  positionAt,
  firstLineSpan,
  UNRESOLVED_OPEN,
  unresolvedMarker,
  displayValue,
  markersIn,
  collectUnresolved,
  hasMarker,
  getMember,
  nodeAt,
  toJson,
  UnresolvedAllocator,
  appendAll,
  DEFAULT_AUDIENCES,
  actionMatches,
  closestName,
  evaluatePolicy,
  hasWildcard,
  escapeClaimValue,
  parseDefaultSubject,
  parseCustomSubject,
  templateKeysOf,
  OUTSIDER_CLASSES,
  synthesizeWitnesses,
  emptyFacetKnowledge,
  synthesizeIssuerWitnesses,
  isGitHubProvider,
  TrustAnalysis,
  requestFor,
  classPhrase,
  SCOPE_RULES,
  linkLocalActions,
  stepsOfJob,
  inputOf,
  readCacStep,
  roleUses,
  documentRoleName,
  trustPoliciesFor,
  roleUsesOf,
  normalizePolicy,
  preparePolicy,
  explainPolicy,
  simulatePolicy,
  searchToken,
  jobIdentity,
  usesIdToken,
  splitExpressions,
  CATALOG,
  ruleMeta,
  isRuleId,
  PROJECT_URL,
  ruleDocsUrl,
  securitySeverity,
  rulePrecision,
  DEFAULT_LIMITS,
  PIECE_SIZE,
  NODE_SIZE,
  LimitError,
  limitError,
  isSpent,
  EvaluationBudget,
  limitFinding,
  folderOf,
  provenanceNotes,
  runPolicyRules,
  runRules,
  require_dist,
  MAX_FILE_BYTES,
  sizeMessage,
  oversizedInput,
  jsonDepthExceededAt,
  parseYamlDocument,
  findJsonSyntaxError,
  parseJsonAst,
  astRange,
  astKey,
  redactSecrets,
  JsonSyntaxError,
  parseJsonTree
};
