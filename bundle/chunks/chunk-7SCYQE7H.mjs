import { createRequire as __trustlintCreateRequire } from 'node:module'; const require = __trustlintCreateRequire(import.meta.url);
import {
  CATALOG,
  InputLimitError,
  JsonLimitError,
  JsonSyntaxError,
  MAX_ALIAS_EXPANSION,
  MAX_FILE_BYTES,
  MAX_NESTING_DEPTH,
  UnresolvedAllocator,
  aliasError,
  collectUnresolved,
  configSchema,
  depthError,
  getMember,
  jsonDepthExceededAt,
  limitFinding,
  lineStarts,
  linkLocalActions,
  oversizedInput,
  parse,
  parseJsonTree,
  parseYamlDocument,
  positionAt,
  readCompositeAction,
  readWorkflow,
  require_dist,
  runRules,
  toJson,
  unresolvedMarker
} from "./chunk-B6S5NAQZ.mjs";
import {
  __commonJS,
  __toESM,
  define_TRUSTLINT_PACKAGE_default,
  init_define_TRUSTLINT_PACKAGE
} from "./chunk-HRHRZLBE.mjs";

// node_modules/.pnpm/picocolors@1.1.1/node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "node_modules/.pnpm/picocolors@1.1.1/node_modules/picocolors/picocolors.js"(exports, module2) {
    init_define_TRUSTLINT_PACKAGE();
    var p = process || {};
    var argv = p.argv || [];
    var env = p.env || {};
    var isColorSupported = !(!!env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || (p.stdout || {}).isTTY && env.TERM !== "dumb" || !!env.CI);
    var formatter = (open, close, replace = open) => (input) => {
      let string = "" + input, index = string.indexOf(close, open.length);
      return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close;
    };
    var replaceClose = (string, close, replace, index) => {
      let result = "", cursor = 0;
      do {
        result += string.substring(cursor, index) + replace;
        cursor = index + close.length;
        index = string.indexOf(close, cursor);
      } while (~index);
      return result + string.substring(cursor);
    };
    var createColors = (enabled = isColorSupported) => {
      let f = enabled ? formatter : () => String;
      return {
        isColorSupported: enabled,
        reset: f("\x1B[0m", "\x1B[0m"),
        bold: f("\x1B[1m", "\x1B[22m", "\x1B[22m\x1B[1m"),
        dim: f("\x1B[2m", "\x1B[22m", "\x1B[22m\x1B[2m"),
        italic: f("\x1B[3m", "\x1B[23m"),
        underline: f("\x1B[4m", "\x1B[24m"),
        inverse: f("\x1B[7m", "\x1B[27m"),
        hidden: f("\x1B[8m", "\x1B[28m"),
        strikethrough: f("\x1B[9m", "\x1B[29m"),
        black: f("\x1B[30m", "\x1B[39m"),
        red: f("\x1B[31m", "\x1B[39m"),
        green: f("\x1B[32m", "\x1B[39m"),
        yellow: f("\x1B[33m", "\x1B[39m"),
        blue: f("\x1B[34m", "\x1B[39m"),
        magenta: f("\x1B[35m", "\x1B[39m"),
        cyan: f("\x1B[36m", "\x1B[39m"),
        white: f("\x1B[37m", "\x1B[39m"),
        gray: f("\x1B[90m", "\x1B[39m"),
        bgBlack: f("\x1B[40m", "\x1B[49m"),
        bgRed: f("\x1B[41m", "\x1B[49m"),
        bgGreen: f("\x1B[42m", "\x1B[49m"),
        bgYellow: f("\x1B[43m", "\x1B[49m"),
        bgBlue: f("\x1B[44m", "\x1B[49m"),
        bgMagenta: f("\x1B[45m", "\x1B[49m"),
        bgCyan: f("\x1B[46m", "\x1B[49m"),
        bgWhite: f("\x1B[47m", "\x1B[49m"),
        blackBright: f("\x1B[90m", "\x1B[39m"),
        redBright: f("\x1B[91m", "\x1B[39m"),
        greenBright: f("\x1B[92m", "\x1B[39m"),
        yellowBright: f("\x1B[93m", "\x1B[39m"),
        blueBright: f("\x1B[94m", "\x1B[39m"),
        magentaBright: f("\x1B[95m", "\x1B[39m"),
        cyanBright: f("\x1B[96m", "\x1B[39m"),
        whiteBright: f("\x1B[97m", "\x1B[39m"),
        bgBlackBright: f("\x1B[100m", "\x1B[49m"),
        bgRedBright: f("\x1B[101m", "\x1B[49m"),
        bgGreenBright: f("\x1B[102m", "\x1B[49m"),
        bgYellowBright: f("\x1B[103m", "\x1B[49m"),
        bgBlueBright: f("\x1B[104m", "\x1B[49m"),
        bgMagentaBright: f("\x1B[105m", "\x1B[49m"),
        bgCyanBright: f("\x1B[106m", "\x1B[49m"),
        bgWhiteBright: f("\x1B[107m", "\x1B[49m")
      };
    };
    module2.exports = createColors();
    module2.exports.createColors = createColors;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args3) {
      const code = [strs[0]];
      let i2 = 0;
      while (i2 < args3.length) {
        addCodeArg(code, args3[i2]);
        code.push(strs[++i2]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str2(strs, ...args3) {
      const expr = [safeStringify(strs[0])];
      let i2 = 0;
      while (i2 < args3.length) {
        expr.push(plus);
        addCodeArg(expr, args3[i2]);
        expr.push(plus, safeStringify(strs[++i2]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str2;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i2 = 1;
      while (i2 < expr.length - 1) {
        if (expr[i2] === plus) {
          const res = mergeExprItems(expr[i2 - 1], expr[i2 + 1]);
          if (res !== void 0) {
            expr.splice(i2 - 1, 3, res);
            continue;
          }
          expr[i2++] = "+";
        }
        i2++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str2`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name2) {
        super(`CodeGen: "code" for ${name2} not defined`);
        this.value = name2.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope3 = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope3;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope3 {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name2 = this.toName(nameOrPrefix);
        const { prefix } = name2;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name2);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name2.setValue(value, { property: prefix, itemIndex });
        return name2;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name2) => {
          if (name2.scopePath === void 0)
            throw new Error(`CodeGen: name "${name2}" has no value`);
          return (0, code_1._)`${scopeName}${name2.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name2) => {
          if (name2.value === void 0)
            throw new Error(`CodeGen: name "${name2}" has no value`);
          return name2.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name2) => {
            if (nameSet.has(name2))
              return;
            nameSet.set(name2, UsedValueState.Started);
            let c = valueCode(name2);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name2} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name2)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name2);
            }
            nameSet.set(name2, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node2 = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node2 {
      constructor(varKind, name2, rhs) {
        super();
        this.varKind = varKind;
        this.name = name2;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node2 {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node2 {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node2 {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node2 {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node2 {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node2 {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i2 = nodes.length;
        while (i2--) {
          const n = nodes[i2].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i2, 1, ...n);
          else if (n)
            nodes[i2] = n;
          else
            nodes.splice(i2, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants) {
        const { nodes } = this;
        let i2 = nodes.length;
        while (i2--) {
          const n = nodes[i2];
          if (n.optimizeNames(names, constants))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i2, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name2, from, to) {
        super();
        this.varKind = varKind;
        this.name = name2;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name: name2, from, to } = this;
        return `for(${varKind} ${name2}=${from}; ${name2}<${to}; ${name2}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name2, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name2;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name2, args3, async) {
        super();
        this.name = name2;
        this.args = args3;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name2 = this._extScope.value(prefixOrName, value);
        const vs = this._values[name2.prefix] || (this._values[name2.prefix] = /* @__PURE__ */ new Set());
        vs.add(name2);
        return name2;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name2 = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name2.str] = rhs;
        this._leafNode(new Def(varKind, name2, rhs));
        return name2;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name2 = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name2, from, to), () => forBody(name2));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name2 = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i2) => {
            this.var(name2, (0, code_1._)`${arr}[${i2}]`);
            forBody(name2);
          });
        }
        return this._for(new ForIter("of", varKind, name2, iterable), () => forBody(name2));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj2, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj2})`, forBody);
        }
        const name2 = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name2, obj2), () => forBody(name2));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body2, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body2)
          this.code(body2).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name2, args3 = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name2, args3, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args3) {
      return args3.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args3) {
      return args3.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash2 = {};
      for (const item of arr)
        hash2[item] = true;
      return hash2;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str2) {
      return unescapeJsonPointer(decodeURIComponent(str2));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str2) {
      return encodeURIComponent(escapeJsonPointer(str2));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str2) {
      if (typeof str2 == "number")
        return `${str2}`;
      return str2.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str2) {
      return str2.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err2 = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i2) => {
        gen.const(err2, (0, codegen_1._)`${names_1.default.vErrors}[${i2}]`);
        gen.if((0, codegen_1._)`${err2}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err2}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err2}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err2}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err2}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err2 = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err2}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err2})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i2) => assignDefault(it, i2, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop2, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop2)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop2) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop2, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop2}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop2) => (0, codegen_1.and)(noPropertyInData(gen, data, prop2, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop2}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func2, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args3 = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func2}.call(${context}, ${args3})` : (0, codegen_1._)`${func2}(${args3})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i2) => {
          cxt.subschema({
            keyword,
            dataProp: i2,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i2) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i2,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/.pnpm/fast-deep-equal@3.1.3/node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/.pnpm/fast-deep-equal@3.1.3/node_modules/fast-deep-equal/index.js"(exports, module2) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    module2.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i2, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i2 = length; i2-- !== 0; )
            if (!equal(a[i2], b[i2])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i2 = length; i2-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i2])) return false;
        for (i2 = length; i2-- !== 0; ) {
          var key = keys[i2];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/.pnpm/json-schema-traverse@1.0.0/node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/.pnpm/json-schema-traverse@1.0.0/node_modules/json-schema-traverse/index.js"(exports, module2) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var traverse = module2.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i2 = 0; i2 < sch.length; i2++)
                _traverse(opts, pre, post, sch[i2], jsonPtr + "/" + key + "/" + i2, rootSchema, jsonPtr, key, schema, i2);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop2 in sch)
                _traverse(opts, pre, post, sch[prop2], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop2), rootSchema, jsonPtr, key, schema, prop2);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str2) {
      return str2.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref2) {
          const _resolve = this.opts.uriResolver.resolve;
          ref2 = normalizeId(innerBaseId ? _resolve(innerBaseId, ref2) : ref2);
          if (schemaRefs.has(ref2))
            throw ambiguos(ref2);
          schemaRefs.add(ref2);
          let schOrRef = this.refs[ref2];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref2);
          } else if (ref2 !== normalizeId(fullPath)) {
            if (ref2[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref2], ref2);
              localRefs[ref2] = sch;
            } else {
              this.refs[ref2] = fullPath;
            }
          }
          return ref2;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref2) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref2);
      }
      function ambiguos(ref2) {
        return new Error(`reference "${ref2}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body2) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body2);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body2));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj2, assign) {
        if (assign)
          Object.assign(this.params, obj2);
        else
          this.params = obj2;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref2, msg) {
        super(msg || `can't resolve reference ${ref2} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref2);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
          validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref2) {
      var _a;
      ref2 = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref2);
      const schOrFunc = root.refs[ref2];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve6.call(this, root, ref2);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref2];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref2] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve6(root, ref2) {
      let sch;
      while (typeof (sch = this.refs[ref2]) == "string")
        ref2 = sch;
      return sch || this.schemas[ref2] || resolveSchema.call(this, root, ref2);
    }
    function resolveSchema(root, ref2) {
      const p = this.opts.uriResolver.parse(ref2);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref2)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/refs/data.json"(exports, module2) {
    module2.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/.pnpm/fast-uri@3.1.9/node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/.pnpm/fast-uri@3.1.9/node_modules/fast-uri/lib/utils.js"(exports, module2) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i2 = 0; i2 < 256; i2++) {
        BYTE_HEX[i2] = "%" + HEX_DIGITS[i2 >> 4] + HEX_DIGITS[i2 & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i2 = 0;
      for (i2 = 0; i2 < input.length; i2++) {
        code = input[i2].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i2];
        break;
      }
      for (i2 += 1; i2 < input.length; i2++) {
        code = input[i2].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i2];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i2 = 0; i2 < zone.length; i2++) {
        if (isZoneCharacter(zone[i2])) continue;
        if (zone[i2] === "%" && i2 + 2 < zone.length && isHexPair(zone.slice(i2 + 1, i2 + 3))) {
          i2 += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i2 = 0; i2 < hextets.length; i2++) {
        if (hextets[i2] === "0") {
          if (runStart === -1) runStart = i2;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts2 = left.concat(right);
      let hextetCount = 0;
      for (let i2 = 0; i2 < parts2.length; i2++) {
        const part = parts2[i2];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i2 !== parts2.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts2[i2] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts2);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts2.slice(0, left.length);
      for (let i2 = hextetCount; i2 < 8; i2++) expanded.push("0");
      for (let i2 = left.length; i2 < parts2.length; i2++) expanded.push(parts2[i2]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str2, token) {
      let ind = 0;
      for (let i2 = 0; i2 < str2.length; i2++) {
        if (str2[i2] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path) {
      let input = path;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path) {
      if (path === "" || path[0] === "/") {
        return removeDotSegments(path);
      }
      const segments = path.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i2 = 0; i2 <= last; i2++) {
        const segment = segments[i2];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i2 === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i2 = 0; i2 < input.length; i2++) {
        if (input[i2] === "%" && i2 + 2 < input.length) {
          const hex = input.slice(i2 + 1, i2 + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i2 += 2;
            continue;
          }
        }
        output += input[i2];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i2 = 0; i2 < input.length; i2++) {
        const ch = input[i2];
        if (ch === "%" && i2 + 2 < input.length) {
          const hex = input.slice(i2 + 1, i2 + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i2 += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i2);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i2 + 1 < input.length) {
            const low = input.charCodeAt(i2 + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i2++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i2 = 0; i2 < input.length; i2++) {
        const ch = input[i2];
        if (ch === "%" && i2 + 2 < input.length) {
          const hex = input.slice(i2 + 1, i2 + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i2 += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i2);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i2 + 1 < input.length) {
            const low = input.charCodeAt(i2 + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i2++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i2 = 0; i2 < input.length; i2++) {
        const ch = input[i2];
        if (ch === "%" && i2 + 2 < input.length) {
          const hex = input.slice(i2 + 1, i2 + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i2 += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i2);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i2 + 1 < input.length) {
            const low = input.charCodeAt(i2 + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i2++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i2 = 0; i2 < input.length; i2++) {
        const ch = input[i2];
        if (ch === "%" && i2 + 2 < input.length) {
          const hex = input.slice(i2 + 1, i2 + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i2 += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i2);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i2 + 1 < input.length) {
            const low = input.charCodeAt(i2 + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i2++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i2 = 0; i2 < input.length; i2++) {
        if (input[i2] === "%" && i2 + 2 < input.length) {
          const hex = input.slice(i2 + 1, i2 + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i2 += 2;
            continue;
          }
        }
        output += escape(input[i2]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module2.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/.pnpm/fast-uri@3.1.9/node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/.pnpm/fast-uri@3.1.9/node_modules/fast-uri/lib/schemes.js"(exports, module2) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name2) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name2
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path && path !== "/" ? path : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module2.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/.pnpm/fast-uri@3.1.9/node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/.pnpm/fast-uri@3.1.9/node_modules/fast-uri/index.js"(exports, module2) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse2(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve6(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative3, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse2(serialize(base, options), options);
        relative3 = parse2(serialize(relative3, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative3.scheme) {
        target.scheme = relative3.scheme;
        target.userinfo = relative3.userinfo;
        target.host = relative3.host;
        target.port = relative3.port;
        target.path = removeDotSegments(relative3.path || "");
        target.query = relative3.query;
      } else {
        if (relative3.userinfo !== void 0 || relative3.host !== void 0 || relative3.port !== void 0) {
          target.userinfo = relative3.userinfo;
          target.host = relative3.host;
          target.port = relative3.port;
          target.path = removeDotSegments(relative3.path || "");
          target.query = relative3.query;
        } else {
          if (!relative3.path) {
            target.path = base.path;
            if (relative3.query !== void 0) {
              target.query = relative3.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative3.path[0] === "/") {
              target.path = removeDotSegments(relative3.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative3.path;
              } else if (!base.path) {
                target.path = relative3.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative3.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative3.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative3.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse2(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve: resolve6,
      resolveComponent,
      equal,
      serialize,
      parse: parse2
    };
    module2.exports = fastUri;
    module2.exports.default = fastUri;
    module2.exports.fastUri = fastUri;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str2, flags2) => new RegExp(str2, flags2);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv2 = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref2, missingRef }) {
          if (this.refs[ref2]) {
            throw new Error(`AnySchema ${ref2} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref2) {
          const _schema = await _loadSchema.call(this, ref2);
          if (!this.refs[ref2])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref2])
            this.addSchema(_schema, ref2, meta);
        }
        async function _loadSchema(ref2) {
          const p = this._loading[ref2];
          if (p)
            return p;
          try {
            return await (this._loading[ref2] = loadSchema(ref2));
          } finally {
            delete this._loading[ref2];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i2 = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i2 >= 0)
            group.rules.splice(i2, 1);
        }
        return this;
      }
      // Add format
      addFormat(name2, format2) {
        if (typeof format2 == "string")
          format2 = new RegExp(format2);
        this.formats[name2] = format2;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text3, msg) => text3 + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv2.ValidationError = validation_error_1.default;
    Ajv2.MissingRefError = ref_error_1.default;
    exports.default = Ajv2;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name2 in this.opts.formats) {
        const format2 = this.opts.formats[name2];
        if (format2)
          this.addFormat(name2, format2);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i2 = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i2 >= 0) {
        ruleGroup.rules.splice(i2, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str2) {
      const len = str2.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str2.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str2.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop2 of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop2);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop2) => {
            cxt.setParams({ missingProperty: prop2 });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop2, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i: i2, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i2} are identical)`,
      params: ({ params: { i: i2, j } }) => (0, codegen_1._)`{i: ${i2}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i2 = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i: i2, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i2} > 1`, () => (canOptimize() ? loopN : loopN2)(i2, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i2, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i2}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i2}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i2}`);
          });
        }
        function loopN2(i2, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i2}--;`, () => gen.for((0, codegen_1._)`${j} = ${i2}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i2}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i2) => equalCode(vSchema, i2)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i2) {
          const sch = schema[i2];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i2}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i2) => {
          cxt.subschema({ keyword, dataProp: i2, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i2) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i2}`, () => cxt.subschema({
          keyword,
          schemaProp: i2,
          dataProp: i2
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i2) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i2,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop2 in propertyDeps) {
        const deps = propertyDeps[prop2];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop2, it.opts.ownProperties);
        cxt.setParams({
          property: prop2,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop2 in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop2]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop2, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop2 }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop2 of allProps) {
          it.definedProperties.add(prop2);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop2 of properties) {
          if (hasDefault(prop2)) {
            applyPropertySchema(prop2);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop2, it.opts.ownProperties));
            applyPropertySchema(prop2);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop2);
          cxt.ok(valid);
        }
        function hasDefault(prop2) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop2].default !== void 0;
        }
        function applyPropertySchema(prop2) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop2,
            dataProp: prop2
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop2 in checkProperties) {
            if (new RegExp(pat).test(prop2)) {
              (0, util_1.checkStrictMode)(it, `property ${prop2} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i2) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i2,
                compositeRule: true
              }, schValid);
            }
            if (i2 > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i2}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i2);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i2) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i2 }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format2 = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format2, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format2, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format2}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format2}(${data}) : ${format2}(${data}))` : (0, codegen_1._)`${format2}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format2} == "function" ? ${callFormat} : ${format2}.test(${data}))`;
            return (0, codegen_1._)`${format2} && ${format2} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format2, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format2 == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format2 = [format_1.default];
    exports.default = format2;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i2 = 0; i2 < oneOf.length; i2++) {
            let sch = oneOf[i2];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref2 = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref2);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref2);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i2);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i2) {
            if (sch.const) {
              addMapping(sch.const, i2);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i2);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i2) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i2;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module2) {
    module2.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/ajv.js"(exports, module2) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv2 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv2;
    module2.exports = exports = Ajv2;
    module2.exports.Ajv = Ajv2;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv2;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// packages/cli/dist/errors.js
init_define_TRUSTLINT_PACKAGE();
var CliError = class extends Error {
  name = "CliError";
  exitCode;
  constructor(message, exitCode = 2) {
    super(message);
    this.exitCode = exitCode;
  }
};
function errorMessage(err2) {
  return err2 instanceof Error ? err2.message : String(err2);
}

// packages/cli/dist/paths.js
init_define_TRUSTLINT_PACKAGE();
import { existsSync } from "node:fs";
import { dirname, isAbsolute, join, relative, sep } from "node:path";
function toPosix(p) {
  return sep === "/" ? p : p.split(sep).join("/");
}
function relativePosix(base, target) {
  const rel = toPosix(relative(base, target));
  return rel === "" ? "." : rel;
}
function isInside(base, target) {
  const rel = relative(base, target);
  return rel === "" || !rel.startsWith("..") && !isAbsolute(rel);
}
function findGitRoot(dir) {
  let current = dir;
  for (; ; ) {
    if (existsSync(join(current, ".git")))
      return current;
    const parent = dirname(current);
    if (parent === current)
      return null;
    current = parent;
  }
}

// packages/cli/dist/reporters/types.js
init_define_TRUSTLINT_PACKAGE();
function countSeverities(findings) {
  const counts = { errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) {
    if (f.severity === "error")
      counts.errors++;
    else if (f.severity === "warning")
      counts.warnings++;
    else
      counts.infos++;
  }
  return counts;
}
function witnessEntries(witness) {
  const rank = (k) => k === "sub" ? 0 : k === "aud" ? 1 : 2;
  return Object.entries(witness).sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}
function formatWitness(witness) {
  return `witness: ${witnessEntries(witness).map(([k, v]) => `${k}=${v}`).join(" ")}`;
}

// packages/core/dist/analyze.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/detect.js
init_define_TRUSTLINT_PACKAGE();
var WORKFLOW_PATH = /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/;
var TEMPLATE_EXT = /\.(json\.tpl|tpl|tftpl)$/;
function detectKind(file, text3) {
  const path = file.replace(/\\/g, "/");
  if (WORKFLOW_PATH.test(path))
    return "workflow";
  if (/\.tf(\.json)?$/.test(path))
    return "terraform";
  if (TEMPLATE_EXT.test(path))
    return /"Statement"\s*:/.test(text3) ? "policy-template" : void 0;
  if (/\.json$/.test(path) || /\.template$/.test(path) && /^\s*\{/.test(text3)) {
    if (/"format_version"\s*:/.test(text3) && /"(planned_values|resource_changes|values)"\s*:/.test(text3))
      return "terraform-plan";
    if (/"AWSTemplateFormatVersion"\s*:/.test(text3) || /"Type"\s*:\s*"(AWS|Custom)::/.test(text3))
      return "cloudformation";
    if (/"Statement"\s*:/.test(text3))
      return "policy";
    return void 0;
  }
  if (/\.(ya?ml|template)$/.test(path)) {
    if (/^AWSTemplateFormatVersion[ \t]*:/m.test(text3) || /^[ \t]+Type:[ \t]*["']?(AWS|Custom)::/m.test(text3))
      return "cloudformation";
    if (/^on[ \t]*:/m.test(text3) && /^jobs[ \t]*:/m.test(text3))
      return "workflow";
    if (/(^|\/)action\.ya?ml$/.test(path) && /^runs[ \t]*:/m.test(text3))
      return "composite-action";
    return void 0;
  }
  return void 0;
}

// packages/core/dist/sources/cloudformation/index.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/cloudformation/documents.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/cloudformation/embedded-json.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/cloudformation/parse-json.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/cloudformation/origins.js
init_define_TRUSTLINT_PACKAGE();
function toOrigins(chars) {
  return {
    value: chars.map((x) => x.c).join(""),
    origins: { starts: chars.map((x) => x.s), ends: chars.map((x) => x.e) }
  };
}
function checked(chars, expected) {
  if (!chars)
    return null;
  const { value, origins } = toOrigins(chars);
  return value === expected && origins.starts.length === expected.length ? origins : null;
}
var SIMPLE_JSON_ESCAPES = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "	" };
function jsonStringOrigins(text3, start2, end, expected) {
  const chars = [];
  let i2 = start2 + 1;
  const stop2 = end - 1;
  while (i2 < stop2) {
    const c = text3[i2];
    if (c !== "\\") {
      chars.push({ c, s: i2, e: i2 + 1 });
      i2++;
      continue;
    }
    const next = text3[i2 + 1] ?? "";
    if (next === "u") {
      const code = Number.parseInt(text3.slice(i2 + 2, i2 + 6), 16);
      if (Number.isNaN(code))
        return null;
      chars.push({ c: String.fromCharCode(code), s: i2, e: i2 + 6 });
      i2 += 6;
      continue;
    }
    const simple = SIMPLE_JSON_ESCAPES[next];
    if (simple === void 0)
      return null;
    chars.push({ c: simple, s: i2, e: i2 + 2 });
    i2 += 2;
  }
  return checked(chars, expected);
}
function yamlScalarOrigins(text3, start2, end, style, expected) {
  switch (style) {
    case "PLAIN":
      return checked(flowScalar(text3, start2, end, "plain"), expected);
    case "QUOTE_SINGLE":
      return checked(flowScalar(text3, start2 + 1, end - 1, "single"), expected);
    case "QUOTE_DOUBLE":
      return checked(flowScalar(text3, start2 + 1, end - 1, "double"), expected);
    case "BLOCK_LITERAL":
    case "BLOCK_FOLDED":
      return checked(blockScalar(text3, start2, end, style === "BLOCK_FOLDED"), expected);
  }
}
function splitLines(text3, start2, end) {
  const lines = [];
  let at = start2;
  for (let i2 = start2; i2 < end; i2++) {
    if (text3[i2] === "\n") {
      const lineEnd = i2 > at && text3[i2 - 1] === "\r" ? i2 - 1 : i2;
      lines.push({ at, text: text3.slice(at, lineEnd) });
      at = i2 + 1;
    }
  }
  lines.push({ at, text: text3.slice(at, end) });
  return lines;
}
var isBlank = (c) => c === " " || c === "	";
function flowScalar(text3, start2, end, quoting) {
  const lines = splitLines(text3, start2, end);
  const out2 = [];
  let emptyLines = 0;
  let joinTight = false;
  lines.forEach((line, index) => {
    let a = 0;
    let b = line.text.length;
    if (index > 0)
      while (a < b && isBlank(line.text[a]))
        a++;
    if (index < lines.length - 1)
      while (b > a && isBlank(line.text[b - 1]))
        b--;
    if (index > 0 && index < lines.length - 1 && a === b) {
      emptyLines++;
      return;
    }
    if (index > 0) {
      const at = line.at - 1;
      if (emptyLines > 0)
        for (let k = 0; k < emptyLines; k++)
          out2.push({ c: "\n", s: at, e: at + 1 });
      else if (!joinTight)
        out2.push({ c: " ", s: at, e: at + 1 });
    }
    emptyLines = 0;
    joinTight = false;
    const content = line.text.slice(a, b);
    const base = line.at + a;
    if (quoting === "plain") {
      for (let k = 0; k < content.length; k++)
        out2.push({ c: content[k], s: base + k, e: base + k + 1 });
    } else if (quoting === "single") {
      for (let k = 0; k < content.length; k++) {
        if (content[k] === "'" && content[k + 1] === "'") {
          out2.push({ c: "'", s: base + k, e: base + k + 2 });
          k++;
        } else
          out2.push({ c: content[k], s: base + k, e: base + k + 1 });
      }
    } else {
      const last = index === lines.length - 1;
      const decoded = decodeDoubleQuoted(content, base, last);
      if (!decoded)
        return;
      out2.push(...decoded.chars);
      joinTight = decoded.escapedBreak;
    }
  });
  return out2;
}
var YAML_ESCAPES = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  t: "	",
  "	": "	",
  n: "\n",
  v: "\v",
  f: "\f",
  r: "\r",
  e: "\x1B",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  N: "\x85",
  _: "\xA0",
  L: "\u2028",
  P: "\u2029"
};
var HEX_ESCAPE_LENGTH = { x: 2, u: 4, U: 8 };
function decodeDoubleQuoted(content, base, last) {
  const chars = [];
  for (let k = 0; k < content.length; k++) {
    const c = content[k];
    if (c !== "\\") {
      chars.push({ c, s: base + k, e: base + k + 1 });
      continue;
    }
    if (k === content.length - 1 && !last)
      return { chars, escapedBreak: true };
    const next = content[k + 1] ?? "";
    const hex = HEX_ESCAPE_LENGTH[next];
    if (hex !== void 0) {
      const code = Number.parseInt(content.slice(k + 2, k + 2 + hex), 16);
      if (Number.isNaN(code))
        return void 0;
      const s = String.fromCodePoint(code);
      for (const unit of s.split(""))
        chars.push({ c: unit, s: base + k, e: base + k + 2 + hex });
      k += 1 + hex;
      continue;
    }
    const simple = YAML_ESCAPES[next];
    if (simple === void 0)
      return void 0;
    chars.push({ c: simple, s: base + k, e: base + k + 2 });
    k++;
  }
  return { chars, escapedBreak: false };
}
function blockScalar(text3, start2, end, folded) {
  const lines = splitLines(text3, start2, end);
  const header = lines.shift();
  if (!header || /\d/.test(header.text.replace(/#.*$/, "")))
    return void 0;
  const chomp = /^[|>]\s*[-+]/.test(header.text) ? header.text.includes("-") ? "strip" : "keep" : "clip";
  if (lines.length > 0 && lines.at(-1).text === "")
    lines.pop();
  const first = lines.find((l) => l.text.trim() !== "");
  if (!first)
    return [];
  const indent = first.text.length - first.text.trimStart().length;
  const out2 = [];
  let emptyLines = 0;
  let prev = "none";
  let lastBreakAt = start2;
  const pushBreaks = (n, at) => {
    for (let k = 0; k < n; k++)
      out2.push({ c: "\n", s: at, e: at + 1 });
  };
  for (const line of lines) {
    const breakAt = line.at - 1;
    if (line.text.trim() === "") {
      emptyLines++;
      lastBreakAt = line.at + line.text.length;
      continue;
    }
    if (line.text.slice(0, indent).trim() !== "")
      return void 0;
    const content = line.text.slice(indent);
    const kind = isBlank(content[0]) ? "more" : "normal";
    if (prev !== "none") {
      if (!folded)
        pushBreaks(1 + emptyLines, breakAt);
      else if (prev === "normal" && kind === "normal") {
        if (emptyLines > 0)
          pushBreaks(emptyLines, breakAt);
        else
          out2.push({ c: " ", s: breakAt, e: breakAt + 1 });
      } else
        pushBreaks(1 + emptyLines, breakAt);
    } else
      pushBreaks(emptyLines, breakAt);
    emptyLines = 0;
    prev = kind;
    const base = line.at + indent;
    for (let k = 0; k < content.length; k++)
      out2.push({ c: content[k], s: base + k, e: base + k + 1 });
    lastBreakAt = line.at + line.text.length;
  }
  if (chomp === "clip")
    pushBreaks(1, lastBreakAt);
  else if (chomp === "keep")
    pushBreaks(1 + emptyLines, lastBreakAt);
  return out2;
}

// packages/core/dist/sources/cloudformation/parse-yaml.js
init_define_TRUSTLINT_PACKAGE();
var import_yaml = __toESM(require_dist(), 1);

// packages/core/dist/sources/cloudformation/tree.js
init_define_TRUSTLINT_PACKAGE();
function lazyString(value, range, decode) {
  let cached2;
  return {
    kind: "string",
    value,
    range,
    get origins() {
      if (cached2 === void 0)
        cached2 = decode();
      return cached2;
    }
  };
}
function entryOf(node, key) {
  if (node?.kind !== "map")
    return void 0;
  return node.entries.findLast((e) => e.key === key);
}
function valueOf(node, key) {
  return entryOf(node, key)?.value;
}
function scalarText(node) {
  if (node === void 0)
    return void 0;
  if (node.kind === "string")
    return node.value;
  if (node.kind === "number" || node.kind === "boolean")
    return node.text;
  return void 0;
}
function sliceOrigins(origins, from, to) {
  if (!origins)
    return null;
  return { starts: origins.starts.slice(from, to), ends: origins.ends.slice(from, to) };
}
function subRange(node, from, to) {
  const o = node.origins;
  if (!o || to <= from)
    return node.range;
  const start2 = o.starts[from];
  const end = o.ends[to - 1];
  return start2 === void 0 || end === void 0 ? node.range : [start2, end];
}

// packages/core/dist/sources/cloudformation/parse-yaml.js
var INTRINSIC_TAGS = [
  "And",
  "Base64",
  "Cidr",
  "Condition",
  "Contains",
  "EachMemberEquals",
  "EachMemberIn",
  "Equals",
  "FindInMap",
  "GetAtt",
  "GetAZs",
  "If",
  "ImportValue",
  "Join",
  "Length",
  "Not",
  "Or",
  "Ref",
  "RefAll",
  "Select",
  "Split",
  "Sub",
  "ToJsonString",
  "Transform",
  "ValueOf",
  "ValueOfAll"
];
function longFormOfTag(tag) {
  const name2 = tag.slice(1);
  if (name2 === "Ref" || name2 === "Condition")
    return name2;
  return INTRINSIC_TAGS.includes(name2) ? `Fn::${name2}` : tag;
}
var CUSTOM_TAGS = INTRINSIC_TAGS.flatMap((name2) => [
  { tag: `!${name2}`, resolve: (value) => value },
  { tag: `!${name2}`, collection: "seq", resolve: (value) => value },
  { tag: `!${name2}`, collection: "map", resolve: (value) => value }
]);
function limitResult(err2) {
  return { error: { message: err2.message, offset: err2.offset, limit: err2.limit } };
}
function parseYamlTree(text3) {
  const doc = parseYamlDocument(text3, { customTags: CUSTOM_TAGS, uniqueKeys: false, prettyErrors: false, strict: false });
  if (doc instanceof InputLimitError)
    return limitResult(doc);
  const first = doc.errors[0];
  if (first)
    return { error: { message: first.message.split("\n")[0] ?? first.message, offset: first.pos[0] } };
  try {
    return { root: new YamlConverter(text3, doc).convert(doc.contents, [0, 0], 0) };
  } catch (err2) {
    if (err2 instanceof InputLimitError)
      return limitResult(err2);
    throw err2;
  }
}
var TAG_SEARCH_WINDOW = 4096;
var YamlConverter = class {
  text;
  doc;
  /** Each alias's target, found in one pass on the first alias (yaml's own resolve walks the document per alias). */
  targets;
  /** Nodes materialised through aliases so far, against MAX_ALIAS_EXPANSION. */
  expanded = 0;
  /** Offset of the outermost alias being expanded, or -1. */
  aliasAt = -1;
  constructor(text3, doc) {
    this.text = text3;
    this.doc = doc;
  }
  convert(node, fallback, depth) {
    if (depth > MAX_NESTING_DEPTH)
      throw depthError(node?.range[0] ?? fallback[0]);
    if (this.aliasAt >= 0 && ++this.expanded > MAX_ALIAS_EXPANSION) {
      throw aliasError(this.aliasAt, `aliases expand to more than ${MAX_ALIAS_EXPANSION} nodes`);
    }
    if (node === null || node === void 0)
      return { kind: "null", value: null, text: "", range: [fallback[1], fallback[1]] };
    if ((0, import_yaml.isAlias)(node)) {
      const outermost = this.aliasAt < 0;
      if (outermost)
        this.aliasAt = node.range[0];
      try {
        return this.convert(this.targetOf(node), [node.range[0], node.range[1]], depth + 1);
      } finally {
        if (outermost)
          this.aliasAt = -1;
      }
    }
    const inner = this.convertUntagged(node, depth);
    const tag = node.tag;
    if (tag === void 0 || !tag.startsWith("!") || tag.startsWith("!!"))
      return inner;
    const tagStart = this.tagStart(tag, node.range[0]);
    const entry = { key: longFormOfTag(tag), keyRange: [tagStart, tagStart + tag.length], value: inner };
    return { kind: "map", entries: [entry], range: [tagStart, inner.range[1]] };
  }
  /** The last node before the alias with its anchor (YAML's rule); aliases of aliases are followed by convert. */
  targetOf(alias) {
    if (!this.targets) {
      const targets = /* @__PURE__ */ new Map();
      const anchors = /* @__PURE__ */ new Map();
      (0, import_yaml.visit)(this.doc, {
        Node: (_key, n) => {
          if ((0, import_yaml.isAlias)(n)) {
            const target = anchors.get(n.source);
            if (target !== void 0)
              targets.set(n, target);
          } else if (n.anchor) {
            anchors.set(n.anchor, n);
          }
        }
      });
      this.targets = targets;
    }
    return this.targets.get(alias);
  }
  /** The tag is written before the node's own range (only spaces, breaks or an anchor in between). */
  tagStart(tag, nodeStart) {
    const from = Math.max(0, nodeStart - TAG_SEARCH_WINDOW);
    const at = this.text.lastIndexOf(tag, nodeStart);
    if (at < from)
      return nodeStart;
    const between = this.text.slice(at + tag.length, nodeStart);
    return between.split(/\s+/).every((t) => t === "" || t.startsWith("&")) ? at : nodeStart;
  }
  convertUntagged(node, depth) {
    if ((0, import_yaml.isScalar)(node)) {
      const start2 = node.range[0];
      const style = node.type ?? "PLAIN";
      const block = style === "BLOCK_LITERAL" || style === "BLOCK_FOLDED";
      let end = node.range[1];
      if (block)
        while (end > start2 && /\s/.test(this.text[end - 1] ?? ""))
          end--;
      const range = [start2, end];
      const value = node.value;
      if (typeof value === "string") {
        const sourceEnd = block ? node.range[1] : end;
        return lazyString(value, range, () => yamlScalarOrigins(this.text, start2, sourceEnd, style, value));
      }
      const raw = this.text.slice(start2, end);
      if (typeof value === "number")
        return { kind: "number", value, text: raw, range };
      if (typeof value === "boolean")
        return { kind: "boolean", value, text: raw, range };
      if (value === null)
        return { kind: "null", value: null, text: raw, range };
      return { kind: "string", value: raw, range, origins: null };
    }
    if ((0, import_yaml.isMap)(node)) {
      const entries = [];
      for (const pair of node.items) {
        if (!(0, import_yaml.isPair)(pair))
          continue;
        const key = pair.key;
        const keyRange = key && !(0, import_yaml.isAlias)(key) ? [key.range[0], key.range[1]] : [node.range[0], node.range[0]];
        const keyText2 = key && (0, import_yaml.isScalar)(key) ? String(key.value) : "";
        entries.push({ key: keyText2, keyRange, value: this.convert(pair.value, keyRange, depth + 1) });
      }
      return { kind: "map", entries, range: this.collectionRange(node.range) };
    }
    if ((0, import_yaml.isSeq)(node)) {
      const items = node.items.map((item) => this.convert(item, [node.range[0], node.range[0]], depth + 1));
      return { kind: "seq", items, range: this.collectionRange(node.range) };
    }
    return { kind: "null", value: null, text: "", range: [0, 0] };
  }
  /** Block collections' ranges include the final line break: trim it. */
  collectionRange(range) {
    let end = range[1];
    while (end > range[0] && /\s/.test(this.text[end - 1] ?? ""))
      end--;
    return [range[0], end];
  }
};

// packages/core/dist/sources/cloudformation/parse-json.js
function parseJsonTree2(text3) {
  const deep = jsonDepthExceededAt(text3);
  if (deep >= 0)
    return limitResult(depthError(deep));
  let body2;
  try {
    body2 = parse(text3, { ranges: true, mode: "json" }).body;
  } catch (err2) {
    const e = err2;
    const offset = typeof e.offset === "number" ? Math.min(e.offset, text3.length) : 0;
    return { error: { message: (e.message ?? "invalid JSON").replace(/\s*\(\d+:\d+\)\s*$/, ""), offset } };
  }
  return { root: convert(text3, body2) };
}
function rangeOf(node) {
  const r = node.range;
  return r ? [r[0], r[1]] : [node.loc.start.offset, node.loc.end.offset];
}
function convert(text3, node) {
  const range = rangeOf(node);
  switch (node.type) {
    case "Object":
      return {
        kind: "map",
        range,
        entries: node.members.map((m) => ({
          key: m.name.type === "String" ? m.name.value : m.name.name,
          keyRange: rangeOf(m.name),
          value: convert(text3, m.value)
        }))
      };
    case "Array":
      return { kind: "seq", range, items: node.elements.map((e) => convert(text3, e.value)) };
    case "String":
      return lazyString(node.value, range, () => jsonStringOrigins(text3, range[0], range[1], node.value));
    case "Number":
      return { kind: "number", value: node.value, text: text3.slice(range[0], range[1]), range };
    case "Boolean":
      return { kind: "boolean", value: node.value, text: String(node.value), range };
    case "Null":
      return { kind: "null", value: null, text: "null", range };
    default:
      return { kind: "null", value: null, text: text3.slice(range[0], range[1]), range };
  }
}

// packages/core/dist/sources/cloudformation/value.js
init_define_TRUSTLINT_PACKAGE();
function textSegment(text3, range, origins = null) {
  return { kind: "text", text: text3, origins, range };
}
function stringOfNode(node) {
  return { kind: "string", segments: [textSegment(node.value, node.range, node.origins)], range: node.range };
}
function literalString(text3, range, provenance) {
  return { kind: "string", segments: [textSegment(text3, range)], range, ...provenance ? { provenance } : {} };
}
function unresolvedString(expression2, reason, range) {
  return { kind: "string", segments: [{ kind: "unresolved", expression: expression2, reason, range }], range };
}
function literalText(value) {
  if (value === void 0)
    return void 0;
  if (value.kind === "number" || value.kind === "boolean")
    return value.text;
  if (value.kind !== "string")
    return void 0;
  let out2 = "";
  for (const s of value.segments) {
    if (s.kind !== "text")
      return void 0;
    out2 += s.text;
  }
  return out2;
}
function asString(value) {
  if (value.kind === "string")
    return value;
  if (value.kind === "number" || value.kind === "boolean")
    return literalString(value.text, value.range);
  return void 0;
}
function relocate(segments, range) {
  return segments.map((s) => s.kind === "text" ? textSegment(s.text, range) : { ...s, range });
}
function sliceSegment(s, from, to) {
  const origins = s.origins ? { starts: s.origins.starts.slice(from, to), ends: s.origins.ends.slice(from, to) } : null;
  const start2 = origins?.starts[0];
  const end = origins?.ends.at(-1);
  const range = start2 !== void 0 && end !== void 0 ? [start2, end] : s.range;
  return textSegment(s.text.slice(from, to), range, origins);
}
function splitSegments(segments, delimiter) {
  const pieces2 = [[]];
  for (const s of segments) {
    if (s.kind !== "text" || delimiter === "") {
      pieces2.at(-1).push(s);
      continue;
    }
    let from = 0;
    for (let at = s.text.indexOf(delimiter); at >= 0; at = s.text.indexOf(delimiter, from)) {
      if (at > from)
        pieces2.at(-1).push(sliceSegment(s, from, at));
      pieces2.push([]);
      from = at + delimiter.length;
    }
    if (from < s.text.length)
      pieces2.at(-1).push(sliceSegment(s, from, s.text.length));
  }
  return pieces2;
}
function firstProvenance(values) {
  for (const v of values)
    if (v?.kind === "string" && v.provenance)
      return v.provenance;
  return void 0;
}

// packages/core/dist/sources/cloudformation/embedded-json.js
var LOCAL_MARKER = /\uE000(\d+)\uE001/g;
function assemble(segments) {
  const out2 = { text: "", starts: [], ends: [], parts: [] };
  let inString = false;
  let escaped = false;
  const push = (c, s, e) => {
    out2.text += c;
    out2.starts.push(s);
    out2.ends.push(e);
  };
  for (const seg of segments) {
    if (seg.kind === "unresolved") {
      const marker = `\uE000${out2.parts.length}\uE001`;
      out2.parts.push(seg);
      const quote = !inString;
      if (quote)
        push('"', seg.range[0], seg.range[1]);
      for (const c of marker)
        push(c, seg.range[0], seg.range[1]);
      if (quote)
        push('"', seg.range[0], seg.range[1]);
      continue;
    }
    for (let i2 = 0; i2 < seg.text.length; i2++) {
      const c = seg.text[i2];
      push(c, seg.origins?.starts[i2] ?? seg.range[0], seg.origins?.ends[i2] ?? seg.range[1]);
      if (escaped)
        escaped = false;
      else if (inString && c === "\\")
        escaped = true;
      else if (c === '"')
        inString = !inString;
    }
  }
  return out2;
}
function parseEmbeddedJson(source) {
  const a = assemble(source.segments);
  const parsed = parseJsonTree2(a.text);
  if ("error" in parsed) {
    const offset = a.starts[parsed.error.offset] ?? a.ends.at(-1) ?? source.range[0];
    const { limit } = parsed.error;
    return { error: parsed.error.message, offset, ...limit ? { limit } : {} };
  }
  const mapRange2 = (r) => {
    const start2 = a.starts[r[0]] ?? source.range[0];
    const end = r[1] > r[0] ? a.ends[r[1] - 1] ?? start2 : start2;
    return [start2, Math.max(start2, end)];
  };
  const splitMarkers = (value, origin, whole) => {
    const segments = [];
    let cursor = 0;
    const text3 = (from, to) => {
      if (to <= from)
        return;
      const o = origin(from, to);
      const range = o && o.starts.length > 0 ? [o.starts[0], o.ends.at(-1)] : whole;
      segments.push(textSegment(value.slice(from, to), range, o));
    };
    for (const m of value.matchAll(LOCAL_MARKER)) {
      const part = a.parts[Number(m[1])];
      if (!part)
        continue;
      text3(cursor, m.index);
      segments.push(part);
      cursor = m.index + m[0].length;
    }
    text3(cursor, value.length);
    return segments.length > 0 ? segments : [textSegment("", whole)];
  };
  const convert2 = (node) => {
    const range = mapRange2(node.range);
    switch (node.kind) {
      case "map":
        return {
          kind: "object",
          range,
          members: node.entries.map((e) => {
            const keyRange = mapRange2(e.keyRange);
            const hasMarker2 = e.key.includes("\uE000");
            return {
              key: e.key,
              keyRange,
              ...hasMarker2 ? { keySegments: splitMarkers(e.key, () => null, keyRange) } : {},
              value: convert2(e.value)
            };
          })
        };
      case "seq":
        return { kind: "list", range, items: node.items.map(convert2) };
      case "string": {
        const o = node.origins;
        const origin = o ? (from, to) => ({
          starts: o.starts.slice(from, to).map((s) => a.starts[s] ?? range[0]),
          ends: o.ends.slice(from, to).map((e) => a.ends[e - 1] ?? range[1])
        }) : () => null;
        return { kind: "string", range, segments: splitMarkers(node.value, origin, range) };
      }
      default:
        return { kind: node.kind, value: node.value, text: node.text, range };
    }
  };
  return { value: convert2(parsed.root) };
}

// packages/core/dist/sources/cloudformation/resolve.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/cloudformation/conditions.js
init_define_TRUSTLINT_PACKAGE();
var UNKNOWN = { value: void 0 };
function conditionOf(r, name2) {
  const assumed = r.assumptions.get(name2);
  if (assumed !== void 0)
    return { value: assumed };
  const cached2 = r.conditionCache.get(name2);
  if (cached2)
    return cached2;
  const node = r.env.template.conditions.get(name2);
  let result = (node ? r.guarded(`condition:${name2}`, () => expression(r, node)) : void 0) ?? UNKNOWN;
  if (result.value === void 0 && result.cause === void 0)
    result = { value: void 0, cause: name2 };
  r.conditionCache.set(name2, result);
  return result;
}
function expression(r, node) {
  if (node.kind === "boolean")
    return { value: node.value === true };
  if (node.kind !== "map" || node.entries.length !== 1)
    return UNKNOWN;
  const { key, value: arg } = node.entries[0];
  const items = arg.kind === "seq" ? arg.items : [arg];
  switch (key) {
    case "Condition": {
      const name2 = scalarText(arg);
      return name2 === void 0 ? UNKNOWN : conditionOf(r, name2);
    }
    case "Fn::Equals": {
      const [a, b] = items.map((i2) => literalText(r.resolve(i2)));
      return a === void 0 || b === void 0 ? UNKNOWN : { value: a === b };
    }
    case "Fn::Not": {
      const inner = items[0] ? expression(r, items[0]) : UNKNOWN;
      return inner.value === void 0 ? inner : { value: !inner.value };
    }
    case "Fn::And":
    case "Fn::Or": {
      const decisive = key === "Fn::Or";
      const values = items.map((i2) => expression(r, i2));
      if (values.some((v) => v.value === decisive))
        return { value: decisive };
      const unknown2 = values.find((v) => v.value === void 0);
      return unknown2 ?? { value: !decisive };
    }
    default:
      return UNKNOWN;
  }
}
function fnIf(r, arg, node) {
  const items = arg.kind === "seq" ? arg.items : [];
  const name2 = scalarText(items[0]);
  const whenTrue = items[1];
  const whenFalse = items[2];
  if (name2 === void 0 || !whenTrue || !whenFalse)
    return r.unresolved(node, "Fn::If needs [condition, value if true, value if false]");
  const condition = r.condition(name2);
  let branch = condition.value;
  if (branch === void 0) {
    r.noteUndecided(condition.cause ?? name2);
    branch = true;
  }
  return r.resolve(branch ? whenTrue : whenFalse);
}

// packages/core/dist/sources/cloudformation/functions.js
init_define_TRUSTLINT_PACKAGE();
function itemsOf(value) {
  if (value.kind === "list")
    return value.items;
  if (value.kind === "string")
    return [value];
  return [];
}
function args2(arg, count) {
  return arg.kind === "seq" && arg.items.length >= count ? arg.items : void 0;
}
function join2(r, arg, node) {
  const a = args2(arg, 2);
  if (!a)
    return r.unresolved(node, "Fn::Join needs [delimiter, list]");
  const [delimNode, listNode] = a;
  const delimiter = literalText(r.resolve(delimNode));
  if (delimiter === void 0)
    return r.unresolved(node, "the Fn::Join delimiter could not be resolved");
  const items = itemsOf(r.resolve(listNode));
  const segments = [];
  items.forEach((item, index) => {
    if (index > 0 && delimiter !== "")
      segments.push(textSegment(delimiter, delimNode.range));
    const str2 = asString(item);
    segments.push(...str2 ? str2.segments : unresolvedString("Fn::Join item", "a list item that is not a string", item.range).segments);
  });
  const result = { kind: "string", segments: segments.length > 0 ? segments : [textSegment("", node.range)], range: node.range };
  const provenance = firstProvenance(items);
  if (provenance)
    result.provenance = provenance;
  return result;
}
function select(r, arg, node) {
  const a = args2(arg, 2);
  if (!a)
    return r.unresolved(node, "Fn::Select needs [index, list]");
  const index = Number(literalText(r.resolve(a[0])));
  const list2 = r.resolve(a[1]);
  if (!Number.isInteger(index) || index < 0)
    return r.unresolved(node, "the Fn::Select index could not be resolved");
  const item = list2.kind === "list" ? list2.items[index] : void 0;
  return item ?? r.unresolved(node, "selects from a list that could not be resolved");
}
function split(r, arg, node) {
  const a = args2(arg, 2);
  if (!a)
    return r.unresolved(node, "Fn::Split needs [delimiter, string]");
  const delimiter = literalText(r.resolve(a[0]));
  const source = asString(r.resolve(a[1]));
  if (delimiter === void 0 || !source)
    return r.unresolved(node, "Fn::Split arguments could not be resolved");
  const items = splitSegments(source.segments, delimiter).map((segments) => ({
    kind: "string",
    segments: segments.length > 0 ? segments : [textSegment("", source.range)],
    range: source.range,
    ...source.provenance ? { provenance: source.provenance } : {}
  }));
  return { kind: "list", items, range: node.range };
}
function findInMap(r, arg, node) {
  const a = args2(arg, 3);
  if (!a)
    return r.unresolved(node, "Fn::FindInMap needs [map, top-level key, second-level key]");
  const keys = a.slice(0, 3).map((k) => literalText(r.resolve(k)));
  const fallback = valueOf(a[3], "DefaultValue");
  if (keys.some((k) => k === void 0)) {
    return fallback ? r.resolve(fallback) : r.unresolved(node, "a Fn::FindInMap key could not be resolved");
  }
  const [map, top, second] = keys;
  const found = valueOf(valueOf(valueOf(r.env.template.mappings, map), top), second);
  if (found)
    return r.resolve(found);
  if (fallback)
    return r.resolve(fallback);
  return r.unresolved(node, `Mappings has no ${map}.${top}.${second}`);
}

// packages/core/dist/sources/cloudformation/refs.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/cloudformation/template.js
init_define_TRUSTLINT_PACKAGE();
function isTemplate(root) {
  if (root.kind !== "map")
    return false;
  if (entryOf(root, "AWSTemplateFormatVersion"))
    return true;
  const resources = valueOf(root, "Resources");
  if (resources?.kind !== "map")
    return false;
  return resources.entries.some((e) => {
    const type = valueOf(e.value, "Type");
    return type?.kind === "string" && /^(AWS|Custom|Alexa)::/.test(type.value);
  });
}
function readTemplate(root) {
  const parameters = /* @__PURE__ */ new Map();
  const params = valueOf(root, "Parameters");
  if (params?.kind === "map") {
    for (const e of params.entries) {
      const type = valueOf(e.value, "Type");
      parameters.set(e.key, { name: e.key, type: type?.kind === "string" ? type.value : void 0, default: valueOf(e.value, "Default") });
    }
  }
  const conditions = /* @__PURE__ */ new Map();
  const conds = valueOf(root, "Conditions");
  if (conds?.kind === "map")
    for (const e of conds.entries)
      conditions.set(e.key, e.value);
  const resources = /* @__PURE__ */ new Map();
  const res = valueOf(root, "Resources");
  if (res?.kind === "map") {
    for (const e of res.entries) {
      const type = valueOf(e.value, "Type");
      const props = valueOf(e.value, "Properties");
      const condition = valueOf(e.value, "Condition");
      resources.set(e.key, {
        logicalId: e.key,
        keyRange: e.keyRange,
        type: type?.kind === "string" ? type.value : void 0,
        properties: props?.kind === "map" ? props : void 0,
        condition: condition?.kind === "string" ? condition.value : void 0,
        entry: e
      });
    }
  }
  return { root, parameters, mappings: valueOf(root, "Mappings"), conditions, resources };
}
function isListParameter(p) {
  const t = p.type ?? "";
  return t === "CommaDelimitedList" || t.startsWith("List<") || /^AWS::SSM::Parameter::Value<List</.test(t);
}

// packages/core/dist/sources/cloudformation/refs.js
var PROVIDER_TYPES = /* @__PURE__ */ new Set(["AWS::IAM::OIDCProvider", "Custom::AWSCDKOpenIdConnectProvider"]);
var DEPLOY_TIME_PSEUDO = "pseudo parameter known only at deploy time";
function ref(r, name2, use) {
  switch (name2) {
    case "AWS::NoValue":
      return { kind: "novalue", range: use };
    // The standard partition and its URL suffix; other partitions would need an option.
    case "AWS::Partition":
      return literalString("aws", use);
    case "AWS::URLSuffix":
      return literalString("amazonaws.com", use);
    case "AWS::NotificationARNs":
      return { kind: "list", items: [unresolvedString(name2, DEPLOY_TIME_PSEUDO, use)], range: use };
  }
  if (name2.startsWith("AWS::"))
    return unresolvedString(name2, DEPLOY_TIME_PSEUDO, use);
  const parameter = r.env.template.parameters.get(name2);
  if (parameter)
    return parameterValue(r, parameter, use);
  const resource = r.env.template.resources.get(name2);
  if (resource)
    return resourceRef(r, resource, use);
  return unresolvedString(name2, `"${name2}" is not a parameter or resource of this template`, use);
}
function parameterValue(r, p, use) {
  const list2 = isListParameter(p);
  const given = r.env.parameters[p.name];
  if (given !== void 0)
    return fromText(given, list2, use);
  const text3 = scalarText(p.default);
  if (p.default && text3 !== void 0) {
    const provenance = {
      kind: "cfn-parameter-default",
      name: p.name,
      location: { file: r.env.file, span: r.env.spans.span(p.default.range) }
    };
    return fromText(text3, list2, use, provenance);
  }
  const missing = unresolvedString(p.name, `parameter ${p.name} has no default (pass --parameter ${p.name}=\u2026)`, use);
  return list2 ? { kind: "list", items: [missing], range: use } : missing;
}
function fromText(text3, list2, use, provenance) {
  if (!list2)
    return literalString(text3, use, provenance);
  return { kind: "list", items: text3.split(",").map((t) => literalString(t.trim(), use, provenance)), range: use };
}
function resourceRef(r, res, use) {
  const type = res.type ?? "unknown type";
  if (PROVIDER_TYPES.has(type))
    return providerArn(r, res, use);
  const nameProperty = type === "AWS::IAM::User" ? "UserName" : type === "AWS::IAM::Role" ? "RoleName" : void 0;
  if (nameProperty) {
    const node = valueOf(res.properties, nameProperty);
    const value = node ? r.guarded(`ref:${res.logicalId}`, () => r.resolve(node)) : void 0;
    const text3 = literalText(value);
    if (text3 !== void 0)
      return literalString(text3, use);
  }
  return unresolvedString(`!Ref ${res.logicalId}`, `the physical id of ${type} ${res.logicalId} is known only at deploy time`, use);
}
function getAtt(r, arg, node) {
  let id;
  let attr2;
  if (arg.kind === "seq") {
    id = scalarText(arg.items[0]);
    const a = arg.items[1];
    attr2 = a ? literalText(r.resolve(a)) : void 0;
  } else {
    const text3 = scalarText(arg);
    const dot = text3?.indexOf(".") ?? -1;
    if (text3 !== void 0 && dot > 0) {
      id = text3.slice(0, dot);
      attr2 = text3.slice(dot + 1);
    }
  }
  if (id === void 0 || attr2 === void 0)
    return r.unresolved(node, "Fn::GetAtt needs a literal resource and attribute");
  return attribute(r, id, attr2, node.range);
}
function attribute(r, id, attr2, use) {
  const res = r.env.template.resources.get(id);
  const expression2 = `!GetAtt ${id}.${attr2}`;
  if (!res)
    return unresolvedString(expression2, `"${id}" is not a resource of this template`, use);
  const type = res.type ?? "unknown type";
  if (PROVIDER_TYPES.has(type) && attr2 === "Arn")
    return providerArn(r, res, use);
  if (type === "Custom::AWSCDKCfnJson" && attr2 === "Value") {
    const json = cfnJsonValue(r, res);
    if (json)
      return json;
  }
  return unresolvedString(expression2, `attribute of ${type} ${id}, known only at deploy time`, use);
}
function cfnJsonValue(r, res) {
  const node = valueOf(res.properties, "Value");
  if (!node)
    return void 0;
  return r.guarded(`cfnjson:${res.logicalId}`, () => {
    const value = r.resolve(node);
    if (value.kind === "object")
      return value;
    const text3 = asString(value);
    if (!text3)
      return void 0;
    const parsed = parseEmbeddedJson(text3);
    return "value" in parsed ? parsed.value : void 0;
  });
}
function providerArn(r, res, use) {
  const urlNode = valueOf(res.properties, "Url");
  const url = urlNode ? r.guarded(`provider:${res.logicalId}`, () => r.resolve(urlNode)) : void 0;
  const urlString = url ? asString(url) : void 0;
  const host = urlString ? stripScheme(relocate(urlString.segments, use)) : [{ kind: "unresolved", expression: `!GetAtt ${res.logicalId}.Url`, reason: "the provider URL could not be resolved", range: use }];
  return {
    kind: "string",
    range: use,
    segments: [
      textSegment("arn:aws:iam::", use),
      { kind: "unresolved", expression: "AWS::AccountId", reason: DEPLOY_TIME_PSEUDO, range: use },
      textSegment(":oidc-provider/", use),
      ...host
    ]
  };
}
function stripScheme(segments) {
  const out2 = [...segments];
  const first = out2[0];
  if (first?.kind === "text")
    out2[0] = textSegment(first.text.replace(/^https?:\/\//i, ""), first.range);
  const last = out2.at(-1);
  if (last?.kind === "text")
    out2[out2.length - 1] = textSegment(last.text.replace(/\/+$/, ""), last.range);
  return out2;
}

// packages/core/dist/sources/cloudformation/sub.js
init_define_TRUSTLINT_PACKAGE();
function sub(r, arg, node) {
  const template = arg.kind === "seq" ? arg.items[0] : arg;
  const vars = arg.kind === "seq" ? arg.items[1] : void 0;
  if (template?.kind !== "string")
    return r.unresolved(node, "Fn::Sub needs a literal template string");
  const value = template.value;
  const segments = [];
  const used = [];
  const text3 = (from, to) => {
    if (to > from)
      segments.push(textSegment(value.slice(from, to), subRange(template, from, to), sliceOrigins(template.origins, from, to)));
  };
  let textStart = 0;
  let i2 = 0;
  while (i2 < value.length) {
    const open = value.indexOf("${", i2);
    if (open < 0)
      break;
    if (value[open + 2] === "!") {
      text3(textStart, open + 2);
      textStart = i2 = open + 3;
      continue;
    }
    const close = value.indexOf("}", open + 2);
    if (close < 0)
      break;
    text3(textStart, open);
    const name2 = value.slice(open + 2, close).trim();
    const at = subRange(template, open, close + 1);
    const resolved = variable(r, name2, vars?.kind === "map" ? vars : void 0, at);
    used.push(resolved);
    const str2 = asString(resolved);
    segments.push(...str2 ? relocate(str2.segments, at) : unresolvedString(name2, "substitutes a value that is not a string", at).segments);
    textStart = i2 = close + 1;
  }
  text3(textStart, value.length);
  const provenance = firstProvenance(used);
  const result = { kind: "string", segments: segments.length > 0 ? segments : [textSegment("", template.range)], range: template.range };
  if (provenance)
    result.provenance = provenance;
  return result;
}
function variable(r, name2, vars, at) {
  const local = vars?.entries.findLast((e) => e.key === name2);
  if (local)
    return r.resolve(local.value);
  const dot = name2.indexOf(".");
  if (dot > 0)
    return attribute(r, name2.slice(0, dot), name2.slice(dot + 1), at);
  return ref(r, name2, at);
}

// packages/core/dist/sources/cloudformation/resolve.js
var ResolveLimitError = class extends Error {
};
var MAX_STEPS = 2e5;
var INTRINSICS = {
  Ref: (r, arg, node) => {
    const name2 = scalarText(arg);
    return name2 === void 0 ? r.unresolved(node, "Ref needs a literal name") : ref(r, name2, node.range);
  },
  "Fn::GetAtt": (r, arg, node) => getAtt(r, arg, node),
  "Fn::Sub": sub,
  "Fn::Join": join2,
  "Fn::Select": select,
  "Fn::Split": split,
  "Fn::FindInMap": findInMap,
  "Fn::If": fnIf,
  // Language extension: the policy consumer accepts the object itself in place of its JSON text.
  "Fn::ToJsonString": (r, arg) => r.resolve(arg)
};
var DEPLOY_TIME = {
  "Fn::ImportValue": "an export of another stack, known only at deploy time",
  "Fn::GetAZs": "availability zones, known only at deploy time",
  "Fn::Base64": "Fn::Base64 is not evaluated",
  "Fn::Cidr": "Fn::Cidr is not evaluated",
  "Fn::Transform": "a macro that runs at deploy time",
  "Fn::Length": "Fn::Length is not evaluated"
};
var Resolver = class {
  env;
  assumptions;
  /** Undecidable conditions met while resolving, in order (the first one is branched on next). */
  needed = [];
  conditionCache = /* @__PURE__ */ new Map();
  active = /* @__PURE__ */ new Set();
  steps = 0;
  constructor(env, assumptions = /* @__PURE__ */ new Map()) {
    this.env = env;
    this.assumptions = assumptions;
  }
  resolve(node) {
    if (++this.steps > MAX_STEPS)
      throw new ResolveLimitError(`more than ${MAX_STEPS} evaluation steps`);
    switch (node.kind) {
      case "string":
        return stringOfNode(node);
      case "number":
      case "boolean":
      case "null":
        return { kind: node.kind, value: node.value, text: node.text, range: node.range };
      case "seq": {
        const items = node.items.map((i2) => this.resolve(i2)).filter((v) => v.kind !== "novalue");
        return { kind: "list", items, range: node.range };
      }
      case "map": {
        const fn = intrinsicName(node);
        if (fn !== void 0)
          return this.intrinsic(fn, node);
        const members = node.entries.map((e) => ({ key: e.key, keyRange: e.keyRange, value: this.resolve(e.value) }));
        return { kind: "object", members: members.filter((m) => m.value.kind !== "novalue"), range: node.range };
      }
    }
  }
  intrinsic(fn, node) {
    const arg = node.entries[0].value;
    const impl = INTRINSICS[fn];
    if (impl)
      return impl(this, arg, node);
    const reason = DEPLOY_TIME[fn] ?? (fn.startsWith("!") ? `unknown tag ${fn} (a preprocessor or macro)` : `${fn} is not evaluated`);
    return this.unresolved(node, reason);
  }
  /** An unresolved string naming the expression as written. */
  unresolved(node, reason) {
    return unresolvedString(describe(node), reason, node.range);
  }
  /** Runs `fn` unless `key` is already being resolved (a reference cycle): then undefined. */
  guarded(key, fn) {
    if (this.active.has(key))
      return void 0;
    this.active.add(key);
    try {
      return fn();
    } finally {
      this.active.delete(key);
    }
  }
  noteUndecided(condition) {
    if (!this.needed.includes(condition))
      this.needed.push(condition);
  }
  condition(name2) {
    return conditionOf(this, name2);
  }
};
function intrinsicName(node) {
  if (node.kind !== "map" || node.entries.length !== 1)
    return void 0;
  const key = node.entries[0].key;
  return key === "Ref" || key.startsWith("Fn::") || key.startsWith("!") ? key : void 0;
}
var MAX_DESCRIBE = 80;
function describe(node) {
  const text3 = render(node, 0);
  return text3.length > MAX_DESCRIBE ? `${text3.slice(0, MAX_DESCRIBE - 1)}\u2026` : text3;
}
function render(node, depth) {
  if (depth > 4)
    return "\u2026";
  switch (node.kind) {
    case "string":
      return /^[\w:.\-/${}!*]+$/.test(node.value) ? node.value : JSON.stringify(node.value);
    case "number":
    case "boolean":
    case "null":
      return node.text || "null";
    case "seq":
      return `[${node.items.map((i2) => render(i2, depth + 1)).join(", ")}]`;
    case "map": {
      const fn = intrinsicName(node);
      if (fn !== void 0) {
        const tag = fn === "Ref" ? "!Ref" : fn.startsWith("!") ? fn : `!${fn.slice("Fn::".length)}`;
        return `${tag} ${render(node.entries[0].value, depth + 1)}`;
      }
      return `{${node.entries.map((e) => `${e.key}: ${render(e.value, depth + 1)}`).join(", ")}}`;
    }
  }
}

// packages/core/dist/sources/cloudformation/to-policy.js
init_define_TRUSTLINT_PACKAGE();
var SpanMaker = class {
  lines;
  constructor(lines) {
    this.lines = lines;
  }
  span(range) {
    return { start: positionAt(this.lines, range[0]), end: positionAt(this.lines, range[1]) };
  }
};
function toPolicyNode(value, spans, alloc) {
  switch (value.kind) {
    case "novalue":
      return void 0;
    case "string": {
      const { text: text3, parts: parts2 } = renderSegments(value.segments, spans, alloc);
      const node = { type: "string", span: spans.span(value.range), value: text3 };
      if (parts2.length > 0)
        node.unresolved = parts2;
      const first = parts2[0];
      if (value.provenance)
        node.provenance = value.provenance;
      else if (first)
        node.provenance = { kind: "unresolved", expression: first.expression, reason: first.reason };
      return node;
    }
    case "number":
    case "boolean":
    case "null":
      return { type: value.kind, span: spans.span(value.range), value: value.value, text: value.text };
    case "list": {
      const items = [];
      for (const item of value.items) {
        const node = toPolicyNode(item, spans, alloc);
        if (node)
          items.push(node);
      }
      return { type: "array", span: spans.span(value.range), items };
    }
    case "object": {
      const members = [];
      for (const m of value.members) {
        const node = toPolicyNode(m.value, spans, alloc);
        if (!node)
          continue;
        const key = m.keySegments ? renderSegments(m.keySegments, spans, alloc).text : m.key;
        members.push({ key, keySpan: spans.span(m.keyRange), value: node });
      }
      return { type: "object", span: spans.span(value.range), members };
    }
  }
}
function renderSegments(segments, spans, alloc) {
  let text3 = "";
  const parts2 = [];
  for (const s of segments) {
    if (s.kind === "text") {
      text3 += s.text;
      continue;
    }
    const { marker, part } = alloc.part(s.expression, s.reason, spans.span(s.range));
    text3 += marker;
    parts2.push(part);
  }
  return { text: text3, parts: parts2 };
}

// packages/core/dist/sources/cloudformation/variants.js
init_define_TRUSTLINT_PACKAGE();
var MAX_VARIANTS = 8;
function renderVariants(render2, key, cap = MAX_VARIANTS) {
  const queue = [[]];
  const leaves = [];
  let truncated = false;
  for (let a = queue.shift(); a !== void 0; a = queue.shift()) {
    const map = new Map(a);
    const { value, needed } = render2(map);
    const next = needed.find((n) => !map.has(n));
    if (next !== void 0) {
      if (leaves.length + queue.length + 2 <= cap) {
        queue.push([...a, [next, true]], [...a, [next, false]]);
        continue;
      }
      truncated = true;
    }
    leaves.push({ value, assumptions: a });
  }
  const groups = /* @__PURE__ */ new Map();
  for (const leaf of leaves) {
    const k = key(leaf.value);
    const group = groups.get(k);
    if (group)
      group.push(leaf);
    else
      groups.set(k, [leaf]);
  }
  const variants = [...groups.values()].map((group) => ({
    value: group[0].value,
    label: groups.size === 1 ? void 0 : labelOf(group.map((g) => g.assumptions))
  }));
  return { variants, truncated };
}
function labelOf(all) {
  const [first, ...rest] = all;
  if (!first)
    return void 0;
  const shared = first.filter(([name2, value]) => rest.every((a) => a.some(([n, v]) => n === name2 && v === value)));
  const chosen = shared.length > 0 ? shared : first;
  return chosen.length > 0 ? chosen.map(([name2, value]) => `Condition ${name2} = ${value}`).join(", ") : void 0;
}

// packages/core/dist/sources/cloudformation/documents.js
var resourceName = (res) => `Resources.${res.logicalId}`;
function finding(env, res, ruleId, severity, message, range) {
  return { ruleId, severity, message, location: { file: env.file, span: env.spans.span(range) }, resource: resourceName(res) };
}
function policyOutcome(value) {
  if (value.kind === "object")
    return { kind: "policy", value };
  const text3 = value.kind === "string" ? value : void 0;
  if (!text3)
    return { kind: "invalid", message: `AssumeRolePolicyDocument is ${value.kind === "list" ? "a list" : "not an object"}`, offset: value.range[0], parse: false };
  const only = text3.segments.length === 1 ? text3.segments[0] : void 0;
  if (only?.kind === "unresolved")
    return { kind: "unresolved", part: only };
  const parsed = parseEmbeddedJson(text3);
  if ("error" in parsed) {
    if (parsed.limit)
      return { kind: "invalid", message: `the policy text was not analysed: ${parsed.error}`, offset: parsed.offset, parse: false };
    return { kind: "invalid", message: `the policy text is not valid JSON: ${parsed.error}`, offset: parsed.offset, parse: true };
  }
  if (parsed.value.kind !== "object")
    return { kind: "invalid", message: "the policy text is not a JSON object", offset: text3.range[0], parse: true };
  return { kind: "policy", value: parsed.value };
}
function trustPolicyDocuments(env, res) {
  const node = valueOf(res.properties, "AssumeRolePolicyDocument");
  if (!node)
    return { documents: [], findings: opaqueProperties(env, res) };
  const { variants, truncated } = renderVariants(
    (assumptions) => {
      const r = new Resolver(env, assumptions);
      const outcome = policyOutcome(r.resolve(node));
      const root = outcome.kind === "policy" ? toPolicyNode(outcome.value, env.spans, new UnresolvedAllocator()) : void 0;
      return { value: { outcome, root: root?.type === "object" ? root : void 0 }, needed: r.needed };
    },
    // Same JSON and same unresolved expressions: the same policy for every rule.
    (v) => v.root ? JSON.stringify([toJson(v.root), collectUnresolved(v.root).map((u) => u.part.expression)]) : `${v.outcome.kind}:${JSON.stringify(v.outcome)}`
  );
  const roleName = literalText(resolveProperty(env, res, "RoleName"));
  const documents = [];
  const findings = [];
  for (const { value, label } of variants) {
    const { outcome, root } = value;
    if (root) {
      documents.push({
        kind: "trust-policy",
        file: env.file,
        resource: resourceName(res),
        ...roleName !== void 0 ? { roleName } : {},
        ...label !== void 0 ? { variant: label } : {},
        root,
        location: { file: env.file, span: env.spans.span(node.range) },
        sourceKind: "cloudformation"
      });
    } else if (outcome.kind === "unresolved") {
      const { expression: expression2, reason, range } = outcome.part;
      findings.push(finding(env, res, "oidc-unresolved", "warning", `the trust policy of ${resourceName(res)} is "${expression2}" (${reason}): it could not be resolved statically and was not analysed${label ? ` (${label})` : ""}`, range));
    } else if (outcome.kind === "invalid") {
      const at = [outcome.offset, outcome.offset + 1];
      findings.push(finding(env, res, outcome.parse ? "parse-error" : "input-error", outcome.parse ? "error" : "warning", `${resourceName(res)}: ${outcome.message}${label ? ` (${label})` : ""}`, at));
    }
  }
  if (truncated) {
    findings.push(finding(env, res, "input-error", "warning", `the trust policy of ${resourceName(res)} depends on more undecidable Fn::If conditions than trustlint renders; only the first combinations were analysed (pass --parameter to decide them)`, node.range));
  }
  return { documents, findings };
}
function opaqueProperties(env, res) {
  const props = res.properties;
  const opaque = props?.entries.find((e) => e.key === "Fn::Transform") ?? (props && intrinsicName(props) !== void 0 ? props.entries[0] : void 0);
  if (!props || !opaque)
    return [];
  const expression2 = describe(props);
  return [finding(env, res, "oidc-unresolved", "warning", `the properties of ${resourceName(res)} come from "${expression2}": its trust policy could not be resolved statically and was not analysed`, opaque.keyRange)];
}
function resolveProperty(env, res, name2) {
  const node = valueOf(res.properties, name2);
  return node ? resolveDecided(env, node) : void 0;
}
function resolveDecided(env, node) {
  const r = new Resolver(env);
  const value = r.resolve(node);
  return r.needed.length > 0 ? r.unresolved(node, `depends on the undecidable condition ${r.needed.join(", ")}`) : value;
}
function oidcProviderDocument(env, res) {
  const alloc = new UnresolvedAllocator();
  const urlNode = valueOf(res.properties, "Url");
  const url = urlNode ? stringValue(env, urlNode, alloc) : void 0;
  const listNode = valueOf(res.properties, "ClientIdList") ?? valueOf(res.properties, "ClientIDList");
  const resourceLocation = { file: env.file, span: env.spans.span(res.keyRange) };
  return {
    kind: "oidc-provider",
    file: env.file,
    resource: resourceName(res),
    url: url ?? "",
    urlLocation: urlNode ? { file: env.file, span: env.spans.span(urlNode.range) } : null,
    clientIds: listNode ? clientIds(env, listNode, alloc) : [],
    clientIdsLocation: listNode ? { file: env.file, span: env.spans.span(listNode.range) } : resourceLocation,
    location: resourceLocation,
    sourceKind: "cloudformation"
  };
}
function stringValue(env, node, alloc) {
  const value = asString(resolveDecided(env, node));
  const rendered = value ? toPolicyNode(value, env.spans, alloc) : void 0;
  return rendered?.type === "string" ? rendered.value : void 0;
}
function clientIds(env, node, alloc) {
  const list2 = resolveDecided(env, node);
  if (list2.kind !== "list")
    return "unresolved";
  const out2 = [];
  for (const item of list2.items) {
    const str2 = asString(item);
    if (!str2 || str2.segments.length === 1 && str2.segments[0]?.kind === "unresolved")
      return "unresolved";
    const rendered = toPolicyNode(str2, env.spans, alloc);
    if (rendered?.type === "string")
      out2.push({ value: rendered.value, location: { file: env.file, span: rendered.span } });
  }
  return out2;
}
function accessKeyDocument(env, res) {
  const userName = literalText(resolveProperty(env, res, "UserName"));
  return {
    kind: "access-key",
    file: env.file,
    resource: resourceName(res),
    location: { file: env.file, span: env.spans.span(res.keyRange) },
    ...userName !== void 0 ? { userName } : {},
    sourceKind: "cloudformation"
  };
}

// packages/core/dist/sources/cloudformation/index.js
var ALWAYS_REPORTED = /\.template$/i;
function readCloudFormation(input, options = {}) {
  const { file, text: text3 } = input;
  const oversized = oversizedInput(file, text3);
  if (oversized)
    return { documents: [], findings: [oversized] };
  const lines = lineStarts(text3);
  const json = /\.json$/i.test(file) || /^\s*\{/.test(text3);
  const parsed = json ? parseJsonTree2(text3) : parseYamlTree(text3);
  if ("error" in parsed) {
    const { limit, message, offset } = parsed.error;
    if (limit)
      return { documents: [], findings: [limitFinding(file, text3, new InputLimitError(limit, message, offset), "the CloudFormation template")] };
    if (!input.explicit && !ALWAYS_REPORTED.test(file))
      return { documents: [], findings: [] };
    const start2 = positionAt(lines, parsed.error.offset);
    const end = positionAt(lines, Math.min(parsed.error.offset + 1, text3.length));
    return {
      documents: [],
      findings: [
        {
          ruleId: "parse-error",
          severity: "error",
          message: `CloudFormation template is not valid ${json ? "JSON" : "YAML"}: ${parsed.error.message}`,
          location: { file, span: { start: start2, end } }
        }
      ]
    };
  }
  const root = parsed.root;
  if (!isTemplate(root)) {
    if (!input.explicit)
      return { documents: [], findings: [] };
    const spans = new SpanMaker(lines);
    return {
      documents: [],
      findings: [
        {
          ruleId: "input-error",
          severity: "info",
          message: "not a CloudFormation template: no AWSTemplateFormatVersion and no Resources with AWS:: types; the file was not analysed",
          location: { file, span: spans.span([root.range[0], Math.min(root.range[1], text3.search(/\r?\n|$/))]) }
        }
      ]
    };
  }
  const env = { template: readTemplate(root), parameters: options.parameters ?? {}, file, spans: new SpanMaker(lines) };
  const documents = [];
  const findings = [];
  for (const res of env.template.resources.values()) {
    try {
      if (res.condition !== void 0 && env.template.conditions.has(res.condition) && !createdUnder(env, res.condition))
        continue;
      if (res.type === "AWS::IAM::Role") {
        const built = trustPolicyDocuments(env, res);
        documents.push(...built.documents);
        findings.push(...built.findings);
      } else if (res.type !== void 0 && PROVIDER_TYPES.has(res.type)) {
        documents.push(oidcProviderDocument(env, res));
      } else if (res.type === "AWS::IAM::AccessKey") {
        documents.push(accessKeyDocument(env, res));
      }
    } catch (err2) {
      if (!(err2 instanceof ResolveLimitError))
        throw err2;
      findings.push({
        ruleId: "input-error",
        severity: "warning",
        message: `Resources.${res.logicalId} could not be analysed within limits: ${err2.message}`,
        location: { file, span: env.spans.span(res.keyRange) },
        resource: `Resources.${res.logicalId}`
      });
    }
  }
  return { documents, findings };
}
function createdUnder(env, condition) {
  return new Resolver(env).condition(condition).value !== false;
}

// packages/core/dist/sources/policy-file.js
init_define_TRUSTLINT_PACKAGE();
var PLACEHOLDER_RE = /\$\{[^{}:"\n]+\}|\$[A-Za-z_][A-Za-z0-9_]*|__[A-Za-z0-9]+(?:_[A-Za-z0-9]+)*__|\{\{[^{}\n]*\}\}|%s/g;
function preparePolicyTemplate(text3) {
  const placeholders = [];
  const insideString = stringMask(text3);
  let out2 = "";
  let cursor = 0;
  for (const m of text3.matchAll(PLACEHOLDER_RE)) {
    const start2 = m.index;
    const end = start2 + m[0].length;
    placeholders.push({ start: start2, end, expression: m[0] });
    if (insideString[start2] !== 1 && m[0].length >= 2) {
      out2 += text3.slice(cursor, start2) + '"' + "_".repeat(m[0].length - 2) + '"';
      cursor = end;
    }
  }
  out2 += text3.slice(cursor);
  return { text: out2, placeholders };
}
function stringMask(text3) {
  const mask = new Uint8Array(text3.length + 1);
  let inString = false;
  for (let i2 = 0; i2 < text3.length; i2++) {
    const c = text3[i2];
    if (inString) {
      if (c === "\\") {
        mask[i2] = 1;
        mask[i2 + 1] = 1;
        i2++;
        continue;
      }
      if (c === '"' || c === "\n") {
        inString = false;
        continue;
      }
      mask[i2] = 1;
    } else if (c === '"') {
      inString = true;
    }
  }
  return mask;
}
function isPolicyRoot(root) {
  return root.type === "object" && getMember(root, "Statement") !== void 0;
}
function readPolicyFile(file, text3, template) {
  const oversized = oversizedInput(file, text3);
  if (oversized)
    return { documents: [], findings: [oversized] };
  const prepared = template ? preparePolicyTemplate(text3) : { text: text3, placeholders: [] };
  let root;
  try {
    root = parseJsonTree(prepared.text, { placeholders: prepared.placeholders });
  } catch (err2) {
    if (err2 instanceof JsonLimitError) {
      return { documents: [], findings: [limitFinding(file, text3, err2.limit, template ? "the policy template" : "the policy document")] };
    }
    if (!(err2 instanceof JsonSyntaxError))
      throw err2;
    const pos = err2.position;
    return {
      documents: [],
      findings: [
        {
          ruleId: "parse-error",
          severity: "error",
          message: `${template ? "policy template" : "policy document"} is not valid JSON: ${err2.message}`,
          location: { file, span: { start: pos, end: { ...pos, column: pos.column + 1, offset: pos.offset + 1 } } }
        }
      ]
    };
  }
  if (root.type !== "object" || !isPolicyRoot(root)) {
    return {
      documents: [],
      findings: [
        {
          ruleId: "input-error",
          severity: "info",
          message: 'not a policy document: no top-level "Statement"; the file was not analysed',
          location: { file, span: root.span }
        }
      ]
    };
  }
  return {
    documents: [
      {
        kind: "trust-policy",
        file,
        root,
        location: { file, span: root.span },
        sourceKind: template ? "policy-template" : "policy"
      }
    ],
    findings: []
  };
}

// packages/core/dist/sources/terraform-plan/index.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/terraform-plan/documents.js
init_define_TRUSTLINT_PACKAGE();
var isTrue = (node) => node?.kind === "boolean" && node.value === true;
function stringAttribute(instance2, name2) {
  const node = valueOf(instance2.values, name2);
  return node?.kind === "string" ? node : void 0;
}
function unknownAttribute(instance2, name2) {
  return isTrue(valueOf(instance2.unknown, name2)) || isTrue(instance2.unknown);
}
function parsePolicyString(env, node, address) {
  const parsed = parseEmbeddedJson(stringOfNode(node));
  if ("error" in parsed) {
    const span = env.spans.span([parsed.offset, parsed.offset + 1]);
    if (parsed.limit) {
      return { finding: { ruleId: "input-error", severity: "warning", message: `${address}: the policy was not analysed: ${parsed.error}`, location: { file: env.file, span }, resource: address } };
    }
    return { finding: { ruleId: "parse-error", severity: "error", message: `${address}: the policy is not valid JSON: ${parsed.error}`, location: { file: env.file, span }, resource: address } };
  }
  const root = toPolicyNode(parsed.value, env.spans, new UnresolvedAllocator());
  if (root?.type !== "object") {
    return { finding: { ruleId: "input-error", severity: "warning", message: `${address}: the policy is not a JSON object`, location: { file: env.file, span: env.spans.span(node.range) }, resource: address } };
  }
  return { root };
}
function isTrustShaped(root) {
  const statements = getMember(root, "Statement")?.value;
  const list2 = statements?.type === "array" ? statements.items : statements ? [statements] : [];
  return list2.some((s) => s.type === "object" && (getMember(s, "Principal") !== void 0 || getMember(s, "NotPrincipal") !== void 0));
}
function trustDocument(env, resource, root, where, roleName) {
  return {
    kind: "trust-policy",
    file: env.file,
    resource,
    ...roleName !== void 0 ? { roleName } : {},
    root,
    location: { file: env.file, span: env.spans.span(where.range) },
    sourceKind: "terraform-plan"
  };
}
function providerDocument(env, instance2) {
  const location = { file: env.file, span: env.spans.span(instance2.addressRange) };
  const url = stringAttribute(instance2, "url");
  const list2 = valueOf(instance2.values, "client_id_list");
  let clientIds2 = [];
  if (unknownAttribute(instance2, "client_id_list") || list2 !== void 0 && list2.kind !== "seq" && list2.kind !== "null")
    clientIds2 = "unresolved";
  else if (list2?.kind === "seq") {
    const items = list2.items.map((i2) => i2.kind === "string" ? { value: i2.value, location: { file: env.file, span: env.spans.span(i2.range) } } : void 0);
    clientIds2 = items.every((i2) => i2 !== void 0) ? items : "unresolved";
  }
  return {
    kind: "oidc-provider",
    file: env.file,
    resource: instance2.address,
    url: url?.value ?? "",
    urlLocation: url ? { file: env.file, span: env.spans.span(url.range) } : null,
    clientIds: clientIds2,
    clientIdsLocation: list2 ? { file: env.file, span: env.spans.span(list2.range) } : location,
    location,
    sourceKind: "terraform-plan"
  };
}
function accessKeyDocument2(env, instance2) {
  const user = stringAttribute(instance2, "user");
  return {
    kind: "access-key",
    file: env.file,
    resource: instance2.address,
    location: { file: env.file, span: env.spans.span(instance2.addressRange) },
    ...user ? { userName: user.value } : {},
    sourceKind: "terraform-plan"
  };
}

// packages/core/dist/sources/terraform-plan/instances.js
init_define_TRUSTLINT_PACKAGE();
var text = (node) => node?.kind === "string" ? node.value : void 0;
function collectInstances(root) {
  const instances = /* @__PURE__ */ new Map();
  const changes = valueOf(root, "resource_changes");
  if (changes?.kind === "seq") {
    for (const rc of changes.items) {
      const base = describeResource(rc);
      if (!base || valueOf(rc, "deposed"))
        continue;
      const change = valueOf(rc, "change");
      const actions = valueOf(change, "actions");
      const actionList = actions?.kind === "seq" ? actions.items.map(text) : [];
      const after = valueOf(change, "after");
      instances.set(base.address, {
        ...base,
        values: after?.kind === "map" ? after : void 0,
        unknown: valueOf(change, "after_unknown"),
        deleted: actionList.length > 0 && actionList.every((a) => a === "delete")
      });
    }
  }
  const fromValues = (module2, preferred) => {
    walkModules(module2, (resource) => {
      const base = describeResource(resource);
      const values = valueOf(resource, "values");
      if (!base || values?.kind !== "map")
        return;
      const existing = instances.get(base.address);
      if (!existing)
        instances.set(base.address, { ...base, values, unknown: void 0, deleted: false });
      else if (preferred)
        instances.set(base.address, { ...existing, values, addressRange: base.addressRange });
    });
  };
  fromValues(valueOf(valueOf(root, "planned_values"), "root_module"), true);
  fromValues(valueOf(valueOf(valueOf(root, "prior_state"), "values"), "root_module"), false);
  fromValues(valueOf(valueOf(root, "values"), "root_module"), false);
  return instances;
}
function describeResource(node) {
  const addressNode = valueOf(node, "address");
  const address = text(addressNode);
  const type = text(valueOf(node, "type"));
  const name2 = text(valueOf(node, "name"));
  if (!addressNode || address === void 0 || type === void 0 || name2 === void 0)
    return void 0;
  const mode = text(valueOf(node, "mode")) === "data" ? "data" : "managed";
  return { address, addressRange: addressNode.range, mode, type, name: name2 };
}
function walkModules(module2, visit2, depth = 0) {
  if (module2?.kind !== "map" || depth > 100)
    return;
  const resources = valueOf(module2, "resources");
  if (resources?.kind === "seq")
    resources.items.forEach(visit2);
  const children2 = valueOf(module2, "child_modules");
  if (children2?.kind === "seq")
    for (const child2 of children2.items)
      walkModules(child2, visit2, depth + 1);
}
function modulePrefix(instance2) {
  const local = `${instance2.mode === "data" ? "data." : ""}${instance2.type}.${instance2.name}`;
  const at = instance2.address.lastIndexOf(local);
  return at > 0 ? instance2.address.slice(0, at) : "";
}
function configuredReferences(root, instance2, attribute2) {
  let module2 = valueOf(valueOf(root, "configuration"), "root_module");
  for (const m of modulePrefix(instance2).matchAll(/module\.([^.[\]]+)(?:\[[^\]]*\])?\./g)) {
    module2 = valueOf(valueOf(valueOf(module2, "module_calls"), m[1]), "module");
  }
  const resources = valueOf(module2, "resources");
  if (resources?.kind !== "seq")
    return [];
  const local = `${instance2.mode === "data" ? "data." : ""}${instance2.type}.${instance2.name}`;
  const config = resources.items.find((r) => text(valueOf(r, "address")) === local);
  const refs = valueOf(valueOf(valueOf(config, "expressions"), attribute2), "references");
  return refs?.kind === "seq" ? refs.items.map(text).filter((r) => r !== void 0) : [];
}

// packages/core/dist/sources/terraform-plan/index.js
var POLICY_DOCUMENT = "aws_iam_policy_document";
function readTerraformPlan(input) {
  const { file, text: text3 } = input;
  const oversized = oversizedInput(file, text3);
  if (oversized)
    return { documents: [], findings: [oversized] };
  const spans = new SpanMaker(lineStarts(text3));
  const env = { file, spans };
  const parsed = parseJsonTree2(text3);
  if ("error" in parsed) {
    const { limit, message, offset } = parsed.error;
    if (limit)
      return { documents: [], findings: [limitFinding(file, text3, new InputLimitError(limit, message, offset), "the Terraform plan")] };
    if (!input.explicit)
      return { documents: [], findings: [] };
    const at = parsed.error.offset;
    return {
      documents: [],
      findings: [{ ruleId: "parse-error", severity: "error", message: `Terraform plan is not valid JSON: ${parsed.error.message}`, location: { file, span: spans.span([at, Math.min(at + 1, text3.length)]) } }]
    };
  }
  const root = parsed.root;
  if (root.kind !== "map" || !entryOf(root, "format_version") || !(entryOf(root, "planned_values") || entryOf(root, "resource_changes") || entryOf(root, "values"))) {
    if (!input.explicit)
      return { documents: [], findings: [] };
    return {
      documents: [],
      findings: [{ ruleId: "input-error", severity: "info", message: "not a Terraform plan or state in `terraform show -json` format; the file was not analysed", location: { file, span: spans.span([root.range[0], root.range[0] + 1]) } }]
    };
  }
  return readPlan(env, root);
}
function readPlan(env, root) {
  const instances = collectInstances(root);
  const documents = [];
  const findings = [];
  const usedPolicies = /* @__PURE__ */ new Set();
  const live = [...instances.values()].filter((i2) => !i2.deleted);
  for (const instance2 of live) {
    if (instance2.mode !== "managed")
      continue;
    if (instance2.type === "aws_iam_role") {
      const policy = rolePolicy(root, instance2, instances);
      if (!policy) {
        if (unknownAttribute(instance2, "assume_role_policy"))
          findings.push(unknownPolicy(env, instance2));
        continue;
      }
      usedPolicies.add(policy.value);
      const result = parsePolicyString(env, policy, instance2.address);
      if ("finding" in result)
        findings.push(result.finding);
      else
        documents.push(trustDocument(env, instance2.address, result.root, policy, stringAttribute(instance2, "name")?.value));
    } else if (instance2.type === "aws_iam_openid_connect_provider") {
      documents.push(providerDocument(env, instance2));
    } else if (instance2.type === "aws_iam_access_key") {
      documents.push(accessKeyDocument2(env, instance2));
    }
  }
  for (const instance2 of live) {
    if (instance2.mode !== "data" || instance2.type !== POLICY_DOCUMENT)
      continue;
    const json = stringAttribute(instance2, "json");
    if (!json || usedPolicies.has(json.value))
      continue;
    const result = parsePolicyString(env, json, instance2.address);
    if ("root" in result && isTrustShaped(result.root))
      documents.push(trustDocument(env, instance2.address, result.root, json, void 0));
  }
  return { documents, findings };
}
function rolePolicy(root, role, instances) {
  const own = stringAttribute(role, "assume_role_policy");
  if (own)
    return own;
  const prefix = modulePrefix(role);
  for (const ref2 of configuredReferences(root, role, "assume_role_policy")) {
    const m = /^data\.aws_iam_policy_document\.([^.[\]]+)(\[[^\]]*\])?/.exec(ref2);
    if (!m)
      continue;
    const data = instances.get(`${prefix}${m[0]}`);
    const json = data ? stringAttribute(data, "json") : void 0;
    if (json)
      return json;
  }
  return void 0;
}
function unknownPolicy(env, role) {
  return {
    ruleId: "oidc-unresolved",
    severity: "warning",
    message: `the trust policy of ${role.address} is known only after apply (after_unknown in the plan) and was not analysed; analyse the Terraform source or a plan where it is known`,
    location: { file: env.file, span: env.spans.span(role.addressRange) },
    resource: role.address
  };
}

// packages/core/dist/sources/terraform/index.js
init_define_TRUSTLINT_PACKAGE();
import { posix as posix2 } from "node:path";

// packages/core/dist/sources/terraform/json-syntax.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/terraform/parser.js
init_define_TRUSTLINT_PACKAGE();
import { existsSync as existsSync2 } from "node:fs";
import { createRequire } from "node:module";
import { sep as sep2 } from "node:path";
import { fileURLToPath } from "node:url";

// node_modules/.pnpm/web-tree-sitter@0.27.2/node_modules/web-tree-sitter/web-tree-sitter.js
init_define_TRUSTLINT_PACKAGE();
var __defProp = Object.defineProperty;
var __name = (target, value) => __defProp(target, "name", { value, configurable: true });
var Edit = class {
  static {
    __name(this, "Edit");
  }
  /** The start position of the change. */
  startPosition;
  /** The end position of the change before the edit. */
  oldEndPosition;
  /** The end position of the change after the edit. */
  newEndPosition;
  /** The start index of the change. */
  startIndex;
  /** The end index of the change before the edit. */
  oldEndIndex;
  /** The end index of the change after the edit. */
  newEndIndex;
  constructor({
    startIndex,
    oldEndIndex,
    newEndIndex,
    startPosition,
    oldEndPosition,
    newEndPosition
  }) {
    this.startIndex = startIndex >>> 0;
    this.oldEndIndex = oldEndIndex >>> 0;
    this.newEndIndex = newEndIndex >>> 0;
    this.startPosition = startPosition;
    this.oldEndPosition = oldEndPosition;
    this.newEndPosition = newEndPosition;
  }
  /**
   * Edit a point and index to keep it in-sync with source code that has been edited.
   *
   * This function updates a single point's byte offset and row/column position
   * based on an edit operation. This is useful for editing points without
   * requiring a tree or node instance.
   */
  editPoint(point, index) {
    let newIndex = index;
    const newPoint = { ...point };
    if (index >= this.oldEndIndex) {
      newIndex = this.newEndIndex + (index - this.oldEndIndex);
      const originalRow = point.row;
      newPoint.row = this.newEndPosition.row + (point.row - this.oldEndPosition.row);
      newPoint.column = originalRow === this.oldEndPosition.row ? this.newEndPosition.column + (point.column - this.oldEndPosition.column) : point.column;
    } else if (index > this.startIndex) {
      newIndex = this.newEndIndex;
      newPoint.row = this.newEndPosition.row;
      newPoint.column = this.newEndPosition.column;
    }
    return { point: newPoint, index: newIndex };
  }
  /**
   * Edit a range to keep it in-sync with source code that has been edited.
   *
   * This function updates a range's start and end positions based on an edit
   * operation. This is useful for editing ranges without requiring a tree
   * or node instance.
   */
  editRange(range) {
    const newRange = {
      startIndex: range.startIndex,
      startPosition: { ...range.startPosition },
      endIndex: range.endIndex,
      endPosition: { ...range.endPosition }
    };
    if (range.endIndex >= this.oldEndIndex) {
      if (range.endIndex !== Number.MAX_SAFE_INTEGER) {
        newRange.endIndex = this.newEndIndex + (range.endIndex - this.oldEndIndex);
        newRange.endPosition = {
          row: this.newEndPosition.row + (range.endPosition.row - this.oldEndPosition.row),
          column: range.endPosition.row === this.oldEndPosition.row ? this.newEndPosition.column + (range.endPosition.column - this.oldEndPosition.column) : range.endPosition.column
        };
        if (newRange.endIndex < this.newEndIndex) {
          newRange.endIndex = Number.MAX_SAFE_INTEGER;
          newRange.endPosition = { row: Number.MAX_SAFE_INTEGER, column: Number.MAX_SAFE_INTEGER };
        }
      }
    } else if (range.endIndex > this.startIndex) {
      newRange.endIndex = this.startIndex;
      newRange.endPosition = { ...this.startPosition };
    }
    if (range.startIndex >= this.oldEndIndex) {
      newRange.startIndex = this.newEndIndex + (range.startIndex - this.oldEndIndex);
      newRange.startPosition = {
        row: this.newEndPosition.row + (range.startPosition.row - this.oldEndPosition.row),
        column: range.startPosition.row === this.oldEndPosition.row ? this.newEndPosition.column + (range.startPosition.column - this.oldEndPosition.column) : range.startPosition.column
      };
      if (newRange.startIndex < this.newEndIndex) {
        newRange.startIndex = Number.MAX_SAFE_INTEGER;
        newRange.startPosition = { row: Number.MAX_SAFE_INTEGER, column: Number.MAX_SAFE_INTEGER };
      }
    } else if (range.startIndex > this.startIndex) {
      newRange.startIndex = this.startIndex;
      newRange.startPosition = { ...this.startPosition };
    }
    return newRange;
  }
};
var SIZE_OF_SHORT = 2;
var SIZE_OF_INT = 4;
var SIZE_OF_CURSOR = 4 * SIZE_OF_INT;
var SIZE_OF_NODE = 5 * SIZE_OF_INT;
var SIZE_OF_POINT = 2 * SIZE_OF_INT;
var SIZE_OF_RANGE = 2 * SIZE_OF_INT + 2 * SIZE_OF_POINT;
var ZERO_POINT = { row: 0, column: 0 };
var INTERNAL = /* @__PURE__ */ Symbol("INTERNAL");
function assertInternal(x) {
  if (x !== INTERNAL) throw new Error("Illegal constructor");
}
__name(assertInternal, "assertInternal");
function isPoint(point) {
  return !!point && typeof point.row === "number" && typeof point.column === "number";
}
__name(isPoint, "isPoint");
function setModule(module2) {
  C = module2;
}
__name(setModule, "setModule");
var C;
function newFinalizer(handler) {
  try {
    return new FinalizationRegistry(handler);
  } catch (e) {
    console.error("Unsupported FinalizationRegistry:", e);
    return;
  }
}
__name(newFinalizer, "newFinalizer");
var finalizer = newFinalizer((address) => {
  C._ts_lookahead_iterator_delete(address);
});
var LookaheadIterator = class {
  static {
    __name(this, "LookaheadIterator");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  language;
  /** @internal */
  positioned = false;
  /** @internal */
  constructor(internal, address, language) {
    assertInternal(internal);
    this[0] = address;
    this.language = language;
    finalizer?.register(this, address, this);
  }
  /**
   * Get the current symbol of the lookahead iterator.
   *
   * Returns `null` if the iterator is not positioned on a symbol:
   *
   * - Before the first iteration step
   * - After the iterator is exhausted
   * - After a {@link reset} or {@link resetState} call
   */
  get currentTypeId() {
    return this.positioned ? C._ts_lookahead_iterator_current_symbol(this[0]) : null;
  }
  /**
   * Get the current symbol name of the lookahead iterator.
   *
   * Returns `null` if the iterator is not positioned on a symbol.
   */
  get currentType() {
    const id = this.currentTypeId;
    if (id === null) return null;
    return this.language.types[id] ?? C.UTF8ToString(C._ts_language_symbol_name(this.language[0], id));
  }
  /** Delete the lookahead iterator, freeing its resources. */
  delete() {
    finalizer?.unregister(this);
    C._ts_lookahead_iterator_delete(this[0]);
    this[0] = 0;
  }
  /**
   * Reset the lookahead iterator.
   *
   * This returns `true` if the language was set successfully and `false`
   * otherwise.
   */
  reset(language, stateId) {
    if (C._ts_lookahead_iterator_reset(this[0], language[0], stateId)) {
      this.language = language;
      this.positioned = false;
      return true;
    }
    return false;
  }
  /**
   * Reset the lookahead iterator to another state.
   *
   * This returns `true` if the iterator was reset to the given state and
   * `false` otherwise.
   */
  resetState(stateId) {
    if (!C._ts_lookahead_iterator_reset_state(this[0], stateId)) return false;
    this.positioned = false;
    return true;
  }
  /**
   * Returns an iterator that iterates over the symbols of the lookahead iterator.
   *
   * The iterator will yield the current symbol name as a string for each step
   * until there are no more symbols to iterate over.
   */
  [Symbol.iterator]() {
    return {
      next: /* @__PURE__ */ __name(() => {
        this.positioned = Boolean(C._ts_lookahead_iterator_next(this[0]));
        const value = this.currentType;
        return value === null ? { done: true, value: "" } : { done: false, value };
      }, "next")
    };
  }
};
function getText(tree, startIndex, endIndex, startPosition) {
  const length = endIndex - startIndex;
  let result = tree.textCallback(startIndex, startPosition);
  if (result) {
    startIndex += result.length;
    while (startIndex < endIndex) {
      const string = tree.textCallback(startIndex, startPosition);
      if (string && string.length > 0) {
        startIndex += string.length;
        result += string;
      } else {
        break;
      }
    }
    if (startIndex > endIndex) {
      result = result.slice(0, length);
    }
  }
  return result ?? "";
}
__name(getText, "getText");
var finalizer2 = newFinalizer((address) => {
  C._ts_tree_delete(address);
});
var Tree = class _Tree {
  static {
    __name(this, "Tree");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  textCallback;
  /** The language that was used to parse the syntax tree. */
  language;
  /** @internal */
  constructor(internal, address, language, textCallback) {
    assertInternal(internal);
    this[0] = address;
    this.language = language;
    this.textCallback = textCallback;
    finalizer2?.register(this, address, this);
  }
  /** Create a shallow copy of the syntax tree. This is very fast. */
  copy() {
    const address = C._ts_tree_copy(this[0]);
    return new _Tree(INTERNAL, address, this.language, this.textCallback);
  }
  /** Delete the syntax tree, freeing its resources. */
  delete() {
    finalizer2?.unregister(this);
    C._ts_tree_delete(this[0]);
    this[0] = 0;
  }
  /** Get the root node of the syntax tree. */
  get rootNode() {
    C._ts_tree_root_node_wasm(this[0]);
    return unmarshalNode(this);
  }
  /**
   * Get the root node of the syntax tree, but with its position shifted
   * forward by the given offset.
   */
  rootNodeWithOffset(offsetBytes, offsetExtent) {
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, offsetBytes, "i32");
    marshalPoint(address + SIZE_OF_INT, offsetExtent);
    C._ts_tree_root_node_with_offset_wasm(this[0]);
    return unmarshalNode(this);
  }
  /**
   * Edit the syntax tree to keep it in sync with source code that has been
   * edited.
   *
   * You must describe the edit both in terms of byte offsets and in terms of
   * row/column coordinates.
   */
  edit(edit) {
    marshalEdit(edit);
    C._ts_tree_edit_wasm(this[0]);
  }
  /** Create a new {@link TreeCursor} starting from the root of the tree. */
  walk() {
    return this.rootNode.walk();
  }
  /**
   * Compare this old edited syntax tree to a new syntax tree representing
   * the same document, returning a sequence of ranges whose syntactic
   * structure has changed.
   *
   * For this to work correctly, this syntax tree must have been edited such
   * that its ranges match up to the new tree. Generally, you'll want to
   * call this method right after calling one of the [`Parser::parse`]
   * functions. Call it on the old tree that was passed to parse, and
   * pass the new tree that was returned from `parse`.
   */
  getChangedRanges(other) {
    if (!(other instanceof _Tree)) {
      throw new TypeError("Argument must be a Tree");
    }
    C._ts_tree_get_changed_ranges_wasm(this[0], other[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Get the included ranges that were used to parse the syntax tree. */
  getIncludedRanges() {
    C._ts_tree_included_ranges_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
};
var finalizer3 = newFinalizer((handles) => {
  marshalTreeCursor({ handles });
  C._ts_tree_cursor_delete_wasm(0);
});
var TreeCursor = class _TreeCursor {
  static {
    __name(this, "TreeCursor");
  }
  /** @internal */
  handles = [0, 0, 0, 0];
  // Internal handles for Wasm, shared with the finalizer.
  /** @internal */
  tree;
  /** @internal */
  constructor(internal, tree) {
    assertInternal(internal);
    this.tree = tree;
    unmarshalTreeCursor(this);
    finalizer3?.register(this, this.handles, this);
  }
  /** Creates a deep copy of the tree cursor. This allocates new memory. */
  copy() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_copy_wasm(this.tree[0]);
    return new _TreeCursor(INTERNAL, this.tree);
  }
  /** Delete the tree cursor, freeing its resources. */
  delete() {
    finalizer3?.unregister(this);
    marshalTreeCursor(this);
    C._ts_tree_cursor_delete_wasm(this.tree[0]);
    this.handles.fill(0);
  }
  /** Get the tree cursor's current {@link Node}. */
  get currentNode() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_current_node_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the numerical field id of this tree cursor's current node.
   *
   * See also {@link TreeCursor#currentFieldName}.
   */
  get currentFieldId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_field_id_wasm(this.tree[0]);
  }
  /** Get the field name of this tree cursor's current node. */
  get currentFieldName() {
    return this.tree.language.fields[this.currentFieldId];
  }
  /**
   * Get the depth of the cursor's current node relative to the original
   * node that the cursor was constructed with.
   */
  get currentDepth() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_depth_wasm(this.tree[0]);
  }
  /**
   * Get the index of the cursor's current node out of all of the
   * descendants of the original node that the cursor was constructed with.
   */
  get currentDescendantIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_descendant_index_wasm(this.tree[0]);
  }
  /** Get the type of the cursor's current node. */
  get nodeType() {
    return this.tree.language.types[this.nodeTypeId] || "ERROR";
  }
  /** Get the type id of the cursor's current node. */
  get nodeTypeId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_type_id_wasm(this.tree[0]);
  }
  /** Get the state id of the cursor's current node. */
  get nodeStateId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_state_id_wasm(this.tree[0]);
  }
  /** Get the id of the cursor's current node. */
  get nodeId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_id_wasm(this.tree[0]);
  }
  /**
   * Check if the cursor's current node is *named*.
   *
   * Named nodes correspond to named rules in the grammar, whereas
   * *anonymous* nodes correspond to string literals in the grammar.
   */
  get nodeIsNamed() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_is_named_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if the cursor's current node is *missing*.
   *
   * Missing nodes are inserted by the parser in order to recover from
   * certain kinds of syntax errors.
   */
  get nodeIsMissing() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_is_missing_wasm(this.tree[0]) === 1;
  }
  /** Get the string content of the cursor's current node. */
  get nodeText() {
    marshalTreeCursor(this);
    const startIndex = C._ts_tree_cursor_start_index_wasm(this.tree[0]);
    const endIndex = C._ts_tree_cursor_end_index_wasm(this.tree[0]);
    C._ts_tree_cursor_start_position_wasm(this.tree[0]);
    const startPosition = unmarshalPoint(TRANSFER_BUFFER);
    return getText(this.tree, startIndex, endIndex, startPosition);
  }
  /** Get the start position of the cursor's current node. */
  get startPosition() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_start_position_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the end position of the cursor's current node. */
  get endPosition() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_end_position_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the start index of the cursor's current node. */
  get startIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_start_index_wasm(this.tree[0]);
  }
  /** Get the end index of the cursor's current node. */
  get endIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_end_index_wasm(this.tree[0]);
  }
  /**
   * Move this cursor to the first child of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there were no children.
   */
  gotoFirstChild() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_first_child_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the last child of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there were no children.
   *
   * Note that this function may be slower than
   * {@link TreeCursor#gotoFirstChild} because it needs to
   * iterate through all the children to compute the child's position.
   */
  gotoLastChild() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_last_child_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the parent of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no parent node (the cursor was already on the
   * root node).
   *
   * Note that the node the cursor was constructed with is considered the root
   * of the cursor, and the cursor cannot walk outside this node.
   */
  gotoParent() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_parent_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the next sibling of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no next sibling node.
   *
   * Note that the node the cursor was constructed with is considered the root
   * of the cursor, and the cursor cannot walk outside this node.
   */
  gotoNextSibling() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_next_sibling_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the previous sibling of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no previous sibling node.
   *
   * Note that this function may be slower than
   * {@link TreeCursor#gotoNextSibling} due to how node
   * positions are stored. In the worst case, this will need to iterate
   * through all the children up to the previous sibling node to recalculate
   * its position. Also note that the node the cursor was constructed with is
   * considered the root of the cursor, and the cursor cannot walk outside this node.
   */
  gotoPreviousSibling() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_previous_sibling_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move the cursor to the node that is the nth descendant of
   * the original node that the cursor was constructed with, where
   * zero represents the original node itself.
   */
  gotoDescendant(goalDescendantIndex) {
    marshalTreeCursor(this);
    C._ts_tree_cursor_goto_descendant_wasm(this.tree[0], goalDescendantIndex);
    unmarshalTreeCursor(this);
  }
  /**
   * Move this cursor to the first child of its current node that contains or
   * starts after the given byte offset.
   *
   * This returns `true` if the cursor successfully moved to a child node, and returns
   * `false` if no such child was found.
   */
  gotoFirstChildForIndex(goalIndex) {
    marshalTreeCursor(this);
    C.setValue(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalIndex, "i32");
    const result = C._ts_tree_cursor_goto_first_child_for_index_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the first child of its current node that contains or
   * starts after the given position.
   *
   * This returns `true` if the cursor successfully moved to a child node, and returns
   * `false` if no such child was found.
   */
  gotoFirstChildForPosition(goalPosition) {
    marshalTreeCursor(this);
    marshalPoint(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalPosition);
    const result = C._ts_tree_cursor_goto_first_child_for_position_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Re-initialize this tree cursor to start at the original node that the
   * cursor was constructed with.
   */
  reset(node) {
    marshalNode(node);
    marshalTreeCursor(this, TRANSFER_BUFFER + SIZE_OF_NODE);
    C._ts_tree_cursor_reset_wasm(node.tree[0]);
    unmarshalTreeCursor(this);
    this.tree = node.tree;
  }
  /**
   * Re-initialize a tree cursor to the same position as another cursor.
   *
   * Unlike {@link TreeCursor#reset}, this will not lose parent
   * information and allows reusing already created cursors.
   */
  resetTo(cursor) {
    marshalTreeCursor(this, TRANSFER_BUFFER);
    marshalTreeCursor(cursor, TRANSFER_BUFFER + SIZE_OF_CURSOR);
    C._ts_tree_cursor_reset_to_wasm(this.tree[0], cursor.tree[0]);
    unmarshalTreeCursor(this);
    this.tree = cursor.tree;
  }
};
var Node = class {
  static {
    __name(this, "Node");
  }
  /** @internal */
  // @ts-expect-error: never read
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  _children;
  /** @internal */
  _namedChildren;
  /** @internal */
  constructor(internal, {
    id,
    tree,
    startIndex,
    startPosition,
    other
  }) {
    assertInternal(internal);
    this[0] = other;
    this.id = id;
    this.tree = tree;
    this.startIndex = startIndex;
    this.startPosition = startPosition;
  }
  /**
   * The numeric id for this node that is unique.
   *
   * Within a given syntax tree, no two nodes have the same id. However:
   *
   * * If a new tree is created based on an older tree, and a node from the old tree is reused in
   *   the process, then that node will have the same id in both trees.
   *
   * * A node not marked as having changes does not guarantee it was reused.
   *
   * * If a node is marked as having changed in the old tree, it will not be reused.
   */
  id;
  /** The byte index where this node starts. */
  startIndex;
  /** The position where this node starts. */
  startPosition;
  /** The tree that this node belongs to. */
  tree;
  /** Get this node's type as a numerical id. */
  get typeId() {
    marshalNode(this);
    return C._ts_node_symbol_wasm(this.tree[0]);
  }
  /**
   * Get the node's type as a numerical id as it appears in the grammar,
   * ignoring aliases.
   */
  get grammarId() {
    marshalNode(this);
    return C._ts_node_grammar_symbol_wasm(this.tree[0]);
  }
  /** Get this node's type as a string. */
  get type() {
    return this.tree.language.types[this.typeId] || "ERROR";
  }
  /**
   * Get this node's symbol name as it appears in the grammar, ignoring
   * aliases as a string.
   */
  get grammarType() {
    return this.tree.language.types[this.grammarId] || "ERROR";
  }
  /**
   * Check if this node is *named*.
   *
   * Named nodes correspond to named rules in the grammar, whereas
   * *anonymous* nodes correspond to string literals in the grammar.
   */
  get isNamed() {
    marshalNode(this);
    return C._ts_node_is_named_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node is *extra*.
   *
   * Extra nodes represent things like comments, which are not required
   * by the grammar, but can appear anywhere.
   */
  get isExtra() {
    marshalNode(this);
    return C._ts_node_is_extra_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node represents a syntax error.
   *
   * Syntax errors represent parts of the code that could not be incorporated
   * into a valid syntax tree.
   */
  get isError() {
    marshalNode(this);
    return C._ts_node_is_error_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node is *missing*.
   *
   * Missing nodes are inserted by the parser in order to recover from
   * certain kinds of syntax errors.
   */
  get isMissing() {
    marshalNode(this);
    return C._ts_node_is_missing_wasm(this.tree[0]) === 1;
  }
  /** Check if this node has been edited. */
  get hasChanges() {
    marshalNode(this);
    return C._ts_node_has_changes_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node represents a syntax error or contains any syntax
   * errors anywhere within it.
   */
  get hasError() {
    marshalNode(this);
    return C._ts_node_has_error_wasm(this.tree[0]) === 1;
  }
  /** Get the byte index where this node ends. */
  get endIndex() {
    marshalNode(this);
    return C._ts_node_end_index_wasm(this.tree[0]);
  }
  /** Get the position where this node ends. */
  get endPosition() {
    marshalNode(this);
    C._ts_node_end_point_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the string content of this node. */
  get text() {
    return getText(this.tree, this.startIndex, this.endIndex, this.startPosition);
  }
  /** Get this node's parse state. */
  get parseState() {
    marshalNode(this);
    return C._ts_node_parse_state_wasm(this.tree[0]);
  }
  /** Get the parse state after this node. */
  get nextParseState() {
    marshalNode(this);
    return C._ts_node_next_parse_state_wasm(this.tree[0]);
  }
  /** Check if this node is equal to another node. */
  equals(other) {
    return this.tree === other.tree && this.id === other.id;
  }
  /**
   * Get the node's child at the given index, where zero represents the first child.
   *
   * This method is fairly fast, but its cost is technically log(n), so if
   * you might be iterating over a long list of children, you should use
   * {@link Node#children} instead.
   */
  child(index) {
    marshalNode(this);
    C._ts_node_child_wasm(this.tree[0], index);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's *named* child at the given index.
   *
   * See also {@link Node#isNamed}.
   * This method is fairly fast, but its cost is technically log(n), so if
   * you might be iterating over a long list of children, you should use
   * {@link Node#namedChildren} instead.
   */
  namedChild(index) {
    marshalNode(this);
    C._ts_node_named_child_wasm(this.tree[0], index);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's child with the given numerical field id.
   *
   * See also {@link Node#childForFieldName}. You can
   * convert a field name to an id using {@link Language#fieldIdForName}.
   */
  childForFieldId(fieldId) {
    marshalNode(this);
    C._ts_node_child_by_field_id_wasm(this.tree[0], fieldId);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the first child with the given field name.
   *
   * If multiple children may have the same field name, access them using
   * {@link Node#childrenForFieldName}.
   */
  childForFieldName(fieldName) {
    const fieldId = this.tree.language.fields.indexOf(fieldName);
    if (fieldId !== -1) return this.childForFieldId(fieldId);
    return null;
  }
  /** Get the field name of this node's child at the given index. */
  fieldNameForChild(index) {
    marshalNode(this);
    const address = C._ts_node_field_name_for_child_wasm(this.tree[0], index);
    if (!address) return null;
    return C.AsciiToString(address);
  }
  /** Get the field name of this node's named child at the given index. */
  fieldNameForNamedChild(index) {
    marshalNode(this);
    const address = C._ts_node_field_name_for_named_child_wasm(this.tree[0], index);
    if (!address) return null;
    return C.AsciiToString(address);
  }
  /**
   * Get an array of this node's children with a given field name.
   *
   * See also {@link Node#children}.
   */
  childrenForFieldName(fieldName) {
    const fieldId = this.tree.language.fields.indexOf(fieldName);
    if (fieldId !== -1 && fieldId !== 0) return this.childrenForFieldId(fieldId);
    return [];
  }
  /**
    * Get an array of this node's children with a given field id.
    *
    * See also {@link Node#childrenForFieldName}.
    */
  childrenForFieldId(fieldId) {
    marshalNode(this);
    C._ts_node_children_by_field_id_wasm(this.tree[0], fieldId);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalNode(this.tree, address);
        address += SIZE_OF_NODE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Get the node's first child that contains or starts after the given byte offset. */
  firstChildForIndex(index) {
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, index, "i32");
    C._ts_node_first_child_for_byte_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the node's first named child that contains or starts after the given byte offset. */
  firstNamedChildForIndex(index) {
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, index, "i32");
    C._ts_node_first_named_child_for_byte_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get this node's number of children. */
  get childCount() {
    marshalNode(this);
    return C._ts_node_child_count_wasm(this.tree[0]);
  }
  /**
   * Get this node's number of *named* children.
   *
   * See also {@link Node#isNamed}.
   */
  get namedChildCount() {
    marshalNode(this);
    return C._ts_node_named_child_count_wasm(this.tree[0]);
  }
  /** Get this node's first child. */
  get firstChild() {
    return this.child(0);
  }
  /**
   * Get this node's first named child.
   *
   * See also {@link Node#isNamed}.
   */
  get firstNamedChild() {
    return this.namedChild(0);
  }
  /** Get this node's last child. */
  get lastChild() {
    return this.child(this.childCount - 1);
  }
  /**
   * Get this node's last named child.
   *
   * See also {@link Node#isNamed}.
   */
  get lastNamedChild() {
    return this.namedChild(this.namedChildCount - 1);
  }
  /**
   * Iterate over this node's children.
   *
   * If you're walking the tree recursively, you may want to use the
   * {@link TreeCursor} APIs directly instead.
   */
  get children() {
    if (!this._children) {
      marshalNode(this);
      C._ts_node_children_wasm(this.tree[0]);
      const count = C.getValue(TRANSFER_BUFFER, "i32");
      const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      this._children = new Array(count);
      if (count > 0) {
        let address = buffer;
        for (let i2 = 0; i2 < count; i2++) {
          this._children[i2] = unmarshalNode(this.tree, address);
          address += SIZE_OF_NODE;
        }
        C._free(buffer);
      }
    }
    return this._children;
  }
  /**
   * Iterate over this node's named children.
   *
   * See also {@link Node#children}.
   */
  get namedChildren() {
    if (!this._namedChildren) {
      marshalNode(this);
      C._ts_node_named_children_wasm(this.tree[0]);
      const count = C.getValue(TRANSFER_BUFFER, "i32");
      const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      this._namedChildren = new Array(count);
      if (count > 0) {
        let address = buffer;
        for (let i2 = 0; i2 < count; i2++) {
          this._namedChildren[i2] = unmarshalNode(this.tree, address);
          address += SIZE_OF_NODE;
        }
        C._free(buffer);
      }
    }
    return this._namedChildren;
  }
  /**
   * Get the descendants of this node that are the given type, or in the given types array.
   *
   * The types array should contain node type strings, which can be retrieved from {@link Language#types}.
   *
   * Additionally, a `startPosition` and `endPosition` can be passed in to restrict the search to a byte range.
   */
  descendantsOfType(types, startPosition = ZERO_POINT, endPosition = ZERO_POINT) {
    if (!Array.isArray(types)) types = [types];
    const symbols = [];
    const typesBySymbol = this.tree.language.types;
    for (let i2 = 0, n = typesBySymbol.length; i2 < n; i2++) {
      if (types.includes(typesBySymbol[i2])) {
        symbols.push(i2);
      }
    }
    if (types.includes("ERROR")) {
      symbols.push(65535);
    }
    const symbolsAddress = C._malloc(SIZE_OF_INT * symbols.length);
    for (let i2 = 0, n = symbols.length; i2 < n; i2++) {
      C.setValue(symbolsAddress + i2 * SIZE_OF_INT, symbols[i2], "i32");
    }
    marshalNode(this);
    C._ts_node_descendants_of_type_wasm(
      this.tree[0],
      symbolsAddress,
      symbols.length,
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column
    );
    const descendantCount = C.getValue(TRANSFER_BUFFER, "i32");
    const descendantAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(descendantCount);
    if (descendantCount > 0) {
      let address = descendantAddress;
      for (let i2 = 0; i2 < descendantCount; i2++) {
        result[i2] = unmarshalNode(this.tree, address);
        address += SIZE_OF_NODE;
      }
    }
    C._free(descendantAddress);
    C._free(symbolsAddress);
    return result;
  }
  /** Get this node's next sibling. */
  get nextSibling() {
    marshalNode(this);
    C._ts_node_next_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get this node's previous sibling. */
  get previousSibling() {
    marshalNode(this);
    C._ts_node_prev_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's next *named* sibling.
   *
   * See also {@link Node#isNamed}.
   */
  get nextNamedSibling() {
    marshalNode(this);
    C._ts_node_next_named_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's previous *named* sibling.
   *
   * See also {@link Node#isNamed}.
   */
  get previousNamedSibling() {
    marshalNode(this);
    C._ts_node_prev_named_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the node's number of descendants, including one for the node itself. */
  get descendantCount() {
    marshalNode(this);
    return C._ts_node_descendant_count_wasm(this.tree[0]);
  }
  /**
   * Get this node's immediate parent.
   * Prefer {@link Node#childWithDescendant} for iterating over this node's ancestors.
   */
  get parent() {
    marshalNode(this);
    C._ts_node_parent_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the node that contains `descendant`.
   *
   * Note that this can return `descendant` itself.
   */
  childWithDescendant(descendant) {
    marshalNode(this);
    marshalNode(descendant, 1);
    C._ts_node_child_with_descendant_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest node within this node that spans the given byte range. */
  descendantForIndex(start2, end = start2) {
    if (typeof start2 !== "number" || typeof end !== "number") {
      throw new Error("Arguments must be numbers");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, start2, "i32");
    C.setValue(address + SIZE_OF_INT, end, "i32");
    C._ts_node_descendant_for_index_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest named node within this node that spans the given byte range. */
  namedDescendantForIndex(start2, end = start2) {
    if (typeof start2 !== "number" || typeof end !== "number") {
      throw new Error("Arguments must be numbers");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, start2, "i32");
    C.setValue(address + SIZE_OF_INT, end, "i32");
    C._ts_node_named_descendant_for_index_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest node within this node that spans the given point range. */
  descendantForPosition(start2, end = start2) {
    if (!isPoint(start2) || !isPoint(end)) {
      throw new Error("Arguments must be {row, column} objects");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    marshalPoint(address, start2);
    marshalPoint(address + SIZE_OF_POINT, end);
    C._ts_node_descendant_for_position_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest named node within this node that spans the given point range. */
  namedDescendantForPosition(start2, end = start2) {
    if (!isPoint(start2) || !isPoint(end)) {
      throw new Error("Arguments must be {row, column} objects");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    marshalPoint(address, start2);
    marshalPoint(address + SIZE_OF_POINT, end);
    C._ts_node_named_descendant_for_position_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Create a new {@link TreeCursor} starting from this node.
   *
   * Note that the given node is considered the root of the cursor,
   * and the cursor cannot walk outside this node.
   */
  walk() {
    marshalNode(this);
    C._ts_tree_cursor_new_wasm(this.tree[0]);
    return new TreeCursor(INTERNAL, this.tree);
  }
  /**
   * Edit this node to keep it in-sync with source code that has been edited.
   *
   * This function is only rarely needed. When you edit a syntax tree with
   * the {@link Tree#edit} method, all of the nodes that you retrieve from
   * the tree afterward will already reflect the edit. You only need to
   * use {@link Node#edit} when you have a specific {@link Node} instance that
   * you want to keep and continue to use after an edit.
   */
  edit(edit) {
    const { point, index } = edit.editPoint(this.startPosition, this.startIndex);
    this.startPosition = point;
    this.startIndex = index;
  }
  /** Get the S-expression representation of this node. */
  toString() {
    marshalNode(this);
    const address = C._ts_node_to_string_wasm(this.tree[0]);
    const result = C.AsciiToString(address);
    C._free(address);
    return result;
  }
};
function unmarshalCaptures(query, tree, address, patternIndex, result) {
  for (let i2 = 0, n = result.length; i2 < n; i2++) {
    const captureIndex = C.getValue(address, "i32");
    address += SIZE_OF_INT;
    const node = unmarshalNode(tree, address);
    address += SIZE_OF_NODE;
    result[i2] = { patternIndex, name: query.captureNames[captureIndex], node };
  }
  return address;
}
__name(unmarshalCaptures, "unmarshalCaptures");
function marshalNode(node, index = 0) {
  let address = TRANSFER_BUFFER + index * SIZE_OF_NODE;
  C.setValue(address, node.id, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startPosition.row, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startPosition.column, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node[0], "i32");
}
__name(marshalNode, "marshalNode");
function unmarshalNode(tree, address = TRANSFER_BUFFER) {
  const id = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  if (id === 0) return null;
  const index = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const row = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const column = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const other = C.getValue(address, "i32");
  const result = new Node(INTERNAL, {
    id,
    tree,
    startIndex: index,
    startPosition: { row, column },
    other
  });
  return result;
}
__name(unmarshalNode, "unmarshalNode");
function marshalTreeCursor({ handles }, address = TRANSFER_BUFFER) {
  C.setValue(address + 0 * SIZE_OF_INT, handles[0], "i32");
  C.setValue(address + 1 * SIZE_OF_INT, handles[1], "i32");
  C.setValue(address + 2 * SIZE_OF_INT, handles[2], "i32");
  C.setValue(address + 3 * SIZE_OF_INT, handles[3], "i32");
}
__name(marshalTreeCursor, "marshalTreeCursor");
function unmarshalTreeCursor({ handles }) {
  handles[0] = C.getValue(TRANSFER_BUFFER + 0 * SIZE_OF_INT, "i32");
  handles[1] = C.getValue(TRANSFER_BUFFER + 1 * SIZE_OF_INT, "i32");
  handles[2] = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
  handles[3] = C.getValue(TRANSFER_BUFFER + 3 * SIZE_OF_INT, "i32");
}
__name(unmarshalTreeCursor, "unmarshalTreeCursor");
function marshalPoint(address, point) {
  C.setValue(address, point.row, "i32");
  C.setValue(address + SIZE_OF_INT, point.column, "i32");
}
__name(marshalPoint, "marshalPoint");
function unmarshalPoint(address) {
  const result = {
    row: C.getValue(address, "i32") >>> 0,
    column: C.getValue(address + SIZE_OF_INT, "i32") >>> 0
  };
  return result;
}
__name(unmarshalPoint, "unmarshalPoint");
function marshalRange(address, range) {
  marshalPoint(address, range.startPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, range.endPosition);
  address += SIZE_OF_POINT;
  C.setValue(address, range.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, range.endIndex, "i32");
  address += SIZE_OF_INT;
}
__name(marshalRange, "marshalRange");
function unmarshalRange(address) {
  const result = {};
  result.startPosition = unmarshalPoint(address);
  address += SIZE_OF_POINT;
  result.endPosition = unmarshalPoint(address);
  address += SIZE_OF_POINT;
  result.startIndex = C.getValue(address, "i32") >>> 0;
  address += SIZE_OF_INT;
  result.endIndex = C.getValue(address, "i32") >>> 0;
  return result;
}
__name(unmarshalRange, "unmarshalRange");
function marshalEdit(edit, address = TRANSFER_BUFFER) {
  marshalPoint(address, edit.startPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, edit.oldEndPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, edit.newEndPosition);
  address += SIZE_OF_POINT;
  C.setValue(address, edit.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, edit.oldEndIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, edit.newEndIndex, "i32");
  address += SIZE_OF_INT;
}
__name(marshalEdit, "marshalEdit");
function unmarshalLanguageMetadata(address) {
  const major_version = C.getValue(address, "i32");
  const minor_version = C.getValue(address += SIZE_OF_INT, "i32");
  const patch_version = C.getValue(address += SIZE_OF_INT, "i32");
  return { major_version, minor_version, patch_version };
}
__name(unmarshalLanguageMetadata, "unmarshalLanguageMetadata");
var LANGUAGE_FUNCTION_REGEX = /^tree_sitter_\w+$/;
var Language = class _Language {
  static {
    __name(this, "Language");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /**
   * A list of all node types in the language. The index of each type in this
   * array is its node type id.
   */
  types;
  /**
   * A list of all field names in the language. The index of each field name in
   * this array is its field id.
   */
  fields;
  /** @internal */
  constructor(internal, address) {
    assertInternal(internal);
    this[0] = address;
    this.types = new Array(C._ts_language_symbol_count(this[0]));
    for (let i2 = 0, n = this.types.length; i2 < n; i2++) {
      if (C._ts_language_symbol_type(this[0], i2) < 2) {
        this.types[i2] = C.UTF8ToString(C._ts_language_symbol_name(this[0], i2));
      }
    }
    this.fields = new Array(C._ts_language_field_count(this[0]) + 1);
    for (let i2 = 0, n = this.fields.length; i2 < n; i2++) {
      const fieldName = C._ts_language_field_name_for_id(this[0], i2);
      if (fieldName !== 0) {
        this.fields[i2] = C.UTF8ToString(fieldName);
      } else {
        this.fields[i2] = null;
      }
    }
  }
  /**
   * Gets the name of the language.
   */
  get name() {
    const ptr = C._ts_language_name(this[0]);
    if (ptr === 0) return null;
    return C.UTF8ToString(ptr);
  }
  /**
   * Gets the ABI version of the language.
   */
  get abiVersion() {
    return C._ts_language_abi_version(this[0]);
  }
  /**
  * Get the metadata for this language. This information is generated by the
  * CLI, and relies on the language author providing the correct metadata in
  * the language's `tree-sitter.json` file.
  */
  get metadata() {
    C._ts_language_metadata_wasm(this[0]);
    const length = C.getValue(TRANSFER_BUFFER, "i32");
    if (length === 0) return null;
    return unmarshalLanguageMetadata(TRANSFER_BUFFER + SIZE_OF_INT);
  }
  /**
   * Gets the number of fields in the language.
   */
  get fieldCount() {
    return this.fields.length - 1;
  }
  /**
   * Gets the number of states in the language.
   */
  get stateCount() {
    return C._ts_language_state_count(this[0]);
  }
  /**
   * Get the field id for a field name.
   */
  fieldIdForName(fieldName) {
    const result = this.fields.indexOf(fieldName);
    return result !== -1 ? result : null;
  }
  /**
   * Get the field name for a field id.
   */
  fieldNameForId(fieldId) {
    return this.fields[fieldId] ?? null;
  }
  /**
   * Get the node type id for a node type name.
   */
  idForNodeType(type, named) {
    const typeLength = C.lengthBytesUTF8(type);
    const typeAddress = C._malloc(typeLength + 1);
    C.stringToUTF8(type, typeAddress, typeLength + 1);
    const result = C._ts_language_symbol_for_name(this[0], typeAddress, typeLength, named ? 1 : 0);
    C._free(typeAddress);
    return result || null;
  }
  /**
   * Gets the number of node types in the language.
   */
  get nodeTypeCount() {
    return C._ts_language_symbol_count(this[0]);
  }
  /**
   * Get the node type name for a node type id.
   */
  nodeTypeForId(typeId) {
    const name2 = C._ts_language_symbol_name(this[0], typeId);
    return name2 ? C.UTF8ToString(name2) : null;
  }
  /**
   * Check if a node type is named.
   *
   * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/2-basic-parsing.html#named-vs-anonymous-nodes}
   */
  nodeTypeIsNamed(typeId) {
    return C._ts_language_type_is_named_wasm(this[0], typeId) ? true : false;
  }
  /**
   * Check if a node type is visible.
   */
  nodeTypeIsVisible(typeId) {
    return C._ts_language_type_is_visible_wasm(this[0], typeId) ? true : false;
  }
  /**
   * Get the supertypes ids of this language.
   *
   * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/6-static-node-types.html?highlight=supertype#supertype-nodes}
   */
  get supertypes() {
    C._ts_language_supertypes_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = C.getValue(address, "i16");
        address += SIZE_OF_SHORT;
      }
    }
    return result;
  }
  /**
   * Get the subtype ids for a given supertype node id.
   */
  subtypes(supertype) {
    C._ts_language_subtypes_wasm(this[0], supertype);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = C.getValue(address, "i16");
        address += SIZE_OF_SHORT;
      }
    }
    return result;
  }
  /**
   * Get the next state id for a given state id and node type id.
   */
  nextState(stateId, typeId) {
    return C._ts_language_next_state(this[0], stateId, typeId);
  }
  /**
   * Create a new lookahead iterator for this language and parse state.
   *
   * This returns `null` if state is invalid for this language.
   *
   * Iterating {@link LookaheadIterator} will yield valid symbols in the given
   * parse state. A newly created iterator is not positioned on a symbol, so
   * {@link LookaheadIterator#currentType} returns `null` until the first
   * iteration step.
   *
   * Lookahead iterators can be useful for generating suggestions and improving
   * syntax error diagnostics. To get symbols valid in an `ERROR` node, use the
   * lookahead iterator on its first leaf node state. For `MISSING` nodes, a
   * lookahead iterator created on the previous non-extra leaf node may be
   * appropriate.
   */
  lookaheadIterator(stateId) {
    const address = C._ts_lookahead_iterator_new(this[0], stateId);
    if (address) return new LookaheadIterator(INTERNAL, address, this);
    return null;
  }
  /**
   * Load a language from a WebAssembly module.
   * The module can be provided as a path to a file, a `URL` to a file, or as a
   * buffer.
   */
  static async load(input) {
    let binary2;
    if (input instanceof Uint8Array) {
      binary2 = input;
    } else if (globalThis.process?.versions.node) {
      const fs2 = await import("fs/promises");
      binary2 = await fs2.readFile(input);
    } else {
      const response = await fetch(input);
      if (!response.ok) {
        const body2 = await response.text();
        throw new Error(`Language.load failed with status ${response.status}.

${body2}`);
      }
      const retryResp = response.clone();
      try {
        binary2 = await WebAssembly.compileStreaming(response);
      } catch (reason) {
        console.error("wasm streaming compile failed:", reason);
        console.error("falling back to ArrayBuffer instantiation");
        binary2 = new Uint8Array(await retryResp.arrayBuffer());
      }
    }
    const mod = await C.loadWebAssemblyModule(binary2, { loadAsync: true });
    return _Language.loadFromWasmExports(mod, { sync: false });
  }
  static loadFromWasmExports(mod, { sync }) {
    const symbolNames = Object.keys(mod);
    const functionName = symbolNames.find((key) => LANGUAGE_FUNCTION_REGEX.test(key) && !key.includes("external_scanner_"));
    if (!functionName) {
      console.log(`Couldn't find language function in Wasm file. Symbols:
${JSON.stringify(symbolNames, null, 2)}`);
      throw new Error(`Language.${sync ? "loadSync" : "load"} failed: no language function found in Wasm file`);
    }
    const languageAddress = mod[functionName]();
    return new _Language(INTERNAL, languageAddress);
  }
  /**
   * Load a language synchronously from a pre-compiled WebAssembly module.
   * Use this when the host environment provides a `WebAssembly.Module` directly.
   */
  static loadSync(wasmModule) {
    const mod = C.loadWebAssemblyModule(wasmModule, { loadAsync: false });
    return _Language.loadFromWasmExports(mod, { sync: true });
  }
};
async function Module2(moduleArg = {}) {
  var moduleRtn;
  var Module = moduleArg;
  var ENVIRONMENT_IS_WEB = typeof window == "object";
  var ENVIRONMENT_IS_WORKER = typeof WorkerGlobalScope != "undefined";
  var ENVIRONMENT_IS_NODE = typeof process == "object" && process.versions?.node && process.type != "renderer";
  if (ENVIRONMENT_IS_NODE) {
    const { createRequire: createRequire2 } = await import("module");
    var require = createRequire2(import.meta.url);
  }
  Module.currentQueryProgressCallback = null;
  Module.currentProgressCallback = null;
  Module.currentLogCallback = null;
  Module.currentParseCallback = null;
  var arguments_ = [];
  var thisProgram = "./this.program";
  var quit_ = /* @__PURE__ */ __name((status, toThrow) => {
    throw toThrow;
  }, "quit_");
  var _scriptName = import.meta.url;
  var scriptDirectory = "";
  function locateFile(path) {
    if (Module["locateFile"]) {
      return Module["locateFile"](path, scriptDirectory);
    }
    return scriptDirectory + path;
  }
  __name(locateFile, "locateFile");
  var readAsync, readBinary;
  if (ENVIRONMENT_IS_NODE) {
    var fs = require("fs");
    if (_scriptName.startsWith("file:")) {
      scriptDirectory = require("path").dirname(require("url").fileURLToPath(_scriptName)) + "/";
    }
    readBinary = /* @__PURE__ */ __name((filename) => {
      filename = isFileURI(filename) ? new URL(filename) : filename;
      var ret = fs.readFileSync(filename);
      return ret;
    }, "readBinary");
    readAsync = /* @__PURE__ */ __name(async (filename, binary2 = true) => {
      filename = isFileURI(filename) ? new URL(filename) : filename;
      var ret = fs.readFileSync(filename, binary2 ? void 0 : "utf8");
      return ret;
    }, "readAsync");
    if (process.argv.length > 1) {
      thisProgram = process.argv[1].replace(/\\/g, "/");
    }
    arguments_ = process.argv.slice(2);
    quit_ = /* @__PURE__ */ __name((status, toThrow) => {
      process.exitCode = status;
      throw toThrow;
    }, "quit_");
  } else if (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) {
    try {
      scriptDirectory = new URL(".", _scriptName).href;
    } catch {
    }
    {
      if (ENVIRONMENT_IS_WORKER) {
        readBinary = /* @__PURE__ */ __name((url) => {
          var xhr = new XMLHttpRequest();
          xhr.open("GET", url, false);
          xhr.responseType = "arraybuffer";
          xhr.send(null);
          return new Uint8Array(
            /** @type{!ArrayBuffer} */
            xhr.response
          );
        }, "readBinary");
      }
      readAsync = /* @__PURE__ */ __name(async (url) => {
        if (isFileURI(url)) {
          return new Promise((resolve6, reject) => {
            var xhr = new XMLHttpRequest();
            xhr.open("GET", url, true);
            xhr.responseType = "arraybuffer";
            xhr.onload = () => {
              if (xhr.status == 200 || xhr.status == 0 && xhr.response) {
                resolve6(xhr.response);
                return;
              }
              reject(xhr.status);
            };
            xhr.onerror = reject;
            xhr.send(null);
          });
        }
        var response = await fetch(url, {
          credentials: "same-origin"
        });
        if (response.ok) {
          return response.arrayBuffer();
        }
        throw new Error(response.status + " : " + response.url);
      }, "readAsync");
    }
  } else {
  }
  var out = console.log.bind(console);
  var err = console.error.bind(console);
  var dynamicLibraries = [];
  var wasmBinary;
  var ABORT = false;
  var EXITSTATUS;
  var isFileURI = /* @__PURE__ */ __name((filename) => filename.startsWith("file://"), "isFileURI");
  var readyPromiseResolve, readyPromiseReject;
  var wasmMemory;
  var HEAP8, HEAPU8, HEAP16, HEAPU16, HEAP32, HEAPU32, HEAPF32, HEAPF64;
  var HEAP64, HEAPU64;
  var HEAP_DATA_VIEW;
  var runtimeInitialized = false;
  function updateMemoryViews() {
    var b = wasmMemory.buffer;
    Module["HEAP8"] = HEAP8 = new Int8Array(b);
    Module["HEAP16"] = HEAP16 = new Int16Array(b);
    Module["HEAPU8"] = HEAPU8 = new Uint8Array(b);
    Module["HEAPU16"] = HEAPU16 = new Uint16Array(b);
    Module["HEAP32"] = HEAP32 = new Int32Array(b);
    Module["HEAPU32"] = HEAPU32 = new Uint32Array(b);
    Module["HEAPF32"] = HEAPF32 = new Float32Array(b);
    Module["HEAPF64"] = HEAPF64 = new Float64Array(b);
    Module["HEAP64"] = HEAP64 = new BigInt64Array(b);
    Module["HEAPU64"] = HEAPU64 = new BigUint64Array(b);
    Module["HEAP_DATA_VIEW"] = HEAP_DATA_VIEW = new DataView(b);
    LE_HEAP_UPDATE();
  }
  __name(updateMemoryViews, "updateMemoryViews");
  function initMemory() {
    if (Module["wasmMemory"]) {
      wasmMemory = Module["wasmMemory"];
    } else {
      var INITIAL_MEMORY = Module["INITIAL_MEMORY"] || 33554432;
      wasmMemory = new WebAssembly.Memory({
        "initial": INITIAL_MEMORY / 65536,
        // In theory we should not need to emit the maximum if we want "unlimited"
        // or 4GB of memory, but VMs error on that atm, see
        // https://github.com/emscripten-core/emscripten/issues/14130
        // And in the pthreads case we definitely need to emit a maximum. So
        // always emit one.
        "maximum": 32768
      });
    }
    updateMemoryViews();
  }
  __name(initMemory, "initMemory");
  var __RELOC_FUNCS__ = [];
  function preRun() {
    if (Module["preRun"]) {
      if (typeof Module["preRun"] == "function") Module["preRun"] = [Module["preRun"]];
      while (Module["preRun"].length) {
        addOnPreRun(Module["preRun"].shift());
      }
    }
    callRuntimeCallbacks(onPreRuns);
  }
  __name(preRun, "preRun");
  function initRuntime() {
    runtimeInitialized = true;
    callRuntimeCallbacks(__RELOC_FUNCS__);
    wasmExports["__wasm_call_ctors"]();
    callRuntimeCallbacks(onPostCtors);
  }
  __name(initRuntime, "initRuntime");
  function preMain() {
  }
  __name(preMain, "preMain");
  function postRun() {
    if (Module["postRun"]) {
      if (typeof Module["postRun"] == "function") Module["postRun"] = [Module["postRun"]];
      while (Module["postRun"].length) {
        addOnPostRun(Module["postRun"].shift());
      }
    }
    callRuntimeCallbacks(onPostRuns);
  }
  __name(postRun, "postRun");
  function abort(what) {
    Module["onAbort"]?.(what);
    what = "Aborted(" + what + ")";
    err(what);
    ABORT = true;
    what += ". Build with -sASSERTIONS for more info.";
    var e = new WebAssembly.RuntimeError(what);
    readyPromiseReject?.(e);
    throw e;
  }
  __name(abort, "abort");
  var wasmBinaryFile;
  function findWasmBinary() {
    if (Module["locateFile"]) {
      return locateFile("web-tree-sitter.wasm");
    }
    return new URL("web-tree-sitter.wasm", import.meta.url).href;
  }
  __name(findWasmBinary, "findWasmBinary");
  function getBinarySync(file) {
    if (file == wasmBinaryFile && wasmBinary) {
      return new Uint8Array(wasmBinary);
    }
    if (readBinary) {
      return readBinary(file);
    }
    throw "both async and sync fetching of the wasm failed";
  }
  __name(getBinarySync, "getBinarySync");
  async function getWasmBinary(binaryFile) {
    if (!wasmBinary) {
      try {
        var response = await readAsync(binaryFile);
        return new Uint8Array(response);
      } catch {
      }
    }
    return getBinarySync(binaryFile);
  }
  __name(getWasmBinary, "getWasmBinary");
  async function instantiateArrayBuffer(binaryFile, imports) {
    try {
      var binary2 = await getWasmBinary(binaryFile);
      var instance2 = await WebAssembly.instantiate(binary2, imports);
      return instance2;
    } catch (reason) {
      err(`failed to asynchronously prepare wasm: ${reason}`);
      abort(reason);
    }
  }
  __name(instantiateArrayBuffer, "instantiateArrayBuffer");
  async function instantiateAsync(binary2, binaryFile, imports) {
    if (!binary2 && !isFileURI(binaryFile) && !ENVIRONMENT_IS_NODE) {
      try {
        var response = fetch(binaryFile, {
          credentials: "same-origin"
        });
        var instantiationResult = await WebAssembly.instantiateStreaming(response, imports);
        return instantiationResult;
      } catch (reason) {
        err(`wasm streaming compile failed: ${reason}`);
        err("falling back to ArrayBuffer instantiation");
      }
    }
    return instantiateArrayBuffer(binaryFile, imports);
  }
  __name(instantiateAsync, "instantiateAsync");
  function getWasmImports() {
    return {
      "env": wasmImports,
      "wasi_snapshot_preview1": wasmImports,
      "GOT.mem": new Proxy(wasmImports, GOTHandler),
      "GOT.func": new Proxy(wasmImports, GOTHandler)
    };
  }
  __name(getWasmImports, "getWasmImports");
  async function createWasm() {
    function receiveInstance(instance2, module2) {
      wasmExports = instance2.exports;
      wasmExports = relocateExports(wasmExports, 1024);
      var metadata2 = getDylinkMetadata(module2);
      if (metadata2.neededDynlibs) {
        dynamicLibraries = metadata2.neededDynlibs.concat(dynamicLibraries);
      }
      mergeLibSymbols(wasmExports, "main");
      LDSO.init();
      loadDylibs();
      __RELOC_FUNCS__.push(wasmExports["__wasm_apply_data_relocs"]);
      assignWasmExports(wasmExports);
      return wasmExports;
    }
    __name(receiveInstance, "receiveInstance");
    function receiveInstantiationResult(result2) {
      return receiveInstance(result2["instance"], result2["module"]);
    }
    __name(receiveInstantiationResult, "receiveInstantiationResult");
    var info2 = getWasmImports();
    if (Module["instantiateWasm"]) {
      return new Promise((resolve6, reject) => {
        Module["instantiateWasm"](info2, (mod, inst) => {
          resolve6(receiveInstance(mod, inst));
        });
      });
    }
    wasmBinaryFile ??= findWasmBinary();
    var result = await instantiateAsync(wasmBinary, wasmBinaryFile, info2);
    var exports = receiveInstantiationResult(result);
    return exports;
  }
  __name(createWasm, "createWasm");
  class ExitStatus {
    static {
      __name(this, "ExitStatus");
    }
    name = "ExitStatus";
    constructor(status) {
      this.message = `Program terminated with exit(${status})`;
      this.status = status;
    }
  }
  var GOT = {};
  var currentModuleWeakSymbols = /* @__PURE__ */ new Set([]);
  var GOTHandler = {
    get(obj2, symName) {
      var rtn = GOT[symName];
      if (!rtn) {
        rtn = GOT[symName] = new WebAssembly.Global({
          "value": "i32",
          "mutable": true
        });
      }
      if (!currentModuleWeakSymbols.has(symName)) {
        rtn.required = true;
      }
      return rtn;
    }
  };
  var LE_ATOMICS_NATIVE_BYTE_ORDER = [];
  var LE_HEAP_LOAD_F32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat32(byteOffset, true), "LE_HEAP_LOAD_F32");
  var LE_HEAP_LOAD_F64 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat64(byteOffset, true), "LE_HEAP_LOAD_F64");
  var LE_HEAP_LOAD_I16 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt16(byteOffset, true), "LE_HEAP_LOAD_I16");
  var LE_HEAP_LOAD_I32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt32(byteOffset, true), "LE_HEAP_LOAD_I32");
  var LE_HEAP_LOAD_I64 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getBigInt64(byteOffset, true), "LE_HEAP_LOAD_I64");
  var LE_HEAP_LOAD_U32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getUint32(byteOffset, true), "LE_HEAP_LOAD_U32");
  var LE_HEAP_STORE_F32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat32(byteOffset, value, true), "LE_HEAP_STORE_F32");
  var LE_HEAP_STORE_F64 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat64(byteOffset, value, true), "LE_HEAP_STORE_F64");
  var LE_HEAP_STORE_I16 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt16(byteOffset, value, true), "LE_HEAP_STORE_I16");
  var LE_HEAP_STORE_I32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt32(byteOffset, value, true), "LE_HEAP_STORE_I32");
  var LE_HEAP_STORE_I64 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setBigInt64(byteOffset, value, true), "LE_HEAP_STORE_I64");
  var LE_HEAP_STORE_U32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setUint32(byteOffset, value, true), "LE_HEAP_STORE_U32");
  var callRuntimeCallbacks = /* @__PURE__ */ __name((callbacks) => {
    while (callbacks.length > 0) {
      callbacks.shift()(Module);
    }
  }, "callRuntimeCallbacks");
  var onPostRuns = [];
  var addOnPostRun = /* @__PURE__ */ __name((cb) => onPostRuns.push(cb), "addOnPostRun");
  var onPreRuns = [];
  var addOnPreRun = /* @__PURE__ */ __name((cb) => onPreRuns.push(cb), "addOnPreRun");
  var UTF8Decoder = typeof TextDecoder != "undefined" ? new TextDecoder() : void 0;
  var findStringEnd = /* @__PURE__ */ __name((heapOrArray, idx, maxBytesToRead, ignoreNul) => {
    var maxIdx = idx + maxBytesToRead;
    if (ignoreNul) return maxIdx;
    while (heapOrArray[idx] && !(idx >= maxIdx)) ++idx;
    return idx;
  }, "findStringEnd");
  var UTF8ArrayToString = /* @__PURE__ */ __name((heapOrArray, idx = 0, maxBytesToRead, ignoreNul) => {
    var endPtr = findStringEnd(heapOrArray, idx, maxBytesToRead, ignoreNul);
    if (endPtr - idx > 16 && heapOrArray.buffer && UTF8Decoder) {
      return UTF8Decoder.decode(heapOrArray.subarray(idx, endPtr));
    }
    var str2 = "";
    while (idx < endPtr) {
      var u0 = heapOrArray[idx++];
      if (!(u0 & 128)) {
        str2 += String.fromCharCode(u0);
        continue;
      }
      var u1 = heapOrArray[idx++] & 63;
      if ((u0 & 224) == 192) {
        str2 += String.fromCharCode((u0 & 31) << 6 | u1);
        continue;
      }
      var u2 = heapOrArray[idx++] & 63;
      if ((u0 & 240) == 224) {
        u0 = (u0 & 15) << 12 | u1 << 6 | u2;
      } else {
        u0 = (u0 & 7) << 18 | u1 << 12 | u2 << 6 | heapOrArray[idx++] & 63;
      }
      if (u0 < 65536) {
        str2 += String.fromCharCode(u0);
      } else {
        var ch = u0 - 65536;
        str2 += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
      }
    }
    return str2;
  }, "UTF8ArrayToString");
  var getDylinkMetadata = /* @__PURE__ */ __name((binary2) => {
    var offset = 0;
    var end = 0;
    function getU8() {
      return binary2[offset++];
    }
    __name(getU8, "getU8");
    function getLEB() {
      var ret = 0;
      var mul = 1;
      while (1) {
        var byte = binary2[offset++];
        ret += (byte & 127) * mul;
        mul *= 128;
        if (!(byte & 128)) break;
      }
      return ret;
    }
    __name(getLEB, "getLEB");
    function getString() {
      var len = getLEB();
      offset += len;
      return UTF8ArrayToString(binary2, offset - len, len);
    }
    __name(getString, "getString");
    function getStringList() {
      var count2 = getLEB();
      var rtn = [];
      while (count2--) rtn.push(getString());
      return rtn;
    }
    __name(getStringList, "getStringList");
    function failIf(condition, message) {
      if (condition) throw new Error(message);
    }
    __name(failIf, "failIf");
    if (binary2 instanceof WebAssembly.Module) {
      var dylinkSection = WebAssembly.Module.customSections(binary2, "dylink.0");
      failIf(dylinkSection.length === 0, "need dylink section");
      binary2 = new Uint8Array(dylinkSection[0]);
      end = binary2.length;
    } else {
      var int32View = new Uint32Array(new Uint8Array(binary2.subarray(0, 24)).buffer);
      var magicNumberFound = int32View[0] == 1836278016 || int32View[0] == 6386541;
      failIf(!magicNumberFound, "need to see wasm magic number");
      failIf(binary2[8] !== 0, "need the dylink section to be first");
      offset = 9;
      var section_size = getLEB();
      end = offset + section_size;
      var name2 = getString();
      failIf(name2 !== "dylink.0");
    }
    var customSection = {
      neededDynlibs: [],
      tlsExports: /* @__PURE__ */ new Set(),
      weakImports: /* @__PURE__ */ new Set(),
      runtimePaths: []
    };
    var WASM_DYLINK_MEM_INFO = 1;
    var WASM_DYLINK_NEEDED = 2;
    var WASM_DYLINK_EXPORT_INFO = 3;
    var WASM_DYLINK_IMPORT_INFO = 4;
    var WASM_DYLINK_RUNTIME_PATH = 5;
    var WASM_SYMBOL_TLS = 256;
    var WASM_SYMBOL_BINDING_MASK = 3;
    var WASM_SYMBOL_BINDING_WEAK = 1;
    while (offset < end) {
      var subsectionType = getU8();
      var subsectionSize = getLEB();
      if (subsectionType === WASM_DYLINK_MEM_INFO) {
        customSection.memorySize = getLEB();
        customSection.memoryAlign = getLEB();
        customSection.tableSize = getLEB();
        customSection.tableAlign = getLEB();
      } else if (subsectionType === WASM_DYLINK_NEEDED) {
        customSection.neededDynlibs = getStringList();
      } else if (subsectionType === WASM_DYLINK_EXPORT_INFO) {
        var count = getLEB();
        while (count--) {
          var symname = getString();
          var flags2 = getLEB();
          if (flags2 & WASM_SYMBOL_TLS) {
            customSection.tlsExports.add(symname);
          }
        }
      } else if (subsectionType === WASM_DYLINK_IMPORT_INFO) {
        var count = getLEB();
        while (count--) {
          var modname = getString();
          var symname = getString();
          var flags2 = getLEB();
          if ((flags2 & WASM_SYMBOL_BINDING_MASK) == WASM_SYMBOL_BINDING_WEAK) {
            customSection.weakImports.add(symname);
          }
        }
      } else if (subsectionType === WASM_DYLINK_RUNTIME_PATH) {
        customSection.runtimePaths = getStringList();
      } else {
        offset += subsectionSize;
      }
    }
    return customSection;
  }, "getDylinkMetadata");
  function getValue(ptr, type = "i8") {
    if (type.endsWith("*")) type = "*";
    switch (type) {
      case "i1":
        return HEAP8[ptr];
      case "i8":
        return HEAP8[ptr];
      case "i16":
        return LE_HEAP_LOAD_I16((ptr >> 1) * 2);
      case "i32":
        return LE_HEAP_LOAD_I32((ptr >> 2) * 4);
      case "i64":
        return LE_HEAP_LOAD_I64((ptr >> 3) * 8);
      case "float":
        return LE_HEAP_LOAD_F32((ptr >> 2) * 4);
      case "double":
        return LE_HEAP_LOAD_F64((ptr >> 3) * 8);
      case "*":
        return LE_HEAP_LOAD_U32((ptr >> 2) * 4);
      default:
        abort(`invalid type for getValue: ${type}`);
    }
  }
  __name(getValue, "getValue");
  var newDSO = /* @__PURE__ */ __name((name2, handle2, syms) => {
    var dso = {
      refcount: Infinity,
      name: name2,
      exports: syms,
      global: true
    };
    LDSO.loadedLibsByName[name2] = dso;
    if (handle2 != void 0) {
      LDSO.loadedLibsByHandle[handle2] = dso;
    }
    return dso;
  }, "newDSO");
  var LDSO = {
    loadedLibsByName: {},
    loadedLibsByHandle: {},
    init() {
      newDSO("__main__", 0, wasmImports);
    }
  };
  var ___heap_base = 82240;
  var alignMemory = /* @__PURE__ */ __name((size, alignment) => Math.ceil(size / alignment) * alignment, "alignMemory");
  var getMemory = /* @__PURE__ */ __name((size) => {
    if (runtimeInitialized) {
      return _calloc(size, 1);
    }
    var ret = ___heap_base;
    var end = ret + alignMemory(size, 16);
    ___heap_base = end;
    GOT["__heap_base"].value = end;
    return ret;
  }, "getMemory");
  var isInternalSym = /* @__PURE__ */ __name((symName) => ["__cpp_exception", "__c_longjmp", "__wasm_apply_data_relocs", "__dso_handle", "__tls_size", "__tls_align", "__set_stack_limits", "_emscripten_tls_init", "__wasm_init_tls", "__wasm_call_ctors", "__start_em_asm", "__stop_em_asm", "__start_em_js", "__stop_em_js"].includes(symName) || symName.startsWith("__em_js__"), "isInternalSym");
  var uleb128EncodeWithLen = /* @__PURE__ */ __name((arr) => {
    const n = arr.length;
    return [n % 128 | 128, n >> 7, ...arr];
  }, "uleb128EncodeWithLen");
  var wasmTypeCodes = {
    "i": 127,
    // i32
    "p": 127,
    // i32
    "j": 126,
    // i64
    "f": 125,
    // f32
    "d": 124,
    // f64
    "e": 111
  };
  var generateTypePack = /* @__PURE__ */ __name((types) => uleb128EncodeWithLen(Array.from(types, (type) => {
    var code = wasmTypeCodes[type];
    return code;
  })), "generateTypePack");
  var convertJsFunctionToWasm = /* @__PURE__ */ __name((func2, sig) => {
    var bytes = Uint8Array.of(
      0,
      97,
      115,
      109,
      // magic ("\0asm")
      1,
      0,
      0,
      0,
      // version: 1
      1,
      ...uleb128EncodeWithLen([
        1,
        // count: 1
        96,
        // param types
        ...generateTypePack(sig.slice(1)),
        // return types (for now only supporting [] if `void` and single [T] otherwise)
        ...generateTypePack(sig[0] === "v" ? "" : sig[0])
      ]),
      // The rest of the module is static
      2,
      7,
      // import section
      // (import "e" "f" (func 0 (type 0)))
      1,
      1,
      101,
      1,
      102,
      0,
      0,
      7,
      5,
      // export section
      // (export "f" (func 0 (type 0)))
      1,
      1,
      102,
      0,
      0
    );
    var module2 = new WebAssembly.Module(bytes);
    var instance2 = new WebAssembly.Instance(module2, {
      "e": {
        "f": func2
      }
    });
    var wrappedFunc = instance2.exports["f"];
    return wrappedFunc;
  }, "convertJsFunctionToWasm");
  var wasmTableMirror = [];
  var wasmTable = new WebAssembly.Table({
    "initial": 31,
    "element": "anyfunc"
  });
  var getWasmTableEntry = /* @__PURE__ */ __name((funcPtr) => {
    var func2 = wasmTableMirror[funcPtr];
    if (!func2) {
      wasmTableMirror[funcPtr] = func2 = wasmTable.get(funcPtr);
    }
    return func2;
  }, "getWasmTableEntry");
  var updateTableMap = /* @__PURE__ */ __name((offset, count) => {
    if (functionsInTableMap) {
      for (var i2 = offset; i2 < offset + count; i2++) {
        var item = getWasmTableEntry(i2);
        if (item) {
          functionsInTableMap.set(item, i2);
        }
      }
    }
  }, "updateTableMap");
  var functionsInTableMap;
  var getFunctionAddress = /* @__PURE__ */ __name((func2) => {
    if (!functionsInTableMap) {
      functionsInTableMap = /* @__PURE__ */ new WeakMap();
      updateTableMap(0, wasmTable.length);
    }
    return functionsInTableMap.get(func2) || 0;
  }, "getFunctionAddress");
  var freeTableIndexes = [];
  var getEmptyTableSlot = /* @__PURE__ */ __name(() => {
    if (freeTableIndexes.length) {
      return freeTableIndexes.pop();
    }
    return wasmTable["grow"](1);
  }, "getEmptyTableSlot");
  var setWasmTableEntry = /* @__PURE__ */ __name((idx, func2) => {
    wasmTable.set(idx, func2);
    wasmTableMirror[idx] = wasmTable.get(idx);
  }, "setWasmTableEntry");
  var addFunction = /* @__PURE__ */ __name((func2, sig) => {
    var rtn = getFunctionAddress(func2);
    if (rtn) {
      return rtn;
    }
    var ret = getEmptyTableSlot();
    try {
      setWasmTableEntry(ret, func2);
    } catch (err2) {
      if (!(err2 instanceof TypeError)) {
        throw err2;
      }
      var wrapped = convertJsFunctionToWasm(func2, sig);
      setWasmTableEntry(ret, wrapped);
    }
    functionsInTableMap.set(func2, ret);
    return ret;
  }, "addFunction");
  var updateGOT = /* @__PURE__ */ __name((exports, replace) => {
    for (var symName in exports) {
      if (isInternalSym(symName)) {
        continue;
      }
      var value = exports[symName];
      GOT[symName] ||= new WebAssembly.Global({
        "value": "i32",
        "mutable": true
      });
      if (replace || GOT[symName].value == 0) {
        if (typeof value == "function") {
          GOT[symName].value = addFunction(value);
        } else if (typeof value == "number") {
          GOT[symName].value = value;
        } else {
          err(`unhandled export type for '${symName}': ${typeof value}`);
        }
      }
    }
  }, "updateGOT");
  var relocateExports = /* @__PURE__ */ __name((exports, memoryBase2, replace) => {
    var relocated = {};
    for (var e in exports) {
      var value = exports[e];
      if (typeof value == "object") {
        value = value.value;
      }
      if (typeof value == "number") {
        value += memoryBase2;
      }
      relocated[e] = value;
    }
    updateGOT(relocated, replace);
    return relocated;
  }, "relocateExports");
  var isSymbolDefined = /* @__PURE__ */ __name((symName) => {
    var existing = wasmImports[symName];
    if (!existing || existing.stub) {
      return false;
    }
    return true;
  }, "isSymbolDefined");
  var dynCall = /* @__PURE__ */ __name((sig, ptr, args22 = [], promising = false) => {
    var func2 = getWasmTableEntry(ptr);
    var rtn = func2(...args22);
    function convert2(rtn2) {
      return rtn2;
    }
    __name(convert2, "convert");
    return convert2(rtn);
  }, "dynCall");
  var stackSave = /* @__PURE__ */ __name(() => _emscripten_stack_get_current(), "stackSave");
  var stackRestore = /* @__PURE__ */ __name((val) => __emscripten_stack_restore(val), "stackRestore");
  var createInvokeFunction = /* @__PURE__ */ __name((sig) => (ptr, ...args22) => {
    var sp = stackSave();
    try {
      return dynCall(sig, ptr, args22);
    } catch (e) {
      stackRestore(sp);
      if (e !== e + 0) throw e;
      _setThrew(1, 0);
      if (sig[0] == "j") return 0n;
    }
  }, "createInvokeFunction");
  var resolveGlobalSymbol = /* @__PURE__ */ __name((symName, direct = false) => {
    var sym;
    if (isSymbolDefined(symName)) {
      sym = wasmImports[symName];
    } else if (symName.startsWith("invoke_")) {
      sym = wasmImports[symName] = createInvokeFunction(symName.split("_")[1]);
    }
    return {
      sym,
      name: symName
    };
  }, "resolveGlobalSymbol");
  var onPostCtors = [];
  var addOnPostCtor = /* @__PURE__ */ __name((cb) => onPostCtors.push(cb), "addOnPostCtor");
  var UTF8ToString = /* @__PURE__ */ __name((ptr, maxBytesToRead, ignoreNul) => ptr ? UTF8ArrayToString(HEAPU8, ptr, maxBytesToRead, ignoreNul) : "", "UTF8ToString");
  var loadWebAssemblyModule = /* @__PURE__ */ __name((binary, flags, libName, localScope, handle) => {
    var metadata = getDylinkMetadata(binary);
    function loadModule() {
      var memAlign = Math.pow(2, metadata.memoryAlign);
      var memoryBase = metadata.memorySize ? alignMemory(getMemory(metadata.memorySize + memAlign), memAlign) : 0;
      var tableBase = metadata.tableSize ? wasmTable.length : 0;
      if (handle) {
        HEAP8[handle + 8] = 1;
        LE_HEAP_STORE_U32((handle + 12 >> 2) * 4, memoryBase);
        LE_HEAP_STORE_I32((handle + 16 >> 2) * 4, metadata.memorySize);
        LE_HEAP_STORE_U32((handle + 20 >> 2) * 4, tableBase);
        LE_HEAP_STORE_I32((handle + 24 >> 2) * 4, metadata.tableSize);
      }
      if (metadata.tableSize) {
        wasmTable.grow(metadata.tableSize);
      }
      var moduleExports;
      function resolveSymbol(sym) {
        var resolved = resolveGlobalSymbol(sym).sym;
        if (!resolved && localScope) {
          resolved = localScope[sym];
        }
        if (!resolved) {
          resolved = moduleExports[sym];
        }
        return resolved;
      }
      __name(resolveSymbol, "resolveSymbol");
      var proxyHandler = {
        get(stubs, prop2) {
          switch (prop2) {
            case "__memory_base":
              return memoryBase;
            case "__table_base":
              return tableBase;
          }
          if (prop2 in wasmImports && !wasmImports[prop2].stub) {
            var res = wasmImports[prop2];
            return res;
          }
          if (!(prop2 in stubs)) {
            var resolved;
            stubs[prop2] = (...args22) => {
              resolved ||= resolveSymbol(prop2);
              return resolved(...args22);
            };
          }
          return stubs[prop2];
        }
      };
      var proxy = new Proxy({}, proxyHandler);
      currentModuleWeakSymbols = metadata.weakImports;
      var info = {
        "GOT.mem": new Proxy({}, GOTHandler),
        "GOT.func": new Proxy({}, GOTHandler),
        "env": proxy,
        "wasi_snapshot_preview1": proxy
      };
      function postInstantiation(module, instance) {
        updateTableMap(tableBase, metadata.tableSize);
        moduleExports = relocateExports(instance.exports, memoryBase);
        if (!flags.allowUndefined) {
          reportUndefinedSymbols();
        }
        function addEmAsm(addr, body) {
          var args = [];
          var arity = 0;
          for (; arity < 16; arity++) {
            if (body.indexOf("$" + arity) != -1) {
              args.push("$" + arity);
            } else {
              break;
            }
          }
          args = args.join(",");
          var func = `(${args}) => { ${body} };`;
          ASM_CONSTS[start] = eval(func);
        }
        __name(addEmAsm, "addEmAsm");
        if ("__start_em_asm" in moduleExports) {
          var start = moduleExports["__start_em_asm"];
          var stop = moduleExports["__stop_em_asm"];
          while (start < stop) {
            var jsString = UTF8ToString(start);
            addEmAsm(start, jsString);
            start = HEAPU8.indexOf(0, start) + 1;
          }
        }
        function addEmJs(name, cSig, body) {
          var jsArgs = [];
          cSig = cSig.slice(1, -1);
          if (cSig != "void") {
            cSig = cSig.split(",");
            for (var i in cSig) {
              var jsArg = cSig[i].split(" ").pop();
              jsArgs.push(jsArg.replace("*", ""));
            }
          }
          var func = `(${jsArgs}) => ${body};`;
          moduleExports[name] = eval(func);
        }
        __name(addEmJs, "addEmJs");
        for (var name in moduleExports) {
          if (name.startsWith("__em_js__")) {
            var start = moduleExports[name];
            var jsString = UTF8ToString(start);
            var parts = jsString.split("<::>");
            addEmJs(name.replace("__em_js__", ""), parts[0], parts[1]);
            delete moduleExports[name];
          }
        }
        var applyRelocs = moduleExports["__wasm_apply_data_relocs"];
        if (applyRelocs) {
          if (runtimeInitialized) {
            applyRelocs();
          } else {
            __RELOC_FUNCS__.push(applyRelocs);
          }
        }
        var init = moduleExports["__wasm_call_ctors"];
        if (init) {
          if (runtimeInitialized) {
            init();
          } else {
            addOnPostCtor(init);
          }
        }
        return moduleExports;
      }
      __name(postInstantiation, "postInstantiation");
      if (flags.loadAsync) {
        return (async () => {
          var instance2;
          if (binary instanceof WebAssembly.Module) {
            instance2 = new WebAssembly.Instance(binary, info);
          } else {
            ({ module: binary, instance: instance2 } = await WebAssembly.instantiate(binary, info));
          }
          return postInstantiation(binary, instance2);
        })();
      }
      var module = binary instanceof WebAssembly.Module ? binary : new WebAssembly.Module(binary);
      var instance = new WebAssembly.Instance(module, info);
      return postInstantiation(module, instance);
    }
    __name(loadModule, "loadModule");
    flags = {
      ...flags,
      rpath: {
        parentLibPath: libName,
        paths: metadata.runtimePaths
      }
    };
    if (flags.loadAsync) {
      return metadata.neededDynlibs.reduce((chain, dynNeeded) => chain.then(() => loadDynamicLibrary(dynNeeded, flags, localScope)), Promise.resolve()).then(loadModule);
    }
    metadata.neededDynlibs.forEach((needed) => loadDynamicLibrary(needed, flags, localScope));
    return loadModule();
  }, "loadWebAssemblyModule");
  var mergeLibSymbols = /* @__PURE__ */ __name((exports, libName2) => {
    for (var [sym, exp] of Object.entries(exports)) {
      const setImport = /* @__PURE__ */ __name((target) => {
        if (!isSymbolDefined(target)) {
          wasmImports[target] = exp;
        }
      }, "setImport");
      setImport(sym);
      const main_alias = "__main_argc_argv";
      if (sym == "main") {
        setImport(main_alias);
      }
      if (sym == main_alias) {
        setImport("main");
      }
    }
  }, "mergeLibSymbols");
  var asyncLoad = /* @__PURE__ */ __name(async (url) => {
    var arrayBuffer = await readAsync(url);
    return new Uint8Array(arrayBuffer);
  }, "asyncLoad");
  function loadDynamicLibrary(libName2, flags2 = {
    global: true,
    nodelete: true
  }, localScope2, handle2) {
    var dso = LDSO.loadedLibsByName[libName2];
    if (dso) {
      if (!flags2.global) {
        if (localScope2) {
          Object.assign(localScope2, dso.exports);
        }
      } else if (!dso.global) {
        dso.global = true;
        mergeLibSymbols(dso.exports, libName2);
      }
      if (flags2.nodelete && dso.refcount !== Infinity) {
        dso.refcount = Infinity;
      }
      dso.refcount++;
      if (handle2) {
        LDSO.loadedLibsByHandle[handle2] = dso;
      }
      return flags2.loadAsync ? Promise.resolve(true) : true;
    }
    dso = newDSO(libName2, handle2, "loading");
    dso.refcount = flags2.nodelete ? Infinity : 1;
    dso.global = flags2.global;
    function loadLibData() {
      if (handle2) {
        var data = LE_HEAP_LOAD_U32((handle2 + 28 >> 2) * 4);
        var dataSize = LE_HEAP_LOAD_U32((handle2 + 32 >> 2) * 4);
        if (data && dataSize) {
          var libData = HEAP8.slice(data, data + dataSize);
          return flags2.loadAsync ? Promise.resolve(libData) : libData;
        }
      }
      var libFile = locateFile(libName2);
      if (flags2.loadAsync) {
        return asyncLoad(libFile);
      }
      if (!readBinary) {
        throw new Error(`${libFile}: file not found, and synchronous loading of external files is not available`);
      }
      return readBinary(libFile);
    }
    __name(loadLibData, "loadLibData");
    function getExports() {
      if (flags2.loadAsync) {
        return loadLibData().then((libData) => loadWebAssemblyModule(libData, flags2, libName2, localScope2, handle2));
      }
      return loadWebAssemblyModule(loadLibData(), flags2, libName2, localScope2, handle2);
    }
    __name(getExports, "getExports");
    function moduleLoaded(exports) {
      if (dso.global) {
        mergeLibSymbols(exports, libName2);
      } else if (localScope2) {
        Object.assign(localScope2, exports);
      }
      dso.exports = exports;
    }
    __name(moduleLoaded, "moduleLoaded");
    if (flags2.loadAsync) {
      return getExports().then((exports) => {
        moduleLoaded(exports);
        return true;
      });
    }
    moduleLoaded(getExports());
    return true;
  }
  __name(loadDynamicLibrary, "loadDynamicLibrary");
  var reportUndefinedSymbols = /* @__PURE__ */ __name(() => {
    for (var [symName, entry] of Object.entries(GOT)) {
      if (entry.value == 0) {
        var value = resolveGlobalSymbol(symName, true).sym;
        if (!value && !entry.required) {
          continue;
        }
        if (typeof value == "function") {
          entry.value = addFunction(value, value.sig);
        } else if (typeof value == "number") {
          entry.value = value;
        } else {
          throw new Error(`bad export type for '${symName}': ${typeof value}`);
        }
      }
    }
  }, "reportUndefinedSymbols");
  var runDependencies = 0;
  var dependenciesFulfilled = null;
  var removeRunDependency = /* @__PURE__ */ __name((id) => {
    runDependencies--;
    Module["monitorRunDependencies"]?.(runDependencies);
    if (runDependencies == 0) {
      if (dependenciesFulfilled) {
        var callback = dependenciesFulfilled;
        dependenciesFulfilled = null;
        callback();
      }
    }
  }, "removeRunDependency");
  var addRunDependency = /* @__PURE__ */ __name((id) => {
    runDependencies++;
    Module["monitorRunDependencies"]?.(runDependencies);
  }, "addRunDependency");
  var loadDylibs = /* @__PURE__ */ __name(async () => {
    if (!dynamicLibraries.length) {
      reportUndefinedSymbols();
      return;
    }
    addRunDependency("loadDylibs");
    for (var lib of dynamicLibraries) {
      await loadDynamicLibrary(lib, {
        loadAsync: true,
        global: true,
        nodelete: true,
        allowUndefined: true
      });
    }
    reportUndefinedSymbols();
    removeRunDependency("loadDylibs");
  }, "loadDylibs");
  var noExitRuntime = true;
  function setValue(ptr, value, type = "i8") {
    if (type.endsWith("*")) type = "*";
    switch (type) {
      case "i1":
        HEAP8[ptr] = value;
        break;
      case "i8":
        HEAP8[ptr] = value;
        break;
      case "i16":
        LE_HEAP_STORE_I16((ptr >> 1) * 2, value);
        break;
      case "i32":
        LE_HEAP_STORE_I32((ptr >> 2) * 4, value);
        break;
      case "i64":
        LE_HEAP_STORE_I64((ptr >> 3) * 8, BigInt(value));
        break;
      case "float":
        LE_HEAP_STORE_F32((ptr >> 2) * 4, value);
        break;
      case "double":
        LE_HEAP_STORE_F64((ptr >> 3) * 8, value);
        break;
      case "*":
        LE_HEAP_STORE_U32((ptr >> 2) * 4, value);
        break;
      default:
        abort(`invalid type for setValue: ${type}`);
    }
  }
  __name(setValue, "setValue");
  var ___memory_base = new WebAssembly.Global({
    "value": "i32",
    "mutable": false
  }, 1024);
  var ___stack_high = 82240;
  var ___stack_low = 16704;
  var ___stack_pointer = new WebAssembly.Global({
    "value": "i32",
    "mutable": true
  }, 82240);
  var ___table_base = new WebAssembly.Global({
    "value": "i32",
    "mutable": false
  }, 1);
  var __abort_js = /* @__PURE__ */ __name(() => abort(""), "__abort_js");
  __abort_js.sig = "v";
  var getHeapMax = /* @__PURE__ */ __name(() => (
    // Stay one Wasm page short of 4GB: while e.g. Chrome is able to allocate
    // full 4GB Wasm memories, the size will wrap back to 0 bytes in Wasm side
    // for any code that deals with heap sizes, which would require special
    // casing all heap size related code to treat 0 specially.
    2147483648
  ), "getHeapMax");
  var growMemory = /* @__PURE__ */ __name((size) => {
    var oldHeapSize = wasmMemory.buffer.byteLength;
    var pages = (size - oldHeapSize + 65535) / 65536 | 0;
    try {
      wasmMemory.grow(pages);
      updateMemoryViews();
      return 1;
    } catch (e) {
    }
  }, "growMemory");
  var _emscripten_resize_heap = /* @__PURE__ */ __name((requestedSize) => {
    var oldSize = HEAPU8.length;
    requestedSize >>>= 0;
    var maxHeapSize = getHeapMax();
    if (requestedSize > maxHeapSize) {
      return false;
    }
    for (var cutDown = 1; cutDown <= 4; cutDown *= 2) {
      var overGrownHeapSize = oldSize * (1 + 0.2 / cutDown);
      overGrownHeapSize = Math.min(overGrownHeapSize, requestedSize + 100663296);
      var newSize = Math.min(maxHeapSize, alignMemory(Math.max(requestedSize, overGrownHeapSize), 65536));
      var replacement = growMemory(newSize);
      if (replacement) {
        return true;
      }
    }
    return false;
  }, "_emscripten_resize_heap");
  _emscripten_resize_heap.sig = "ip";
  var _fd_close = /* @__PURE__ */ __name((fd) => 52, "_fd_close");
  _fd_close.sig = "ii";
  var INT53_MAX = 9007199254740992;
  var INT53_MIN = -9007199254740992;
  var bigintToI53Checked = /* @__PURE__ */ __name((num2) => num2 < INT53_MIN || num2 > INT53_MAX ? NaN : Number(num2), "bigintToI53Checked");
  function _fd_seek(fd, offset, whence, newOffset) {
    offset = bigintToI53Checked(offset);
    return 70;
  }
  __name(_fd_seek, "_fd_seek");
  _fd_seek.sig = "iijip";
  var printCharBuffers = [null, [], []];
  var printChar = /* @__PURE__ */ __name((stream, curr) => {
    var buffer = printCharBuffers[stream];
    if (curr === 0 || curr === 10) {
      (stream === 1 ? out : err)(UTF8ArrayToString(buffer));
      buffer.length = 0;
    } else {
      buffer.push(curr);
    }
  }, "printChar");
  var _fd_write = /* @__PURE__ */ __name((fd, iov, iovcnt, pnum) => {
    var num2 = 0;
    for (var i2 = 0; i2 < iovcnt; i2++) {
      var ptr = LE_HEAP_LOAD_U32((iov >> 2) * 4);
      var len = LE_HEAP_LOAD_U32((iov + 4 >> 2) * 4);
      iov += 8;
      for (var j = 0; j < len; j++) {
        printChar(fd, HEAPU8[ptr + j]);
      }
      num2 += len;
    }
    LE_HEAP_STORE_U32((pnum >> 2) * 4, num2);
    return 0;
  }, "_fd_write");
  _fd_write.sig = "iippp";
  function _tree_sitter_log_callback(isLexMessage, messageAddress) {
    if (Module.currentLogCallback) {
      const message = UTF8ToString(messageAddress);
      Module.currentLogCallback(message, isLexMessage !== 0);
    }
  }
  __name(_tree_sitter_log_callback, "_tree_sitter_log_callback");
  function _tree_sitter_parse_callback(inputBufferAddress, index, row, column, lengthAddress) {
    const INPUT_BUFFER_SIZE = 10 * 1024;
    const string = Module.currentParseCallback(index, {
      row,
      column
    });
    if (typeof string === "string") {
      setValue(lengthAddress, string.length, "i32");
      stringToUTF16(string, inputBufferAddress, INPUT_BUFFER_SIZE);
    } else {
      setValue(lengthAddress, 0, "i32");
    }
  }
  __name(_tree_sitter_parse_callback, "_tree_sitter_parse_callback");
  function _tree_sitter_progress_callback(currentOffset, hasError) {
    if (Module.currentProgressCallback) {
      return Module.currentProgressCallback({
        currentOffset,
        hasError
      });
    }
    return false;
  }
  __name(_tree_sitter_progress_callback, "_tree_sitter_progress_callback");
  function _tree_sitter_query_progress_callback(currentOffset) {
    if (Module.currentQueryProgressCallback) {
      return Module.currentQueryProgressCallback({
        currentOffset
      });
    }
    return false;
  }
  __name(_tree_sitter_query_progress_callback, "_tree_sitter_query_progress_callback");
  var runtimeKeepaliveCounter = 0;
  var keepRuntimeAlive = /* @__PURE__ */ __name(() => noExitRuntime || runtimeKeepaliveCounter > 0, "keepRuntimeAlive");
  var _proc_exit = /* @__PURE__ */ __name((code) => {
    EXITSTATUS = code;
    if (!keepRuntimeAlive()) {
      Module["onExit"]?.(code);
      ABORT = true;
    }
    quit_(code, new ExitStatus(code));
  }, "_proc_exit");
  _proc_exit.sig = "vi";
  var exitJS = /* @__PURE__ */ __name((status, implicit) => {
    EXITSTATUS = status;
    _proc_exit(status);
  }, "exitJS");
  var handleException = /* @__PURE__ */ __name((e) => {
    if (e instanceof ExitStatus || e == "unwind") {
      return EXITSTATUS;
    }
    quit_(1, e);
  }, "handleException");
  var lengthBytesUTF8 = /* @__PURE__ */ __name((str2) => {
    var len = 0;
    for (var i2 = 0; i2 < str2.length; ++i2) {
      var c = str2.charCodeAt(i2);
      if (c <= 127) {
        len++;
      } else if (c <= 2047) {
        len += 2;
      } else if (c >= 55296 && c <= 57343) {
        len += 4;
        ++i2;
      } else {
        len += 3;
      }
    }
    return len;
  }, "lengthBytesUTF8");
  var stringToUTF8Array = /* @__PURE__ */ __name((str2, heap, outIdx, maxBytesToWrite) => {
    if (!(maxBytesToWrite > 0)) return 0;
    var startIdx = outIdx;
    var endIdx = outIdx + maxBytesToWrite - 1;
    for (var i2 = 0; i2 < str2.length; ++i2) {
      var u = str2.codePointAt(i2);
      if (u <= 127) {
        if (outIdx >= endIdx) break;
        heap[outIdx++] = u;
      } else if (u <= 2047) {
        if (outIdx + 1 >= endIdx) break;
        heap[outIdx++] = 192 | u >> 6;
        heap[outIdx++] = 128 | u & 63;
      } else if (u <= 65535) {
        if (outIdx + 2 >= endIdx) break;
        heap[outIdx++] = 224 | u >> 12;
        heap[outIdx++] = 128 | u >> 6 & 63;
        heap[outIdx++] = 128 | u & 63;
      } else {
        if (outIdx + 3 >= endIdx) break;
        heap[outIdx++] = 240 | u >> 18;
        heap[outIdx++] = 128 | u >> 12 & 63;
        heap[outIdx++] = 128 | u >> 6 & 63;
        heap[outIdx++] = 128 | u & 63;
        i2++;
      }
    }
    heap[outIdx] = 0;
    return outIdx - startIdx;
  }, "stringToUTF8Array");
  var stringToUTF8 = /* @__PURE__ */ __name((str2, outPtr, maxBytesToWrite) => stringToUTF8Array(str2, HEAPU8, outPtr, maxBytesToWrite), "stringToUTF8");
  var stackAlloc = /* @__PURE__ */ __name((sz) => __emscripten_stack_alloc(sz), "stackAlloc");
  var stringToUTF8OnStack = /* @__PURE__ */ __name((str2) => {
    var size = lengthBytesUTF8(str2) + 1;
    var ret = stackAlloc(size);
    stringToUTF8(str2, ret, size);
    return ret;
  }, "stringToUTF8OnStack");
  var AsciiToString = /* @__PURE__ */ __name((ptr) => {
    var str2 = "";
    while (1) {
      var ch = HEAPU8[ptr++];
      if (!ch) return str2;
      str2 += String.fromCharCode(ch);
    }
  }, "AsciiToString");
  var stringToUTF16 = /* @__PURE__ */ __name((str2, outPtr, maxBytesToWrite) => {
    maxBytesToWrite ??= 2147483647;
    if (maxBytesToWrite < 2) return 0;
    maxBytesToWrite -= 2;
    var startPtr = outPtr;
    var numCharsToWrite = maxBytesToWrite < str2.length * 2 ? maxBytesToWrite / 2 : str2.length;
    for (var i2 = 0; i2 < numCharsToWrite; ++i2) {
      var codeUnit = str2.charCodeAt(i2);
      LE_HEAP_STORE_I16((outPtr >> 1) * 2, codeUnit);
      outPtr += 2;
    }
    LE_HEAP_STORE_I16((outPtr >> 1) * 2, 0);
    return outPtr - startPtr;
  }, "stringToUTF16");
  LE_ATOMICS_NATIVE_BYTE_ORDER = new Int8Array(new Int16Array([1]).buffer)[0] === 1 ? [
    /* little endian */
    ((x) => x),
    ((x) => x),
    void 0,
    ((x) => x)
  ] : [
    /* big endian */
    ((x) => x),
    ((x) => ((x & 65280) << 8 | (x & 255) << 24) >> 16),
    void 0,
    ((x) => x >> 24 & 255 | x >> 8 & 65280 | (x & 65280) << 8 | (x & 255) << 24)
  ];
  function LE_HEAP_UPDATE() {
    HEAPU16.unsigned = ((x) => x & 65535);
    HEAPU32.unsigned = ((x) => x >>> 0);
  }
  __name(LE_HEAP_UPDATE, "LE_HEAP_UPDATE");
  {
    initMemory();
    if (Module["noExitRuntime"]) noExitRuntime = Module["noExitRuntime"];
    if (Module["print"]) out = Module["print"];
    if (Module["printErr"]) err = Module["printErr"];
    if (Module["dynamicLibraries"]) dynamicLibraries = Module["dynamicLibraries"];
    if (Module["wasmBinary"]) wasmBinary = Module["wasmBinary"];
    if (Module["arguments"]) arguments_ = Module["arguments"];
    if (Module["thisProgram"]) thisProgram = Module["thisProgram"];
    if (Module["preInit"]) {
      if (typeof Module["preInit"] == "function") Module["preInit"] = [Module["preInit"]];
      while (Module["preInit"].length > 0) {
        Module["preInit"].shift()();
      }
    }
  }
  Module["setValue"] = setValue;
  Module["getValue"] = getValue;
  Module["UTF8ToString"] = UTF8ToString;
  Module["stringToUTF8"] = stringToUTF8;
  Module["lengthBytesUTF8"] = lengthBytesUTF8;
  Module["AsciiToString"] = AsciiToString;
  Module["stringToUTF16"] = stringToUTF16;
  Module["loadWebAssemblyModule"] = loadWebAssemblyModule;
  Module["LE_HEAP_STORE_I64"] = LE_HEAP_STORE_I64;
  var ASM_CONSTS = {};
  var _malloc, _calloc, _realloc, _free, _ts_range_edit, _memcmp, _ts_language_symbol_count, _ts_language_state_count, _ts_language_abi_version, _ts_language_name, _ts_language_field_count, _ts_language_next_state, _ts_language_symbol_name, _ts_language_symbol_for_name, _strncmp, _strlen, _ts_language_symbol_type, _ts_language_field_name_for_id, _ts_lookahead_iterator_new, _ts_lookahead_iterator_delete, _ts_lookahead_iterator_reset_state, _ts_lookahead_iterator_reset, _ts_lookahead_iterator_next, _ts_lookahead_iterator_current_symbol, _ts_point_edit, _ts_parser_delete, _ts_parser_reset, _ts_parser_set_language, _ts_parser_set_included_ranges, _ts_query_new, _ts_query_delete, _iswspace, _iswalnum, _ts_query_copy, _ts_query_pattern_count, _ts_query_capture_count, _ts_query_string_count, _ts_query_capture_name_for_id, _ts_query_capture_quantifier_for_id, _ts_query_string_value_for_id, _ts_query_predicates_for_pattern, _ts_query_start_byte_for_pattern, _ts_query_end_byte_for_pattern, _ts_query_is_pattern_rooted, _ts_query_is_pattern_non_local, _ts_query_is_pattern_guaranteed_at_step, _ts_query_disable_capture, _ts_query_disable_pattern, _ts_tree_copy, _ts_tree_delete, _ts_init, _ts_parser_new_wasm, _ts_parser_enable_logger_wasm, _ts_parser_parse_wasm, _ts_parser_included_ranges_wasm, _ts_language_type_is_named_wasm, _ts_language_type_is_visible_wasm, _ts_language_metadata_wasm, _ts_language_supertypes_wasm, _ts_language_subtypes_wasm, _ts_tree_root_node_wasm, _ts_tree_root_node_with_offset_wasm, _ts_tree_edit_wasm, _ts_tree_included_ranges_wasm, _ts_tree_get_changed_ranges_wasm, _ts_tree_cursor_new_wasm, _ts_tree_cursor_copy_wasm, _ts_tree_cursor_delete_wasm, _ts_tree_cursor_reset_wasm, _ts_tree_cursor_reset_to_wasm, _ts_tree_cursor_goto_first_child_wasm, _ts_tree_cursor_goto_last_child_wasm, _ts_tree_cursor_goto_first_child_for_index_wasm, _ts_tree_cursor_goto_first_child_for_position_wasm, _ts_tree_cursor_goto_next_sibling_wasm, _ts_tree_cursor_goto_previous_sibling_wasm, _ts_tree_cursor_goto_descendant_wasm, _ts_tree_cursor_goto_parent_wasm, _ts_tree_cursor_current_node_type_id_wasm, _ts_tree_cursor_current_node_state_id_wasm, _ts_tree_cursor_current_node_is_named_wasm, _ts_tree_cursor_current_node_is_missing_wasm, _ts_tree_cursor_current_node_id_wasm, _ts_tree_cursor_start_position_wasm, _ts_tree_cursor_end_position_wasm, _ts_tree_cursor_start_index_wasm, _ts_tree_cursor_end_index_wasm, _ts_tree_cursor_current_field_id_wasm, _ts_tree_cursor_current_depth_wasm, _ts_tree_cursor_current_descendant_index_wasm, _ts_tree_cursor_current_node_wasm, _ts_node_symbol_wasm, _ts_node_field_name_for_child_wasm, _ts_node_field_name_for_named_child_wasm, _ts_node_children_by_field_id_wasm, _ts_node_first_child_for_byte_wasm, _ts_node_first_named_child_for_byte_wasm, _ts_node_grammar_symbol_wasm, _ts_node_child_count_wasm, _ts_node_named_child_count_wasm, _ts_node_child_wasm, _ts_node_named_child_wasm, _ts_node_child_by_field_id_wasm, _ts_node_next_sibling_wasm, _ts_node_prev_sibling_wasm, _ts_node_next_named_sibling_wasm, _ts_node_prev_named_sibling_wasm, _ts_node_descendant_count_wasm, _ts_node_parent_wasm, _ts_node_child_with_descendant_wasm, _ts_node_descendant_for_index_wasm, _ts_node_named_descendant_for_index_wasm, _ts_node_descendant_for_position_wasm, _ts_node_named_descendant_for_position_wasm, _ts_node_start_point_wasm, _ts_node_end_point_wasm, _ts_node_start_index_wasm, _ts_node_end_index_wasm, _ts_node_to_string_wasm, _ts_node_children_wasm, _ts_node_named_children_wasm, _ts_node_descendants_of_type_wasm, _ts_node_is_named_wasm, _ts_node_has_changes_wasm, _ts_node_has_error_wasm, _ts_node_is_error_wasm, _ts_node_is_missing_wasm, _ts_node_is_extra_wasm, _ts_node_parse_state_wasm, _ts_node_next_parse_state_wasm, _ts_query_matches_wasm, _ts_query_captures_wasm, _memset, _memcpy, _memmove, _iswalpha, _iswblank, _iswdigit, _iswlower, _iswpunct, _iswupper, _iswxdigit, _memchr, _strcmp, _strncat, _strncpy, _towlower, _towupper, _setThrew, __emscripten_stack_restore, __emscripten_stack_alloc, _emscripten_stack_get_current, ___wasm_apply_data_relocs;
  function assignWasmExports(wasmExports2) {
    Module["_malloc"] = _malloc = wasmExports2["malloc"];
    Module["_calloc"] = _calloc = wasmExports2["calloc"];
    Module["_realloc"] = _realloc = wasmExports2["realloc"];
    Module["_free"] = _free = wasmExports2["free"];
    Module["_ts_range_edit"] = _ts_range_edit = wasmExports2["ts_range_edit"];
    Module["_memcmp"] = _memcmp = wasmExports2["memcmp"];
    Module["_ts_language_symbol_count"] = _ts_language_symbol_count = wasmExports2["ts_language_symbol_count"];
    Module["_ts_language_state_count"] = _ts_language_state_count = wasmExports2["ts_language_state_count"];
    Module["_ts_language_abi_version"] = _ts_language_abi_version = wasmExports2["ts_language_abi_version"];
    Module["_ts_language_name"] = _ts_language_name = wasmExports2["ts_language_name"];
    Module["_ts_language_field_count"] = _ts_language_field_count = wasmExports2["ts_language_field_count"];
    Module["_ts_language_next_state"] = _ts_language_next_state = wasmExports2["ts_language_next_state"];
    Module["_ts_language_symbol_name"] = _ts_language_symbol_name = wasmExports2["ts_language_symbol_name"];
    Module["_ts_language_symbol_for_name"] = _ts_language_symbol_for_name = wasmExports2["ts_language_symbol_for_name"];
    Module["_strncmp"] = _strncmp = wasmExports2["strncmp"];
    Module["_strlen"] = _strlen = wasmExports2["strlen"];
    Module["_ts_language_symbol_type"] = _ts_language_symbol_type = wasmExports2["ts_language_symbol_type"];
    Module["_ts_language_field_name_for_id"] = _ts_language_field_name_for_id = wasmExports2["ts_language_field_name_for_id"];
    Module["_ts_lookahead_iterator_new"] = _ts_lookahead_iterator_new = wasmExports2["ts_lookahead_iterator_new"];
    Module["_ts_lookahead_iterator_delete"] = _ts_lookahead_iterator_delete = wasmExports2["ts_lookahead_iterator_delete"];
    Module["_ts_lookahead_iterator_reset_state"] = _ts_lookahead_iterator_reset_state = wasmExports2["ts_lookahead_iterator_reset_state"];
    Module["_ts_lookahead_iterator_reset"] = _ts_lookahead_iterator_reset = wasmExports2["ts_lookahead_iterator_reset"];
    Module["_ts_lookahead_iterator_next"] = _ts_lookahead_iterator_next = wasmExports2["ts_lookahead_iterator_next"];
    Module["_ts_lookahead_iterator_current_symbol"] = _ts_lookahead_iterator_current_symbol = wasmExports2["ts_lookahead_iterator_current_symbol"];
    Module["_ts_point_edit"] = _ts_point_edit = wasmExports2["ts_point_edit"];
    Module["_ts_parser_delete"] = _ts_parser_delete = wasmExports2["ts_parser_delete"];
    Module["_ts_parser_reset"] = _ts_parser_reset = wasmExports2["ts_parser_reset"];
    Module["_ts_parser_set_language"] = _ts_parser_set_language = wasmExports2["ts_parser_set_language"];
    Module["_ts_parser_set_included_ranges"] = _ts_parser_set_included_ranges = wasmExports2["ts_parser_set_included_ranges"];
    Module["_ts_query_new"] = _ts_query_new = wasmExports2["ts_query_new"];
    Module["_ts_query_delete"] = _ts_query_delete = wasmExports2["ts_query_delete"];
    Module["_iswspace"] = _iswspace = wasmExports2["iswspace"];
    Module["_iswalnum"] = _iswalnum = wasmExports2["iswalnum"];
    Module["_ts_query_copy"] = _ts_query_copy = wasmExports2["ts_query_copy"];
    Module["_ts_query_pattern_count"] = _ts_query_pattern_count = wasmExports2["ts_query_pattern_count"];
    Module["_ts_query_capture_count"] = _ts_query_capture_count = wasmExports2["ts_query_capture_count"];
    Module["_ts_query_string_count"] = _ts_query_string_count = wasmExports2["ts_query_string_count"];
    Module["_ts_query_capture_name_for_id"] = _ts_query_capture_name_for_id = wasmExports2["ts_query_capture_name_for_id"];
    Module["_ts_query_capture_quantifier_for_id"] = _ts_query_capture_quantifier_for_id = wasmExports2["ts_query_capture_quantifier_for_id"];
    Module["_ts_query_string_value_for_id"] = _ts_query_string_value_for_id = wasmExports2["ts_query_string_value_for_id"];
    Module["_ts_query_predicates_for_pattern"] = _ts_query_predicates_for_pattern = wasmExports2["ts_query_predicates_for_pattern"];
    Module["_ts_query_start_byte_for_pattern"] = _ts_query_start_byte_for_pattern = wasmExports2["ts_query_start_byte_for_pattern"];
    Module["_ts_query_end_byte_for_pattern"] = _ts_query_end_byte_for_pattern = wasmExports2["ts_query_end_byte_for_pattern"];
    Module["_ts_query_is_pattern_rooted"] = _ts_query_is_pattern_rooted = wasmExports2["ts_query_is_pattern_rooted"];
    Module["_ts_query_is_pattern_non_local"] = _ts_query_is_pattern_non_local = wasmExports2["ts_query_is_pattern_non_local"];
    Module["_ts_query_is_pattern_guaranteed_at_step"] = _ts_query_is_pattern_guaranteed_at_step = wasmExports2["ts_query_is_pattern_guaranteed_at_step"];
    Module["_ts_query_disable_capture"] = _ts_query_disable_capture = wasmExports2["ts_query_disable_capture"];
    Module["_ts_query_disable_pattern"] = _ts_query_disable_pattern = wasmExports2["ts_query_disable_pattern"];
    Module["_ts_tree_copy"] = _ts_tree_copy = wasmExports2["ts_tree_copy"];
    Module["_ts_tree_delete"] = _ts_tree_delete = wasmExports2["ts_tree_delete"];
    Module["_ts_init"] = _ts_init = wasmExports2["ts_init"];
    Module["_ts_parser_new_wasm"] = _ts_parser_new_wasm = wasmExports2["ts_parser_new_wasm"];
    Module["_ts_parser_enable_logger_wasm"] = _ts_parser_enable_logger_wasm = wasmExports2["ts_parser_enable_logger_wasm"];
    Module["_ts_parser_parse_wasm"] = _ts_parser_parse_wasm = wasmExports2["ts_parser_parse_wasm"];
    Module["_ts_parser_included_ranges_wasm"] = _ts_parser_included_ranges_wasm = wasmExports2["ts_parser_included_ranges_wasm"];
    Module["_ts_language_type_is_named_wasm"] = _ts_language_type_is_named_wasm = wasmExports2["ts_language_type_is_named_wasm"];
    Module["_ts_language_type_is_visible_wasm"] = _ts_language_type_is_visible_wasm = wasmExports2["ts_language_type_is_visible_wasm"];
    Module["_ts_language_metadata_wasm"] = _ts_language_metadata_wasm = wasmExports2["ts_language_metadata_wasm"];
    Module["_ts_language_supertypes_wasm"] = _ts_language_supertypes_wasm = wasmExports2["ts_language_supertypes_wasm"];
    Module["_ts_language_subtypes_wasm"] = _ts_language_subtypes_wasm = wasmExports2["ts_language_subtypes_wasm"];
    Module["_ts_tree_root_node_wasm"] = _ts_tree_root_node_wasm = wasmExports2["ts_tree_root_node_wasm"];
    Module["_ts_tree_root_node_with_offset_wasm"] = _ts_tree_root_node_with_offset_wasm = wasmExports2["ts_tree_root_node_with_offset_wasm"];
    Module["_ts_tree_edit_wasm"] = _ts_tree_edit_wasm = wasmExports2["ts_tree_edit_wasm"];
    Module["_ts_tree_included_ranges_wasm"] = _ts_tree_included_ranges_wasm = wasmExports2["ts_tree_included_ranges_wasm"];
    Module["_ts_tree_get_changed_ranges_wasm"] = _ts_tree_get_changed_ranges_wasm = wasmExports2["ts_tree_get_changed_ranges_wasm"];
    Module["_ts_tree_cursor_new_wasm"] = _ts_tree_cursor_new_wasm = wasmExports2["ts_tree_cursor_new_wasm"];
    Module["_ts_tree_cursor_copy_wasm"] = _ts_tree_cursor_copy_wasm = wasmExports2["ts_tree_cursor_copy_wasm"];
    Module["_ts_tree_cursor_delete_wasm"] = _ts_tree_cursor_delete_wasm = wasmExports2["ts_tree_cursor_delete_wasm"];
    Module["_ts_tree_cursor_reset_wasm"] = _ts_tree_cursor_reset_wasm = wasmExports2["ts_tree_cursor_reset_wasm"];
    Module["_ts_tree_cursor_reset_to_wasm"] = _ts_tree_cursor_reset_to_wasm = wasmExports2["ts_tree_cursor_reset_to_wasm"];
    Module["_ts_tree_cursor_goto_first_child_wasm"] = _ts_tree_cursor_goto_first_child_wasm = wasmExports2["ts_tree_cursor_goto_first_child_wasm"];
    Module["_ts_tree_cursor_goto_last_child_wasm"] = _ts_tree_cursor_goto_last_child_wasm = wasmExports2["ts_tree_cursor_goto_last_child_wasm"];
    Module["_ts_tree_cursor_goto_first_child_for_index_wasm"] = _ts_tree_cursor_goto_first_child_for_index_wasm = wasmExports2["ts_tree_cursor_goto_first_child_for_index_wasm"];
    Module["_ts_tree_cursor_goto_first_child_for_position_wasm"] = _ts_tree_cursor_goto_first_child_for_position_wasm = wasmExports2["ts_tree_cursor_goto_first_child_for_position_wasm"];
    Module["_ts_tree_cursor_goto_next_sibling_wasm"] = _ts_tree_cursor_goto_next_sibling_wasm = wasmExports2["ts_tree_cursor_goto_next_sibling_wasm"];
    Module["_ts_tree_cursor_goto_previous_sibling_wasm"] = _ts_tree_cursor_goto_previous_sibling_wasm = wasmExports2["ts_tree_cursor_goto_previous_sibling_wasm"];
    Module["_ts_tree_cursor_goto_descendant_wasm"] = _ts_tree_cursor_goto_descendant_wasm = wasmExports2["ts_tree_cursor_goto_descendant_wasm"];
    Module["_ts_tree_cursor_goto_parent_wasm"] = _ts_tree_cursor_goto_parent_wasm = wasmExports2["ts_tree_cursor_goto_parent_wasm"];
    Module["_ts_tree_cursor_current_node_type_id_wasm"] = _ts_tree_cursor_current_node_type_id_wasm = wasmExports2["ts_tree_cursor_current_node_type_id_wasm"];
    Module["_ts_tree_cursor_current_node_state_id_wasm"] = _ts_tree_cursor_current_node_state_id_wasm = wasmExports2["ts_tree_cursor_current_node_state_id_wasm"];
    Module["_ts_tree_cursor_current_node_is_named_wasm"] = _ts_tree_cursor_current_node_is_named_wasm = wasmExports2["ts_tree_cursor_current_node_is_named_wasm"];
    Module["_ts_tree_cursor_current_node_is_missing_wasm"] = _ts_tree_cursor_current_node_is_missing_wasm = wasmExports2["ts_tree_cursor_current_node_is_missing_wasm"];
    Module["_ts_tree_cursor_current_node_id_wasm"] = _ts_tree_cursor_current_node_id_wasm = wasmExports2["ts_tree_cursor_current_node_id_wasm"];
    Module["_ts_tree_cursor_start_position_wasm"] = _ts_tree_cursor_start_position_wasm = wasmExports2["ts_tree_cursor_start_position_wasm"];
    Module["_ts_tree_cursor_end_position_wasm"] = _ts_tree_cursor_end_position_wasm = wasmExports2["ts_tree_cursor_end_position_wasm"];
    Module["_ts_tree_cursor_start_index_wasm"] = _ts_tree_cursor_start_index_wasm = wasmExports2["ts_tree_cursor_start_index_wasm"];
    Module["_ts_tree_cursor_end_index_wasm"] = _ts_tree_cursor_end_index_wasm = wasmExports2["ts_tree_cursor_end_index_wasm"];
    Module["_ts_tree_cursor_current_field_id_wasm"] = _ts_tree_cursor_current_field_id_wasm = wasmExports2["ts_tree_cursor_current_field_id_wasm"];
    Module["_ts_tree_cursor_current_depth_wasm"] = _ts_tree_cursor_current_depth_wasm = wasmExports2["ts_tree_cursor_current_depth_wasm"];
    Module["_ts_tree_cursor_current_descendant_index_wasm"] = _ts_tree_cursor_current_descendant_index_wasm = wasmExports2["ts_tree_cursor_current_descendant_index_wasm"];
    Module["_ts_tree_cursor_current_node_wasm"] = _ts_tree_cursor_current_node_wasm = wasmExports2["ts_tree_cursor_current_node_wasm"];
    Module["_ts_node_symbol_wasm"] = _ts_node_symbol_wasm = wasmExports2["ts_node_symbol_wasm"];
    Module["_ts_node_field_name_for_child_wasm"] = _ts_node_field_name_for_child_wasm = wasmExports2["ts_node_field_name_for_child_wasm"];
    Module["_ts_node_field_name_for_named_child_wasm"] = _ts_node_field_name_for_named_child_wasm = wasmExports2["ts_node_field_name_for_named_child_wasm"];
    Module["_ts_node_children_by_field_id_wasm"] = _ts_node_children_by_field_id_wasm = wasmExports2["ts_node_children_by_field_id_wasm"];
    Module["_ts_node_first_child_for_byte_wasm"] = _ts_node_first_child_for_byte_wasm = wasmExports2["ts_node_first_child_for_byte_wasm"];
    Module["_ts_node_first_named_child_for_byte_wasm"] = _ts_node_first_named_child_for_byte_wasm = wasmExports2["ts_node_first_named_child_for_byte_wasm"];
    Module["_ts_node_grammar_symbol_wasm"] = _ts_node_grammar_symbol_wasm = wasmExports2["ts_node_grammar_symbol_wasm"];
    Module["_ts_node_child_count_wasm"] = _ts_node_child_count_wasm = wasmExports2["ts_node_child_count_wasm"];
    Module["_ts_node_named_child_count_wasm"] = _ts_node_named_child_count_wasm = wasmExports2["ts_node_named_child_count_wasm"];
    Module["_ts_node_child_wasm"] = _ts_node_child_wasm = wasmExports2["ts_node_child_wasm"];
    Module["_ts_node_named_child_wasm"] = _ts_node_named_child_wasm = wasmExports2["ts_node_named_child_wasm"];
    Module["_ts_node_child_by_field_id_wasm"] = _ts_node_child_by_field_id_wasm = wasmExports2["ts_node_child_by_field_id_wasm"];
    Module["_ts_node_next_sibling_wasm"] = _ts_node_next_sibling_wasm = wasmExports2["ts_node_next_sibling_wasm"];
    Module["_ts_node_prev_sibling_wasm"] = _ts_node_prev_sibling_wasm = wasmExports2["ts_node_prev_sibling_wasm"];
    Module["_ts_node_next_named_sibling_wasm"] = _ts_node_next_named_sibling_wasm = wasmExports2["ts_node_next_named_sibling_wasm"];
    Module["_ts_node_prev_named_sibling_wasm"] = _ts_node_prev_named_sibling_wasm = wasmExports2["ts_node_prev_named_sibling_wasm"];
    Module["_ts_node_descendant_count_wasm"] = _ts_node_descendant_count_wasm = wasmExports2["ts_node_descendant_count_wasm"];
    Module["_ts_node_parent_wasm"] = _ts_node_parent_wasm = wasmExports2["ts_node_parent_wasm"];
    Module["_ts_node_child_with_descendant_wasm"] = _ts_node_child_with_descendant_wasm = wasmExports2["ts_node_child_with_descendant_wasm"];
    Module["_ts_node_descendant_for_index_wasm"] = _ts_node_descendant_for_index_wasm = wasmExports2["ts_node_descendant_for_index_wasm"];
    Module["_ts_node_named_descendant_for_index_wasm"] = _ts_node_named_descendant_for_index_wasm = wasmExports2["ts_node_named_descendant_for_index_wasm"];
    Module["_ts_node_descendant_for_position_wasm"] = _ts_node_descendant_for_position_wasm = wasmExports2["ts_node_descendant_for_position_wasm"];
    Module["_ts_node_named_descendant_for_position_wasm"] = _ts_node_named_descendant_for_position_wasm = wasmExports2["ts_node_named_descendant_for_position_wasm"];
    Module["_ts_node_start_point_wasm"] = _ts_node_start_point_wasm = wasmExports2["ts_node_start_point_wasm"];
    Module["_ts_node_end_point_wasm"] = _ts_node_end_point_wasm = wasmExports2["ts_node_end_point_wasm"];
    Module["_ts_node_start_index_wasm"] = _ts_node_start_index_wasm = wasmExports2["ts_node_start_index_wasm"];
    Module["_ts_node_end_index_wasm"] = _ts_node_end_index_wasm = wasmExports2["ts_node_end_index_wasm"];
    Module["_ts_node_to_string_wasm"] = _ts_node_to_string_wasm = wasmExports2["ts_node_to_string_wasm"];
    Module["_ts_node_children_wasm"] = _ts_node_children_wasm = wasmExports2["ts_node_children_wasm"];
    Module["_ts_node_named_children_wasm"] = _ts_node_named_children_wasm = wasmExports2["ts_node_named_children_wasm"];
    Module["_ts_node_descendants_of_type_wasm"] = _ts_node_descendants_of_type_wasm = wasmExports2["ts_node_descendants_of_type_wasm"];
    Module["_ts_node_is_named_wasm"] = _ts_node_is_named_wasm = wasmExports2["ts_node_is_named_wasm"];
    Module["_ts_node_has_changes_wasm"] = _ts_node_has_changes_wasm = wasmExports2["ts_node_has_changes_wasm"];
    Module["_ts_node_has_error_wasm"] = _ts_node_has_error_wasm = wasmExports2["ts_node_has_error_wasm"];
    Module["_ts_node_is_error_wasm"] = _ts_node_is_error_wasm = wasmExports2["ts_node_is_error_wasm"];
    Module["_ts_node_is_missing_wasm"] = _ts_node_is_missing_wasm = wasmExports2["ts_node_is_missing_wasm"];
    Module["_ts_node_is_extra_wasm"] = _ts_node_is_extra_wasm = wasmExports2["ts_node_is_extra_wasm"];
    Module["_ts_node_parse_state_wasm"] = _ts_node_parse_state_wasm = wasmExports2["ts_node_parse_state_wasm"];
    Module["_ts_node_next_parse_state_wasm"] = _ts_node_next_parse_state_wasm = wasmExports2["ts_node_next_parse_state_wasm"];
    Module["_ts_query_matches_wasm"] = _ts_query_matches_wasm = wasmExports2["ts_query_matches_wasm"];
    Module["_ts_query_captures_wasm"] = _ts_query_captures_wasm = wasmExports2["ts_query_captures_wasm"];
    Module["_memset"] = _memset = wasmExports2["memset"];
    Module["_memcpy"] = _memcpy = wasmExports2["memcpy"];
    Module["_memmove"] = _memmove = wasmExports2["memmove"];
    Module["_iswalpha"] = _iswalpha = wasmExports2["iswalpha"];
    Module["_iswblank"] = _iswblank = wasmExports2["iswblank"];
    Module["_iswdigit"] = _iswdigit = wasmExports2["iswdigit"];
    Module["_iswlower"] = _iswlower = wasmExports2["iswlower"];
    Module["_iswpunct"] = _iswpunct = wasmExports2["iswpunct"];
    Module["_iswupper"] = _iswupper = wasmExports2["iswupper"];
    Module["_iswxdigit"] = _iswxdigit = wasmExports2["iswxdigit"];
    Module["_memchr"] = _memchr = wasmExports2["memchr"];
    Module["_strcmp"] = _strcmp = wasmExports2["strcmp"];
    Module["_strncat"] = _strncat = wasmExports2["strncat"];
    Module["_strncpy"] = _strncpy = wasmExports2["strncpy"];
    Module["_towlower"] = _towlower = wasmExports2["towlower"];
    Module["_towupper"] = _towupper = wasmExports2["towupper"];
    _setThrew = wasmExports2["setThrew"];
    __emscripten_stack_restore = wasmExports2["_emscripten_stack_restore"];
    __emscripten_stack_alloc = wasmExports2["_emscripten_stack_alloc"];
    _emscripten_stack_get_current = wasmExports2["emscripten_stack_get_current"];
    ___wasm_apply_data_relocs = wasmExports2["__wasm_apply_data_relocs"];
  }
  __name(assignWasmExports, "assignWasmExports");
  var wasmImports = {
    /** @export */
    __heap_base: ___heap_base,
    /** @export */
    __indirect_function_table: wasmTable,
    /** @export */
    __memory_base: ___memory_base,
    /** @export */
    __stack_high: ___stack_high,
    /** @export */
    __stack_low: ___stack_low,
    /** @export */
    __stack_pointer: ___stack_pointer,
    /** @export */
    __table_base: ___table_base,
    /** @export */
    _abort_js: __abort_js,
    /** @export */
    emscripten_resize_heap: _emscripten_resize_heap,
    /** @export */
    fd_close: _fd_close,
    /** @export */
    fd_seek: _fd_seek,
    /** @export */
    fd_write: _fd_write,
    /** @export */
    memory: wasmMemory,
    /** @export */
    tree_sitter_log_callback: _tree_sitter_log_callback,
    /** @export */
    tree_sitter_parse_callback: _tree_sitter_parse_callback,
    /** @export */
    tree_sitter_progress_callback: _tree_sitter_progress_callback,
    /** @export */
    tree_sitter_query_progress_callback: _tree_sitter_query_progress_callback
  };
  function callMain(args22 = []) {
    var entryFunction = resolveGlobalSymbol("main").sym;
    if (!entryFunction) return;
    args22.unshift(thisProgram);
    var argc = args22.length;
    var argv = stackAlloc((argc + 1) * 4);
    var argv_ptr = argv;
    args22.forEach((arg) => {
      LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, stringToUTF8OnStack(arg));
      argv_ptr += 4;
    });
    LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, 0);
    try {
      var ret = entryFunction(argc, argv);
      exitJS(
        ret,
        /* implicit = */
        true
      );
      return ret;
    } catch (e) {
      return handleException(e);
    }
  }
  __name(callMain, "callMain");
  function run(args22 = arguments_) {
    if (runDependencies > 0) {
      dependenciesFulfilled = run;
      return;
    }
    preRun();
    if (runDependencies > 0) {
      dependenciesFulfilled = run;
      return;
    }
    function doRun() {
      Module["calledRun"] = true;
      if (ABORT) return;
      initRuntime();
      preMain();
      readyPromiseResolve?.(Module);
      Module["onRuntimeInitialized"]?.();
      var noInitialRun = Module["noInitialRun"] || false;
      if (!noInitialRun) callMain(args22);
      postRun();
    }
    __name(doRun, "doRun");
    if (Module["setStatus"]) {
      Module["setStatus"]("Running...");
      setTimeout(() => {
        setTimeout(() => Module["setStatus"](""), 1);
        doRun();
      }, 1);
    } else {
      doRun();
    }
  }
  __name(run, "run");
  var wasmExports;
  wasmExports = await createWasm();
  run();
  if (runtimeInitialized) {
    moduleRtn = Module;
  } else {
    moduleRtn = new Promise((resolve6, reject) => {
      readyPromiseResolve = resolve6;
      readyPromiseReject = reject;
    });
  }
  return moduleRtn;
}
__name(Module2, "Module");
var web_tree_sitter_default = Module2;
var Module3 = null;
async function initializeBinding(moduleOptions) {
  return Module3 ??= await web_tree_sitter_default(moduleOptions);
}
__name(initializeBinding, "initializeBinding");
function checkModule() {
  return !!Module3;
}
__name(checkModule, "checkModule");
var TRANSFER_BUFFER;
var LANGUAGE_VERSION;
var MIN_COMPATIBLE_VERSION;
var finalizer4 = newFinalizer((addresses) => {
  C._ts_parser_delete(addresses[0]);
  C._free(addresses[1]);
});
var Parser = class {
  static {
    __name(this, "Parser");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  [1] = 0;
  // Internal handle for Wasm
  /** @internal */
  logCallback = null;
  /** The parser's current language. */
  language = null;
  /**
   * This must always be called before creating a Parser.
   *
   * You can optionally pass in options to configure the Wasm module, the most common
   * one being `locateFile` to help the module find the `.wasm` file.
   */
  static async init(moduleOptions) {
    setModule(await initializeBinding(moduleOptions));
    TRANSFER_BUFFER = C._ts_init();
    LANGUAGE_VERSION = C.getValue(TRANSFER_BUFFER, "i32");
    MIN_COMPATIBLE_VERSION = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
  }
  /**
   * Create a new parser.
   */
  constructor() {
    this.initialize();
    finalizer4?.register(this, [this[0], this[1]], this);
  }
  /** @internal */
  initialize() {
    if (!checkModule()) {
      throw new Error("cannot construct a Parser before calling `init()`");
    }
    C._ts_parser_new_wasm();
    this[0] = C.getValue(TRANSFER_BUFFER, "i32");
    this[1] = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
  }
  /** Delete the parser, freeing its resources. */
  delete() {
    finalizer4?.unregister(this);
    C._ts_parser_delete(this[0]);
    C._free(this[1]);
    this[0] = 0;
    this[1] = 0;
  }
  /**
   * Set the language that the parser should use for parsing.
   *
   * If the language was not successfully assigned, an error will be thrown.
   * This happens if the language was generated with an incompatible
   * version of the Tree-sitter CLI. Check the language's version using
   * {@link Language#version} and compare it to this library's
   * {@link LANGUAGE_VERSION} and {@link MIN_COMPATIBLE_VERSION} constants.
   */
  setLanguage(language) {
    let address;
    if (!language) {
      address = 0;
      this.language = null;
    } else if (language.constructor === Language) {
      address = language[0];
      const version = C._ts_language_abi_version(address);
      if (version < MIN_COMPATIBLE_VERSION || LANGUAGE_VERSION < version) {
        throw new Error(
          `Incompatible language version ${version}. Compatibility range ${MIN_COMPATIBLE_VERSION} through ${LANGUAGE_VERSION}.`
        );
      }
      this.language = language;
    } else {
      throw new Error("Argument must be a Language");
    }
    C._ts_parser_set_language(this[0], address);
    return this;
  }
  /**
   * Parse a slice of UTF8 text.
   *
   * @param {string | ParseCallback} callback - The UTF8-encoded text to parse or a callback function.
   *
   * @param {Tree | null} [oldTree] - A previous syntax tree parsed from the same document. If the text of the
   *   document has changed since `oldTree` was created, then you must edit `oldTree` to match
   *   the new text using {@link Tree#edit}.
   *
   * @param {ParseOptions} [options] - Options for parsing the text.
   *  This can be used to set the included ranges, or a progress callback.
   *
   * @returns {Tree | null} A {@link Tree} if parsing succeeded, or `null` if:
   *  - The parser has not yet had a language assigned with {@link Parser#setLanguage}.
   *  - The progress callback returned true.
   */
  parse(callback, oldTree, options) {
    if (typeof callback === "string") {
      C.currentParseCallback = (index) => callback.slice(index);
    } else if (typeof callback === "function") {
      C.currentParseCallback = callback;
    } else {
      throw new Error("Argument must be a string or a function");
    }
    if (options?.progressCallback) {
      C.currentProgressCallback = options.progressCallback;
    } else {
      C.currentProgressCallback = null;
    }
    if (this.logCallback) {
      C.currentLogCallback = this.logCallback;
      C._ts_parser_enable_logger_wasm(this[0], 1);
    } else {
      C.currentLogCallback = null;
      C._ts_parser_enable_logger_wasm(this[0], 0);
    }
    let rangeCount = 0;
    let rangeAddress = 0;
    if (options?.includedRanges) {
      rangeCount = options.includedRanges.length;
      rangeAddress = C._calloc(rangeCount, SIZE_OF_RANGE);
      let address = rangeAddress;
      for (let i2 = 0; i2 < rangeCount; i2++) {
        marshalRange(address, options.includedRanges[i2]);
        address += SIZE_OF_RANGE;
      }
    }
    const treeAddress = C._ts_parser_parse_wasm(
      this[0],
      this[1],
      oldTree ? oldTree[0] : 0,
      rangeAddress,
      rangeCount
    );
    if (!treeAddress) {
      C.currentParseCallback = null;
      C.currentLogCallback = null;
      C.currentProgressCallback = null;
      return null;
    }
    if (!this.language) {
      throw new Error("Parser must have a language to parse");
    }
    const result = new Tree(INTERNAL, treeAddress, this.language, C.currentParseCallback);
    C.currentParseCallback = null;
    C.currentLogCallback = null;
    C.currentProgressCallback = null;
    return result;
  }
  /**
   * Instruct the parser to start the next parse from the beginning.
   *
   * If the parser previously failed because of a callback, 
   * then by default, it will resume where it left off on the
   * next call to {@link Parser#parse} or other parsing functions.
   * If you don't want to resume, and instead intend to use this parser to
   * parse some other document, you must call `reset` first.
   */
  reset() {
    C._ts_parser_reset(this[0]);
  }
  /** Get the ranges of text that the parser will include when parsing. */
  getIncludedRanges() {
    C._ts_parser_included_ranges_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Set the logging callback that a parser should use during parsing. */
  setLogger(callback) {
    if (!callback) {
      this.logCallback = null;
    } else if (typeof callback !== "function") {
      throw new Error("Logger callback must be a function");
    } else {
      this.logCallback = callback;
    }
    return this;
  }
  /** Get the parser's current logger. */
  getLogger() {
    return this.logCallback;
  }
};
var PREDICATE_STEP_TYPE_CAPTURE = 1;
var PREDICATE_STEP_TYPE_STRING = 2;
var QUERY_WORD_REGEX = /[\w-]+/g;
var CaptureQuantifier = {
  Zero: 0,
  ZeroOrOne: 1,
  ZeroOrMore: 2,
  One: 3,
  OneOrMore: 4
};
var isCaptureStep = /* @__PURE__ */ __name((step) => step.type === "capture", "isCaptureStep");
var isStringStep = /* @__PURE__ */ __name((step) => step.type === "string", "isStringStep");
var QueryErrorKind = {
  Syntax: 1,
  NodeName: 2,
  FieldName: 3,
  CaptureName: 4,
  PatternStructure: 5
};
var QueryError = class _QueryError extends Error {
  constructor(kind, info2, index, length) {
    super(_QueryError.formatMessage(kind, info2));
    this.kind = kind;
    this.info = info2;
    this.index = index;
    this.length = length;
    this.name = "QueryError";
  }
  kind;
  info;
  index;
  length;
  static {
    __name(this, "QueryError");
  }
  /** Formats an error message based on the error kind and info */
  static formatMessage(kind, info2) {
    switch (kind) {
      case QueryErrorKind.NodeName:
        return `Bad node name '${info2.word}'`;
      case QueryErrorKind.FieldName:
        return `Bad field name '${info2.word}'`;
      case QueryErrorKind.CaptureName:
        return `Bad capture name @${info2.word}`;
      case QueryErrorKind.PatternStructure:
        return `Bad pattern structure at offset ${info2.suffix}`;
      case QueryErrorKind.Syntax:
        return `Bad syntax at offset ${info2.suffix}`;
    }
  }
};
function parseAnyPredicate(steps, index, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}`
    );
  }
  if (!isCaptureStep(steps[1])) {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}"`
    );
  }
  const isPositive = operator === "eq?" || operator === "any-eq?";
  const matchAll = !operator.startsWith("any-");
  if (isCaptureStep(steps[2])) {
    const captureName1 = steps[1].name;
    const captureName2 = steps[2].name;
    textPredicates[index].push((captures) => {
      const nodes1 = [];
      const nodes2 = [];
      for (const c of captures) {
        if (c.name === captureName1) nodes1.push(c.node);
        if (c.name === captureName2) nodes2.push(c.node);
      }
      const compare = /* @__PURE__ */ __name((n1, n2, positive) => {
        return positive ? n1.text === n2.text : n1.text !== n2.text;
      }, "compare");
      return matchAll ? nodes1.every((n1) => nodes2.some((n2) => compare(n1, n2, isPositive))) : nodes1.some((n1) => nodes2.some((n2) => compare(n1, n2, isPositive)));
    });
  } else {
    const captureName = steps[1].name;
    const stringValue2 = steps[2].value;
    const matches = /* @__PURE__ */ __name((n) => n.text === stringValue2, "matches");
    const doesNotMatch = /* @__PURE__ */ __name((n) => n.text !== stringValue2, "doesNotMatch");
    textPredicates[index].push((captures) => {
      const nodes = [];
      for (const c of captures) {
        if (c.name === captureName) nodes.push(c.node);
      }
      const test = isPositive ? matches : doesNotMatch;
      return matchAll ? nodes.every(test) : nodes.some(test);
    });
  }
}
__name(parseAnyPredicate, "parseAnyPredicate");
function parseMatchPredicate(steps, index, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  if (steps[2].type !== "string") {
    throw new Error(
      `Second argument of \`#${operator}\` predicate must be a string. Got @${steps[2].name}.`
    );
  }
  const isPositive = operator === "match?" || operator === "any-match?";
  const matchAll = !operator.startsWith("any-");
  const captureName = steps[1].name;
  const regex = new RegExp(steps[2].value);
  textPredicates[index].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    const test = /* @__PURE__ */ __name((text3, positive) => {
      return positive ? regex.test(text3) : !regex.test(text3);
    }, "test");
    if (nodes.length === 0) return !isPositive;
    return matchAll ? nodes.every((text3) => test(text3, isPositive)) : nodes.some((text3) => test(text3, isPositive));
  });
}
__name(parseMatchPredicate, "parseMatchPredicate");
function parseAnyOfPredicate(steps, index, operator, textPredicates) {
  if (steps.length < 2) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected at least 1. Got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  const isPositive = operator === "any-of?";
  const captureName = steps[1].name;
  const stringSteps = steps.slice(2);
  if (!stringSteps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const values = stringSteps.map((s) => s.value);
  textPredicates[index].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    if (nodes.length === 0) return !isPositive;
    return nodes.every((text3) => values.includes(text3)) === isPositive;
  });
}
__name(parseAnyOfPredicate, "parseAnyOfPredicate");
function parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`
    );
  }
  if (!steps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const properties = operator === "is?" ? assertedProperties : refutedProperties;
  if (!properties[index]) properties[index] = {};
  properties[index][steps[1].value] = steps[2]?.value ?? null;
}
__name(parseIsPredicate, "parseIsPredicate");
function parseSetDirective(steps, index, setProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(`Wrong number of arguments to \`#set!\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`);
  }
  if (!steps.every(isStringStep)) {
    throw new Error(`Arguments to \`#set!\` predicate must be strings.".`);
  }
  if (!setProperties[index]) setProperties[index] = {};
  setProperties[index][steps[1].value] = steps[2]?.value ?? null;
}
__name(parseSetDirective, "parseSetDirective");
function parsePattern(index, stepType, stepValueId, captureNames, stringValues, steps, textPredicates, predicates, setProperties, assertedProperties, refutedProperties) {
  if (stepType === PREDICATE_STEP_TYPE_CAPTURE) {
    const name2 = captureNames[stepValueId];
    steps.push({ type: "capture", name: name2 });
  } else if (stepType === PREDICATE_STEP_TYPE_STRING) {
    steps.push({ type: "string", value: stringValues[stepValueId] });
  } else if (steps.length > 0) {
    if (steps[0].type !== "string") {
      throw new Error("Predicates must begin with a literal value");
    }
    const operator = steps[0].value;
    switch (operator) {
      case "any-not-eq?":
      case "not-eq?":
      case "any-eq?":
      case "eq?":
        parseAnyPredicate(steps, index, operator, textPredicates);
        break;
      case "any-not-match?":
      case "not-match?":
      case "any-match?":
      case "match?":
        parseMatchPredicate(steps, index, operator, textPredicates);
        break;
      case "not-any-of?":
      case "any-of?":
        parseAnyOfPredicate(steps, index, operator, textPredicates);
        break;
      case "is?":
      case "is-not?":
        parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties);
        break;
      case "set!":
        parseSetDirective(steps, index, setProperties);
        break;
      default:
        predicates[index].push({ operator, operands: steps.slice(1) });
    }
    steps.length = 0;
  }
}
__name(parsePattern, "parsePattern");
function indexForByteOffset(source, byteOffset) {
  return new TextEncoder().encodeInto(source, new Uint8Array(byteOffset)).read;
}
__name(indexForByteOffset, "indexForByteOffset");
var finalizer5 = newFinalizer((address) => {
  C._ts_query_delete(address);
});
var Query = class {
  static {
    __name(this, "Query");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  exceededMatchLimit;
  /** @internal */
  textPredicates;
  /** @internal */
  source;
  /** The names of the captures used in the query. */
  captureNames;
  /** The quantifiers of the captures used in the query. */
  captureQuantifiers;
  /**
   * The other user-defined predicates associated with the given index.
   *
   * This includes predicates with operators other than:
   * - `match?`
   * - `eq?` and `not-eq?`
   * - `any-of?` and `not-any-of?`
   * - `is?` and `is-not?`
   * - `set!`
   */
  predicates;
  /** The properties for predicates with the operator `set!`. */
  setProperties;
  /** The properties for predicates with the operator `is?`. */
  assertedProperties;
  /** The properties for predicates with the operator `is-not?`. */
  refutedProperties;
  /** The maximum number of in-progress matches for this cursor. */
  matchLimit;
  /**
   * Create a new query from a string containing one or more S-expression
   * patterns.
   *
   * The query is associated with a particular language, and can only be run
   * on syntax nodes parsed with that language. References to Queries can be
   * shared between multiple threads.
   *
   * @link {@see https://tree-sitter.github.io/tree-sitter/using-parsers/queries}
   */
  constructor(language, source) {
    const sourceLength = C.lengthBytesUTF8(source);
    const sourceAddress = C._malloc(sourceLength + 1);
    C.stringToUTF8(source, sourceAddress, sourceLength + 1);
    const address = C._ts_query_new(
      language[0],
      sourceAddress,
      sourceLength,
      TRANSFER_BUFFER,
      TRANSFER_BUFFER + SIZE_OF_INT
    );
    if (!address) {
      const errorId = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      const errorByte = C.getValue(TRANSFER_BUFFER, "i32");
      const errorIndex = C.UTF8ToString(sourceAddress, errorByte).length;
      const suffix = source.slice(errorIndex, errorIndex + 100).split("\n")[0];
      const word = suffix.match(QUERY_WORD_REGEX)?.[0] ?? "";
      C._free(sourceAddress);
      switch (errorId) {
        case QueryErrorKind.Syntax:
          throw new QueryError(QueryErrorKind.Syntax, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
        case QueryErrorKind.NodeName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.FieldName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.CaptureName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.PatternStructure:
          throw new QueryError(errorId, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
      }
    }
    const stringCount = C._ts_query_string_count(address);
    const captureCount = C._ts_query_capture_count(address);
    const patternCount = C._ts_query_pattern_count(address);
    const captureNames = new Array(captureCount);
    const captureQuantifiers = new Array(patternCount);
    const stringValues = new Array(stringCount);
    for (let i2 = 0; i2 < captureCount; i2++) {
      const nameAddress = C._ts_query_capture_name_for_id(
        address,
        i2,
        TRANSFER_BUFFER
      );
      const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
      captureNames[i2] = C.UTF8ToString(nameAddress, nameLength);
    }
    for (let i2 = 0; i2 < patternCount; i2++) {
      const captureQuantifiersArray = new Array(captureCount);
      for (let j = 0; j < captureCount; j++) {
        const quantifier = C._ts_query_capture_quantifier_for_id(address, i2, j);
        captureQuantifiersArray[j] = quantifier;
      }
      captureQuantifiers[i2] = captureQuantifiersArray;
    }
    for (let i2 = 0; i2 < stringCount; i2++) {
      const valueAddress = C._ts_query_string_value_for_id(
        address,
        i2,
        TRANSFER_BUFFER
      );
      const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
      stringValues[i2] = C.UTF8ToString(valueAddress, nameLength);
    }
    const setProperties = new Array(patternCount);
    const assertedProperties = new Array(patternCount);
    const refutedProperties = new Array(patternCount);
    const predicates = new Array(patternCount);
    const textPredicates = new Array(patternCount);
    for (let i2 = 0; i2 < patternCount; i2++) {
      const predicatesAddress = C._ts_query_predicates_for_pattern(address, i2, TRANSFER_BUFFER);
      const stepCount = C.getValue(TRANSFER_BUFFER, "i32");
      predicates[i2] = [];
      textPredicates[i2] = [];
      const steps = new Array();
      let stepAddress = predicatesAddress;
      for (let j = 0; j < stepCount; j++) {
        const stepType = C.getValue(stepAddress, "i32");
        stepAddress += SIZE_OF_INT;
        const stepValueId = C.getValue(stepAddress, "i32");
        stepAddress += SIZE_OF_INT;
        parsePattern(
          i2,
          stepType,
          stepValueId,
          captureNames,
          stringValues,
          steps,
          textPredicates,
          predicates,
          setProperties,
          assertedProperties,
          refutedProperties
        );
      }
      Object.freeze(textPredicates[i2]);
      Object.freeze(predicates[i2]);
      Object.freeze(setProperties[i2]);
      Object.freeze(assertedProperties[i2]);
      Object.freeze(refutedProperties[i2]);
    }
    C._free(sourceAddress);
    this[0] = address;
    this.captureNames = captureNames;
    this.captureQuantifiers = captureQuantifiers;
    this.textPredicates = textPredicates;
    this.source = source;
    this.predicates = predicates;
    this.setProperties = setProperties;
    this.assertedProperties = assertedProperties;
    this.refutedProperties = refutedProperties;
    this.exceededMatchLimit = false;
    finalizer5?.register(this, address, this);
  }
  /** Delete the query, freeing its resources. */
  delete() {
    finalizer5?.unregister(this);
    C._ts_query_delete(this[0]);
    this[0] = 0;
  }
  /**
   * Iterate over all of the matches in the order that they were found.
   *
   * Each match contains the index of the pattern that matched, and a list of
   * captures. Because multiple patterns can match the same set of nodes,
   * one match may contain captures that appear *before* some of the
   * captures from a previous match.
   *
   * @param {Node} node - The node to execute the query on.
   *
   * @param {QueryOptions} options - Options for query execution.
   */
  matches(node, options = {}) {
    const startPosition = options.startPosition ?? ZERO_POINT;
    const endPosition = options.endPosition ?? ZERO_POINT;
    const startIndex = options.startIndex ?? 0;
    const endIndex = options.endIndex ?? 0;
    const startContainingPosition = options.startContainingPosition ?? ZERO_POINT;
    const endContainingPosition = options.endContainingPosition ?? ZERO_POINT;
    const startContainingIndex = options.startContainingIndex ?? 0;
    const endContainingIndex = options.endContainingIndex ?? 0;
    const matchLimit = options.matchLimit ?? 4294967295;
    const maxStartDepth = options.maxStartDepth ?? 4294967295;
    const progressCallback = options.progressCallback;
    if (typeof matchLimit !== "number") {
      throw new Error("Arguments must be numbers");
    }
    this.matchLimit = matchLimit;
    if (endIndex !== 0 && startIndex > endIndex) {
      throw new Error("`startIndex` cannot be greater than `endIndex`");
    }
    if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
      throw new Error("`startPosition` cannot be greater than `endPosition`");
    }
    if (endContainingIndex !== 0 && startContainingIndex > endContainingIndex) {
      throw new Error("`startContainingIndex` cannot be greater than `endContainingIndex`");
    }
    if (endContainingPosition !== ZERO_POINT && (startContainingPosition.row > endContainingPosition.row || startContainingPosition.row === endContainingPosition.row && startContainingPosition.column > endContainingPosition.column)) {
      throw new Error("`startContainingPosition` cannot be greater than `endContainingPosition`");
    }
    if (progressCallback) {
      C.currentQueryProgressCallback = progressCallback;
    }
    marshalNode(node);
    C._ts_query_matches_wasm(
      this[0],
      node.tree[0],
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column,
      startIndex,
      endIndex,
      startContainingPosition.row,
      startContainingPosition.column,
      endContainingPosition.row,
      endContainingPosition.column,
      startContainingIndex,
      endContainingIndex,
      matchLimit,
      maxStartDepth
    );
    const rawCount = C.getValue(TRANSFER_BUFFER, "i32");
    const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
    const result = new Array(rawCount);
    this.exceededMatchLimit = Boolean(didExceedMatchLimit);
    let filteredCount = 0;
    let address = startAddress;
    for (let i2 = 0; i2 < rawCount; i2++) {
      const patternIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureCount = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captures = new Array(captureCount);
      address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
      if (this.textPredicates[patternIndex].every((p) => p(captures))) {
        result[filteredCount] = { patternIndex, captures };
        const setProperties = this.setProperties[patternIndex];
        result[filteredCount].setProperties = setProperties;
        const assertedProperties = this.assertedProperties[patternIndex];
        result[filteredCount].assertedProperties = assertedProperties;
        const refutedProperties = this.refutedProperties[patternIndex];
        result[filteredCount].refutedProperties = refutedProperties;
        filteredCount++;
      }
    }
    result.length = filteredCount;
    C._free(startAddress);
    C.currentQueryProgressCallback = null;
    return result;
  }
  /**
   * Iterate over all of the individual captures in the order that they
   * appear.
   *
   * This is useful if you don't care about which pattern matched, and just
   * want a single, ordered sequence of captures.
   *
   * @param {Node} node - The node to execute the query on.
   *
   * @param {QueryOptions} options - Options for query execution.
   */
  captures(node, options = {}) {
    const startPosition = options.startPosition ?? ZERO_POINT;
    const endPosition = options.endPosition ?? ZERO_POINT;
    const startIndex = options.startIndex ?? 0;
    const endIndex = options.endIndex ?? 0;
    const startContainingPosition = options.startContainingPosition ?? ZERO_POINT;
    const endContainingPosition = options.endContainingPosition ?? ZERO_POINT;
    const startContainingIndex = options.startContainingIndex ?? 0;
    const endContainingIndex = options.endContainingIndex ?? 0;
    const matchLimit = options.matchLimit ?? 4294967295;
    const maxStartDepth = options.maxStartDepth ?? 4294967295;
    const progressCallback = options.progressCallback;
    if (typeof matchLimit !== "number") {
      throw new Error("Arguments must be numbers");
    }
    this.matchLimit = matchLimit;
    if (endIndex !== 0 && startIndex > endIndex) {
      throw new Error("`startIndex` cannot be greater than `endIndex`");
    }
    if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
      throw new Error("`startPosition` cannot be greater than `endPosition`");
    }
    if (endContainingIndex !== 0 && startContainingIndex > endContainingIndex) {
      throw new Error("`startContainingIndex` cannot be greater than `endContainingIndex`");
    }
    if (endContainingPosition !== ZERO_POINT && (startContainingPosition.row > endContainingPosition.row || startContainingPosition.row === endContainingPosition.row && startContainingPosition.column > endContainingPosition.column)) {
      throw new Error("`startContainingPosition` cannot be greater than `endContainingPosition`");
    }
    if (progressCallback) {
      C.currentQueryProgressCallback = progressCallback;
    }
    marshalNode(node);
    C._ts_query_captures_wasm(
      this[0],
      node.tree[0],
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column,
      startIndex,
      endIndex,
      startContainingPosition.row,
      startContainingPosition.column,
      endContainingPosition.row,
      endContainingPosition.column,
      startContainingIndex,
      endContainingIndex,
      matchLimit,
      maxStartDepth
    );
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
    const result = new Array();
    this.exceededMatchLimit = Boolean(didExceedMatchLimit);
    const captures = new Array();
    let address = startAddress;
    for (let i2 = 0; i2 < count; i2++) {
      const patternIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureCount = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      captures.length = captureCount;
      address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
      if (this.textPredicates[patternIndex].every((p) => p(captures))) {
        const capture = captures[captureIndex];
        const setProperties = this.setProperties[patternIndex];
        capture.setProperties = setProperties;
        const assertedProperties = this.assertedProperties[patternIndex];
        capture.assertedProperties = assertedProperties;
        const refutedProperties = this.refutedProperties[patternIndex];
        capture.refutedProperties = refutedProperties;
        result.push(capture);
      }
    }
    C._free(startAddress);
    C.currentQueryProgressCallback = null;
    return result;
  }
  /** Get the predicates for a given pattern. */
  predicatesForPattern(patternIndex) {
    return this.predicates[patternIndex];
  }
  /**
   * Disable a certain capture within a query.
   *
   * This prevents the capture from being returned in matches, and also
   * avoids any resource usage associated with recording the capture.
   */
  disableCapture(captureName) {
    const captureNameLength = C.lengthBytesUTF8(captureName);
    const captureNameAddress = C._malloc(captureNameLength + 1);
    C.stringToUTF8(captureName, captureNameAddress, captureNameLength + 1);
    C._ts_query_disable_capture(this[0], captureNameAddress, captureNameLength);
    C._free(captureNameAddress);
  }
  /**
   * Disable a certain pattern within a query.
   *
   * This prevents the pattern from matching, and also avoids any resource
   * usage associated with the pattern. This throws an error if the pattern
   * index is out of bounds.
   */
  disablePattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    C._ts_query_disable_pattern(this[0], patternIndex);
  }
  /**
   * Check if, on its last execution, this cursor exceeded its maximum number
   * of in-progress matches.
   */
  didExceedMatchLimit() {
    return this.exceededMatchLimit;
  }
  /** Get the index where the given pattern starts in the query's source. */
  startIndexForPattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    const byteOffset = C._ts_query_start_byte_for_pattern(this[0], patternIndex);
    return indexForByteOffset(this.source, byteOffset);
  }
  /** Get the index where the given pattern ends in the query's source. */
  endIndexForPattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    const byteOffset = C._ts_query_end_byte_for_pattern(this[0], patternIndex);
    return indexForByteOffset(this.source, byteOffset);
  }
  /** Get the number of patterns in the query. */
  patternCount() {
    return C._ts_query_pattern_count(this[0]);
  }
  /** Get the index for a given capture name. */
  captureIndexForName(captureName) {
    return this.captureNames.indexOf(captureName);
  }
  /** Check if a given pattern within a query has a single root node. */
  isPatternRooted(patternIndex) {
    return C._ts_query_is_pattern_rooted(this[0], patternIndex) === 1;
  }
  /** Check if a given pattern within a query has a single root node. */
  isPatternNonLocal(patternIndex) {
    return C._ts_query_is_pattern_non_local(this[0], patternIndex) === 1;
  }
  /**
   * Check if the step at the given index in the query's source is 'definite'.
   *
   * A query step is 'definite' if its parent pattern will be guaranteed to
   * match successfully once it reaches the step.
   */
  isPatternGuaranteedAtStep(index) {
    const byteOffset = C.lengthBytesUTF8(this.source.slice(0, index));
    return C._ts_query_is_pattern_guaranteed_at_step(this[0], byteOffset) === 1;
  }
};

// packages/core/dist/sources/terraform/cst.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/terraform/template-syntax.js
init_define_TRUSTLINT_PACKAGE();
function decodeLiteral(src, ranges, mode, file, shift) {
  let text3 = "";
  const segs = [];
  const exactRun = (from, to) => {
    if (to <= from)
      return;
    const last = segs.at(-1);
    if (last?.exact && last.srcEnd === from + shift && last.end === text3.length) {
      last.end += to - from;
      last.srcEnd = to + shift;
    } else {
      segs.push({ start: text3.length, end: text3.length + to - from, srcStart: from + shift, srcEnd: to + shift, exact: true });
    }
    text3 += src.slice(from, to);
  };
  const escaped = (decoded, from, to) => {
    segs.push({ start: text3.length, end: text3.length + decoded.length, srcStart: from + shift, srcEnd: to + shift, exact: decoded.length === to - from });
    text3 += decoded;
  };
  for (const [a, b] of ranges) {
    let run2 = a;
    let i2 = a;
    while (i2 < b) {
      const c = src[i2];
      if ((c === "$" || c === "%") && src[i2 + 1] === c && src[i2 + 2] === "{") {
        exactRun(run2, i2);
        escaped(`${c}{`, i2, i2 + 3);
        i2 += 3;
        run2 = i2;
        continue;
      }
      if (mode === "quoted" && c === "\\" && i2 + 1 < b) {
        const decoded = decodeEscape(src, i2);
        exactRun(run2, i2);
        escaped(decoded.text, i2, i2 + decoded.length);
        i2 += decoded.length;
        run2 = i2;
        continue;
      }
      i2++;
    }
    exactRun(run2, b);
  }
  return { t: "lit", text: text3, segs, file };
}
function decodeEscape(src, i2) {
  const n = src[i2 + 1];
  switch (n) {
    case "n":
      return { text: "\n", length: 2 };
    case "r":
      return { text: "\r", length: 2 };
    case "t":
      return { text: "	", length: 2 };
    case '"':
      return { text: '"', length: 2 };
    case "\\":
      return { text: "\\", length: 2 };
    case "/":
      return { text: "/", length: 2 };
    // JSON-only escape, seen in .tf.json strings
    case "u":
    case "U": {
      const digits = n === "u" ? 4 : 8;
      const hex = src.slice(i2 + 2, i2 + 2 + digits);
      if (/^[0-9a-fA-F]+$/.test(hex) && hex.length === digits) {
        return { text: String.fromCodePoint(parseInt(hex, 16)), length: 2 + digits };
      }
      return { text: "\\", length: 1 };
    }
    default:
      return { text: "\\", length: 1 };
  }
}
function cut(lit, n, fromStart) {
  if (n <= 0)
    return lit;
  const len = lit.text.length;
  const lo = fromStart ? n : 0;
  const hi = fromStart ? len : len - n;
  const segs = [];
  for (const s of lit.segs) {
    const start2 = Math.max(s.start, lo);
    const end = Math.min(s.end, hi);
    if (end <= start2)
      continue;
    segs.push(s.exact ? { start: start2 - lo, end: end - lo, srcStart: s.srcStart + (start2 - s.start), srcEnd: s.srcStart + (end - s.start), exact: true } : { ...s, start: start2 - lo, end: end - lo });
  }
  return { t: "lit", text: lit.text.slice(lo, hi), segs, file: lit.file };
}
function stripEnd(lit) {
  return cut(lit, lit.text.length - lit.text.trimEnd().length, false);
}
function stripStart(lit) {
  return cut(lit, lit.text.length - lit.text.trimStart().length, true);
}
function dedentHeredoc(src, items) {
  let min = Number.MAX_SAFE_INTEGER;
  let newline = true;
  const adjust = [];
  for (const item of items) {
    if (newline) {
      newline = false;
      if (item.range) {
        const piece = src.slice(item.range[0], item.range[1]);
        const trimmed = piece.trimStart();
        if (!(trimmed.length === 0 && piece.endsWith("\n"))) {
          const spaces = piece.length - trimmed.length;
          adjust.push({ item, spaces });
          min = Math.min(min, spaces);
        }
      } else {
        min = 0;
      }
    }
    if (item.range && src.slice(item.range[0], item.range[1]).endsWith("\n"))
      newline = true;
  }
  const out2 = /* @__PURE__ */ new Map();
  if (min === Number.MAX_SAFE_INTEGER || min === 0)
    return out2;
  for (const a of adjust)
    out2.set(a.item, Math.min(min, a.spaces));
  return out2;
}
function splitLines2(src, start2, end) {
  const out2 = [];
  let a = start2;
  for (let i2 = start2; i2 < end; i2++) {
    if (src.charCodeAt(i2) === 10) {
      out2.push([a, i2 + 1]);
      a = i2 + 1;
    }
  }
  if (a < end)
    out2.push([a, end]);
  return out2;
}

// packages/core/dist/sources/terraform/cst.js
var BINARY_OPS = /* @__PURE__ */ new Set(["*", "/", "%", "+", "-", ">", ">=", "<", "<=", "==", "!=", "&&", "||"]);
var isComment = (n) => n.type === "comment";
var CstConverter = class {
  src;
  file;
  shift;
  constructor(src, file, shift) {
    this.src = src;
    this.file = file;
    this.shift = shift;
  }
  range(node) {
    return { file: this.file, start: node.startIndex + this.shift, end: node.endIndex + this.shift };
  }
  span(start2, end) {
    return { file: this.file, start: start2 + this.shift, end: end + this.shift };
  }
  body(node) {
    const body2 = { attributes: [], blocks: [] };
    for (const child2 of node.namedChildren) {
      if (child2.hasError)
        continue;
      if (child2.type === "attribute")
        body2.attributes.push(this.attribute(child2));
      else if (child2.type === "block")
        body2.blocks.push(this.block(child2));
    }
    return body2;
  }
  attribute(node) {
    const name2 = node.namedChildren.find((c) => c.type === "identifier");
    const value = node.namedChildren.find((c) => c.type === "expression");
    return {
      name: name2?.text ?? "",
      nameR: this.range(name2 ?? node),
      expr: value ? this.expr(value) : { t: "invalid", r: this.range(node) },
      r: this.range(node)
    };
  }
  block(node) {
    const kids = node.namedChildren.filter((c) => !isComment(c));
    const type = kids[0]?.text ?? "";
    const labels = [];
    let headerEnd = kids[0]?.endIndex ?? node.startIndex;
    let body2 = { attributes: [], blocks: [] };
    for (const k of kids.slice(1)) {
      if (k.type === "identifier") {
        labels.push(k.text);
        headerEnd = k.endIndex;
      } else if (k.type === "string_lit") {
        labels.push(this.stringLit(k));
        headerEnd = k.endIndex;
      } else if (k.type === "body") {
        body2 = this.body(k);
      }
    }
    return { type, labels, headerR: this.span(node.startIndex, headerEnd), body: body2, r: this.range(node) };
  }
  stringLit(node) {
    const start2 = node.children[0];
    const end = node.children.at(-1);
    if (!start2 || !end)
      return "";
    return decodeLiteral(this.src, [[start2.endIndex, end.startIndex]], "quoted", this.file, this.shift).text;
  }
  expr(node) {
    if (node.type === "expression") {
      const kids = node.children.filter((c) => !isComment(c));
      const only = kids[0];
      if (kids.length === 1 && only?.type === "conditional")
        return this.conditional(only);
      return this.term(kids, node);
    }
    if (node.type === "conditional")
      return this.conditional(node);
    return this.term([node], node);
  }
  conditional(node) {
    const parts2 = node.namedChildren.filter((c) => c.type === "expression");
    const [pred, a, b] = parts2;
    if (!pred || !a || !b)
      return { t: "invalid", r: this.range(node) };
    return { t: "cond", pred: this.expr(pred), then: this.expr(a), else: this.expr(b), r: this.range(node) };
  }
  /** A primary term followed by postfix index, attribute and splat steps (tree-sitter keeps them flat). */
  term(kids, whole) {
    const first = kids[0];
    if (!first)
      return { t: "invalid", r: this.range(whole) };
    let e;
    let i2;
    if (first.type === "(") {
      const inner = kids[1];
      const close = kids[2];
      e = { t: "paren", inner: inner ? this.expr(inner) : { t: "invalid", r: this.range(first) }, r: this.span(first.startIndex, (close ?? inner ?? first).endIndex) };
      i2 = 3;
    } else {
      e = this.primary(first);
      i2 = 1;
    }
    for (; i2 < kids.length; i2++) {
      const k = kids[i2];
      if (!k || isComment(k))
        continue;
      const r = { file: this.file, start: e.r.start, end: k.endIndex + this.shift };
      if (k.type === "get_attr")
        e = { t: "getattr", target: e, name: this.ident(k), r };
      else if (k.type === "index")
        e = { t: "index", target: e, key: this.indexKey(k), r };
      else if (k.type === "splat")
        e = { t: "splat", target: e, ops: this.splatOps(k), r };
    }
    return e;
  }
  ident(node) {
    return node.namedChildren.find((c) => c.type === "identifier")?.text ?? "";
  }
  indexKey(node) {
    const inner = node.namedChildren[0];
    if (!inner)
      return { t: "invalid", r: this.range(node) };
    if (inner.type === "legacy_index") {
      const digits = inner.text.slice(1);
      return { t: "literal", value: Number(digits), text: digits, r: this.range(inner) };
    }
    const e = inner.namedChildren.find((c) => c.type === "expression");
    return e ? this.expr(e) : { t: "invalid", r: this.range(inner) };
  }
  splatOps(node) {
    const inner = node.namedChildren[0];
    if (!inner)
      return [];
    const ops = [];
    for (const k of inner.namedChildren) {
      if (k.type === "get_attr")
        ops.push({ t: "attr", name: this.ident(k), r: this.range(k) });
      else if (k.type === "index")
        ops.push({ t: "index", key: this.indexKey(k), r: this.range(k) });
    }
    return ops;
  }
  primary(node) {
    const r = this.range(node);
    switch (node.type) {
      case "expression":
      case "conditional":
        return this.expr(node);
      case "literal_value":
      case "template_expr":
      case "collection_value":
      case "for_expr":
      case "operation": {
        const inner = node.namedChildren.find((c) => !isComment(c));
        return inner ? this.primary(inner) : { t: "invalid", r };
      }
      case "numeric_lit": {
        const text3 = node.text;
        return { t: "literal", value: text3.startsWith("0x") ? parseInt(text3.slice(2), 16) : Number(text3), text: text3, r };
      }
      case "bool_lit":
        return { t: "literal", value: node.text === "true", text: node.text, r };
      case "null_lit":
        return { t: "literal", value: null, text: "null", r };
      case "string_lit":
      case "quoted_template": {
        const start2 = node.children[0];
        const end = node.children.at(-1);
        if (!start2 || !end || end === start2)
          return { t: "invalid", r };
        return { t: "template", parts: this.template(node, start2.endIndex, end.startIndex, "quoted", false), r };
      }
      case "heredoc_template":
        return this.heredoc(node);
      case "tuple":
        return { t: "tuple", items: node.namedChildren.filter((c) => c.type === "expression").map((c) => this.expr(c)), r };
      case "object":
        return { t: "object", items: node.namedChildren.filter((c) => c.type === "object_elem").map((c) => this.objectElem(c)), r };
      case "variable_expr":
        return { t: "name", name: node.text, r };
      case "function_call":
        return this.call(node);
      case "for_tuple_expr":
      case "for_object_expr":
        return this.forExpr(node);
      case "unary_operation": {
        const op = node.children[0];
        return { t: "unary", op: op?.type ?? "!", operand: this.term(node.children.slice(1).filter((c) => !isComment(c)), node), r };
      }
      case "binary_operation": {
        const kids = node.children.filter((c) => !isComment(c));
        const at = kids.findIndex((c) => !c.isNamed && BINARY_OPS.has(c.type));
        const op = kids[at];
        if (at < 0 || !op)
          return { t: "invalid", r };
        return { t: "binary", op: op.type, left: this.term(kids.slice(0, at), node), right: this.term(kids.slice(at + 1), node), r };
      }
      default:
        return { t: "invalid", r };
    }
  }
  objectElem(node) {
    const key = node.childForFieldName("key");
    const val = node.childForFieldName("val");
    const value = val ? this.expr(val) : { t: "invalid", r: this.range(node) };
    if (!key)
      return { key: { t: "invalid", r: this.range(node) }, value };
    const only = key.namedChildren.length === 1 && key.children.length === 1 ? key.namedChildren[0] : void 0;
    if (only?.type === "variable_expr") {
      const r = this.range(only);
      const lit = { t: "lit", text: only.text, segs: [{ start: 0, end: only.text.length, srcStart: r.start, srcEnd: r.end, exact: true }], file: this.file };
      return { key: { t: "template", parts: [lit], r }, value };
    }
    return { key: this.expr(key), value };
  }
  call(node) {
    const name2 = node.namedChildren.find((c) => c.type === "identifier")?.text ?? "";
    const args3 = node.namedChildren.find((c) => c.type === "function_arguments");
    const exprs = args3 ? args3.namedChildren.filter((c) => c.type === "expression").map((c) => this.expr(c)) : [];
    const expand = args3 ? args3.namedChildren.some((c) => c.type === "ellipsis") : false;
    return { t: "call", name: name2, args: exprs, expand, r: this.range(node) };
  }
  forExpr(node) {
    const r = this.range(node);
    const intro = node.namedChildren.find((c) => c.type === "for_intro");
    if (!intro)
      return { t: "invalid", r };
    const ids = intro.namedChildren.filter((c) => c.type === "identifier").map((c) => c.text);
    const collNode = intro.namedChildren.find((c) => c.type === "expression");
    const coll = collNode ? this.expr(collNode) : { t: "invalid", r };
    const [a, b] = ids;
    const vars = b !== void 0 ? { keyVar: a ?? "", valVar: b } : { valVar: a ?? "" };
    const exprs = node.namedChildren.filter((c) => c.type === "expression").map((c) => this.expr(c));
    const condNode = node.namedChildren.find((c) => c.type === "for_cond")?.namedChildren.find((c) => c.type === "expression");
    const cond = condNode ? { cond: this.expr(condNode) } : {};
    const [first, second] = exprs;
    if (!first)
      return { t: "invalid", r };
    if (node.type === "for_tuple_expr")
      return { t: "forTuple", ...vars, coll, value: first, ...cond, r };
    if (!second)
      return { t: "invalid", r };
    const group = node.namedChildren.some((c) => c.type === "ellipsis");
    return { t: "forObject", ...vars, coll, key: first, value: second, group, ...cond, r };
  }
  heredoc(node) {
    const r = this.range(node);
    const kids = node.children;
    const open = kids.find((c) => c.type === "heredoc_identifier");
    const close = kids.findLast((c) => c.type === "heredoc_identifier");
    if (!open || !close || open === close)
      return { t: "invalid", r };
    const nl = this.src.indexOf("\n", open.endIndex);
    const from = nl < 0 ? open.endIndex : nl + 1;
    const to = Math.max(from, this.src.lastIndexOf("\n", close.startIndex - 1) + 1);
    const indented = kids.some((c) => c.type === "heredoc_start" && c.text === "<<-");
    return { t: "template", parts: this.template(node, from, to, "heredoc", indented), r };
  }
  /** Template parts of a quoted string, heredoc or template file between offsets [from, to). */
  template(container, from, to, mode, indented) {
    const toks = this.flatten(container, from, to);
    if (indented)
      this.dedent(toks);
    for (const t of toks)
      if (t.k === "lit")
        t.part = decodeLiteral(this.src, t.ranges, mode, this.file, this.shift);
    toks.forEach((t, i2) => {
      if (t.k === "lit")
        return;
      const prev = toks[i2 - 1];
      const next = toks[i2 + 1];
      if (t.sl && prev?.k === "lit" && prev.part)
        prev.part = stripEnd(prev.part);
      if (t.sr && next?.k === "lit" && next.part)
        next.part = stripStart(next.part);
    });
    return this.structure(toks, { i: 0 }, /* @__PURE__ */ new Set());
  }
  flatten(container, from, to) {
    const toks = [];
    let cursor = from;
    const lit = (end) => {
      if (end > cursor)
        toks.push({ k: "lit", ranges: [[cursor, end]] });
    };
    const strips = (n) => {
      const kids = n.children;
      return { sl: kids[1]?.type === "strip_marker", sr: kids.length > 3 && kids[kids.length - 2]?.type === "strip_marker" };
    };
    const kinds = {
      template_interpolation: "interp",
      template_if_intro: "if",
      template_else_intro: "else",
      template_if_end: "endif",
      template_for_start: "for",
      template_for_end: "endfor"
    };
    const visit2 = (n) => {
      for (const child2 of n.children) {
        if (child2.startIndex < from || child2.endIndex > to)
          continue;
        const k = kinds[child2.type];
        if (k) {
          lit(child2.startIndex);
          toks.push({ k, node: child2, ...strips(child2) });
          cursor = child2.endIndex;
        } else if (child2.type === "template_directive" || child2.type === "template_if" || child2.type === "template_for") {
          visit2(child2);
        }
      }
    };
    visit2(container);
    lit(to);
    return toks;
  }
  dedent(toks) {
    const items = [];
    for (const tok of toks) {
      if (tok.k !== "lit") {
        items.push({ item: {}, tok });
        continue;
      }
      const [range] = tok.ranges;
      if (!range)
        continue;
      const pieces2 = splitLines2(this.src, range[0], range[1]);
      tok.ranges = pieces2;
      pieces2.forEach((p, i2) => items.push({ item: { range: p }, tok, piece: i2 }));
    }
    const cuts = dedentHeredoc(this.src, items.map((i2) => i2.item));
    for (const { item, tok, piece } of items) {
      const n = cuts.get(item);
      if (n === void 0 || tok.k !== "lit" || piece === void 0)
        continue;
      const range = tok.ranges[piece];
      if (range)
        range[0] += n;
    }
  }
  structure(toks, pos, stop2) {
    const parts2 = [];
    while (pos.i < toks.length) {
      const tok = toks[pos.i];
      if (!tok || stop2.has(tok.k))
        return parts2;
      pos.i++;
      if (tok.k === "lit") {
        if (tok.part && tok.part.text.length > 0)
          parts2.push(tok.part);
        continue;
      }
      const exprNode = tok.node.namedChildren.find((c) => c.type === "expression");
      const e = exprNode ? this.expr(exprNode) : { t: "invalid", r: this.range(tok.node) };
      if (tok.k === "interp") {
        parts2.push({ t: "interp", expr: e, r: this.range(tok.node) });
      } else if (tok.k === "if") {
        const then = this.structure(toks, pos, /* @__PURE__ */ new Set(["else", "endif"]));
        let otherwise = [];
        if (toks[pos.i]?.k === "else") {
          pos.i++;
          otherwise = this.structure(toks, pos, /* @__PURE__ */ new Set(["endif"]));
        }
        const end = toks[pos.i];
        pos.i++;
        const endIndex = end && end.k !== "lit" ? end.node.endIndex : tok.node.endIndex;
        parts2.push({ t: "if", cond: e, then, else: otherwise, r: this.span(tok.node.startIndex, endIndex) });
      } else if (tok.k === "for") {
        const ids = tok.node.namedChildren.filter((c) => c.type === "identifier").map((c) => c.text);
        const body2 = this.structure(toks, pos, /* @__PURE__ */ new Set(["endfor"]));
        const end = toks[pos.i];
        pos.i++;
        const endIndex = end && end.k !== "lit" ? end.node.endIndex : tok.node.endIndex;
        const [a, b] = ids;
        const vars = b !== void 0 ? { keyVar: a ?? "", valVar: b } : { valVar: a ?? "" };
        parts2.push({ t: "for", ...vars, coll: e, body: body2, r: this.span(tok.node.startIndex, endIndex) });
      }
    }
    return parts2;
  }
};

// packages/core/dist/sources/terraform/parser.js
var parser;
var loading;
async function loadTerraformParser() {
  if (parser)
    return;
  loading ??= (async () => {
    const runtime = bundledWasm("web-tree-sitter.wasm");
    await Parser.init(runtime ? { locateFile: () => runtime } : void 0);
    const wasm = bundledWasm("tree-sitter-terraform.wasm") ?? createRequire(import.meta.url).resolve("@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm");
    const language = await Language.load(wasm);
    const p = new Parser();
    p.setLanguage(language);
    parser = p;
  })();
  await loading;
}
function bundledWasm(name2) {
  for (const relative3 of [`./${name2}`, `../${name2}`]) {
    const path = fileURLToPath(new URL(relative3, import.meta.url));
    if (existsSync2(path) && !path.includes(`${sep2}node_modules${sep2}`))
      return path;
  }
  return void 0;
}
function isTerraformParserLoaded() {
  return parser !== void 0;
}
function withTree(text3, use) {
  if (!parser)
    throw new Error("loadTerraformParser() must be awaited before Terraform files are read");
  const tree = parser.parse(text3);
  if (!tree)
    throw new Error("the Terraform parser returned no tree");
  try {
    return use(tree.rootNode);
  } finally {
    tree.delete();
  }
}
function firstError(node) {
  if (node.isError || node.isMissing)
    return node;
  if (!node.hasError)
    return void 0;
  for (const child2 of node.children) {
    const found = firstError(child2);
    if (found)
      return found;
  }
  return void 0;
}
function describe2(node) {
  if (node.isMissing)
    return `missing "${node.type}"`;
  const text3 = node.text.split("\n")[0]?.trim().slice(0, 30) ?? "";
  return text3 ? `unexpected "${text3}"` : "syntax error";
}
function parseHclFile(file, text3) {
  return withTree(text3, (root) => convertFile(root, file, text3));
}
function convertFile(root, file, text3) {
  const conv = new CstConverter(text3, file, 0);
  const problems = [];
  const report = (n) => {
    const err2 = firstError(n);
    if (err2)
      problems.push({ message: describe2(err2), r: conv.range(err2) });
  };
  const bodyNode = root.namedChildren.find((c) => c.type === "body");
  for (const child2 of root.namedChildren) {
    if (child2.type === "body")
      child2.namedChildren.forEach(report);
    else if (child2.type !== "comment")
      report(child2);
  }
  return { body: bodyNode ? conv.body(bodyNode) : { attributes: [], blocks: [] }, problems };
}
function onlyExpression(root) {
  const attribute2 = root.namedChildren.find((c) => c.type === "body")?.namedChildren.find((c) => c.type === "attribute");
  return attribute2?.namedChildren.find((c) => c.type === "expression");
}
function parseExpressionAt(file, source, at) {
  const prefix = "x=";
  return withTree(prefix + source + "\n", (root) => {
    if (root.hasError)
      return void 0;
    const node = onlyExpression(root);
    return node ? new CstConverter(prefix + source, file, at - prefix.length).expr(node) : void 0;
  });
}
var EOT = "__TRUSTLINT_TEMPLATE_END__";
function parseTemplateAt(file, content, at) {
  const prefix = `x = <<${EOT}
`;
  const synthetic = `${prefix}${content}
${EOT}
`;
  return withTree(synthetic, (root) => {
    if (root.hasError)
      return void 0;
    const template = onlyExpression(root)?.namedChildren[0]?.namedChildren[0];
    if (template?.type !== "heredoc_template")
      return void 0;
    return new CstConverter(synthetic, file, at - prefix.length).template(template, prefix.length, prefix.length + content.length, "heredoc", false);
  });
}

// packages/core/dist/sources/terraform/json-syntax.js
var NESTED_BLOCKS = /* @__PURE__ */ new Set([
  "statement",
  "principals",
  "not_principals",
  "condition",
  "content",
  "lifecycle",
  "timeouts",
  "inline_policy",
  "provisioner",
  "connection"
]);
var TOP_LEVEL = { resource: 2, data: 2, variable: 1, module: 1, output: 1, provider: 1, locals: 0, terraform: 0 };
function rangeOf2(node) {
  const r = node.range;
  return r ?? [node.loc.start.offset, node.loc.end.offset];
}
function keyOf(m) {
  return m.name.type === "String" ? m.name.value : m.name.name;
}
var JsonConverter = class {
  file;
  text;
  constructor(file, text3) {
    this.file = file;
    this.text = text3;
  }
  range(node) {
    const [start2, end] = rangeOf2(node);
    return { file: this.file, start: start2, end };
  }
  /** A JSON string as a template (`${…}` and `%{…}` are HCL templates in JSON syntax). */
  template(node, literal) {
    const r = this.range(node);
    const raw = this.text.slice(r.start + 1, r.end - 1);
    if (!literal && /[$%]\{/.test(node.value)) {
      const parts2 = parseTemplateAt(this.file, node.value, r.start + 1);
      if (parts2)
        return { t: "template", parts: parts2, r };
      return { t: "invalid", r };
    }
    const exact = raw === node.value;
    const lit = { t: "lit", text: node.value, segs: node.value.length ? [{ start: 0, end: node.value.length, srcStart: r.start + 1, srcEnd: r.end - 1, exact }] : [], file: this.file };
    return { t: "template", parts: node.value.length ? [lit] : [], r };
  }
  expr(node, literal = false) {
    const r = this.range(node);
    switch (node.type) {
      case "String":
        return this.template(node, literal);
      case "Number":
        return { t: "literal", value: node.value, text: this.text.slice(r.start, r.end), r };
      case "Boolean":
        return { t: "literal", value: node.value, text: String(node.value), r };
      case "Null":
        return { t: "literal", value: null, text: "null", r };
      case "Array":
        return { t: "tuple", items: node.elements.map((e) => this.expr(e.value, literal)), r };
      case "Object":
        return {
          t: "object",
          items: node.members.map((m) => {
            const kr = this.range(m.name);
            const key = keyOf(m);
            const lit = { t: "lit", text: key, segs: [{ start: 0, end: key.length, srcStart: kr.start + 1, srcEnd: kr.end - 1, exact: kr.end - kr.start - 2 === key.length }], file: this.file };
            return { key: { t: "template", parts: [lit], r: kr }, value: this.expr(m.value, literal) };
          }),
          r
        };
      default:
        return { t: "invalid", r };
    }
  }
  /** Objects of a property that may be written as one object or an array of objects. */
  objects(node) {
    if (node.type === "Object")
      return [node];
    if (node.type === "Array")
      return node.elements.map((e) => e.value).filter((v) => v.type === "Object");
    return [];
  }
  body(node, literalAttributes = /* @__PURE__ */ new Set()) {
    const body2 = { attributes: [], blocks: [] };
    for (const m of node.members) {
      const key = keyOf(m);
      if (key === "//")
        continue;
      const isBlockValue = m.value.type === "Object" || m.value.type === "Array" && m.value.elements.length > 0 && m.value.elements.every((e) => e.value.type === "Object");
      if (key === "dynamic" && m.value.type === "Object") {
        for (const d of m.value.members) {
          for (const o of this.objects(d.value)) {
            body2.blocks.push({ type: "dynamic", labels: [keyOf(d)], headerR: this.range(d.name), body: this.body(o), r: this.range(o) });
          }
        }
        continue;
      }
      if (NESTED_BLOCKS.has(key) && isBlockValue) {
        for (const o of this.objects(m.value))
          body2.blocks.push({ type: key, labels: [], headerR: this.range(m.name), body: this.body(o), r: this.range(o) });
        continue;
      }
      const attribute2 = { name: key, nameR: this.range(m.name), expr: this.expr(m.value, literalAttributes.has(key)), r: this.range(m) };
      body2.attributes.push(attribute2);
    }
    return body2;
  }
  /** Blocks nested `labels` levels deep under a top-level property: `{"resource": {"type": {"name": {…}}}}`. */
  topLevel(type, node, labels, prefix, header) {
    if (labels === 0) {
      return this.objects(node).map((o) => ({
        type,
        labels: prefix,
        headerR: this.range(header),
        body: this.body(o, type === "variable" ? /* @__PURE__ */ new Set(["default", "type"]) : /* @__PURE__ */ new Set()),
        r: this.range(o)
      }));
    }
    const out2 = [];
    for (const o of this.objects(node)) {
      for (const m of o.members)
        out2.push(...this.topLevel(type, m.value, labels - 1, [...prefix, keyOf(m)], m.name));
    }
    return out2;
  }
};
function jsonProblem(file, text3, err2) {
  const e = err2;
  const offset = Math.min(typeof e.offset === "number" ? e.offset : 0, text3.length);
  return { message: (e.message ?? "invalid JSON").replace(/\s*\(\d+:\d+\)\s*$/, ""), r: { file, start: offset, end: Math.min(offset + 1, text3.length) } };
}
function parseTfJson(file, text3) {
  let root;
  try {
    root = parse(text3, { ranges: true, mode: "json" }).body;
  } catch (err2) {
    return { body: { attributes: [], blocks: [] }, problems: [jsonProblem(file, text3, err2)] };
  }
  const conv = new JsonConverter(file, text3);
  if (root.type !== "Object") {
    return { body: { attributes: [], blocks: [] }, problems: [{ message: "a Terraform JSON file must hold an object", r: conv.range(root) }] };
  }
  const body2 = { attributes: [], blocks: [] };
  for (const m of root.members) {
    const key = keyOf(m);
    const labels = TOP_LEVEL[key];
    if (labels === void 0)
      continue;
    body2.blocks.push(...conv.topLevel(key, m.value, labels, [], m.name));
  }
  return { body: body2, problems: [] };
}
function parseJsonVarFile(file, text3) {
  let root;
  try {
    root = parse(text3, { ranges: true, mode: "json" }).body;
  } catch (err2) {
    return { attributes: [], problems: [jsonProblem(file, text3, err2)] };
  }
  const conv = new JsonConverter(file, text3);
  if (root.type !== "Object")
    return { attributes: [], problems: [{ message: "a variables file must hold an object", r: conv.range(root) }] };
  const attributes = root.members.map((m) => ({ name: keyOf(m), nameR: conv.range(m.name), expr: conv.expr(m.value, true), r: conv.range(m) }));
  return { attributes, problems: [] };
}

// packages/core/dist/sources/terraform/module.js
init_define_TRUSTLINT_PACKAGE();
import { posix } from "node:path";

// packages/core/dist/sources/terraform/ast.js
init_define_TRUSTLINT_PACKAGE();
function attr(body2, name2) {
  return body2.attributes.findLast((a) => a.name === name2);
}

// packages/core/dist/sources/terraform/expressions.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/terraform/functions.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/terraform/json-values.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/terraform/values.js
init_define_TRUSTLINT_PACKAGE();
var EvalError = class extends Error {
};
var StepCapError = class extends Error {
};
var EVAL_OPEN = "\uE002";
var EVAL_CLOSE = "\uE003";
var EVAL_MARKER_RE = /\uE002(\d+)\uE003/g;
function evalMarker(id) {
  return `${EVAL_OPEN}${id}${EVAL_CLOSE}`;
}
function markersIn(s) {
  return s.includes(EVAL_OPEN) ? [...s.matchAll(EVAL_MARKER_RE)].map((m) => Number(m[1])) : [];
}
var Unknowns = class {
  list = [];
  add(expression2, reason, loc) {
    this.list.push({ expression: expression2, reason, loc });
    return this.list.length - 1;
  }
  get(id) {
    return this.list[id];
  }
};
function str(s, loc, exact = false, prov) {
  const seg = { start: 0, end: s.length, exact, ...loc ? { loc } : {}, ...prov ? { prov } : {} };
  return { k: "str", s, segs: s.length ? [seg] : [], ...loc ? { loc } : {}, ...prov ? { prov } : {} };
}
function num(n, loc, text3) {
  return { k: "num", n, text: text3 ?? formatNumber(n), ...loc ? { loc } : {} };
}
function bool(b, loc) {
  return { k: "bool", b, ...loc ? { loc } : {} };
}
function nul(loc) {
  return { k: "null", ...loc ? { loc } : {} };
}
function list(items, loc, set = false) {
  return { k: "list", items, ...loc ? { loc } : {}, ...set ? { set } : {} };
}
function unk(id, loc) {
  return { k: "unk", id, ...loc ? { loc } : {} };
}
function obj(entries, loc) {
  const byKey = /* @__PURE__ */ new Map();
  for (const e of entries)
    byKey.set(e.key, e);
  const sorted = [...byKey.values()].sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  return { k: "obj", entries: sorted, ...loc ? { loc } : {} };
}
function orderedObj(entries, loc) {
  return { k: "obj", entries, ...loc ? { loc } : {} };
}
function formatNumber(n) {
  return Number.isInteger(n) || !Number.isFinite(n) ? String(n) : String(Number(n.toPrecision(15)));
}
function getEntry(o, key) {
  return o.entries.find((e) => e.key === key);
}
var StrBuilder = class {
  s = "";
  segs = [];
  text(text3, loc, exact = false, prov) {
    if (!text3)
      return;
    this.segs.push({ start: this.s.length, end: this.s.length + text3.length, exact, ...loc ? { loc } : {}, ...prov ? { prov } : {} });
    this.s += text3;
  }
  lit(part) {
    for (const seg of part.segs) {
      this.segs.push({
        start: this.s.length + seg.start,
        end: this.s.length + seg.end,
        exact: seg.exact,
        loc: { file: part.file, start: seg.srcStart, end: seg.srcEnd }
      });
    }
    this.s += part.text;
  }
  value(v) {
    const base = this.s.length;
    if (v.segs.length === 0 && v.s.length > 0) {
      this.text(v.s, v.loc, false, v.prov);
      return;
    }
    for (const seg of v.segs)
      this.segs.push({ ...seg, start: base + seg.start, end: base + seg.end });
    this.s += v.s;
  }
  build(loc) {
    const prov = singleProv(this.segs);
    return { k: "str", s: this.s, segs: this.segs, ...loc ? { loc } : {}, ...prov ? { prov } : {} };
  }
};
function singleProv(segs) {
  let found;
  for (const s of segs) {
    if (!s.prov)
      continue;
    if (found && (found.kind !== s.prov.kind || found.name !== s.prov.name))
      return void 0;
    found = s.prov;
  }
  return found;
}
function firstUnknown(v) {
  switch (v.k) {
    case "unk":
      return v.id;
    case "alt":
      return v.cause;
    case "str":
      return markersIn(v.s)[0];
    case "list":
      for (const i2 of v.items) {
        const u = firstUnknown(i2);
        if (u !== void 0)
          return u;
      }
      return void 0;
    case "obj":
      for (const e of v.entries) {
        const u = markersIn(e.key)[0] ?? firstUnknown(e.value);
        if (u !== void 0)
          return u;
      }
      return void 0;
    default:
      return void 0;
  }
}
function valueEquals(a, b) {
  if (a.k !== b.k)
    return false;
  switch (a.k) {
    case "str":
      return a.s === b.s;
    case "num":
      return a.n === b.n;
    case "bool":
      return a.b === b.b;
    case "null":
      return true;
    case "unk":
      return a.id === b.id;
    case "list": {
      const bi = b.items;
      return a.items.length === bi.length && a.items.every((x, i2) => valueEquals(x, bi[i2]));
    }
    case "obj": {
      const be = b.entries;
      return a.entries.length === be.length && a.entries.every((e, i2) => e.key === be[i2]?.key && valueEquals(e.value, be[i2].value));
    }
    case "alt": {
      const bo = b.options;
      return a.options.length === bo.length && a.options.every((x, i2) => valueEquals(x, bo[i2]));
    }
    case "ref":
      return a.ref === b.ref;
  }
}
function typeName(v) {
  switch (v.k) {
    case "str":
      return "string";
    case "num":
      return "number";
    case "bool":
      return "bool";
    case "null":
      return "null";
    case "list":
      return v.set ? "set" : "list";
    case "obj":
      return "object";
    case "unk":
    case "alt":
      return "unknown";
    case "ref":
      return v.ref.describe;
  }
}
function withProv(v, prov) {
  const own = v.loc ? { ...prov, loc: v.loc } : prov;
  switch (v.k) {
    case "str":
      return { ...v, prov: v.prov ?? own, segs: v.segs.map((s) => s.prov ? s : { ...s, prov: own }) };
    case "list":
      return { ...v, prov: v.prov ?? own, items: v.items.map((i2) => withProv(i2, own)) };
    case "obj":
      return { ...v, prov: v.prov ?? own, entries: v.entries.map((e) => ({ ...e, value: withProv(e.value, own) })) };
    case "alt":
      return { ...v, prov: v.prov ?? own, options: v.options.map((o) => withProv(o, own)) };
    case "ref":
      return v;
    default:
      return v.prov ? v : { ...v, prov: own };
  }
}
function relocate2(v, loc) {
  switch (v.k) {
    case "str":
      return { ...v, loc, segs: v.s.length ? [{ start: 0, end: v.s.length, exact: false, loc }] : [] };
    case "list":
      return { ...v, loc, items: v.items.map((i2) => relocate2(i2, loc)) };
    case "obj":
      return { ...v, loc, entries: v.entries.map((e) => ({ key: e.key, keyLoc: loc, value: relocate2(e.value, loc) })) };
    case "alt":
      return { ...v, loc, options: v.options.map((o) => relocate2(o, loc)) };
    default:
      return { ...v, loc };
  }
}

// packages/core/dist/sources/terraform/json-values.js
var JsonDecodeError = class extends EvalError {
  loc;
  constructor(message, loc) {
    super(message);
    this.loc = loc;
  }
};
function mapRange(s, a, b) {
  const segA = s.segs.find((g) => g.start <= a && a < g.end) ?? s.segs.find((g) => g.start <= a && a <= g.end);
  const last = Math.max(a, b - 1);
  const segB = s.segs.find((g) => g.start <= last && last < g.end) ?? segA;
  if (!segA?.loc || !segB?.loc || segA.loc.file !== segB.loc.file)
    return s.loc;
  const start2 = segA.exact ? segA.loc.start + (a - segA.start) : segA.loc.start;
  const end = segB.exact ? segB.loc.start + (b - segB.start) : segB.loc.end;
  if (end < start2)
    return s.loc;
  return { file: segA.loc.file, start: start2, end };
}
function markersOutsideStrings(text3) {
  const out2 = [];
  let inString = false;
  for (let i2 = 0; i2 < text3.length; i2++) {
    const c = text3[i2];
    if (inString) {
      if (c === "\\")
        i2++;
      else if (c === '"')
        inString = false;
    } else if (c === '"') {
      inString = true;
    } else if (c === EVAL_OPEN) {
      out2.push(i2);
      const close = text3.indexOf(EVAL_CLOSE, i2);
      i2 = close < 0 ? i2 : close;
    }
  }
  return out2;
}
function decodeJson(s) {
  const text3 = s.s;
  const inserted = [];
  let processed = "";
  let cursor = 0;
  for (const at of markersOutsideStrings(text3)) {
    const close = text3.indexOf(EVAL_CLOSE, at);
    const end = close < 0 ? at + 1 : close + 1;
    processed += text3.slice(cursor, at);
    inserted.push(processed.length);
    processed += '"' + text3.slice(at, end);
    inserted.push(processed.length);
    processed += '"';
    cursor = end;
  }
  processed += text3.slice(cursor);
  const orig = (p) => p - inserted.filter((i2) => i2 < p).length;
  const locOf = (node) => {
    const [a, b] = rangeOf3(node);
    return mapRange(s, orig(a), orig(b));
  };
  let body2;
  try {
    body2 = parse(processed, { ranges: true, mode: "json" }).body;
  } catch (err2) {
    const e = err2;
    const at = orig(Math.min(typeof e.offset === "number" ? e.offset : 0, processed.length));
    const message = (e.message ?? "invalid JSON").replace(/\s*\(\d+:\d+\)\s*$/, "");
    throw new JsonDecodeError(message, mapRange(s, at, Math.min(at + 1, text3.length)));
  }
  const provOf = (node) => {
    const [a, b] = rangeOf3(node);
    const lo = orig(a);
    const hi = orig(b);
    return singleProv(s.segs.filter((g) => g.start < hi && g.end > lo));
  };
  const convert2 = (node) => {
    const loc = locOf(node);
    const prov = provOf(node);
    const v = build(node, loc);
    return prov && v.k !== "obj" && v.k !== "list" ? { ...v, prov } : v;
  };
  const build = (node, loc) => {
    switch (node.type) {
      case "Object": {
        const entries = node.members.map((m) => {
          const keyLoc = locOf(m.name);
          return { key: m.name.type === "String" ? m.name.value : m.name.name, ...keyLoc ? { keyLoc } : {}, value: convert2(m.value) };
        });
        return orderedObj(entries, loc);
      }
      case "Array":
        return list(node.elements.map((e) => convert2(e.value)), loc);
      case "String":
        return str(node.value, loc);
      case "Number": {
        const [a, b] = rangeOf3(node);
        return num(node.value, loc, processed.slice(a, b));
      }
      case "Boolean":
        return bool(node.value, loc);
      case "Null":
        return nul(loc);
      default:
        throw new JsonDecodeError(`unsupported JSON value ${node.type}`, loc);
    }
  };
  return convert2(body2);
}
function rangeOf3(node) {
  const r = node.range;
  return r ?? [node.loc.start.offset, node.loc.end.offset];
}
function jsonString(s) {
  return JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function encodeJson(v, r) {
  const b = new StrBuilder();
  const write = (x) => {
    switch (x.k) {
      case "str":
        b.text(jsonString(x.s), x.loc ?? r, false, x.prov);
        return;
      case "num":
        b.text(x.text && !x.text.startsWith("0x") ? formatNumber(Number(x.text)) : formatNumber(x.n), x.loc ?? r);
        return;
      case "bool":
        b.text(String(x.b), x.loc ?? r);
        return;
      case "null":
        b.text("null", x.loc ?? r);
        return;
      // Brackets carry the container's location: parsed again, the container spans them exactly.
      case "list":
        b.text("[", x.loc);
        x.items.forEach((item, i2) => {
          if (i2)
            b.text(",", x.loc);
          write(item);
        });
        b.text("]", x.loc);
        return;
      case "obj":
        b.text("{", x.loc);
        x.entries.forEach((e, i2) => {
          if (i2)
            b.text(",", x.loc);
          b.text(jsonString(e.key), e.keyLoc ?? r);
          b.text(":", x.loc);
          write(e.value);
        });
        b.text("}", x.loc);
        return;
      case "unk":
        b.text(`"${EVAL_OPEN}${x.id}${EVAL_CLOSE}"`, x.loc ?? r);
        return;
      case "alt":
        write(x.options[0] ?? { k: "null" });
        return;
      case "ref":
        throw new EvalError(`jsonencode cannot encode ${x.ref.describe}`);
    }
  };
  write(v);
  const out2 = b.build(r);
  return { ...out2, json: { variants: [{ value: v }], documents: [] } };
}

// packages/core/dist/sources/terraform/functions-collections.js
init_define_TRUSTLINT_PACKAGE();
function asList(v, what = "argument") {
  if (v?.k === "list")
    return v;
  throw new EvalError(`${what} must be a list, not ${v ? typeName(v) : "missing"}`);
}
function asObj(v, what = "argument") {
  if (v?.k === "obj")
    return v;
  throw new EvalError(`${what} must be a map or object, not ${v ? typeName(v) : "missing"}`);
}
function distinctItems(items) {
  const out2 = [];
  for (const i2 of items)
    if (!out2.some((o) => valueEquals(o, i2)))
      out2.push(i2);
  return out2;
}
function toSet(items, c) {
  const out2 = distinctItems(items);
  const known = out2.every((i2) => i2.k === "str" && markersIn(i2.s).length === 0 || i2.k === "num");
  if (known) {
    out2.sort((a, b) => {
      if (a.k === "num" && b.k === "num")
        return a.n - b.n;
      const x = a.k === "str" ? a.s : a.k === "num" ? a.text : "";
      const y = b.k === "str" ? b.s : b.k === "num" ? b.text : "";
      return x < y ? -1 : x > y ? 1 : 0;
    });
  }
  return list(out2, c.r, true);
}
function flattenItems(items) {
  return items.flatMap((i2) => i2.k === "list" ? flattenItems(i2.items) : [i2]);
}
function integer(c, v) {
  return Math.trunc(c.ev.number(v ?? nul()));
}
var collectionFunctions = {
  length: {
    fn: (c, [v]) => {
      if (v?.k === "list")
        return num(v.items.length, c.r);
      if (v?.k === "obj")
        return num(v.entries.length, c.r);
      if (v?.k === "str") {
        const u = firstUnknown(v);
        return u === void 0 ? num(Array.from(v.s).length, c.r) : unk(u, c.r);
      }
      throw new EvalError(`length of ${v ? typeName(v) : "nothing"}`);
    }
  },
  // An unknown list among the arguments stands for one unknown element: the known elements stay visible.
  concat: { lenient: true, fn: (c, args3) => list(args3.flatMap((a) => a.k === "unk" ? [a] : asList(a).items), c.r) },
  flatten: { fn: (c, [v]) => list(flattenItems(asList(v).items), c.r) },
  distinct: { fn: (c, [v]) => list(distinctItems(asList(v).items), c.r) },
  compact: { fn: (c, [v]) => list(asList(v).items.filter((i2) => !(i2.k === "null" || i2.k === "str" && i2.s === "")), c.r) },
  tolist: { fn: (c, [v]) => ({ ...asList(v), set: false, loc: v?.loc ?? c.r }) },
  toset: { fn: (c, [v]) => toSet(asList(v).items, c) },
  tomap: { fn: (_c, [v]) => asObj(v) },
  setunion: { fn: (c, args3) => toSet(args3.flatMap((a) => asList(a).items), c) },
  setintersection: {
    fn: (c, [first, ...rest]) => toSet(asList(first).items.filter((i2) => rest.every((r) => asList(r).items.some((x) => valueEquals(x, i2)))), c)
  },
  setsubtract: { fn: (c, [a, b]) => toSet(asList(a).items.filter((i2) => !asList(b).items.some((x) => valueEquals(x, i2))), c) },
  element: {
    fn: (c, [l, i2]) => {
      const items = asList(l).items;
      if (items.length === 0)
        throw new EvalError("element of an empty list");
      const u = firstUnknown(i2 ?? nul());
      if (u !== void 0)
        return unk(u, c.r);
      const n = integer(c, i2);
      return items[(n % items.length + items.length) % items.length] ?? nul(c.r);
    }
  },
  lookup: {
    fn: (c, [m, k, d]) => {
      const map = asObj(m);
      const key = k ?? nul();
      const u = firstUnknown(key);
      if (u !== void 0)
        return unk(u, c.r);
      const name2 = c.ev.keyString(key);
      const found = map.entries.findLast((e) => e.key === name2);
      if (found)
        return found.value;
      if (d)
        return d;
      throw new EvalError(`lookup: no key "${name2}"`);
    }
  },
  contains: {
    lenient: true,
    fn: (c, [l, v]) => {
      if (l?.k === "unk")
        return unk(l.id, c.r);
      const needle = v ?? nul();
      const items = asList(l).items;
      const nu = firstUnknown(needle);
      if (nu === void 0 && items.some((i2) => firstUnknown(i2) === void 0 && valueEquals(i2, needle)))
        return bool(true, c.r);
      const u = nu ?? items.map(firstUnknown).find((x) => x !== void 0);
      return u === void 0 ? bool(false, c.r) : unk(u, c.r);
    }
  },
  index: {
    fn: (c, [l, v]) => {
      const i2 = asList(l).items.findIndex((x) => valueEquals(x, v ?? nul()));
      if (i2 < 0)
        throw new EvalError("index: value not in list");
      return num(i2, c.r);
    }
  },
  coalesce: {
    lenient: true,
    fn: (c, args3) => {
      for (const a of args3) {
        if (a.k === "unk")
          return unk(a.id, c.r);
        if (a.k === "null" || a.k === "str" && a.s === "")
          continue;
        return a;
      }
      throw new EvalError("coalesce: no non-null argument");
    }
  },
  coalescelist: {
    lenient: true,
    fn: (c, args3) => {
      for (const a of args3) {
        if (a.k === "unk")
          return unk(a.id, c.r);
        if (asList(a).items.length > 0)
          return a;
      }
      return list([], c.r);
    }
  },
  keys: { fn: (c, [m]) => list(asObj(m).entries.map((e) => str(e.key, e.keyLoc ?? c.r)), c.r) },
  values: { fn: (c, [m]) => list(asObj(m).entries.map((e) => e.value), c.r) },
  zipmap: {
    fn: (c, [k, v]) => {
      const ks = asList(k).items;
      const vs = asList(v).items;
      if (ks.length !== vs.length)
        throw new EvalError("zipmap: lists of different lengths");
      return obj(ks.map((key, i2) => ({ key: c.ev.keyString(key), ...key.loc ? { keyLoc: key.loc } : {}, value: vs[i2] ?? nul() })), c.r);
    }
  },
  merge: {
    lenient: true,
    fn: (c, args3) => {
      const entries = [];
      for (const a of args3) {
        if (a.k === "null")
          continue;
        if (a.k === "unk")
          return unk(a.id, c.r);
        entries.push(...asObj(a).entries);
      }
      return obj(entries, c.r);
    }
  },
  slice: {
    fn: (c, [l, a, b]) => {
      const items = asList(l).items;
      return list(items.slice(integer(c, a), integer(c, b)), c.r);
    }
  },
  reverse: { fn: (c, [l]) => list([...asList(l).items].reverse(), c.r) },
  sort: {
    fn: (c, [l]) => {
      const items = asList(l).items;
      const u = items.map(firstUnknown).find((x) => x !== void 0);
      if (u !== void 0)
        return unk(u, c.r);
      const text3 = (v) => v.k === "str" ? v.s : v.k === "num" ? v.text : "";
      return list([...items].sort((x, y) => text3(x) < text3(y) ? -1 : text3(x) > text3(y) ? 1 : 0), c.r);
    }
  },
  range: {
    fn: (c, args3) => {
      const ns = args3.map((a) => c.ev.number(a));
      const [start2, limit, step] = ns.length === 1 ? [0, ns[0] ?? 0, 1] : [ns[0] ?? 0, ns[1] ?? 0, ns[2] ?? 1];
      if (step === 0)
        throw new EvalError("range: step must not be zero");
      const out2 = [];
      for (let i2 = start2; step > 0 ? i2 < limit : i2 > limit; i2 += step) {
        c.ev.host.step();
        out2.push(num(i2, c.r));
      }
      return list(out2, c.r);
    }
  },
  one: {
    fn: (c, [l]) => {
      const items = asList(l).items;
      if (items.length > 1)
        throw new EvalError("one: more than one element");
      return items[0] ?? nul(c.r);
    }
  },
  alltrue: {
    fn: (c, [l]) => {
      const truths = asList(l).items.map((i2) => c.ev.truth(i2));
      if (truths.includes(false))
        return bool(false, c.r);
      return truths.includes(void 0) ? unk(firstUnknown(asList(l)) ?? 0, c.r) : bool(true, c.r);
    }
  },
  anytrue: {
    fn: (c, [l]) => {
      const truths = asList(l).items.map((i2) => c.ev.truth(i2));
      if (truths.includes(true))
        return bool(true, c.r);
      return truths.includes(void 0) ? unk(firstUnknown(asList(l)) ?? 0, c.r) : bool(false, c.r);
    }
  },
  min: { fn: (c, args3) => num(Math.min(...args3.map((a) => c.ev.number(a))), c.r) },
  max: { fn: (c, args3) => num(Math.max(...args3.map((a) => c.ev.number(a))), c.r) },
  abs: { fn: (c, [a]) => num(Math.abs(c.ev.number(a ?? nul())), c.r) },
  ceil: { fn: (c, [a]) => num(Math.ceil(c.ev.number(a ?? nul())), c.r) },
  floor: { fn: (c, [a]) => num(Math.floor(c.ev.number(a ?? nul())), c.r) }
};

// packages/core/dist/sources/terraform/functions-strings.js
init_define_TRUSTLINT_PACKAGE();
import { createHash } from "node:crypto";
function asStr(c, v, what = "argument") {
  if (!v)
    throw new EvalError(`missing ${what}`);
  const s = c.ev.toStr(v, c.r);
  if (s.k !== "str")
    throw new EvalError(`${what} must be a string, not ${typeName(v)}`);
  return s;
}
function sliceStr(v, a, b, r) {
  const segs = [];
  for (const g of v.segs) {
    const lo = Math.max(a, g.start);
    const hi = Math.min(b, g.end);
    if (hi <= lo)
      continue;
    const loc = g.loc && g.exact ? { file: g.loc.file, start: g.loc.start + (lo - g.start), end: g.loc.start + (hi - g.start) } : g.loc;
    segs.push({ ...g, start: lo - a, end: hi - a, ...loc ? { loc } : {} });
  }
  const prov = singleProv(segs);
  return { k: "str", s: v.s.slice(a, b), segs, loc: r, ...prov ? { prov } : {} };
}
function derived(s, from, r) {
  const prov = singleProv(from.segs) ?? from.prov;
  if (s.length === from.s.length)
    return { k: "str", s, segs: from.segs, loc: r, ...prov ? { prov } : {} };
  return str(s, r, false, prov);
}
function unknownOf(c, ...vs) {
  for (const v of vs) {
    const u = firstUnknown(v);
    if (u !== void 0)
      return unk(u, c.r);
  }
  return void 0;
}
function knownPrefix(s) {
  const i2 = s.indexOf(EVAL_OPEN);
  return i2 < 0 ? s : s.slice(0, i2);
}
function knownSuffix(s) {
  const i2 = s.lastIndexOf(EVAL_CLOSE);
  return i2 < 0 ? s : s.slice(i2 + 1);
}
function goRegex(pattern, global) {
  let flags2 = global ? "g" : "";
  let p = pattern;
  const m = /^\(\?([imsU]+)\)/.exec(p);
  if (m) {
    p = p.slice(m[0].length);
    if (m[1]?.includes("i"))
      flags2 += "i";
    if (m[1]?.includes("s"))
      flags2 += "s";
    if (m[1]?.includes("m"))
      flags2 += "m";
  }
  p = p.replace(/\(\?P</g, "(?<").replace(/\\z/g, "$").replace(/\\A/g, "^");
  try {
    return new RegExp(p, flags2);
  } catch {
    throw new EvalError(`invalid regular expression ${pattern}`);
  }
}
function format(c, fmt, args3) {
  const fu = unknownOf(c, fmt);
  if (fu)
    return fu;
  const b = new StrBuilder();
  const re = /%(%|[-+# 0]*(\d+)?(?:\.(\d+))?(?:\[(\d+)\])?([a-zA-Z]))/g;
  let cursor = 0;
  let next = 0;
  for (const m of fmt.s.matchAll(re)) {
    b.value(sliceStr(fmt, cursor, m.index, c.r));
    cursor = m.index + m[0].length;
    if (m[1] === "%") {
      b.text("%", c.r);
      continue;
    }
    const explicit = m[4];
    const idx = explicit !== void 0 ? Number(explicit) - 1 : next;
    next = idx + 1;
    const arg = args3[idx];
    if (!arg)
      throw new EvalError("format: too few arguments");
    const verb = m[5] ?? "v";
    const precision = m[3] === void 0 ? void 0 : Number(m[3]);
    appendVerb(c, b, verb, arg, precision);
  }
  b.value(sliceStr(fmt, cursor, fmt.s.length, c.r));
  return b.build(c.r);
}
function appendVerb(c, b, verb, arg, precision) {
  if (arg.k === "unk") {
    b.text(evalMarker(arg.id), c.ev.host.unknowns.get(arg.id)?.loc ?? c.r);
    return;
  }
  const loc = arg.loc ?? c.r;
  switch (verb) {
    case "d":
      b.text(String(Math.trunc(c.ev.number(arg))), loc, false, arg.prov);
      return;
    case "f":
    case "e":
    case "g": {
      const n = c.ev.number(arg);
      b.text(verb === "f" ? n.toFixed(precision ?? 6) : verb === "e" ? n.toExponential(precision ?? 6) : String(n), loc, false, arg.prov);
      return;
    }
    case "x":
    case "X":
    case "o":
    case "b": {
      const base = verb === "o" ? 8 : verb === "b" ? 2 : 16;
      const out2 = Math.trunc(c.ev.number(arg)).toString(base);
      b.text(verb === "X" ? out2.toUpperCase() : out2, loc, false, arg.prov);
      return;
    }
    case "q":
      b.text(jsonString(asStr(c, arg).s), loc, false, arg.prov);
      return;
    case "t":
      b.text(String(c.ev.truth(arg)), loc, false, arg.prov);
      return;
    default:
      if (arg.k === "list" || arg.k === "obj")
        b.value(encodeJson(arg, loc));
      else
        c.ev.appendTo(b, arg, c.r);
  }
}
function hash(algorithm, encoding) {
  return {
    fn: (c, [v]) => {
      const s = asStr(c, v);
      return unknownOf(c, s) ?? str(createHash(algorithm).update(s.s).digest(encoding), c.r);
    }
  };
}
var stringFunctions = {
  lower: { fn: (c, [v]) => {
    const s = asStr(c, v);
    return derived(s.s.toLowerCase(), s, c.r);
  } },
  upper: { fn: (c, [v]) => {
    const s = asStr(c, v);
    return derived(s.s.toUpperCase(), s, c.r);
  } },
  title: { fn: (c, [v]) => {
    const s = asStr(c, v);
    return derived(s.s.replace(new RegExp("\\b\\p{L}", "gu"), (x) => x.toUpperCase()), s, c.r);
  } },
  strrev: { fn: (c, [v]) => {
    const s = asStr(c, v);
    return unknownOf(c, s) ?? derived(Array.from(s.s).reverse().join(""), s, c.r);
  } },
  trimspace: {
    fn: (c, [v]) => {
      const s = asStr(c, v);
      const start2 = s.s.length - s.s.trimStart().length;
      return sliceStr(s, start2, Math.max(start2, s.s.trimEnd().length), c.r);
    }
  },
  chomp: { fn: (c, [v]) => {
    const s = asStr(c, v);
    return sliceStr(s, 0, s.s.replace(/(\r?\n)+$/, "").length, c.r);
  } },
  trimprefix: {
    fn: (c, [v, p]) => {
      const s = asStr(c, v);
      const prefix = asStr(c, p, "prefix");
      if (firstUnknown(prefix) !== void 0)
        return unk(firstUnknown(prefix) ?? 0, c.r);
      return s.s.startsWith(prefix.s) ? sliceStr(s, prefix.s.length, s.s.length, c.r) : sliceStr(s, 0, s.s.length, c.r);
    }
  },
  trimsuffix: {
    fn: (c, [v, p]) => {
      const s = asStr(c, v);
      const suffix = asStr(c, p, "suffix");
      if (firstUnknown(suffix) !== void 0)
        return unk(firstUnknown(suffix) ?? 0, c.r);
      return s.s.endsWith(suffix.s) && suffix.s ? sliceStr(s, 0, s.s.length - suffix.s.length, c.r) : sliceStr(s, 0, s.s.length, c.r);
    }
  },
  trim: {
    fn: (c, [v, chars]) => {
      const s = asStr(c, v);
      const set = new Set(asStr(c, chars, "characters").s);
      let a = 0;
      let b = s.s.length;
      while (a < b && set.has(s.s[a] ?? ""))
        a++;
      while (b > a && set.has(s.s[b - 1] ?? ""))
        b--;
      return sliceStr(s, a, b, c.r);
    }
  },
  substr: {
    fn: (c, [v, off, len]) => {
      const s = asStr(c, v);
      const u = unknownOf(c, s);
      if (u)
        return u;
      let o = c.ev.number(off ?? num(0));
      const l = c.ev.number(len ?? num(-1));
      if (o < 0)
        o = Math.max(0, s.s.length + o);
      const end = l < 0 ? s.s.length : Math.min(s.s.length, o + l);
      return sliceStr(s, Math.min(o, s.s.length), Math.max(end, Math.min(o, s.s.length)), c.r);
    }
  },
  replace: {
    fn: (c, [v, search, rep]) => {
      const s = asStr(c, v);
      const what = asStr(c, search, "search");
      const by = asStr(c, rep, "replacement");
      const u = unknownOf(c, what, by);
      if (u)
        return u;
      if (what.s.length > 1 && what.s.startsWith("/") && what.s.endsWith("/")) {
        const re = goRegex(what.s.slice(1, -1), true);
        return derived(s.s.replace(re, by.s.replace(/\$\{(\w+)\}/g, "$$$1")), s, c.r);
      }
      return derived(what.s ? s.s.split(what.s).join(by.s) : s.s, s, c.r);
    }
  },
  format: { lenient: true, fn: (c, [f, ...args3]) => format(c, asStr(c, f, "format"), args3) },
  formatlist: {
    lenient: true,
    fn: (c, [f, ...args3]) => {
      const fmt = asStr(c, f, "format");
      const u = args3.find((a) => a.k === "unk");
      if (u)
        return unk(firstUnknown(u) ?? 0, c.r);
      const lists = args3.filter((a) => a.k === "list");
      const n = lists[0] ? lists[0].items.length : 1;
      if (lists.some((l) => l.items.length !== n))
        throw new EvalError("formatlist: lists of different lengths");
      const out2 = [];
      for (let i2 = 0; i2 < n; i2++)
        out2.push(format(c, fmt, args3.map((a) => a.k === "list" ? a.items[i2] ?? nul() : a)));
      return list(out2, c.r);
    }
  },
  join: {
    lenient: true,
    fn: (c, [sepV, ...lists]) => {
      const sep3 = asStr(c, sepV, "separator");
      const items = [];
      for (const l of lists) {
        if (l.k === "unk")
          return unk(l.id, c.r);
        if (l.k !== "list")
          throw new EvalError("join needs lists");
        items.push(...l.items);
      }
      return c.ev.lift(items, (chosen) => {
        const b = new StrBuilder();
        chosen.forEach((item, i2) => {
          if (i2)
            b.value(sep3);
          if (item.k === "null")
            throw new EvalError("join: null element");
          c.ev.appendTo(b, item, c.r);
        });
        return b.build(c.r);
      }, c.r);
    }
  },
  split: {
    fn: (c, [sepV, v]) => {
      const sep3 = asStr(c, sepV, "separator");
      const s = asStr(c, v);
      const u = unknownOf(c, sep3);
      if (u)
        return u;
      if (!sep3.s)
        return list(Array.from({ length: s.s.length }, (_, i2) => sliceStr(s, i2, i2 + 1, c.r)), c.r);
      const out2 = [];
      let at = 0;
      for (; ; ) {
        const i2 = s.s.indexOf(sep3.s, at);
        if (i2 < 0)
          break;
        out2.push(sliceStr(s, at, i2, c.r));
        at = i2 + sep3.s.length;
      }
      out2.push(sliceStr(s, at, s.s.length, c.r));
      return list(out2, c.r);
    }
  },
  startswith: {
    fn: (c, [v, p]) => {
      const s = asStr(c, v);
      const prefix = asStr(c, p, "prefix");
      const known = knownPrefix(s.s);
      if (firstUnknown(prefix) !== void 0)
        return unk(firstUnknown(prefix) ?? 0, c.r);
      if (known.length >= prefix.s.length || !prefix.s.startsWith(known))
        return bool(known.startsWith(prefix.s), c.r);
      return unk(markersIn(s.s)[0] ?? 0, c.r);
    }
  },
  endswith: {
    fn: (c, [v, p]) => {
      const s = asStr(c, v);
      const suffix = asStr(c, p, "suffix");
      const known = knownSuffix(s.s);
      if (firstUnknown(suffix) !== void 0)
        return unk(firstUnknown(suffix) ?? 0, c.r);
      if (known.length >= suffix.s.length || !suffix.s.endsWith(known))
        return bool(known.endsWith(suffix.s), c.r);
      return unk(markersIn(s.s).at(-1) ?? 0, c.r);
    }
  },
  strcontains: {
    fn: (c, [v, p]) => {
      const s = asStr(c, v);
      const sub2 = asStr(c, p, "substring");
      const u = unknownOf(c, sub2);
      if (u)
        return u;
      if (s.s.includes(sub2.s))
        return bool(true, c.r);
      return unknownOf(c, s) ?? bool(false, c.r);
    }
  },
  regex: {
    fn: (c, [p, v]) => {
      const pattern = asStr(c, p, "pattern");
      const s = asStr(c, v);
      const u = unknownOf(c, pattern, s);
      if (u)
        return u;
      const m = goRegex(pattern.s, false).exec(s.s);
      if (!m)
        throw new EvalError("regex: no match");
      return matchValue(m, c.r);
    }
  },
  regexall: {
    fn: (c, [p, v]) => {
      const pattern = asStr(c, p, "pattern");
      const s = asStr(c, v);
      const u = unknownOf(c, pattern, s);
      if (u)
        return u;
      return list([...s.s.matchAll(goRegex(pattern.s, true))].map((m) => matchValue(m, c.r)), c.r);
    }
  },
  tostring: { fn: (c, [v]) => v?.k === "null" ? v : asStr(c, v) },
  tonumber: {
    fn: (c, [v]) => {
      if (v?.k === "null")
        return v;
      const u = v ? unknownOf(c, v) : void 0;
      return u ?? num(c.ev.number(v ?? nul()), c.r);
    }
  },
  tobool: {
    fn: (c, [v]) => {
      if (!v || v.k === "null")
        return nul(c.r);
      const b = c.ev.truth(v);
      return b === void 0 ? unk(firstUnknown(v) ?? 0, c.r) : bool(b, c.r);
    }
  },
  sha256: hash("sha256", "hex"),
  sha1: hash("sha1", "hex"),
  md5: hash("md5", "hex"),
  base64sha256: hash("sha256", "base64"),
  base64encode: { fn: (c, [v]) => {
    const s = asStr(c, v);
    return unknownOf(c, s) ?? str(Buffer.from(s.s, "utf8").toString("base64"), c.r);
  } },
  base64decode: { fn: (c, [v]) => {
    const s = asStr(c, v);
    return unknownOf(c, s) ?? str(Buffer.from(s.s, "base64").toString("utf8"), c.r);
  } },
  urlencode: { fn: (c, [v]) => {
    const s = asStr(c, v);
    return unknownOf(c, s) ?? str(encodeURIComponent(s.s), c.r);
  } },
  sensitive: { lenient: true, fn: (_c, [v]) => v ?? nul() },
  nonsensitive: { lenient: true, fn: (_c, [v]) => v ?? nul() }
};
function matchValue(m, r) {
  const group = (g) => g === void 0 ? nul(r) : str(g, r);
  const groups = m.groups;
  if (groups)
    return { k: "obj", entries: Object.entries(groups).map(([key, val]) => ({ key, value: group(val) })), loc: r };
  if (m.length > 1)
    return list(m.slice(1).map(group), r);
  return str(m[0], r);
}

// packages/core/dist/sources/terraform/functions.js
var fileFunctions = {
  jsonencode: { fn: (c, [v]) => encodeJson(need(v), c.r) },
  jsondecode: {
    fn: (c, [v]) => {
      const s = need(v);
      if (s.k !== "str")
        throw new EvalError("jsondecode needs a string");
      const first = s.json?.variants[0];
      if (first)
        return first.value;
      if (firstUnknown(s) !== void 0 && s.s.trim().startsWith(EVAL_OPEN))
        return unk(firstUnknown(s) ?? 0, c.r);
      return decodeJson(s);
    }
  },
  file: { fn: (c, [p]) => readModuleFile(c, need(p)) },
  fileexists: {
    fn: (c, [p]) => {
      const path = need(p);
      if (path.k !== "str")
        throw new EvalError("fileexists needs a path");
      return { k: "bool", b: c.ev.host.readFile(path.s) !== void 0, loc: c.r };
    }
  },
  templatefile: {
    fn: (c, [p, vars]) => {
      const content = readModuleFile(c, need(p));
      if (content.k !== "str")
        return content;
      const parts2 = c.ev.host.parseTemplate(content);
      if (!parts2)
        return c.ev.unknown(c.r, "template file does not parse");
      const bindings = {};
      const v = vars ?? { k: "null" };
      if (v.k === "unk")
        return unk(v.id, c.r);
      if (v.k === "obj")
        for (const e of v.entries)
          bindings[e.key] = e.value;
      return c.ev.template(parts2, c.r, c.scope.child(bindings));
    }
  }
};
function need(v) {
  if (!v)
    throw new EvalError("missing argument");
  return v;
}
function readModuleFile(c, p) {
  if (p.k === "unk")
    return unk(p.id, c.r);
  if (p.k !== "str")
    throw new EvalError("a file path must be a string");
  if (firstUnknown(p) !== void 0)
    return c.ev.unknown(c.r, "file path could not be resolved");
  const content = c.ev.host.readFile(p.s);
  return content ?? c.ev.unknown(c.r, `file ${p.s} is not among the scanned files of the module`);
}
var FUNCTIONS = { ...stringFunctions, ...collectionFunctions, ...fileFunctions };
var APPLY_TIME = /* @__PURE__ */ new Set(["timestamp", "uuid", "bcrypt", "uuidv5", "plantimestamp"]);
function callFunction(ev, e, scope) {
  if (e.name === "try" || e.name === "can")
    return tryOrCan(ev, e, scope);
  const spec = FUNCTIONS[e.name];
  if (!spec) {
    const reason = e.name.includes("::") ? `provider-defined function ${e.name}` : APPLY_TIME.has(e.name) ? `${e.name}() is known only at apply time` : `unknown function ${e.name}`;
    return ev.unknown(e.r, reason);
  }
  let args3 = e.args.map((a) => ev.eval(a, scope));
  let argRanges = e.args.map((a) => a.r);
  if (e.expand) {
    const last = args3.at(-1);
    if (last?.k === "unk")
      return unk(last.id, e.r);
    if (last?.k !== "list")
      throw new EvalError("the expanded argument must be a list");
    const lastRange = argRanges.at(-1) ?? e.r;
    args3 = [...args3.slice(0, -1), ...last.items];
    argRanges = [...argRanges.slice(0, -1), ...last.items.map((i2) => i2.loc ?? lastRange)];
  }
  const ctx = { ev, r: e.r, argRanges, scope };
  return ev.lift(args3, (a) => {
    if (!spec.lenient) {
      const u = a.find((x) => x.k === "unk");
      if (u?.k === "unk")
        return unk(u.id, e.r);
    }
    return spec.fn(ctx, a);
  }, e.r);
}
function tryOrCan(ev, e, scope) {
  for (const arg of e.args) {
    try {
      const v = ev.eval(arg, scope);
      if (e.name === "can")
        return v.k === "unk" ? v : { k: "bool", b: true, loc: e.r };
      return v;
    } catch (err2) {
      if (!(err2 instanceof EvalError))
        throw err2;
      if (e.name === "can")
        return { k: "bool", b: false, loc: e.r };
    }
  }
  if (e.name === "can")
    return { k: "bool", b: false, loc: e.r };
  throw new EvalError("no argument of try() could be evaluated");
}

// packages/core/dist/sources/terraform/templates.js
init_define_TRUSTLINT_PACKAGE();
var isLit = (p) => "t" in p;
function evalTemplate(ev, parts2, r, scope) {
  const only = parts2[0];
  if (parts2.length === 1 && only?.t === "interp")
    return ev.eval(only.expr, scope);
  return assemble2(ev, pieces(ev, parts2, scope), r);
}
function pieces(ev, parts2, scope) {
  const out2 = [];
  for (const p of parts2) {
    switch (p.t) {
      case "lit":
        out2.push(p);
        break;
      case "interp":
        out2.push(ev.eval(p.expr, scope));
        break;
      case "if": {
        const cond = ev.eval(p.cond, scope);
        const b = cond.k === "alt" ? void 0 : ev.truth(cond);
        if (b === true)
          out2.push(...pieces(ev, p.then, scope));
        else if (b === false)
          out2.push(...pieces(ev, p.else, scope));
        else {
          const branches = [assemble2(ev, pieces(ev, p.then, scope), p.r), assemble2(ev, pieces(ev, p.else, scope), p.r)];
          out2.push(ev.alternatives(branches, firstUnknown(cond) ?? 0, `${p.r.file}:${p.r.start}`, p.r));
        }
        break;
      }
      case "for": {
        const coll = ev.eval(p.coll, scope);
        const bind = (k, v) => scope.child({ ...p.keyVar !== void 0 ? { [p.keyVar]: k } : {}, [p.valVar]: v });
        if (coll.k === "unk" || coll.k === "alt") {
          const u = unk(firstUnknown(coll) ?? 0, p.coll.r);
          out2.push(...pieces(ev, p.body, bind(u, u)));
          break;
        }
        for (const [k, v] of ev.iterate(coll)) {
          ev.host.step();
          out2.push(...pieces(ev, p.body, bind(k, v)));
        }
        break;
      }
    }
  }
  return out2;
}
function assemble2(ev, ps, r) {
  const args3 = ps.filter((p) => !isLit(p));
  return ev.lift(args3, (chosen) => {
    const b = new StrBuilder();
    let next = 0;
    for (const p of ps) {
      if (isLit(p))
        b.lit(p);
      else
        appendString(ev, b, chosen[next++], r);
    }
    return b.build(r);
  }, r);
}
function appendString(ev, b, v, r) {
  switch (v.k) {
    case "str":
      b.value(v);
      return;
    case "num":
      b.text(v.text, v.loc ?? r, false, v.prov);
      return;
    case "bool":
      b.text(String(v.b), v.loc ?? r, false, v.prov);
      return;
    case "unk":
      b.text(evalMarker(v.id), ev.host.unknowns.get(v.id)?.loc ?? r, false);
      return;
    case "null":
      throw new EvalError("a template cannot include null");
    default:
      throw new EvalError(`a template cannot include ${typeName(v)}`);
  }
}

// packages/core/dist/sources/terraform/scope.js
init_define_TRUSTLINT_PACKAGE();
var Scope = class _Scope {
  vars;
  parent;
  constructor(vars, parent) {
    this.vars = vars;
    this.parent = parent;
  }
  static empty = new _Scope(/* @__PURE__ */ new Map());
  lookup(name2) {
    return this.vars.get(name2) ?? this.parent?.lookup(name2);
  }
  child(vars) {
    return new _Scope(new Map(Object.entries(vars)), this);
  }
};

// packages/core/dist/sources/terraform/expressions.js
var MAX_ALTERNATIVES = 16;
var Evaluator = class {
  host;
  constructor(host) {
    this.host = host;
  }
  eval(e, scope) {
    this.host.step();
    switch (e.t) {
      case "literal":
        if (typeof e.value === "number")
          return num(e.value, e.r, e.text);
        if (typeof e.value === "boolean")
          return bool(e.value, e.r);
        return nul(e.r);
      case "template":
        return this.template(e.parts, e.r, scope);
      case "tuple":
        return list(e.items.map((i2) => this.eval(i2, scope)), e.r);
      case "object":
        return this.object(e, scope);
      case "name":
        return scope.lookup(e.name) ?? this.host.root(e.name, e.r);
      case "getattr":
        return this.getAttr(this.eval(e.target, scope), e.name, e.r, e.target.r);
      case "index":
        return this.index(this.eval(e.target, scope), this.eval(e.key, scope), e.r, e.target.r);
      case "splat":
        return this.splat(e, scope);
      case "call":
        return callFunction(this, e, scope);
      case "forTuple":
      case "forObject":
        return this.forExpr(e, scope);
      case "cond":
        return this.conditional(e, scope);
      case "unary":
        return this.lift([this.eval(e.operand, scope)], ([v]) => this.unary(e.op, v, e.r), e.r);
      case "binary":
        return this.binary(e, scope);
      case "paren":
        return this.eval(e.inner, scope);
      case "invalid":
        throw new EvalError("invalid expression");
    }
  }
  /** A new unknown for the expression at `r`. */
  unknown(r, reason) {
    return unk(this.host.unknowns.add(this.host.text(r), reason, r), r);
  }
  /** Applies `f` to every combination of branches of the alternatives among `args`. */
  lift(args3, f, r) {
    const alts = args3.map((a, i2) => ({ a, i: i2 })).filter((x) => x.a.k === "alt");
    if (alts.length === 0)
      return f(args3);
    const first = alts[0].a;
    const combos = alts.reduce((n, x) => n * x.a.options.length, 1);
    if (combos > MAX_ALTERNATIVES)
      return unk(first.cause, r);
    const results = [];
    const pick = (k, current) => {
      const alt = alts[k];
      if (!alt) {
        results.push(f(current));
        return;
      }
      for (const option of alt.a.options) {
        const next = [...current];
        next[alt.i] = option;
        pick(k + 1, next);
      }
    };
    pick(0, args3);
    return this.alternatives(results, first.cause, first.site, r);
  }
  /** An `alt` of distinct options (nested alternatives flattened), or the single option. */
  alternatives(options, cause, site, r) {
    const flat = [];
    for (const o of options) {
      for (const x of o.k === "alt" ? o.options : [o])
        if (!flat.some((f) => valueEquals(f, x)))
          flat.push(x);
    }
    if (flat.length === 1)
      return flat[0];
    if (flat.length > MAX_ALTERNATIVES)
      return unk(cause, r);
    return { k: "alt", options: flat, cause, site, loc: r };
  }
  object(e, scope) {
    const entries = [];
    for (const item of e.items) {
      const key = this.eval(item.key, scope);
      const value = this.eval(item.value, scope);
      entries.push({ key: this.keyString(key), keyLoc: item.key.r, value });
    }
    return obj(entries, e.r);
  }
  /** An object key: a string, or a marker when it is unknown. */
  keyString(key) {
    if (key.k === "str")
      return key.s;
    if (key.k === "num")
      return key.text;
    if (key.k === "bool")
      return String(key.b);
    const u = firstUnknown(key);
    if (u !== void 0)
      return evalMarker(u);
    throw new EvalError(`an object key must be a string, not ${typeName(key)}`);
  }
  /** An unknown extended by one traversal step: `var.x` → `var.x.y` keeps the reason, names the longer expression. */
  extend(v, r, targetR) {
    const info2 = this.host.unknowns.get(v.id);
    if (info2 && info2.loc.file === targetR.file && info2.loc.start === targetR.start && info2.loc.end === targetR.end) {
      return unk(this.host.unknowns.add(this.host.text(r), info2.reason, r), r);
    }
    return unk(v.id, r);
  }
  getAttr(target, name2, r, targetR) {
    switch (target.k) {
      case "alt":
        return this.lift([target], ([t]) => this.getAttr(t, name2, r, targetR), r);
      case "unk":
        return this.extend(target, r, targetR);
      case "ref":
        return target.ref.getAttr(name2, r);
      case "obj": {
        const entry = target.entries.findLast((x) => x.key === name2);
        if (entry)
          return entry.value;
        const u = target.entries.map((x) => firstUnknown(str(x.key))).find((x) => x !== void 0);
        if (u !== void 0)
          return unk(u, r);
        throw new EvalError(`object has no attribute "${name2}"`);
      }
      default:
        throw new EvalError(`cannot get attribute "${name2}" of ${typeName(target)}`);
    }
  }
  index(target, key, r, targetR) {
    if (target.k === "alt" || key.k === "alt")
      return this.lift([target, key], ([t, k]) => this.index(t, k, r, targetR), r);
    if (target.k === "unk")
      return this.extend(target, r, targetR);
    if (target.k === "ref")
      return target.ref.index(key, r);
    const ku = firstUnknown(key);
    if (ku !== void 0)
      return unk(ku, r);
    if (target.k === "list") {
      const i2 = key.k === "num" ? key.n : key.k === "str" && /^\d+$/.test(key.s) ? Number(key.s) : NaN;
      if (!Number.isInteger(i2))
        throw new EvalError(`a list index must be a whole number, not ${typeName(key)}`);
      const item = target.set ? void 0 : target.items[i2];
      if (!item)
        throw new EvalError(target.set ? "a set cannot be indexed" : `index ${i2} out of range for a list of ${target.items.length}`);
      return item;
    }
    if (target.k === "obj") {
      const k = this.keyString(key);
      const entry = target.entries.findLast((x) => x.key === k);
      if (entry)
        return entry.value;
      const u = target.entries.map((x) => firstUnknown(str(x.key))).find((x) => x !== void 0);
      if (u !== void 0)
        return unk(u, r);
      throw new EvalError(`no element "${k}"`);
    }
    throw new EvalError(`cannot index ${typeName(target)}`);
  }
  splat(e, scope) {
    const target = this.eval(e.target, scope);
    return this.lift([target], ([t]) => {
      const v = t;
      if (v.k === "unk")
        return unk(v.id, e.r);
      let items;
      if (v.k === "null")
        items = [];
      else if (v.k === "list")
        items = v.items;
      else if (v.k === "ref")
        items = v.ref.elements(e.r);
      else
        items = [v];
      return list(items.map((item) => e.ops.reduce((cur, op) => op.t === "attr" ? this.getAttr(cur, op.name, e.r, e.target.r) : this.index(cur, this.eval(op.key, scope), e.r, e.target.r), item)), e.r);
    }, e.r);
  }
  /** The (key, value) pairs a `for` iterates: list index/item, set item/item, map key/value. */
  iterate(coll) {
    switch (coll.k) {
      case "list":
        return coll.items.map((item, i2) => [coll.set ? item : num(i2, item.loc), item]);
      case "obj":
        return coll.entries.map((e) => [str(e.key, e.keyLoc), e.value]);
      case "null":
        throw new EvalError("cannot iterate over null");
      default:
        throw new EvalError(`cannot iterate over ${typeName(coll)}`);
    }
  }
  forExpr(e, scope) {
    const coll = this.eval(e.coll, scope);
    return this.lift([coll], ([c]) => this.forOver(e, c, scope), e.r);
  }
  forOver(e, coll, scope) {
    const bind = (k, v) => scope.child({ ...e.keyVar !== void 0 ? { [e.keyVar]: k } : {}, [e.valVar]: v });
    const keep = (s) => {
      if (!e.cond)
        return true;
      const c = this.eval(e.cond, s);
      return c.k === "bool" ? c.b : c.k !== "null";
    };
    if (coll.k === "unk") {
      if (e.t === "forObject")
        return unk(coll.id, e.r);
      const s = bind(unk(coll.id, e.coll.r), unk(coll.id, e.coll.r));
      return list(keep(s) ? [this.eval(e.value, s)] : [], e.r);
    }
    const pairs = this.iterate(coll);
    if (e.t === "forTuple") {
      const items = [];
      for (const [k, v] of pairs) {
        this.host.step();
        const s = bind(k, v);
        if (keep(s))
          items.push(this.eval(e.value, s));
      }
      return list(items, e.r);
    }
    const groups = /* @__PURE__ */ new Map();
    for (const [k, v] of pairs) {
      this.host.step();
      const s = bind(k, v);
      if (!keep(s))
        continue;
      const key = this.eval(e.key, s);
      const name2 = this.keyString(key);
      const value = this.eval(e.value, s);
      const g = groups.get(name2);
      if (g && e.group)
        g.values.push(value);
      else
        groups.set(name2, { keyLoc: key.loc ?? e.key.r, values: [value] });
    }
    const entries = [...groups].map(([key, g]) => ({ key, keyLoc: g.keyLoc, value: e.group ? list(g.values, e.value.r) : g.values.at(-1) ?? nul() }));
    return obj(entries, e.r);
  }
  conditional(e, scope) {
    const pred = this.eval(e.pred, scope);
    const options = pred.k === "alt" ? pred.options : [pred];
    const results = [];
    let cause = pred.k === "alt" ? pred.cause : void 0;
    for (const p of options) {
      const b = this.truth(p);
      if (b === true)
        results.push(this.eval(e.then, scope));
      else if (b === false)
        results.push(this.eval(e.else, scope));
      else {
        cause ??= firstUnknown(p);
        results.push(...this.bothBranches(e, scope));
      }
    }
    if (results.length === 0)
      throw new EvalError("no branch of the conditional could be evaluated");
    const site = `${e.r.file}:${e.r.start}`;
    return this.alternatives(results, cause ?? 0, site, e.r);
  }
  /** Both branches of a conditional whose predicate is unknown (a branch that fails is left out). */
  bothBranches(e, scope) {
    const out2 = [];
    for (const branch of [e.then, e.else]) {
      try {
        out2.push(this.eval(branch, scope));
      } catch (err2) {
        if (!(err2 instanceof EvalError))
          throw err2;
      }
    }
    return out2;
  }
  /** A boolean, or undefined when unknown. */
  truth(v) {
    if (v.k === "bool")
      return v.b;
    if (v.k === "str" && (v.s === "true" || v.s === "false"))
      return v.s === "true";
    if (v.k === "unk" || v.k === "str" && firstUnknown(v) !== void 0)
      return void 0;
    throw new EvalError(`a condition must be a bool, not ${typeName(v)}`);
  }
  unary(op, v, r) {
    if (v.k === "unk")
      return unk(v.id, r);
    if (op === "-")
      return num(-this.number(v), r);
    const b = this.truth(v);
    return b === void 0 ? unk(firstUnknown(v) ?? 0, r) : bool(!b, r);
  }
  number(v) {
    if (v.k === "num")
      return v.n;
    if (v.k === "str" && v.s.trim() !== "" && !Number.isNaN(Number(v.s)))
      return Number(v.s);
    throw new EvalError(`a number is required, not ${typeName(v)}`);
  }
  binary(e, scope) {
    const left = this.eval(e.left, scope);
    const right = this.eval(e.right, scope);
    return this.lift([left, right], ([l, rv]) => this.binaryOp(e.op, l, rv, e.r), e.r);
  }
  binaryOp(op, l, r, at) {
    if (op === "&&" || op === "||") {
      const a2 = this.truth(l);
      const b2 = this.truth(r);
      if (op === "&&" && (a2 === false || b2 === false))
        return bool(false, at);
      if (op === "||" && (a2 === true || b2 === true))
        return bool(true, at);
      if (a2 === void 0 || b2 === void 0)
        return unk(firstUnknown(a2 === void 0 ? l : r) ?? 0, at);
      return bool(op === "&&" ? a2 && b2 : a2 || b2, at);
    }
    const u = firstUnknown(l) ?? firstUnknown(r);
    if (op === "==" || op === "!=") {
      if (u !== void 0)
        return unk(u, at);
      const eq = valueEquals(this.comparable(l), this.comparable(r));
      return bool(op === "==" ? eq : !eq, at);
    }
    if (u !== void 0)
      return unk(u, at);
    const a = this.number(l);
    const b = this.number(r);
    switch (op) {
      case "+":
        return num(a + b, at);
      case "-":
        return num(a - b, at);
      case "*":
        return num(a * b, at);
      case "/":
        return num(a / b, at);
      case "%":
        return num(a % b, at);
      case ">":
        return bool(a > b, at);
      case ">=":
        return bool(a >= b, at);
      case "<":
        return bool(a < b, at);
      case "<=":
        return bool(a <= b, at);
      default:
        throw new EvalError(`unknown operator ${op}`);
    }
  }
  /** Terraform compares a tuple with a list and a number with its string form only after conversion; keep it simple. */
  comparable(v) {
    return v.k === "list" && v.set ? { ...v, set: false } : v;
  }
  // ---- templates (templates.ts) ----
  template(parts2, r, scope) {
    return evalTemplate(this, parts2, r, scope);
  }
  /** Appends a value's string form (Terraform's conversion) to a template being built. */
  appendTo(b, v, r) {
    appendString(this, b, v, r);
  }
  /** Terraform's string conversion of a primitive (`tostring`, interpolation, policy-document arguments). */
  toStr(v, r) {
    if (v.k === "str" || v.k === "unk" || v.k === "alt")
      return v;
    if (v.k === "num" || v.k === "bool") {
      const b = new StrBuilder();
      this.appendTo(b, v, r);
      return b.build(v.loc ?? r);
    }
    throw new EvalError(`a string is required, not ${typeName(v)}`);
  }
};

// packages/core/dist/sources/terraform/references.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/terraform/policy-document.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/terraform/choices.js
init_define_TRUSTLINT_PACKAGE();
var MAX_VARIANTS2 = 8;
var Chooser = class {
  fixed;
  /** Sites met in this run, in order, with their number of branches and a description. */
  seen = /* @__PURE__ */ new Map();
  constructor(fixed = /* @__PURE__ */ new Map()) {
    this.fixed = fixed;
  }
  pick(alt, describe3) {
    if (!this.seen.has(alt.site))
      this.seen.set(alt.site, { count: alt.options.length, label: describe3() });
    return Math.min(this.fixed.get(alt.site) ?? 0, alt.options.length - 1);
  }
};
function enumerateChoices(render2) {
  const first = new Chooser();
  const value = render2(first);
  const sites = [...first.seen];
  if (sites.length === 0)
    return [{ value }];
  const combos = [[]];
  for (const [, s] of sites) {
    const next = [];
    for (const c of combos)
      for (let i2 = 0; i2 < s.count; i2++)
        next.push([...c, i2]);
    combos.splice(0, combos.length, ...next.slice(0, MAX_VARIANTS2));
  }
  const label = (combo) => sites.map(([, s], i2) => `branch ${(combo[i2] ?? 0) + 1} of ${s.count} of ${s.label}`).join("; ");
  return combos.map((combo, n) => {
    if (n === 0)
      return { value, label: label(combo) };
    const fixed = new Map(sites.map(([site], i2) => [site, combo[i2] ?? 0]));
    return { value: render2(new Chooser(fixed)), label: label(combo) };
  });
}
function describeSite(m, r) {
  const text3 = r ? m.text(r).replace(/\s+/g, " ").trim() : "";
  return `"${text3.length > 60 ? `${text3.slice(0, 57)}...` : text3}"`;
}

// packages/core/dist/sources/terraform/policy-document.js
var MERGED = "current AWS provider: values of repeated condition blocks merged";
var LAST = "older AWS provider: the last of repeated condition blocks kept";
var DocRenderer = class {
  m;
  ch;
  /** Addresses of the policy documents that went in (this one and its source/override documents). */
  documents = /* @__PURE__ */ new Set();
  constructor(m, ch) {
    this.m = m;
    this.ch = ch;
  }
  attrs(body2, scope, names) {
    const out2 = /* @__PURE__ */ new Map();
    for (const name2 of names) {
      const a = attr(body2, name2);
      if (a)
        out2.set(name2, { nameR: a.nameR, r: a.expr.r, value: this.m.evaluate(a.expr, scope) });
    }
    return out2;
  }
  /** A value where one is needed: a branch is chosen for conditionals on unknowns. */
  one(v) {
    let cur = v;
    while (cur.k === "alt") {
      const alt = cur;
      const next = alt.options[this.ch.pick(alt, () => describeSite(this.m, alt.loc))];
      if (!next)
        break;
      cur = next;
    }
    return cur;
  }
  /** Static blocks of `type` and the expansions of `dynamic "type"`, in source order. */
  expand(body2, type, scope) {
    const out2 = [];
    for (const b of body2.blocks) {
      if (b.type === type)
        out2.push({ body: b.body, scope, r: b.r, header: b.headerR });
      else if (b.type === "dynamic" && b.labels[0] === type)
        out2.push(...this.dynamic(b, type, scope));
    }
    return out2;
  }
  dynamic(b, type, scope) {
    const content = b.body.blocks.find((x) => x.type === "content");
    const forEach = attr(b.body, "for_each");
    if (!content || !forEach)
      return [];
    const iterator = attr(b.body, "iterator");
    const name2 = iterator?.expr.t === "name" ? iterator.expr.name : type;
    const bind = (k, v) => ({
      body: content.body,
      scope: scope.child({ [name2]: obj([{ key: "key", value: k }, { key: "value", value: v }]) }),
      r: content.r,
      header: b.headerR
    });
    const coll = this.m.evaluate(forEach.expr, scope);
    const options = coll.k === "alt" ? coll.options : [coll];
    const out2 = [];
    const seen = [];
    for (const option of options) {
      if (option.k === "unk") {
        out2.push(bind(option, option));
        continue;
      }
      try {
        for (const [k, v] of this.m.ev.iterate(option)) {
          if (seen.some((s) => valueEquals(s, v)))
            continue;
          seen.push(v);
          out2.push(bind(k, v));
        }
      } catch (err2) {
        if (!(err2 instanceof EvalError))
          throw err2;
        const u = this.m.ev.unknown(forEach.expr.r, `evaluation error: ${err2.message}`);
        out2.push(bind(u, u));
      }
    }
    return out2;
  }
  model(inst) {
    const { block } = inst.decl;
    const statements = this.expand(block.body, "statement", inst.scope).map((s) => this.statement(s));
    const attrs = this.attrs(block.body, inst.scope, ["version", "policy_id", "source_policy_documents", "override_policy_documents", "source_json", "override_json"]);
    return { r: block.r, header: block.headerR, attrs, statements };
  }
  statement(s) {
    const attrs = this.attrs(s.body, s.scope, ["sid", "effect", "actions", "not_actions", "resources", "not_resources"]);
    const principal = (e) => {
      const a = this.attrs(e.body, e.scope, ["type", "identifiers"]);
      const type = a.get("type");
      const identifiers = a.get("identifiers");
      return { r: e.r, header: e.header, ...type ? { type } : {}, ...identifiers ? { identifiers } : {} };
    };
    const conditions = this.expand(s.body, "condition", s.scope).map((e) => {
      const a = this.attrs(e.body, e.scope, ["test", "variable", "values"]);
      const test = a.get("test");
      const variable2 = a.get("variable");
      const values = a.get("values");
      return { r: e.r, header: e.header, ...test ? { test } : {}, ...variable2 ? { variable: variable2 } : {}, ...values ? { values } : {} };
    });
    return {
      r: s.r,
      header: s.header,
      attrs,
      principals: this.expand(s.body, "principals", s.scope).map(principal),
      notPrincipals: this.expand(s.body, "not_principals", s.scope).map(principal),
      conditions
    };
  }
  // ---- rendering ----
  /** A string argument as the provider sees it (numbers and bools converted). */
  scalar(v, at) {
    const x = this.one(v);
    if (x.k === "null")
      return str("", at);
    if (x.k === "num" || x.k === "bool")
      return this.m.ev.toStr(x, at);
    return x;
  }
  /** The strings of a list argument; branches on unknowns contribute all their elements. */
  strings(v, at) {
    switch (v.k) {
      case "list":
        return v.items.flatMap((i2) => this.strings(i2, i2.loc ?? at));
      case "alt":
        return v.options.flatMap((o) => this.strings(o, at));
      case "null":
        return [];
      case "unk":
        return [v];
      default:
        return [this.m.ev.toStr(v, at)];
    }
  }
  /** `&{aws:username}` is the provider's escape for the IAM policy variable `${aws:username}`. */
  policyVariables(items, legacy) {
    if (legacy)
      return items;
    return items.map((i2) => i2.k === "str" && i2.s.includes("&{") ? { ...i2, s: i2.s.replaceAll("&{", "${") } : i2);
  }
  /** One string stays a string; several are sorted in reverse order (the provider's rendering). */
  rendered(items, at, set) {
    const distinct = set ? items.filter((x, i2) => items.findIndex((y) => valueEquals(x, y)) === i2) : items;
    const sorted = distinct.length > 1 ? [...distinct].sort((a, b) => sortKey(b) < sortKey(a) ? -1 : sortKey(b) > sortKey(a) ? 1 : 0) : distinct;
    const only = sorted[0];
    if (sorted.length === 1 && only)
      return only.loc ? only : { ...only, loc: at };
    return list(sorted, at);
  }
  render(doc, mode) {
    const version = doc.attrs.get("version");
    const versionValue = version ? this.scalar(version.value, version.r) : str("2012-10-17", doc.header);
    const legacy = versionValue.k === "str" && versionValue.s === "2008-10-17";
    const statements = [];
    for (const name2 of ["source_json", "source_policy_documents"])
      this.mergeDocuments(statements, doc.attrs.get(name2), mode);
    mergeStatements(statements, doc.statements.map((s) => this.statementValue(s, mode, legacy)));
    for (const name2 of ["override_json", "override_policy_documents"])
      this.mergeDocuments(statements, doc.attrs.get(name2), mode);
    const entries = [{ key: "Version", keyLoc: version?.nameR ?? doc.header, value: versionValue }];
    const id = doc.attrs.get("policy_id");
    if (id)
      entries.push({ key: "Id", keyLoc: id.nameR, value: this.scalar(id.value, id.r) });
    entries.push({ key: "Statement", keyLoc: doc.header, value: list(statements, doc.r) });
    return orderedObj(entries, doc.r);
  }
  mergeDocuments(into, a, mode) {
    if (!a)
      return;
    const docs = a.value.k === "list" ? a.value.items : [a.value];
    for (const d of docs) {
      const doc = this.one(d);
      if (doc.k === "null")
        continue;
      if (doc.k !== "str" || firstUnknown(doc) !== void 0 && !doc.json) {
        this.m.addNote(a.r, `a policy document in ${this.m.text(a.nameR)} could not be resolved statically: its statements are not part of the analysed policy`);
        continue;
      }
      const parsed = this.documentValue(doc, mode);
      if (!parsed)
        continue;
      const st = parsed.k === "obj" ? getEntry(parsed, "Statement")?.value : void 0;
      mergeStatements(into, st?.k === "list" ? st.items : st ? [st] : []);
    }
  }
  /** A JSON policy string: the rendering for this mode when it came from another policy document. */
  documentValue(doc, mode) {
    if (doc.json) {
      for (const d of doc.json.documents)
        this.documents.add(d);
      const label = mode === "merged" ? MERGED : LAST;
      const v = doc.json.variants.find((x) => x.label?.includes(label)) ?? doc.json.variants[0];
      return v?.value;
    }
    try {
      return decodeJson(doc);
    } catch (err2) {
      if (!(err2 instanceof EvalError))
        throw err2;
      this.m.addNote(doc.loc ?? { file: "", start: 0, end: 0 }, `a source or override policy document is not valid JSON: ${err2.message}`);
      return void 0;
    }
  }
  statementValue(s, mode, legacy) {
    const entries = [];
    const sid = s.attrs.get("sid");
    entries.push({ key: "Sid", keyLoc: sid?.nameR ?? s.header, value: sid ? this.scalar(sid.value, sid.r) : str("", s.header) });
    const effect = s.attrs.get("effect");
    entries.push({ key: "Effect", keyLoc: effect?.nameR ?? s.header, value: effect ? this.scalar(effect.value, effect.r) : str("Allow", s.header) });
    for (const [name2, key] of [
      ["actions", "Action"],
      ["not_actions", "NotAction"],
      ["resources", "Resource"],
      ["not_resources", "NotResource"]
    ]) {
      const a = s.attrs.get(name2);
      if (!a)
        continue;
      const items = this.policyVariables(this.strings(a.value, a.r), legacy);
      if (items.length)
        entries.push({ key, keyLoc: a.nameR, value: this.rendered(items, a.r, true) });
    }
    const [p] = s.principals;
    if (p)
      entries.push({ key: "Principal", keyLoc: p.header, value: this.principals(s.principals, legacy) });
    const [np] = s.notPrincipals;
    if (np)
      entries.push({ key: "NotPrincipal", keyLoc: np.header, value: this.principals(s.notPrincipals, legacy) });
    const [c] = s.conditions;
    if (c)
      entries.push({ key: "Condition", keyLoc: c.header, value: this.conditions(s.conditions, mode, legacy) });
    return orderedObj(entries, s.r);
  }
  principals(ps, legacy) {
    const groups = /* @__PURE__ */ new Map();
    for (const p of ps) {
      const type = p.type ? this.scalar(p.type.value, p.type.r) : str("", p.header);
      const key = keyText(type);
      const ids = p.identifiers ? this.policyVariables(this.strings(p.identifiers.value, p.identifiers.r), legacy) : [];
      const sorted = this.rendered(ids, p.identifiers?.r ?? p.r, true);
      const g = groups.get(key) ?? { keyLoc: p.type?.r ?? p.header, items: [], listLoc: p.identifiers?.r ?? p.r, blocks: 0 };
      g.items.push(...sorted.k === "list" ? sorted.items : [sorted]);
      g.blocks++;
      groups.set(key, g);
    }
    const [first] = ps;
    const star = groups.get("*");
    const only = star?.items[0];
    if (groups.size === 1 && star?.blocks === 1 && star.items.length === 1 && only?.k === "str" && only.s === "*")
      return only;
    const entries = [...groups].map(([key, g]) => ({
      key,
      keyLoc: g.keyLoc,
      value: g.blocks === 1 && g.items.length === 1 && g.items[0] ? g.items[0] : list(g.items, g.listLoc)
    }));
    return obj(entries, first?.r);
  }
  conditions(cs, mode, legacy) {
    const tests = /* @__PURE__ */ new Map();
    for (const c of cs) {
      const test = keyText(c.test ? this.scalar(c.test.value, c.test.r) : str("", c.header));
      const variable2 = keyText(c.variable ? this.scalar(c.variable.value, c.variable.r) : str("", c.header));
      const at = c.values?.r ?? c.r;
      const items = c.values ? this.policyVariables(this.strings(c.values.value, at), legacy) : [];
      const value = this.rendered(items, at, false);
      const t = tests.get(test) ?? { keyLoc: c.test?.r ?? c.header, r: c.r, vars: /* @__PURE__ */ new Map() };
      const v = t.vars.get(variable2) ?? { keyLoc: c.variable?.r ?? c.header, blocks: [] };
      v.blocks.push({ value, items: value.k === "list" ? value.items : [value], at });
      t.vars.set(variable2, v);
      tests.set(test, t);
    }
    const entries = [];
    for (const [test, t] of tests) {
      const inner = [];
      for (const [variable2, v] of t.vars)
        inner.push({ key: variable2, keyLoc: v.keyLoc, value: combine(v.blocks, mode) });
      entries.push({ key: test, keyLoc: t.keyLoc, value: obj(inner, t.r) });
    }
    return obj(entries, cs[0]?.r);
  }
};
function combine(blocks, mode) {
  const [first, ...rest] = blocks;
  if (!first)
    return list([]);
  if (rest.length === 0)
    return first.value;
  if (mode === "merged")
    return list(blocks.flatMap((b) => b.items), first.at);
  let cur = first.value;
  for (const b of rest)
    cur = cur.k === "list" && b.value.k === "list" ? list([...cur.items, ...b.items], first.at) : b.value;
  return cur;
}
function keyText(v) {
  if (v.k === "str")
    return v.s;
  return evalMarker(firstUnknown(v) ?? 0);
}
function sortKey(v) {
  return v.k === "str" ? v.s : v.k === "unk" ? evalMarker(v.id) : "";
}
function mergeStatements(into, add) {
  for (const s of add) {
    const sid = s.k === "obj" ? getEntry(s, "Sid")?.value : void 0;
    const key = sid?.k === "str" ? sid.s : "";
    const at = key ? into.findIndex((x) => x.k === "obj" && getEntry(x, "Sid")?.value?.s === key) : -1;
    if (at >= 0)
      into[at] = s;
    else
      into.push(s);
  }
}
function renderPolicyDocument(m, inst) {
  const cached2 = inst.cache.get("json");
  if (cached2)
    return cached2;
  inst.cache.set("json", m.ev.unknown(inst.decl.block.headerR, "the policy document refers to itself"));
  const documents = /* @__PURE__ */ new Set([inst.address]);
  const renderings = enumerateChoices((ch) => {
    const r = new DocRenderer(m, ch);
    const model = r.model(inst);
    const merged = r.render(model, "merged");
    const last = r.render(model, "last");
    for (const d of r.documents)
      documents.add(d);
    return { merged, last };
  });
  const variants = [];
  const add = (value, ...labels) => {
    if (variants.some((v) => valueEquals(v.value, value)))
      return;
    const label = labels.filter((l) => !!l).join("; ");
    variants.push({ value, ...label ? { label } : {} });
  };
  const single = renderings.length === 1;
  for (const rd of renderings) {
    const branch = single ? void 0 : rd.label;
    if (valueEquals(rd.value.merged, rd.value.last))
      add(rd.value.merged, branch);
    else {
      add(rd.value.merged, branch, MERGED);
      add(rd.value.last, branch, LAST);
    }
  }
  const first = variants[0]?.value ?? list([]);
  const text3 = encodeJson(first, inst.decl.block.r);
  const out2 = { ...text3, loc: inst.decl.block.r, json: { variants, documents: [...documents] } };
  inst.cache.set("json", out2);
  return out2;
}

// packages/core/dist/sources/terraform/references.js
var NamespaceRef = class _NamespaceRef {
  m;
  ns;
  type;
  constructor(m, ns, type) {
    this.m = m;
    this.ns = ns;
    this.type = type;
  }
  get describe() {
    return this.type ? `${this.ns === "data-type" ? "data." : ""}${this.type}` : this.ns;
  }
  getAttr(name2, r) {
    const m = this.m;
    switch (this.ns) {
      case "var":
        return m.varValue(name2, r);
      case "local":
        return m.localValue(name2, r);
      case "data":
        return { k: "ref", ref: new _NamespaceRef(m, "data-type", name2) };
      case "module":
        return m.ev.unknown(r, m.moduleCalls.has(name2) ? `output of module ${name2}` : `module ${name2} is not called in this module`);
      case "path":
        return str(".", r);
      case "terraform":
        return name2 === "workspace" ? str("default", r) : m.ev.unknown(r, `terraform.${name2}`);
      case "resource-type":
      case "data-type": {
        const data = this.ns === "data-type";
        const decl = m.resources.get(`${data ? "data." : ""}${this.type ?? ""}.${name2}`);
        if (decl)
          return { k: "ref", ref: new ResourceRef(m, decl) };
        if (data)
          return m.ev.unknown(r, this.type === "terraform_remote_state" ? "remote state" : "data source");
        return m.ev.unknown(r, `${this.type ?? ""}.${name2} is not declared in this module`);
      }
    }
  }
  index() {
    throw new EvalError(`${this.describe} cannot be indexed`);
  }
  elements() {
    throw new EvalError(`${this.describe} is not a collection`);
  }
};
var ResourceRef = class {
  m;
  decl;
  constructor(m, decl) {
    this.m = m;
    this.decl = decl;
  }
  get describe() {
    return this.decl.address;
  }
  hasForEach() {
    return this.decl.block.body.attributes.some((a) => a.name === "for_each");
  }
  getAttr(name2, r) {
    const insts = this.m.instances(this.decl);
    const only = insts[0];
    if (!only || this.hasForEach() && only.key !== void 0)
      throw new EvalError(`${this.decl.address} has several instances: index it`);
    return instanceAttr(this.m, only, name2, r);
  }
  index(key, r) {
    const insts = this.m.instances(this.decl);
    if (!this.hasForEach()) {
      const n = key.k === "num" ? String(key.n) : key.k === "str" ? key.s : void 0;
      const found2 = insts.find((i2) => i2.key !== void 0 && i2.key === n) ?? insts[0];
      if (!found2)
        throw new EvalError(`${this.decl.address} has no instance`);
      return this.m.instanceValue(found2);
    }
    const open = insts.find((i2) => i2.key === void 0);
    const u = firstUnknown(key);
    if (u !== void 0)
      return open ? this.m.instanceValue(open) : unk(u, r);
    const k = this.m.ev.keyString(key);
    const found = insts.find((i2) => i2.key === k) ?? open;
    if (!found)
      throw new EvalError(`${this.decl.address} has no instance "${k}"`);
    return this.m.instanceValue(found);
  }
  elements() {
    return this.m.instances(this.decl).map((i2) => this.m.instanceValue(i2));
  }
};
var InstanceRef = class {
  m;
  inst;
  constructor(m, inst) {
    this.m = m;
    this.inst = inst;
  }
  get describe() {
    return this.inst.address;
  }
  getAttr(name2, r) {
    return instanceAttr(this.m, this.inst, name2, r);
  }
  index() {
    throw new EvalError(`${this.inst.address} cannot be indexed`);
  }
  elements() {
    return [this.m.instanceValue(this.inst)];
  }
};
function instanceAttr(m, inst, name2, r) {
  const { mode, type } = inst.decl;
  const data = mode === "data";
  if (type === "aws_iam_openid_connect_provider" && (name2 === "arn" || name2 === "id")) {
    const configured = data ? m.argument(inst, "arn") : void 0;
    return configured ?? providerArn2(m, inst, r);
  }
  if (type === "aws_iam_openid_connect_provider" && name2 === "url") {
    const url = m.argument(inst, "url");
    return url?.k === "str" && url.s.startsWith("https://") ? sliceStr(url, 8, url.s.length, r) : url ?? m.ev.unknown(r, data ? "data source" : "the provider URL is not set");
  }
  if (data && type === "aws_iam_policy_document" && (name2 === "json" || name2 === "minified_json")) {
    return renderPolicyDocument(m, inst);
  }
  if (data && type === "template_file" && name2 === "rendered")
    return renderTemplateFile(m, inst, r);
  if (!data && (type === "aws_iam_role" || type === "aws_iam_user")) {
    if (name2 === "arn")
      return namedArn(m, inst, type === "aws_iam_role" ? "role" : "user", r);
    if (name2 === "id")
      return m.argument(inst, "name") ?? m.ev.unknown(r, "generated name, known only after apply");
  }
  const arg = m.argument(inst, name2);
  if (arg)
    return arg;
  if (data)
    return m.ev.unknown(r, type === "terraform_remote_state" ? "remote state" : "data source");
  return m.ev.unknown(r, "resource attribute known only after apply");
}
function providerArn2(m, inst, r) {
  const url = m.argument(inst, "url");
  const b = new StrBuilder();
  const account = m.unknowns.add(m.text(r), "the account id in the provider ARN is known only after apply", r);
  b.text("arn:aws:iam::", r);
  b.text(evalMarker(account), r);
  b.text(":oidc-provider/", r);
  if (url?.k === "str")
    b.value(sliceStr(url, url.s.startsWith("https://") ? 8 : 0, url.s.length, r));
  else if (url?.k === "unk")
    b.text(evalMarker(url.id), r);
  else
    b.text(evalMarker(m.unknowns.add(m.text(r), "the provider URL could not be resolved", r)), r);
  return b.build(r);
}
function namedArn(m, inst, kind, r) {
  const name2 = m.argument(inst, "name");
  const path = m.argument(inst, "path");
  const b = new StrBuilder();
  b.text("arn:aws:iam::", r);
  b.text(evalMarker(m.unknowns.add(m.text(r), "the account id in the ARN is known only after apply", r)), r);
  b.text(`:${kind}`, r);
  if (path?.k === "str")
    b.value(path);
  else
    b.text("/", r);
  if (name2?.k === "str")
    b.value(name2);
  else
    b.text(evalMarker(name2?.k === "unk" ? name2.id : m.unknowns.add(m.text(r), "the name is generated at apply time", r)), r);
  return b.build(r);
}
function renderTemplateFile(m, inst, r) {
  const cached2 = inst.cache.get("rendered");
  if (cached2)
    return cached2;
  const template = m.argument(inst, "template");
  const vars = m.argument(inst, "vars");
  let v;
  if (template?.k !== "str")
    v = template?.k === "unk" ? unk(template.id, r) : m.ev.unknown(r, "template of template_file could not be resolved");
  else {
    const parts2 = m.parseTemplate(template);
    const bindings = {};
    if (vars?.k === "obj")
      for (const e of vars.entries)
        bindings[e.key] = e.value;
    v = parts2 ? m.evaluateTemplate(parts2, template.loc ?? r, Scope.empty.child(bindings)) : m.ev.unknown(r, "template does not parse");
  }
  inst.cache.set("rendered", v);
  return v;
}

// packages/core/dist/sources/terraform/module.js
var MAX_COUNT = 100;
var COMPLEX_TYPE = /^\s*(list|set|map|object|tuple)\s*\(/;
function forEachPairs(coll) {
  switch (coll.k) {
    case "obj":
      return coll.entries.map((e) => [e.key, e.value]);
    case "list":
      return coll.items.flatMap((i2) => i2.k === "str" ? [[i2.s, i2]] : []);
    case "alt": {
      const all = coll.options.map(forEachPairs);
      if (all.some((p) => p === void 0))
        return void 0;
      const byKey = /* @__PURE__ */ new Map();
      for (const p of all)
        for (const [k, v] of p ?? [])
          if (!byKey.has(k))
            byKey.set(k, v);
      return [...byKey];
    }
    default:
      return void 0;
  }
}
function normalizePath(p) {
  return posix.normalize(p.replace(/\\/g, "/")).replace(/^\.\//, "");
}
var TerraformModule = class {
  sources;
  unknowns = new Unknowns();
  ev;
  variables = /* @__PURE__ */ new Map();
  locals = /* @__PURE__ */ new Map();
  resources = /* @__PURE__ */ new Map();
  moduleCalls = /* @__PURE__ */ new Map();
  /** Problems met while evaluating that are no syntax errors (an unresolvable source policy, …). */
  notes = [];
  steps = 0;
  starts = /* @__PURE__ */ new Map();
  byPath = /* @__PURE__ */ new Map();
  localCache = /* @__PURE__ */ new Map();
  localBusy = /* @__PURE__ */ new Set();
  varCache = /* @__PURE__ */ new Map();
  instanceCache = /* @__PURE__ */ new Map();
  constructor(sources) {
    this.sources = sources;
    this.ev = new Evaluator(this);
    for (const file of sources.texts.keys())
      this.byPath.set(normalizePath(file), file);
    for (const body2 of sources.bodies)
      this.declare(body2);
  }
  declare(body2) {
    for (const b of body2.blocks) {
      const [a, c] = b.labels;
      if (b.type === "variable" && a !== void 0)
        this.variables.set(a, b);
      else if (b.type === "locals")
        for (const at of b.body.attributes)
          this.locals.set(at.name, at);
      else if (b.type === "module" && a !== void 0)
        this.moduleCalls.set(a, b);
      else if ((b.type === "resource" || b.type === "data") && a !== void 0 && c !== void 0) {
        const mode = b.type === "data" ? "data" : "managed";
        const address = `${mode === "data" ? "data." : ""}${a}.${c}`;
        this.resources.set(address, { mode, type: a, name: c, block: b, address });
      }
    }
  }
  // ---- EvalHost ----
  text(r) {
    return this.sources.texts.get(r.file)?.slice(r.start, r.end) ?? "";
  }
  step() {
    if (++this.steps > this.sources.stepCap)
      throw new StepCapError("evaluation step cap");
  }
  root(name2, r) {
    switch (name2) {
      case "var":
      case "local":
      case "data":
      case "module":
      case "path":
      case "terraform":
        return { k: "ref", ref: new NamespaceRef(this, name2) };
      case "each":
      case "count":
      case "self":
        return this.ev.unknown(r, `${name2} is not available here`);
      default:
        return { k: "ref", ref: new NamespaceRef(this, "resource-type", name2) };
    }
  }
  readFile(path) {
    const wanted = [normalizePath(posix.join(this.sources.dir.replace(/\\/g, "/"), path)), normalizePath(path)];
    for (const w of wanted) {
      const file = this.byPath.get(w);
      const text3 = file === void 0 ? void 0 : this.sources.texts.get(file);
      if (file !== void 0 && text3 !== void 0) {
        const content = text3.charCodeAt(0) === 65279 ? text3.slice(1) : text3;
        const offset = text3.length - content.length;
        return str(content, { file, start: offset, end: text3.length }, true);
      }
    }
    return void 0;
  }
  parseTemplate(s) {
    const seg = s.segs[0];
    if (s.segs.length === 1 && seg?.exact && seg.loc && seg.start === 0 && seg.end === s.s.length) {
      return parseTemplateAt(seg.loc.file, s.s, seg.loc.start);
    }
    return parseTemplateAt(s.loc?.file ?? "", s.s, s.loc?.start ?? 0);
  }
  // ---- locations ----
  span(r) {
    let starts = this.starts.get(r.file);
    if (!starts) {
      starts = lineStarts(this.sources.texts.get(r.file) ?? "");
      this.starts.set(r.file, starts);
    }
    return { start: positionAt(starts, r.start), end: positionAt(starts, r.end) };
  }
  location(r) {
    return { file: r.file, span: this.span(r) };
  }
  // ---- evaluation helpers ----
  /** Evaluates an expression; a Terraform error makes the value unknown (with the error as reason). */
  evaluate(e, scope = Scope.empty) {
    try {
      return this.ev.eval(e, scope);
    } catch (err2) {
      if (err2 instanceof EvalError)
        return this.ev.unknown(e.r, `evaluation error: ${err2.message}`);
      throw err2;
    }
  }
  evaluateTemplate(parts2, r, scope) {
    try {
      return this.ev.template(parts2, r, scope);
    } catch (err2) {
      if (err2 instanceof EvalError)
        return this.ev.unknown(r, `evaluation error: ${err2.message}`);
      throw err2;
    }
  }
  addNote(r, message) {
    if (!this.notes.some((n) => n.message === message && n.r.start === r.start && n.r.file === r.file))
      this.notes.push({ r, message });
  }
  localValue(name2, r) {
    const cached2 = this.localCache.get(name2);
    if (cached2)
      return cached2;
    const a = this.locals.get(name2);
    if (!a)
      return this.ev.unknown(r, `local.${name2} is not defined in this module`);
    if (this.localBusy.has(name2))
      return this.ev.unknown(r, `local.${name2} refers to itself`);
    this.localBusy.add(name2);
    try {
      const prov = { kind: "terraform-local", name: name2, loc: a.expr.r };
      const v = withProv(this.evaluate(a.expr), prov);
      this.localCache.set(name2, v);
      return v;
    } finally {
      this.localBusy.delete(name2);
    }
  }
  /** A variable's value by Terraform's precedence: --var, --var-file, auto tfvars (later wins), default. */
  varValue(name2, r) {
    let v = this.varCache.get(name2);
    if (v === void 0) {
      v = this.resolveVar(name2);
      this.varCache.set(name2, v);
    }
    if (v)
      return v;
    const reason = this.variables.has(name2) ? `variable ${name2} has no default or value` : `variable ${name2} is not declared in this module`;
    return unk(this.unknowns.add(this.text(r), reason, r), r);
  }
  resolveVar(name2) {
    const decl = this.variables.get(name2);
    const cli = this.sources.cliVars[name2];
    if (cli !== void 0)
      return this.cliValue(name2, cli, decl);
    for (const vf of [...this.sources.varFiles].reverse()) {
      const a = vf.attributes.findLast((x) => x.name === name2);
      if (a)
        return withProv(this.evaluate(a.expr), { kind: "tfvars", name: name2, loc: a.expr.r });
    }
    const def = decl ? attr(decl.body, "default") : void 0;
    if (def)
      return withProv(this.evaluate(def.expr), { kind: "variable-default", name: name2, loc: def.expr.r });
    return null;
  }
  /** `--var`: a string for primitive types, an HCL expression for complex ones; located at the declaration. */
  cliValue(name2, text3, decl) {
    const at = decl?.headerR ?? { file: "", start: 0, end: 0 };
    const typeAttr = decl ? attr(decl.body, "type") : void 0;
    const typeText = typeAttr ? this.text(typeAttr.expr.r) : "";
    if (!COMPLEX_TYPE.test(typeText) && !COMPLEX_TYPE.test(typeText.replace(/^"|"$/g, "")))
      return str(text3, at);
    const e = parseExpressionAt("", text3, 0);
    if (!e)
      return this.ev.unknown(at, `--var ${name2} is not a valid expression`);
    return relocate2(this.evaluate(e), at);
  }
  // ---- resources ----
  /**
   * The instances of a resource: one per for_each key or count index when known, else one that
   * stands for all (also when count is 0: a module's defaults may disable what callers enable).
   */
  instances(decl) {
    const cached2 = this.instanceCache.get(decl);
    if (cached2)
      return cached2;
    const out2 = [];
    const forEach = attr(decl.block.body, "for_each");
    const count = attr(decl.block.body, "count");
    const make = (key, each, index, address) => {
      const vars = { count: obj([{ key: "index", value: { k: "num", n: index, text: String(index) } }]) };
      if (each)
        vars.each = each;
      return { decl, key, address, scope: Scope.empty.child(vars), cache: /* @__PURE__ */ new Map() };
    };
    if (forEach) {
      const coll = this.evaluate(forEach.expr);
      const pairs = forEachPairs(coll);
      if (pairs && pairs.every(([k]) => markersIn(k).length === 0)) {
        for (const [k, v] of pairs) {
          const each = obj([
            { key: "key", value: str(k, forEach.expr.r) },
            { key: "value", value: v }
          ]);
          out2.push(make(k, each, 0, `${decl.address}[${JSON.stringify(k)}]`));
        }
      } else {
        const id = coll.k === "unk" ? coll.id : this.unknowns.add(this.text(forEach.expr.r), "for_each over a value that is not known statically", forEach.expr.r);
        const u = unk(id, forEach.expr.r);
        out2.push(make(void 0, obj([{ key: "key", value: u }, { key: "value", value: u }]), 0, decl.address));
      }
    } else {
      const c = count ? this.evaluate(count.expr) : void 0;
      const n = c?.k === "num" && Number.isInteger(c.n) ? Math.min(c.n, MAX_COUNT) : 0;
      if (n >= 1)
        for (let i2 = 0; i2 < n; i2++)
          out2.push(make(String(i2), void 0, i2, `${decl.address}[${i2}]`));
      else
        out2.push(make(void 0, void 0, 0, decl.address));
    }
    this.instanceCache.set(decl, out2);
    return out2;
  }
  /** A configured argument of a resource instance (evaluated in its scope), or undefined when not set. */
  argument(inst, name2) {
    const a = attr(inst.decl.block.body, name2);
    if (!a)
      return void 0;
    const cached2 = inst.cache.get(`arg:${name2}`);
    if (cached2)
      return cached2;
    const v = this.evaluate(a.expr, inst.scope);
    inst.cache.set(`arg:${name2}`, v);
    return v;
  }
  instanceValue(inst) {
    return { k: "ref", ref: new InstanceRef(this, inst) };
  }
};

// packages/core/dist/sources/terraform/resources.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/terraform/policy-tree.js
init_define_TRUSTLINT_PACKAGE();
var PolicyTreeBuilder = class {
  m;
  docFile;
  ch;
  parts = /* @__PURE__ */ new Map();
  alloc = new UnresolvedAllocator();
  constructor(m, docFile, ch) {
    this.m = m;
    this.docFile = docFile;
    this.ch = ch;
  }
  fileOf(r) {
    return r.file !== this.docFile ? { file: r.file } : {};
  }
  provenance(p) {
    return p ? { provenance: { kind: p.kind, name: p.name, location: this.m.location(p.loc) } } : {};
  }
  /** The document part for one module unknown (shared by every string of the document that holds it). */
  part(evalId, at) {
    const known = this.parts.get(evalId);
    if (known)
      return known;
    const info2 = this.m.unknowns.get(evalId) ?? { expression: this.m.text(at), reason: "not a value", loc: at };
    const { part } = this.alloc.part(info2.expression, info2.reason, this.m.span(info2.loc), info2.loc.file !== this.docFile ? info2.loc.file : void 0);
    this.parts.set(evalId, part);
    return part;
  }
  /** A string with evaluation markers replaced by document markers. */
  text(s, at) {
    const parts2 = [];
    const value = s.replace(EVAL_MARKER_RE, (_m, id) => {
      const part = this.part(Number(id), at);
      if (!parts2.includes(part))
        parts2.push(part);
      return unresolvedMarker(part.id);
    });
    return { value, parts: parts2 };
  }
  node(v, at) {
    const loc = v.loc ?? at;
    const base = { span: this.m.span(loc), ...this.fileOf(loc), ...this.provenance(v.prov) };
    switch (v.k) {
      case "str": {
        const { value, parts: parts2 } = this.text(v.s, loc);
        return { type: "string", value, ...parts2.length ? { unresolved: parts2 } : {}, ...base };
      }
      case "num":
        return { type: "number", value: v.n, text: v.text, ...base };
      case "bool":
        return { type: "boolean", value: v.b, text: String(v.b), ...base };
      case "null":
        return { type: "null", value: null, text: "null", ...base };
      case "unk": {
        const part = this.part(v.id, loc);
        return { type: "string", value: unresolvedMarker(part.id), unresolved: [part], ...base };
      }
      case "alt": {
        const option = v.options[this.ch.pick(v, () => describeSite(this.m, v.loc))];
        return option ? this.node(option, loc) : this.node({ k: "unk", id: v.cause, loc }, loc);
      }
      case "list":
        return { type: "array", items: v.items.flatMap((i2) => (i2.k === "alt" ? i2.options : [i2]).map((x) => this.node(x, loc))), ...base };
      case "obj": {
        const members = v.entries.map((e) => {
          const key = this.text(e.key, e.keyLoc ?? loc);
          return {
            key: key.value,
            keySpan: this.m.span(e.keyLoc ?? loc),
            ...this.fileOf(e.keyLoc ?? loc).file !== void 0 ? { keyFile: this.fileOf(e.keyLoc ?? loc).file } : {},
            ...key.parts.length ? { keyUnresolved: key.parts } : {},
            value: this.node(e.value, loc)
          };
        });
        return { type: "object", members, ...base };
      }
      case "ref": {
        const { part } = this.alloc.part(this.m.text(loc), `${v.ref.describe} is not a value`, this.m.span(loc), this.fileOf(loc).file);
        return { type: "string", value: unresolvedMarker(part.id), unresolved: [part], ...base };
      }
    }
  }
};

// packages/core/dist/sources/terraform/resources.js
var TRUST_ACTION = /^(\*|sts:\*|sts:assumerole.*)$/i;
var DocumentBuilder = class {
  m;
  documents = [];
  findings = [];
  /** Policy documents that some role uses (directly or as a source document). */
  usedDocuments = /* @__PURE__ */ new Set();
  constructor(m) {
    this.m = m;
  }
  decls(mode, type) {
    return [...this.m.resources.values()].filter((d) => d.mode === mode && d.type === type);
  }
  build() {
    for (const decl of this.decls("managed", "aws_iam_role"))
      for (const inst of this.m.instances(decl))
        this.role(inst);
    for (const decl of this.decls("managed", "aws_iam_openid_connect_provider"))
      for (const inst of this.m.instances(decl))
        this.provider(inst);
    for (const decl of this.decls("managed", "aws_iam_access_key"))
      for (const inst of this.m.instances(decl))
        this.accessKey(inst);
    for (const decl of this.decls("data", "aws_iam_policy_document")) {
      for (const inst of this.m.instances(decl))
        if (!this.usedDocuments.has(inst.address))
          this.standalone(inst);
    }
    for (const n of this.m.notes) {
      this.findings.push({ ruleId: "oidc-unresolved", severity: "warning", message: n.message, location: this.m.location(n.r) });
    }
  }
  role(inst) {
    const a = attr(inst.decl.block.body, "assume_role_policy");
    if (!a)
      return;
    const value = this.m.argument(inst, "assume_role_policy");
    if (!value)
      return;
    const name2 = this.m.argument(inst, "name");
    const roleName = name2?.k === "str" && markersIn(name2.s).length === 0 ? name2.s : void 0;
    this.trustDocuments(value, inst.address, a.expr.r, roleName);
  }
  /** Every rendering of a trust policy value (branches, provider variants) as documents. */
  trustDocuments(value, resource, at, roleName) {
    const variants = this.variants(value, resource, at);
    const seen = [];
    for (const v of variants) {
      const docFile = v.value.loc?.file ?? at.file;
      const renderings = enumerateChoices((ch) => new PolicyTreeBuilder(this.m, docFile, ch).node(v.value, at));
      for (const rd of renderings) {
        if (rd.value.type !== "object") {
          this.findings.push({ ruleId: "parse-error", severity: "error", message: `the trust policy of ${resource} is not a JSON object`, location: this.m.location(v.value.loc ?? at), resource });
          continue;
        }
        const key = JSON.stringify(toJson(rd.value));
        if (seen.includes(key))
          continue;
        seen.push(key);
        const label = [v.label, renderings.length > 1 ? rd.label : void 0].filter((l) => !!l).join("; ");
        this.documents.push(this.trustDocument(rd.value, docFile, resource, roleName, label));
      }
    }
  }
  trustDocument(root, file, resource, roleName, variant) {
    return {
      kind: "trust-policy",
      file,
      resource,
      ...roleName !== void 0 ? { roleName } : {},
      ...variant ? { variant } : {},
      root,
      location: { file, span: root.span },
      sourceKind: "terraform"
    };
  }
  /** The JSON documents a policy value stands for; unresolvable ones are reported. */
  variants(value, resource, at) {
    switch (value.k) {
      case "alt":
        return value.options.flatMap((o, i2) => this.variants(o, resource, at).map((v) => ({ ...v, label: [`branch ${i2 + 1} of ${value.options.length} of ${describeSite(this.m, value.loc)}`, v.label].filter(Boolean).join("; ") })));
      case "str": {
        if (value.json) {
          for (const d of value.json.documents)
            this.usedDocuments.add(d);
          return value.json.variants.map((v) => ({ value: v.value, ...v.label ? { label: v.label } : {} }));
        }
        if (value.s.trim() === evalMarker(markersIn(value.s)[0] ?? -1))
          return this.unresolved(firstUnknown(value), resource, at);
        try {
          return [{ value: decodeJson(value) }];
        } catch (err2) {
          if (!(err2 instanceof EvalError))
            throw err2;
          const loc = err2 instanceof JsonDecodeError && err2.loc ? err2.loc : at;
          this.findings.push({ ruleId: "parse-error", severity: "error", message: `the trust policy of ${resource} is not valid JSON: ${err2.message}`, location: this.m.location(loc), resource });
          return [];
        }
      }
      case "obj":
        return [{ value }];
      case "unk":
        return this.unresolved(value.id, resource, at);
      default:
        return this.unresolved(void 0, resource, at);
    }
  }
  unresolved(id, resource, at) {
    const info2 = id === void 0 ? void 0 : this.m.unknowns.get(id);
    const what = info2 ? `"${info2.expression}" (${info2.reason})` : `"${this.m.text(at)}"`;
    this.findings.push({
      ruleId: "oidc-unresolved",
      severity: "warning",
      message: `the trust policy of ${resource} could not be resolved statically: ${what}; it was not analysed. Check who can assume this role by hand.`,
      location: this.m.location(at),
      resource,
      properties: { expression: info2?.expression ?? this.m.text(at) }
    });
    return [];
  }
  /** A policy document no role uses, analysed on its own when it looks like a trust policy. */
  standalone(inst) {
    const json = renderPolicyDocument(this.m, inst);
    if (json.k !== "str" || !json.json || !json.json.variants.some((v) => looksLikeTrust(v.value)))
      return;
    this.trustDocuments(json, inst.address, inst.decl.block.headerR, void 0);
  }
  provider(inst) {
    const block = inst.decl.block;
    const builder = new PolicyTreeBuilder(this.m, block.r.file, new Chooser());
    const urlAttr = attr(block.body, "url");
    const url = this.m.argument(inst, "url");
    const urlText = url?.k === "str" ? builder.text(url.s, urlAttr?.expr.r ?? block.headerR).value : url?.k === "unk" ? builder.text(evalMarker(url.id), block.headerR).value : "";
    const idsAttr = attr(block.body, "client_id_list");
    const ids = this.m.argument(inst, "client_id_list");
    let clientIds2;
    if (!idsAttr)
      clientIds2 = [];
    else if (ids?.k === "list") {
      clientIds2 = ids.items.map((i2) => {
        const loc = i2.loc ?? idsAttr.expr.r;
        const value = i2.k === "str" ? builder.text(i2.s, loc).value : i2.k === "unk" ? builder.text(evalMarker(i2.id), loc).value : "";
        return { value, location: this.m.location(loc) };
      });
      if (ids.items.some((i2) => i2.k !== "str" && i2.k !== "unk"))
        clientIds2 = "unresolved";
    } else
      clientIds2 = "unresolved";
    const doc = {
      kind: "oidc-provider",
      file: block.r.file,
      resource: inst.address,
      url: urlText,
      urlLocation: urlAttr ? this.m.location(urlAttr.expr.r) : null,
      clientIds: clientIds2,
      clientIdsLocation: this.m.location(idsAttr ? idsAttr.expr.r : block.headerR),
      location: this.m.location(block.r),
      sourceKind: "terraform"
    };
    this.documents.push(doc);
  }
  accessKey(inst) {
    const block = inst.decl.block;
    const user = this.m.argument(inst, "user");
    const userName = user?.k === "str" && markersIn(user.s).length === 0 ? user.s : void 0;
    const doc = {
      kind: "access-key",
      file: block.r.file,
      resource: inst.address,
      location: this.m.location(block.headerR),
      ...userName !== void 0 ? { userName } : {},
      sourceKind: "terraform"
    };
    this.documents.push(doc);
  }
};
function looksLikeTrust(v) {
  if (v.k !== "obj")
    return false;
  const st = getEntry(v, "Statement")?.value;
  const statements = st?.k === "list" ? st.items : st ? [st] : [];
  return statements.some((s) => {
    if (s.k !== "obj")
      return false;
    if (!getEntry(s, "Principal") && !getEntry(s, "NotPrincipal"))
      return false;
    const action = getEntry(s, "Action")?.value;
    const actions = action?.k === "list" ? action.items : action ? [action] : [];
    return actions.some((a) => a.k === "str" && TRUST_ACTION.test(a.s));
  });
}

// packages/core/dist/sources/terraform/index.js
var DEFAULT_STEP_CAP = 1e5;
function terraformFileRole(file) {
  const base = posix2.basename(file.replace(/\\/g, "/"));
  if (base.endsWith(".tf.json"))
    return "tf.json";
  if (base.endsWith(".tf"))
    return "tf";
  if (base === "terraform.tfvars" || base.endsWith(".auto.tfvars"))
    return "tfvars";
  if (base === "terraform.tfvars.json" || base.endsWith(".auto.tfvars.json"))
    return "tfvars.json";
  return "other";
}
function autoOrder(a, b) {
  const rank = (f) => {
    const base = posix2.basename(f.replace(/\\/g, "/"));
    return base === "terraform.tfvars" ? 0 : base === "terraform.tfvars.json" ? 1 : 2;
  };
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb)
    return ra - rb;
  const ba = posix2.basename(a.replace(/\\/g, "/"));
  const bb = posix2.basename(b.replace(/\\/g, "/"));
  return ba < bb ? -1 : ba > bb ? 1 : 0;
}
function spanIn(text3, start2, end) {
  const starts = lineStarts(text3);
  return { start: positionAt(starts, start2), end: positionAt(starts, Math.max(end, start2)) };
}
function syntaxFinding(p, text3) {
  const lineEnd = text3.indexOf("\n", p.r.start);
  const end = Math.max(p.r.start + 1, Math.min(p.r.end, lineEnd < 0 ? text3.length : lineEnd));
  return {
    ruleId: "parse-error",
    severity: "error",
    message: `Terraform syntax error: ${p.message}; this part of the file was not analysed`,
    location: { file: p.r.file, span: spanIn(text3, p.r.start, Math.min(end, text3.length)) }
  };
}
function stripBom(text3) {
  return text3.charCodeAt(0) === 65279 ? text3.slice(1) : text3;
}
function readVarFile(input, findings) {
  const text3 = stripBom(input.text);
  if (input.file.endsWith(".json")) {
    const { attributes: attributes2, problems: problems2 } = parseJsonVarFile(input.file, text3);
    findings.push(...problems2.map((p) => syntaxFinding(p, text3)));
    return { file: input.file, attributes: attributes2 };
  }
  const { body: body2, problems } = parseHclFile(input.file, text3);
  findings.push(...problems.map((p) => syntaxFinding(p, text3)));
  const attributes = body2.attributes;
  return { file: input.file, attributes };
}
function readTerraformModule(dir, inputs, options = {}) {
  const findings = [];
  const texts = /* @__PURE__ */ new Map();
  const bodies = [];
  const autoVarInputs = [];
  const sorted = [...inputs].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  for (const input of sorted) {
    const text3 = stripBom(input.text);
    texts.set(input.file, text3);
    const role = terraformFileRole(input.file);
    if (role === "tf" || role === "tf.json") {
      const { body: body2, problems } = role === "tf" ? parseHclFile(input.file, text3) : parseTfJson(input.file, text3);
      bodies.push(body2);
      findings.push(...problems.map((p) => syntaxFinding(p, text3)));
    } else if (role === "tfvars" || role === "tfvars.json") {
      autoVarInputs.push(input);
    }
  }
  const varFiles = autoVarInputs.sort((a, b) => autoOrder(a.file, b.file)).map((i2) => readVarFile(i2, findings));
  for (const vf of options.varFiles ?? []) {
    texts.set(vf.file, stripBom(vf.text));
    varFiles.push(readVarFile(vf, findings));
  }
  const m = new TerraformModule({ dir, texts, bodies, varFiles, cliVars: options.vars ?? {}, stepCap: options.stepCap ?? DEFAULT_STEP_CAP });
  const builder = new DocumentBuilder(m);
  try {
    builder.build();
  } catch (err2) {
    if (!(err2 instanceof StepCapError))
      throw err2;
    const first = sorted.find((i2) => terraformFileRole(i2.file) === "tf" || terraformFileRole(i2.file) === "tf.json");
    const file = first?.file ?? dir;
    const text3 = texts.get(file) ?? "";
    const lineEnd = text3.indexOf("\n");
    findings.push({
      ruleId: "input-error",
      severity: "warning",
      message: `evaluation step cap (${options.stepCap ?? DEFAULT_STEP_CAP} steps) reached while evaluating the Terraform module in ${dir || "."}: the policies after that point were not analysed`,
      location: { file, span: spanIn(text3, 0, lineEnd < 0 ? text3.length : lineEnd) }
    });
  }
  return { documents: builder.documents, findings: [...findings, ...builder.findings] };
}

// packages/core/dist/suppress.js
init_define_TRUSTLINT_PACKAGE();
var IGNORE = /^\s*(?:#|\/\/)\s*trustlint-ignore\s+([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)\s+--\s*\S/;
var COMMENTED = /\.(ya?ml|tf|tfvars|hcl|template)$/;
function inlineIgnores(file, text3) {
  const out2 = /* @__PURE__ */ new Map();
  if (!COMMENTED.test(file) || !text3.includes("trustlint-ignore"))
    return out2;
  const lines = text3.split(/\r\n|\r|\n/);
  lines.forEach((line, i2) => {
    const m = IGNORE.exec(line);
    if (m?.[1] === void 0)
      return;
    out2.set(i2 + 2, new Set(m[1].split(",").map((r) => r.trim())));
  });
  return out2;
}
function applyInlineIgnores(findings, files) {
  const byFile = /* @__PURE__ */ new Map();
  for (const f of files) {
    const ignores = inlineIgnores(f.file, f.text);
    if (ignores.size)
      byFile.set(f.file, ignores);
  }
  if (byFile.size === 0)
    return { kept: [...findings], suppressed: 0 };
  const kept = [];
  let suppressed = 0;
  for (const f of findings) {
    const line = f.location?.span.start.line;
    const ids = f.location && line !== void 0 ? byFile.get(f.location.file)?.get(line) : void 0;
    if (ids?.has(f.ruleId))
      suppressed++;
    else
      kept.push(f);
  }
  return { kept, suppressed };
}

// packages/core/dist/analyze.js
async function analyzeFiles(inputs, options = {}) {
  if (inputs.some((i2) => terraformFileRole(i2.file) === "tf" || terraformFileRole(i2.file) === "tf.json"))
    await loadTerraformParser();
  return analyze(inputs, options);
}
function folderOf(file) {
  const path = file.replace(/\\/g, "/");
  return path.slice(0, Math.max(0, path.lastIndexOf("/"))) || ".";
}
function analyze(inputs, options = {}) {
  const config = options.config ?? {};
  const raw = [];
  const documents = [];
  let files = 0;
  const analysed = [];
  const terraformDirs = /* @__PURE__ */ new Set();
  for (const input of inputs) {
    const text3 = input.text.charCodeAt(0) === 65279 ? input.text.slice(1) : input.text;
    const oversized = oversizedInput(input.file, text3);
    if (oversized) {
      raw.push(oversized);
      continue;
    }
    const kind = input.kind ?? detectKind(input.file, text3);
    if (kind === void 0) {
      if (input.explicit)
        raw.push(unrecognised(input.file, text3));
      continue;
    }
    files++;
    analysed.push({ file: input.file, text: text3 });
    if (kind === "policy" || kind === "policy-template") {
      const result2 = guarded({ file: input.file, text: text3 }, () => readPolicyFile(input.file, text3, kind === "policy-template"));
      if (!input.explicit && result2.documents.length === 0) {
        files--;
        analysed.pop();
        raw.push(...result2.findings.filter((f) => f.ruleId === "input-error"));
        continue;
      }
      raw.push(...result2.findings);
      documents.push(...result2.documents);
      continue;
    }
    if (kind !== "terraform") {
      const source = { file: input.file, text: text3, explicit: input.explicit ?? false };
      const result2 = guarded(source, () => readSource(kind, source, options));
      raw.push(...result2.findings);
      documents.push(...result2.documents);
      continue;
    }
    terraformDirs.add(folderOf(input.file));
  }
  const byFolder = /* @__PURE__ */ new Map();
  if (terraformDirs.size > 0) {
    for (const i2 of inputs) {
      const dir = folderOf(i2.file);
      if (!terraformDirs.has(dir))
        continue;
      const list2 = byFolder.get(dir);
      if (list2)
        list2.push(i2);
      else
        byFolder.set(dir, [i2]);
    }
  }
  for (const dir of [...terraformDirs].sort()) {
    const moduleInputs = (byFolder.get(dir) ?? []).map((i2) => ({
      file: i2.file,
      text: i2.text.charCodeAt(0) === 65279 ? i2.text.slice(1) : i2.text,
      explicit: i2.explicit ?? false
    }));
    if (!isTerraformParserLoaded()) {
      for (const i2 of moduleInputs.filter((m) => terraformFileRole(m.file) === "tf" || terraformFileRole(m.file) === "tf.json")) {
        raw.push({
          ruleId: "input-error",
          severity: "warning",
          message: "the Terraform parser is not loaded: call analyzeFiles (or loadTerraformParser) before analyze",
          location: { file: i2.file, span: firstLineSpan(i2.text) }
        });
      }
      continue;
    }
    const first = moduleInputs[0] ?? { file: dir, text: "" };
    const result2 = guarded(first, () => readTerraformModule(dir, moduleInputs, options.sources ?? {}));
    raw.push(...result2.findings);
    documents.push(...result2.documents);
  }
  dropPoliciesReadByTerraform(documents);
  linkLocalActions(documents);
  raw.push(...runRules(documents, analysed, config));
  raw.push(...options.findings ?? []);
  const inline = applyInlineIgnores(withoutCompanionFindings(raw, inputs, documents), analysed);
  const result = finalizeFindings(inline.kept, documents, files, config);
  return { ...result, suppressed: result.suppressed + inline.suppressed };
}
function dropPoliciesReadByTerraform(documents) {
  const readByModules = new Set(documents.flatMap((d) => d.kind === "trust-policy" && d.sourceKind === "terraform" && d.root.file !== void 0 ? [d.root.file] : []));
  if (readByModules.size === 0)
    return;
  for (let i2 = documents.length - 1; i2 >= 0; i2--) {
    const d = documents[i2];
    if (d?.kind === "trust-policy" && (d.sourceKind === "policy" || d.sourceKind === "policy-template") && readByModules.has(d.file))
      documents.splice(i2, 1);
  }
}
function withoutCompanionFindings(findings, inputs, documents) {
  const companions = new Set(inputs.filter((i2) => i2.companion).map((i2) => i2.file));
  if (companions.size === 0)
    return findings;
  const namedResources = new Set(documents.flatMap((d) => d.kind !== "workflow" && d.resource !== void 0 && d.location && !companions.has(d.location.file) ? [d.resource] : []));
  return findings.filter((f) => {
    const file = f.location?.file;
    if (file === void 0 || !companions.has(file))
      return true;
    return f.resource !== void 0 && namedResources.has(f.resource);
  });
}
function guarded(input, read) {
  try {
    return read();
  } catch (err2) {
    const reason = err2 instanceof Error ? err2.message : String(err2);
    return {
      documents: [],
      findings: [
        {
          ruleId: "input-error",
          severity: "warning",
          message: `the file could not be analysed (${reason.split("\n")[0] ?? "internal error"}); the other files were`,
          location: { file: input.file, span: firstLineSpan(input.text) }
        }
      ]
    };
  }
}
function readSource(kind, source, options) {
  switch (kind) {
    case "cloudformation":
      return readCloudFormation(source, options.sources ?? {});
    case "terraform-plan":
      return readTerraformPlan(source);
    case "workflow":
      return readWorkflow(source);
    case "composite-action":
      return readCompositeAction(source);
  }
}
function finalizeFindings(raw, documents, files, config) {
  let suppressed = 0;
  const findings = [];
  for (const f of raw) {
    const setting = config.rules?.[f.ruleId];
    if (setting === "off")
      continue;
    if (isIgnored(f, config)) {
      suppressed++;
      continue;
    }
    findings.push(setting ? { ...f, severity: setting } : f);
  }
  findings.sort(compareFindings);
  return { findings, documents, suppressed, files };
}
function isIgnored(f, config) {
  const file = f.location?.file;
  return (config.ignoreFindings ?? []).some((i2) => i2.rule === f.ruleId && file !== void 0 && normalizePath2(i2.file) === normalizePath2(file));
}
function normalizePath2(p) {
  return p.replace(/\\/g, "/").replace(/^\.\//, "");
}
function compareFindings(a, b) {
  const fa = a.location?.file ?? "";
  const fb = b.location?.file ?? "";
  if (fa !== fb)
    return fa < fb ? -1 : 1;
  const la = a.location?.span.start ?? { line: 0, column: 0 };
  const lb = b.location?.span.start ?? { line: 0, column: 0 };
  if (la.line !== lb.line)
    return la.line - lb.line;
  if (la.column !== lb.column)
    return la.column - lb.column;
  return a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0;
}
function unrecognised(file, text3) {
  return {
    ruleId: "input-error",
    severity: "info",
    message: 'no recognised kind: not a policy document (no top-level "Statement"), workflow, Terraform or CloudFormation file; nothing was analysed',
    location: { file, span: firstLineSpan(text3) }
  };
}
function firstLineSpan(text3) {
  const end = text3.search(/\r?\n/);
  const length = end < 0 ? text3.length : end;
  return { start: { line: 1, column: 0, offset: 0 }, end: { line: 1, column: length, offset: length } };
}

// packages/core/dist/load-online.js
init_define_TRUSTLINT_PACKAGE();
function loadOnlineChecks() {
  return import("./aws-4NJB4IHO.mjs");
}

// packages/core/dist/index.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/model/index.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/model/finding.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/model/document.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/model/workflow.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/cdk/index.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/cdk/documents.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/cdk/constructs.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/cdk/values.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/cdk/github-oidc.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/cdk/strings.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/cdk/to-policy.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/cdk/trust-policy.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/cdk/evaluate.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/cdk/calls.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/cdk/estree.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/cdk/patterns.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/cdk/classes.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/cdk/scope.js
init_define_TRUSTLINT_PACKAGE();

// packages/core/dist/sources/cdk/walk.js
init_define_TRUSTLINT_PACKAGE();

// packages/cli/dist/reporters/index.js
init_define_TRUSTLINT_PACKAGE();

// packages/cli/dist/reporters/github.js
init_define_TRUSTLINT_PACKAGE();
import { isAbsolute as isAbsolute2, resolve } from "node:path";
var COMMAND = { error: "error", warning: "warning", info: "notice" };
function formatGithub(input) {
  const base = input.workspace ?? input.gitRoot ?? input.cwd;
  return input.findings.map((f) => `${annotation(f, input.cwd, base)}
`).join("");
}
function annotation(f, cwd, base) {
  const props = [];
  if (f.location) {
    const { start: start2, end } = f.location.span;
    props.push(["file", workspacePath(f.location.file, cwd, base)], ["line", start2.line], ["col", start2.column + 1], ["endLine", end.line], ["endColumn", end.column + 1]);
  }
  props.push(["title", f.ruleId]);
  const message = f.witness ? `${f.message}
${formatWitness(f.witness)}` : f.message;
  const list2 = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",");
  return `::${COMMAND[f.severity]} ${list2}::${escapeData(message)}`;
}
function workspacePath(file, cwd, base) {
  const absolute = resolve(cwd, file);
  return isInside(base, absolute) ? relativePosix(base, absolute) : toPosix(isAbsolute2(file) ? file : absolute);
}
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// packages/cli/dist/reporters/json.js
init_define_TRUSTLINT_PACKAGE();
function formatJson(input) {
  const counts = countSeverities(input.findings);
  const report = {
    version: 1,
    tool: { name: "trustlint", version: input.toolVersion },
    findings: input.findings.map(jsonFinding),
    summary: { files: input.files, ...counts, suppressed: input.suppressed }
  };
  return `${JSON.stringify(report, null, 2)}
`;
}
function jsonFinding(f) {
  const out2 = { ruleId: f.ruleId, severity: f.severity, message: f.message };
  if (f.location)
    Object.assign(out2, jsonLocation(f.location));
  else
    out2.file = null;
  if (f.path)
    out2.path = f.path;
  if (f.resource !== void 0)
    out2.resource = f.resource;
  if (f.witness)
    out2.witness = f.witness;
  if (f.related && f.related.length > 0) {
    out2.related = f.related.map((r) => ({ ...jsonLocation(r.location), message: r.message }));
  }
  out2.properties = f.properties ?? {};
  return out2;
}
function jsonLocation(location) {
  const { start: start2, end } = location.span;
  return { file: location.file, line: start2.line, column: start2.column + 1, endLine: end.line, endColumn: end.column + 1 };
}

// packages/cli/dist/reporters/sarif.js
init_define_TRUSTLINT_PACKAGE();
import { createHash as createHash2 } from "node:crypto";
import { resolve as resolve2 } from "node:path";
import { pathToFileURL } from "node:url";
var SRCROOT = "%SRCROOT%";
var LEVEL = { error: "error", warning: "warning", info: "note" };
function formatSarif(input) {
  return `${JSON.stringify(sarifLog(input), null, 2)}
`;
}
function sarifLog(input) {
  const catalog = input.rules ?? CATALOG;
  const root = input.gitRoot ?? input.cwd;
  const ruleIndex = new Map(catalog.map((r, i2) => [r.id, i2]));
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "trustlint",
            version: input.toolVersion,
            semanticVersion: input.toolVersion,
            ...input.homepage !== void 0 ? { informationUri: input.homepage } : {},
            rules: catalog.map((r) => sarifRule(r, input))
          }
        },
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(root) } },
        columnKind: "utf16CodeUnits",
        results: input.findings.map((f) => sarifResult(f, input.cwd, root, ruleIndex))
      }
    ]
  };
}
function sarifRule(rule, input) {
  const markdown = input.ruleDocs?.get(rule.id);
  const descriptor = {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description },
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
    help: markdown !== void 0 ? { text: markdownToText(markdown), markdown } : { text: rule.description },
    properties: { tags: ["security", rule.category] }
  };
  if (input.homepage !== void 0)
    descriptor.helpUri = ruleDocUrl(input.homepage, rule.id);
  return descriptor;
}
function sarifResult(f, cwd, root, ruleIndex) {
  const text3 = f.witness ? `${f.message}
${formatWitness(f.witness)}` : f.message;
  const index = ruleIndex.get(f.ruleId);
  const result = {
    ruleId: f.ruleId,
    ...index !== void 0 ? { ruleIndex: index } : {},
    level: LEVEL[f.severity],
    message: { text: text3 }
  };
  if (f.location) {
    result.locations = [physicalLocation(f.location, cwd, root)];
  } else if (f.resource !== void 0) {
    result.locations = [{ logicalLocations: [{ fullyQualifiedName: f.resource, kind: "resource" }] }];
  }
  if (f.related && f.related.length > 0) {
    result.relatedLocations = f.related.map((r, i2) => ({
      id: i2 + 1,
      ...physicalLocation(r.location, cwd, root),
      message: { text: r.message }
    }));
  }
  result.partialFingerprints = { "trustlint/v1": fingerprint(f, cwd, root) };
  const properties = { ...f.properties };
  if (f.witness)
    properties.witness = f.witness;
  if (f.path)
    properties.path = f.path;
  if (f.resource !== void 0)
    properties.resource = f.resource;
  if (Object.keys(properties).length > 0)
    result.properties = properties;
  return result;
}
function physicalLocation(location, cwd, root) {
  const { start: start2, end } = location.span;
  return {
    physicalLocation: {
      artifactLocation: artifactLocation(location.file, cwd, root),
      region: { startLine: start2.line, startColumn: start2.column + 1, endLine: end.line, endColumn: end.column + 1 }
    }
  };
}
function artifactLocation(file, cwd, root) {
  const absolute = resolve2(cwd, file);
  if (!isInside(root, absolute))
    return { uri: pathToFileURL(absolute).href };
  const uri = relativePosix(root, absolute).split("/").map(encodeURIComponent).join("/");
  return { uri, uriBaseId: SRCROOT };
}
function directoryUri(dir) {
  const href = pathToFileURL(dir).href;
  return href.endsWith("/") ? href : `${href}/`;
}
function fingerprint(f, cwd, root) {
  const file = f.location ? artifactLocation(f.location.file, cwd, root).uri : f.resource ?? "";
  const where = f.path ? JSON.stringify(f.path) : String(f.location?.span.start.line ?? "");
  const firstLine = f.message.split("\n", 1)[0] ?? "";
  return createHash2("sha256").update([f.ruleId, file, where, firstLine].join("\0")).digest("hex").slice(0, 32);
}
function pascalCase(id) {
  return id.split("-").map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("");
}
function ruleDocUrl(homepage, id) {
  const base = homepage.replace(/#.*$/, "").replace(/\/+$/, "");
  return /^https:\/\/github\.com\/[^/]+\/[^/]+$/.test(base) ? `${base}/blob/HEAD/docs/rules/${id}.md` : `${base}/docs/rules/${id}.md`;
}
function markdownToText(markdown) {
  return markdown.replace(/^---\n[\s\S]*?\n---\n/, "").split("\n").filter((line) => !/^\s*(```|~~~)/.test(line)).map((line) => line.replace(/^#{1,6}\s+/, "").replace(/\[([^\]]+)\]\(([^)]+)\)/g, "$1 ($2)").replace(/`([^`]*)`/g, "$1").replace(/\*\*([^*]+)\*\*/g, "$1")).join("\n").trim();
}

// packages/cli/dist/reporters/stylish.js
init_define_TRUSTLINT_PACKAGE();
var import_picocolors = __toESM(require_picocolors(), 1);

// packages/cli/dist/reporters/code-frame.js
init_define_TRUSTLINT_PACKAGE();
function codeFrame(text3, span, options = {}) {
  const maxWidth = options.maxWidth ?? 120;
  const maxLines = options.maxLines ?? 3;
  const lines = text3.split(/\r\n|\r|\n/);
  const first = span.start.line;
  const last = span.end.line > first && span.end.column === 0 ? span.end.line - 1 : span.end.line;
  const out2 = [];
  for (let n = first; n <= last; n++) {
    const source = lines[n - 1];
    if (source === void 0)
      break;
    if (n - first >= maxLines) {
      out2.push({ gutter: "\u2026", text: "", marker: false });
      break;
    }
    const from = n === first ? Math.min(span.start.column, source.length) : firstNonSpace(source);
    const to = n === span.end.line ? Math.min(span.end.column, source.length) : source.length;
    const window2 = visibleWindow(source, from, maxWidth);
    const shown = source.slice(window2.start, window2.end);
    const prefix = window2.start > 0 ? "\u2026" : "";
    const suffix = window2.end < source.length ? "\u2026" : "";
    const pad = (prefix + source.slice(window2.start, from)).replace(/[^\t]/g, " ");
    const width = Math.max(1, Math.min(to, window2.end) - from);
    out2.push({ gutter: String(n), text: prefix + shown + suffix, marker: false });
    out2.push({ gutter: "", text: pad + "^".repeat(width), marker: true });
  }
  return out2;
}
function firstNonSpace(line) {
  const m = /\S/.exec(line);
  return m ? m.index : 0;
}
function visibleWindow(line, from, maxWidth) {
  if (line.length <= maxWidth)
    return { start: 0, end: line.length };
  const start2 = Math.max(0, from - Math.min(30, Math.floor(maxWidth / 4)));
  return { start: start2, end: Math.min(line.length, start2 + maxWidth) };
}

// packages/cli/dist/reporters/stylish.js
function formatStylish(input) {
  const c = import_picocolors.default.createColors(input.color ?? false);
  const out2 = [];
  for (const [heading, findings] of groupByFile(input.findings)) {
    out2.push(c.underline(heading));
    const positions = findings.map(position);
    const posWidth = Math.max(...positions.map((p) => p.length));
    const sevWidth = Math.max(...findings.map((f) => f.severity.length));
    findings.forEach((f, i2) => {
      const pos = (positions[i2] ?? "").padEnd(posWidth);
      const severity = colorSeverity(c, f.severity, f.severity.padEnd(sevWidth));
      out2.push(`  ${c.dim(pos)}  ${severity}  ${f.message}  ${c.dim(f.ruleId)}`);
      out2.push(...details(f, input, c).map((line) => `      ${line}`));
    });
    out2.push("");
  }
  out2.push(summary(input, c));
  return `${out2.join("\n")}
`;
}
function groupByFile(findings) {
  const groups = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const key = f.location?.file ?? f.resource ?? "(no location)";
    const group = groups.get(key);
    if (group)
      group.push(f);
    else
      groups.set(key, [f]);
  }
  return groups;
}
function position(f) {
  if (!f.location)
    return "-";
  const { start: start2 } = f.location.span;
  return `${start2.line}:${start2.column + 1}`;
}
function details(f, input, c) {
  const lines = [];
  const text3 = f.location ? input.sources?.get(f.location.file) : void 0;
  if (f.location && text3 !== void 0 && !isFileLevel(f)) {
    const frame = codeFrame(text3, f.location.span);
    const gutterWidth = Math.max(...frame.map((l) => l.gutter.length));
    for (const l of frame) {
      const gutter = c.dim(`${l.gutter.padStart(gutterWidth)} |`);
      lines.push(l.marker ? `${gutter} ${colorSeverity(c, f.severity, l.text)}` : `${gutter} ${l.text}`.trimEnd());
    }
  }
  if (f.witness)
    lines.push(c.cyan(formatWitness(f.witness)));
  for (const r of f.related ?? []) {
    const { start: start2 } = r.location.span;
    lines.push(c.dim(`\u21B3 ${r.location.file}:${start2.line}:${start2.column + 1}  ${r.message}`));
  }
  return lines;
}
function isFileLevel(f) {
  const span = f.location?.span;
  return span !== void 0 && span.start.line === 1 && span.start.column === 0 && span.end.line === 1 && span.end.column === 0;
}
function colorSeverity(c, severity, text3) {
  return severity === "error" ? c.red(text3) : severity === "warning" ? c.yellow(text3) : c.blue(text3);
}
function summary(input, c) {
  const { errors, warnings, infos } = countSeverities(input.findings);
  const total = errors + warnings + infos;
  const suppressed = input.suppressed > 0 ? `, ${input.suppressed} suppressed` : "";
  if (total === 0)
    return c.green(`no problems${suppressed}`);
  const line = `\u2716 ${plural(total, "problem")} (${plural(errors, "error")}, ${plural(warnings, "warning")}, ${plural(infos, "info")})` + suppressed;
  return errors > 0 ? c.bold(c.red(line)) : c.bold(c.yellow(line));
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

// packages/cli/dist/reporters/index.js
var FORMATS = ["stylish", "json", "sarif", "github"];
var REPORTERS = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub
};

// packages/cli/dist/config.js
init_define_TRUSTLINT_PACKAGE();
import { existsSync as existsSync3, readFileSync as readFileSync2 } from "node:fs";
import { dirname as dirname2, join as join4, resolve as resolve4 } from "node:path";
var import_ajv = __toESM(require_ajv(), 1);

// packages/cli/dist/git-remote.js
init_define_TRUSTLINT_PACKAGE();
import { readFileSync, statSync } from "node:fs";
import { join as join3, resolve as resolve3 } from "node:path";
function originRepository(gitRoot) {
  if (gitRoot === null)
    return null;
  const config = gitConfigText(gitRoot);
  if (config === null)
    return null;
  const url = originUrl(config);
  return url === null ? null : repositoryFromUrl(url);
}
function gitConfigText(gitRoot) {
  try {
    const dotGit = join3(gitRoot, ".git");
    let dir = dotGit;
    if (statSync(dotGit).isFile()) {
      const m = /^gitdir:\s*(.+)$/m.exec(readFileSync(dotGit, "utf8"));
      if (!m?.[1])
        return null;
      dir = resolve3(gitRoot, m[1].trim());
      try {
        const common = readFileSync(join3(dir, "commondir"), "utf8").trim();
        dir = resolve3(dir, common);
      } catch {
      }
    }
    return readFileSync(join3(dir, "config"), "utf8");
  } catch {
    return null;
  }
}
function originUrl(config) {
  let inOrigin = false;
  for (const raw of config.split(/\r?\n/)) {
    const line = raw.trim();
    const section = /^\[(.+)\]$/.exec(line);
    if (section?.[1] !== void 0) {
      inOrigin = /^remote\s+"origin"$/.test(section[1].trim());
      continue;
    }
    const url = inOrigin ? /^url\s*=\s*(.+)$/.exec(line) : null;
    if (url?.[1] !== void 0)
      return url[1].trim();
  }
  return null;
}
function repositoryFromUrl(url) {
  const m = /^(?:[a-z+]+:\/\/(?:[^@/]+@)?[^/]+\/|[^@\s]+@[^:\s]+:)([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?\/?$/.exec(url.trim());
  return m?.[1] !== void 0 && m[2] !== void 0 ? `${m[1]}/${m[2]}` : null;
}

// packages/cli/dist/gitignore.js
init_define_TRUSTLINT_PACKAGE();
import { relative as relative2 } from "node:path";
function parseGitignore(text3, base) {
  const rules = [];
  for (const line of text3.split(/\r?\n/)) {
    const rule = compileIgnorePattern(line, base);
    if (rule)
      rules.push(rule);
  }
  return rules;
}
function compileIgnorePattern(line, base) {
  let pattern = trimTrailingSpaces(line);
  if (pattern === "" || pattern.startsWith("#"))
    return void 0;
  let negate = false;
  if (pattern.startsWith("!")) {
    negate = true;
    pattern = pattern.slice(1);
  }
  let dirOnly = false;
  if (pattern.endsWith("/")) {
    dirOnly = true;
    pattern = pattern.replace(/\/+$/, "");
  }
  if (pattern === "")
    return void 0;
  const anchored = pattern.includes("/");
  if (pattern.startsWith("/"))
    pattern = pattern.slice(1);
  const body2 = globToRegexSource(pattern);
  const regex = new RegExp(anchored ? `^${body2}$` : `^(?:.*/)?${body2}$`);
  return { base, regex, negate, dirOnly, source: line };
}
function matchIgnore(rules, absolutePath, isDir) {
  let verdict;
  for (const rule of rules) {
    if (rule.dirOnly && !isDir)
      continue;
    const rel = toPosix(relative2(rule.base, absolutePath));
    if (rel === "" || rel.startsWith("../") || rel === "..")
      continue;
    if (rule.regex.test(rel))
      verdict = !rule.negate;
  }
  return verdict;
}
function trimTrailingSpaces(line) {
  let end = line.length;
  while (end > 0 && line[end - 1] === " ") {
    if (end >= 2 && line[end - 2] === "\\")
      break;
    end--;
  }
  return line.slice(0, end);
}
function globToRegexSource(pattern) {
  const segments = pattern.split("/");
  let out2 = "";
  for (let i2 = 0; i2 < segments.length; i2++) {
    const segment = segments[i2] ?? "";
    const last = i2 === segments.length - 1;
    if (segment === "**") {
      out2 += last ? ".*" : "(?:.*/)?";
      continue;
    }
    out2 += segmentToRegex(segment);
    if (!last)
      out2 += "/";
  }
  return out2;
}
function segmentToRegex(segment) {
  let out2 = "";
  for (let i2 = 0; i2 < segment.length; i2++) {
    const c = segment[i2] ?? "";
    if (c === "\\") {
      const next = segment[i2 + 1];
      if (next !== void 0) {
        out2 += escapeRegex(next);
        i2++;
      }
      continue;
    }
    if (c === "*") {
      while (segment[i2 + 1] === "*")
        i2++;
      out2 += "[^/]*";
      continue;
    }
    if (c === "?") {
      out2 += "[^/]";
      continue;
    }
    if (c === "[") {
      const parsed = bracketToRegex(segment, i2);
      if (parsed) {
        out2 += parsed.source;
        i2 = parsed.end;
        continue;
      }
    }
    out2 += escapeRegex(c);
  }
  return out2;
}
function bracketToRegex(segment, start2) {
  let i2 = start2 + 1;
  let negate = false;
  if (segment[i2] === "!" || segment[i2] === "^") {
    negate = true;
    i2++;
  }
  let body2 = "";
  let first = true;
  for (; i2 < segment.length; i2++) {
    const c = segment[i2] ?? "";
    if (c === "]" && !first) {
      return { source: negate ? `[^/${body2}]` : `[${body2}]`, end: i2 };
    }
    first = false;
    if (c === "\\" && i2 + 1 < segment.length) {
      body2 += escapeClassChar(segment[i2 + 1] ?? "");
      i2++;
      continue;
    }
    if (c === "[" && segment[i2 + 1] === ":") {
      const close = segment.indexOf(":]", i2 + 2);
      const cls = close > 0 ? POSIX_CLASSES[segment.slice(i2 + 2, close)] : void 0;
      if (cls !== void 0) {
        body2 += cls;
        i2 = close + 1;
        continue;
      }
    }
    body2 += c === "-" ? "-" : escapeClassChar(c);
  }
  return void 0;
}
var POSIX_CLASSES = {
  alnum: "a-zA-Z0-9",
  alpha: "a-zA-Z",
  digit: "0-9",
  lower: "a-z",
  upper: "A-Z",
  space: " \\t\\r\\n\\v\\f",
  xdigit: "0-9a-fA-F",
  punct: "!-\\/:-@\\[-`{-~",
  blank: " \\t"
};
function escapeRegex(c) {
  return /[\\^$.*+?()[\]{}|/]/.test(c) ? `\\${c}` : c;
}
function escapeClassChar(c) {
  return /[\\\]^[]/.test(c) ? `\\${c}` : c;
}

// packages/cli/dist/json-syntax.js
init_define_TRUSTLINT_PACKAGE();
function findJsonSyntaxError(text3) {
  const scanner = new Scanner(text3);
  try {
    scanner.skipSpace();
    scanner.value();
    scanner.skipSpace();
    if (scanner.pos < text3.length)
      scanner.fail("unexpected content after the JSON value");
    return void 0;
  } catch (err2) {
    if (err2 instanceof SyntaxProblem)
      return { offset: err2.offset, message: err2.message };
    throw err2;
  }
}
var SyntaxProblem = class extends Error {
  offset;
  constructor(message, offset) {
    super(message);
    this.offset = offset;
  }
};
var Scanner = class {
  text;
  pos = 0;
  constructor(text3) {
    this.text = text3;
  }
  fail(message, offset = this.pos) {
    throw new SyntaxProblem(message, offset);
  }
  skipSpace() {
    while (this.pos < this.text.length && " 	\r\n".includes(this.text[this.pos] ?? ""))
      this.pos++;
  }
  value() {
    const c = this.text[this.pos];
    if (c === void 0)
      this.fail("unexpected end of input");
    if (c === "{")
      this.object();
    else if (c === "[")
      this.array();
    else if (c === '"')
      this.string();
    else if (c === "-" || c >= "0" && c <= "9")
      this.number();
    else if (!["true", "false", "null"].some((w) => this.literal(w)))
      this.fail(`unexpected character ${JSON.stringify(c)}`);
  }
  literal(word) {
    if (!this.text.startsWith(word, this.pos))
      return false;
    this.pos += word.length;
    return true;
  }
  object() {
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === "}") {
      this.pos++;
      return;
    }
    for (; ; ) {
      this.skipSpace();
      if (this.text[this.pos] !== '"')
        this.fail("expected a double-quoted property name");
      this.string();
      this.skipSpace();
      if (this.text[this.pos] !== ":")
        this.fail("expected ':' after the property name");
      this.pos++;
      this.skipSpace();
      this.value();
      this.skipSpace();
      const c = this.text[this.pos];
      this.pos++;
      if (c === "}")
        return;
      if (c !== ",")
        this.fail("expected ',' or '}'", this.pos - 1);
    }
  }
  array() {
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === "]") {
      this.pos++;
      return;
    }
    for (; ; ) {
      this.skipSpace();
      this.value();
      this.skipSpace();
      const c = this.text[this.pos];
      this.pos++;
      if (c === "]")
        return;
      if (c !== ",")
        this.fail("expected ',' or ']'", this.pos - 1);
    }
  }
  string() {
    const start2 = this.pos;
    this.pos++;
    while (this.pos < this.text.length) {
      const c = this.text[this.pos] ?? "";
      if (c === '"') {
        this.pos++;
        return;
      }
      if (c === "\\") {
        const e = this.text[this.pos + 1] ?? "";
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.pos + 2, this.pos + 6)))
            this.fail("invalid \\u escape");
          this.pos += 6;
        } else if ('"\\/bfnrt'.includes(e) && e !== "") {
          this.pos += 2;
        } else {
          this.fail("invalid escape in a string");
        }
        continue;
      }
      if (c < " ")
        this.fail("control character in a string");
      this.pos++;
    }
    this.fail("unterminated string", start2);
  }
  number() {
    const m = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/.exec(this.text.slice(this.pos));
    if (!m)
      this.fail("invalid number");
    this.pos += m[0].length;
  }
};
function lineColumnAt(text3, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i2 = 0; i2 < offset && i2 < text3.length; i2++) {
    const c = text3[i2];
    if (c === "\n" || c === "\r" && text3[i2 + 1] !== "\n") {
      line++;
      lineStart = i2 + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

// packages/cli/dist/config.js
var CONFIG_FILE_NAMES = ["trustlint.config.json", ".trustlintrc.json"];
function loadConfig(options) {
  const file = options.configFile !== void 0 ? resolve4(options.cwd, options.configFile) : findConfigFile(options);
  if (file === null)
    return { config: {}, file: null, dir: options.cwd };
  const shown = relativePosix(options.cwd, file);
  let text3;
  try {
    text3 = readFileSync2(file, "utf8");
  } catch (err2) {
    const code = err2.code;
    throw new CliError(code === "ENOENT" ? `no such file: ${shown}` : `${shown}: cannot read: ${errorMessage(err2)}`);
  }
  if (text3.charCodeAt(0) === 65279)
    text3 = text3.slice(1);
  const data = parseJson(text3, shown);
  const validate = configValidator();
  if (!validate(data)) {
    const lines = (validate.errors ?? []).map((e) => `${shown}: ${describeSchemaError(e)}`);
    throw new CliError(lines.join("\n"));
  }
  return { config: data, file, dir: dirname2(file) };
}
function findConfigFile(options) {
  let dir = options.cwd;
  for (; ; ) {
    const found = CONFIG_FILE_NAMES.map((name2) => join4(dir, name2)).filter((p) => existsSync3(p));
    if (found.length > 1) {
      throw new CliError(`two configuration files in ${relativePosix(options.cwd, dir)}: ${CONFIG_FILE_NAMES.join(" and ")}; keep one`);
    }
    if (found[0] !== void 0)
      return found[0];
    const parent = dirname2(dir);
    if (dir === options.gitRoot || parent === dir)
      return null;
    dir = parent;
  }
}
function ignoreMatcher(loaded) {
  const rules = (loaded.config.ignore ?? []).map((glob) => compileIgnorePattern(glob, loaded.dir)).filter((r) => r !== void 0);
  if (rules.length === 0)
    return void 0;
  return (absolutePath, isDir) => matchIgnore(rules, absolutePath, isDir) === true;
}
function configForCore(loaded, cwd, gitRoot = null) {
  const { ignoreFindings } = loaded.config;
  const origin = originRepository(gitRoot);
  const base = origin !== null ? { ...loaded.config, repository: origin } : loaded.config;
  if (!ignoreFindings || loaded.dir === cwd)
    return base;
  return {
    ...base,
    ignoreFindings: ignoreFindings.map((i2) => ({ ...i2, file: relativePosix(cwd, resolve4(loaded.dir, i2.file)) }))
  };
}
function parseJson(text3, shown) {
  try {
    return JSON.parse(text3);
  } catch (err2) {
    const problem = findJsonSyntaxError(text3);
    if (!problem)
      throw new CliError(`${shown}: invalid JSON: ${errorMessage(err2)}`);
    const { line, column } = lineColumnAt(text3, problem.offset);
    throw new CliError(`${shown}:${line}:${column}: invalid JSON: ${problem.message}`);
  }
}
var validator;
function configValidator() {
  validator ??= new import_ajv.Ajv({ allErrors: true, strict: false }).compile(configSchema());
  return validator;
}
function describeSchemaError(error) {
  const params = error.params;
  let path = error.instancePath;
  if (error.keyword === "additionalProperties" && typeof params.additionalProperty === "string") {
    path += `/${escapePointer(params.additionalProperty)}`;
  }
  let message = error.message ?? "is invalid";
  if (error.keyword === "enum" && Array.isArray(params.allowedValues)) {
    message += ` (${params.allowedValues.map((v) => JSON.stringify(v)).join(", ")})`;
  }
  return `${path === "" ? "/" : path}: ${message}`;
}
function escapePointer(key) {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}

// packages/cli/dist/analysis.js
init_define_TRUSTLINT_PACKAGE();
import { readFileSync as readFileSync4 } from "node:fs";

// packages/cli/dist/discover.js
init_define_TRUSTLINT_PACKAGE();
import { readdirSync, readFileSync as readFileSync3, realpathSync, statSync as statSync2 } from "node:fs";
import { dirname as dirname3, join as join5, resolve as resolve5 } from "node:path";
var SKIPPED_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git"]);
var ALWAYS_WALKED_DIRS = /* @__PURE__ */ new Set(["cdk.out"]);
var CANDIDATE_NAME = /\.(json|ya?ml|template|tpl|tftpl|tf|tfvars)$/;
function discover(paths, options) {
  const walker = new Walker(options);
  for (const p of paths.length > 0 ? paths : ["."])
    walker.addNamed(p);
  return walker.finish();
}
var Walker = class {
  options;
  candidates = [];
  findings = [];
  /** Real paths of folders already walked: a folder reached twice (symlinks) is walked once. */
  walkedDirs = /* @__PURE__ */ new Set();
  constructor(options) {
    this.options = options;
  }
  addNamed(p) {
    const absolutePath = resolve5(this.options.cwd, p);
    let stats;
    try {
      stats = statSync2(absolutePath);
    } catch {
      throw new CliError(`no such file or directory: ${p}`);
    }
    if (stats.isDirectory()) {
      this.walk(absolutePath, this.ancestorRules(absolutePath), /* @__PURE__ */ new Set());
    } else if (!this.isExcluded(absolutePath, false)) {
      this.candidates.push({ absolutePath, explicit: true });
      if (/\.tf(\.json)?$/.test(absolutePath))
        this.addModuleCompanions(absolutePath);
    }
  }
  /**
   * A named .tf file is evaluated with the rest of its module (spec/cli.md): the folder's other
   * Terraform, tfvars, JSON and template files come along as companions, not reported on their own.
   */
  addModuleCompanions(named) {
    const dir = dirname3(named);
    let entries;
    try {
      entries = readdirSync(dir);
    } catch {
      return;
    }
    for (const name2 of entries) {
      const absolutePath = join5(dir, name2);
      if (absolutePath === named || !/\.(tf|tf\.json|tfvars|tfvars\.json|json|tpl|tftpl)$/.test(name2))
        continue;
      this.candidates.push({ absolutePath, explicit: false, companion: true });
    }
  }
  finish() {
    const byRealPath = /* @__PURE__ */ new Map();
    const entries = this.candidates.map((c) => ({ ...c, path: relativePosix(this.options.cwd, c.absolutePath) })).sort((a, b) => compareStrings(a.path, b.path));
    for (const entry of entries) {
      const key = entry.realPath ?? realPathOf(entry.absolutePath);
      const seen = byRealPath.get(key);
      if (!seen)
        byRealPath.set(key, entry);
      else {
        if (entry.explicit && !seen.explicit)
          seen.explicit = true;
        if (!entry.companion)
          delete seen.companion;
      }
    }
    const files = [];
    for (const entry of [...byRealPath.values()].sort((a, b) => compareStrings(a.path, b.path))) {
      const file = this.read(entry);
      if (file)
        files.push(file);
    }
    this.findings.sort((a, b) => compareStrings(a.location?.file ?? "", b.location?.file ?? ""));
    return { files, findings: this.findings };
  }
  read(entry) {
    let bytes;
    try {
      const stats = statSync2(entry.absolutePath);
      if (!stats.isFile()) {
        this.inputError(entry.path, "not a regular file: the file was not analysed");
        return void 0;
      }
      const cap = this.options.maxFileBytes ?? MAX_FILE_BYTES;
      if (stats.size > cap) {
        this.inputError(entry.path, sizeMessage(stats.size, cap));
        return void 0;
      }
      bytes = (this.options.readFile ?? readFileSync3)(entry.absolutePath);
    } catch (err2) {
      this.inputError(entry.path, `cannot read the file: ${errorMessage(err2)}`);
      return void 0;
    }
    let text3;
    try {
      text3 = UTF8.decode(bytes);
    } catch {
      this.inputError(entry.path, "the file is not valid UTF-8: it was not analysed");
      return void 0;
    }
    return { path: entry.path, absolutePath: entry.absolutePath, text: text3, explicit: entry.explicit, ...entry.companion ? { companion: true } : {} };
  }
  /**
   * Walks one folder. `rules` are the .gitignore rules in force (outermost first); `ancestors` the real
   * paths of the folders on the current branch, to tell a symlink loop from a folder seen twice.
   */
  walk(dir, inherited, ancestors, realDir) {
    const real = realDir ?? realPathOf(dir);
    if (ancestors.has(real)) {
      this.inputError(relativePosix(this.options.cwd, dir), "symbolic link loop: the folder was not walked again");
      return;
    }
    if (this.walkedDirs.has(real))
      return;
    this.walkedDirs.add(real);
    const branch = new Set(ancestors).add(real);
    let entries;
    try {
      entries = this.options.readDir ? this.options.readDir(dir) : readdirSync(dir, { withFileTypes: true });
    } catch (err2) {
      this.inputError(relativePosix(this.options.cwd, dir), `cannot read the folder: ${errorMessage(err2)}`);
      return;
    }
    const rules = entries.some((e) => e.name === ".gitignore") ? [...inherited, ...this.gitignoreRules(dir)] : inherited;
    entries.sort((a, b) => compareStrings(a.name, b.name));
    for (const entry of entries) {
      const path = join5(dir, entry.name);
      const kind = entryKind(entry, path);
      const realPath = entry.isSymbolicLink() ? void 0 : join5(real, entry.name);
      if (kind === "loop") {
        if (this.isExcluded(path, false) || matchIgnore(rules, path, false) === true)
          continue;
        this.inputError(relativePosix(this.options.cwd, path), "symbolic link loop: the link was not followed");
      } else if (kind === "dir") {
        if (SKIPPED_DIRS.has(entry.name) || this.isExcluded(path, true))
          continue;
        const ignored = matchIgnore(rules, path, true) === true;
        if (!ignored)
          this.walk(path, rules, branch, realPath);
        else if (ALWAYS_WALKED_DIRS.has(entry.name))
          this.walk(path, [], branch, realPath);
      } else if (kind === "file") {
        if (!CANDIDATE_NAME.test(entry.name) || this.isExcluded(path, false))
          continue;
        if (matchIgnore(rules, path, false) === true)
          continue;
        this.candidates.push({ absolutePath: path, explicit: false, ...realPath !== void 0 ? { realPath } : {} });
      }
    }
  }
  /**
   * The .gitignore rules of the folders between the git root and a named folder (exclusive), so that
   * `check sub/` inside a repository sees the root .gitignore. Empty when the named folder is itself
   * ignored: the user asked for it.
   */
  ancestorRules(dir) {
    const gitRoot = findGitRoot(dir);
    if (gitRoot === null || gitRoot === dir)
      return [];
    const chain = [];
    for (let d = dirname3(dir); isInside(gitRoot, d); d = dirname3(d)) {
      chain.unshift(d);
      if (d === gitRoot)
        break;
    }
    const rules = [];
    for (let i2 = 0; i2 < chain.length; i2++) {
      const folder = chain[i2] ?? gitRoot;
      rules.push(...this.gitignoreRules(folder));
      const next = chain[i2 + 1] ?? dir;
      if (matchIgnore(rules, next, true) === true)
        return [];
    }
    return rules;
  }
  gitignoreRules(dir) {
    try {
      return parseGitignore(readFileSync3(join5(dir, ".gitignore"), "utf8"), dir);
    } catch {
      return [];
    }
  }
  isExcluded(path, isDir) {
    return this.options.isExcluded?.(path, isDir) ?? false;
  }
  inputError(file, message) {
    this.findings.push({
      ruleId: "input-error",
      severity: "warning",
      message,
      location: { file, span: { start: { line: 1, column: 0, offset: 0 }, end: { line: 1, column: 0, offset: 0 } } }
    });
  }
};
function entryKind(entry, path) {
  if (entry.isDirectory())
    return "dir";
  if (entry.isFile())
    return "file";
  if (!entry.isSymbolicLink())
    return "other";
  try {
    const stats = statSync2(path);
    return stats.isDirectory() ? "dir" : stats.isFile() ? "file" : "other";
  } catch (err2) {
    return err2.code === "ELOOP" ? "loop" : "other";
  }
}
var UTF8 = new TextDecoder("utf-8", { fatal: true });
function sizeMessage(bytes, cap) {
  const mib = (n) => n % (1024 * 1024) === 0 ? `${n / (1024 * 1024)} MiB` : `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  return `the file is larger than the ${mib(cap)} size cap (${mib(bytes)}): it was not analysed`;
}
function realPathOf(path) {
  try {
    return realpathSync.native(path);
  } catch {
    return path;
  }
}
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// packages/cli/dist/analysis.js
async function analyzeLocalFiles(paths, options, io) {
  const gitRoot = findGitRoot(io.cwd);
  const loaded = loadConfig({ cwd: io.cwd, gitRoot, ...options.configFile !== void 0 ? { configFile: options.configFile } : {} });
  const config = configForCore(loaded, io.cwd, gitRoot);
  const isExcluded = ignoreMatcher(loaded);
  const discovery = discover(paths, {
    cwd: io.cwd,
    ...isExcluded ? { isExcluded } : {},
    ...io.readFile ? { readFile: io.readFile } : {}
  });
  const analysis = await analyzeFiles(discovery.files.map((f) => ({ file: f.path, text: f.text, explicit: f.explicit, ...f.companion ? { companion: true } : {} })), { config, findings: discovery.findings, sources: coreSourceOptions(options.sources, io) });
  return { gitRoot, config, discovery, analysis };
}
function coreSourceOptions(sources, io) {
  const varFiles = sources.varFiles.map((absolute) => {
    let text3;
    try {
      text3 = io.readFile ? new TextDecoder().decode(io.readFile(absolute)) : readFileSync4(absolute, "utf8");
    } catch (err2) {
      throw new CliError(`--var-file ${absolute}: ${errorMessage(err2)}`);
    }
    return { file: relativePosix(io.cwd, absolute), text: text3, explicit: true };
  });
  return {
    vars: Object.fromEntries(sources.vars),
    varFiles,
    parameters: Object.fromEntries(sources.parameters)
  };
}

// packages/cli/dist/package-info.js
init_define_TRUSTLINT_PACKAGE();
import { readFileSync as readFileSync5 } from "node:fs";
var cached;
function packageInfo() {
  if (cached)
    return cached;
  if (typeof define_TRUSTLINT_PACKAGE_default !== "undefined")
    return cached = define_TRUSTLINT_PACKAGE_default;
  const raw = JSON.parse(readFileSync5(new URL("../package.json", import.meta.url), "utf8"));
  const pkg = typeof raw === "object" && raw !== null ? raw : {};
  const version = typeof pkg.version === "string" ? pkg.version : "0.0.0";
  cached = typeof pkg.homepage === "string" && pkg.homepage !== "" ? { version, homepage: pkg.homepage } : { version };
  return cached;
}

// packages/cli/dist/rule-docs.js
init_define_TRUSTLINT_PACKAGE();
import { existsSync as existsSync4, readFileSync as readFileSync6, statSync as statSync3 } from "node:fs";
import { dirname as dirname4, join as join6 } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
function findRuleDocsDir(from = dirname4(fileURLToPath2(import.meta.url))) {
  let dir = from;
  for (; ; ) {
    const candidate = join6(dir, "docs", "rules");
    if (existsSync4(candidate) && statSync3(candidate).isDirectory())
      return candidate;
    const parent = dirname4(dir);
    if (parent === dir)
      return null;
    dir = parent;
  }
}
function loadRuleDocs(ids, docsDir = findRuleDocsDir()) {
  const docs = /* @__PURE__ */ new Map();
  if (docsDir === null)
    return docs;
  for (const id of ids) {
    try {
      const page = readFileSync6(join6(docsDir, `${id}.md`), "utf8").replace(/<!--[\s\S]*?-->\n?/g, "");
      docs.set(id, page);
    } catch {
    }
  }
  return docs;
}

export {
  CliError,
  errorMessage,
  findGitRoot,
  countSeverities,
  analyze,
  compareFindings,
  loadOnlineChecks,
  FORMATS,
  REPORTERS,
  loadConfig,
  configForCore,
  discover,
  analyzeLocalFiles,
  packageInfo,
  loadRuleDocs
};
