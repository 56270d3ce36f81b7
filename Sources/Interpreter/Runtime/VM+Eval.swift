// The eval loop (CPython's ceval). Python-to-Python calls switch frames inside
// the loop, so deep recursion does not grow the Swift stack; Swift code that
// calls back into Python (sorted's key, __repr__, next() on a generator)
// re-enters through `execute`, one nested loop per such call.

extension VM {
    /// How a nested `execute` ended.
    enum ExecutionResult {
        case returned(Value)
        case yielded(Value)
    }

    /// Runs `entry` (already set up) until it returns or yields.
    func execute(_ entry: Frame, throwing initialError: PyError? = nil) throws -> ExecutionResult {
        nativeDepth += 1
        defer { nativeDepth -= 1 }
        if nativeDepth > maxNativeDepth {
            throw PyError(BuiltinTypes.RecursionError, "maximum recursion depth exceeded")
        }
        // The running frame, owned (+1) by this variable. Calls and returns
        // move references instead of counting them: on CALL this variable's
        // reference to the caller becomes the callee's `backRef` and the new
        // frame's +1 moves in; on return the reverse, and the finished frame
        // goes to `retire`.
        var frame: Frame = entry
        let savedCurrent = _currentFrame
        _currentFrame = Unmanaged.passUnretained(entry)
        defer { _currentFrame = savedCurrent }
        var insts = frame.insts
        var ip = frame.ip
        var pendingError: PyError? = initialError

        while true {
            do {
                if let err = pendingError {
                    pendingError = nil
                    throw err
                }
                while true {
                    let inst = insts[ip]
                    ip &+= 1
                    let arg = Int(inst.arg)
                    switch inst.op {
                    case .nop:
                        // A negative argument: a trap set by expression stepping
                        // (Debug/ExpressionStepping); the real instruction is put back, then runs.
                        if arg < 0 { ip &-= 1; try instructionTrap(frame, ip) }
                    case .resume, .endFor, .copyFreeVars:
                        break

                    case .traceLine:
                        // arg 0: code without a line follows (LineTable.swift).
                        if arg == 0 { frame.lineForgotten = true; break }
                        let arg = arg == Compiler.lineZeroTracePoint ? 0 : arg
                        if finalizerPending {
                            // Objects that died in the last statement (Finalization.swift),
                            // and cycles when allocations made a collection due.
                            frame.ip = ip
                            frame.lastIP = ip &- 1
                            if gcRegistry.due { collectAutomatically() }
                            runPendingFinalizers()
                        }
                        if hookActive && (arg != frame.lastLine || frame.lineForgotten) {
                            frame.ip = ip
                            frame.lastIP = ip &- 1
                            frame.lastLine = arg
                            frame.lineForgotten = false
                            try traceEvent(.line, frame, nil)
                        }
                        frame.lastLine = arg
                        frame.lineForgotten = false

                    case .loadConst:
                        frame.push(frame.constants[arg])
                    case .loadFast, .loadFastCheck:
                        guard let v = frame.locals[arg] else {
                            throw unboundLocal(frame, arg)
                        }
                        frame.push(v)
                    case .storeFast:
                        frame.locals[arg] = frame.pop()
                    case .deleteFast:
                        if arg & Compiler.silentDelete != 0 {
                            frame.locals[arg & ~Compiler.silentDelete] = nil
                        } else {
                            if frame.locals[arg] == nil { throw unboundLocal(frame, arg) }
                            frame.locals[arg] = nil
                        }

                    case .makeCell:
                        if arg & Compiler.silentDelete != 0 {
                            // After an inlined comprehension: an empty, untracked cell.
                            let slot = arg & ~Compiler.silentDelete
                            frame.cells[slot] = Cell(contents: nil, variable: frame.code.cellName(slot), creatorName: frame.qualname, creatorFrame: nil, serial: 0)
                        } else {
                            let name = frame.code.extraCellName(arg)
                            frame.cells[arg] = makeCell(nil, variable: name, frame: frame)
                        }
                    case .loadClosure:
                        frame.push(.object(frame.cells[arg]))
                    case .loadDeref:
                        guard let v = frame.cells[arg].contents else { throw unboundDeref(frame, arg) }
                        frame.push(v)
                    case .storeDeref:
                        frame.cells[arg].contents = frame.pop()
                    case .deleteDeref:
                        if frame.cells[arg].contents == nil { throw unboundDeref(frame, arg) }
                        frame.cells[arg].contents = nil
                    case .loadFromDictOrDeref:
                        let name = frame.code.cellName(arg)
                        if let ns = frame.classNamespace, let v = try ns.get(.str(name), vm: self) {
                            frame.push(v)
                        } else {
                            guard let v = frame.cells[arg].contents else { throw unboundDeref(frame, arg) }
                            frame.push(v)
                        }

                    case .loadLocals:
                        guard let ns = frame.classNamespace else { throw PyError(BuiltinTypes.SystemError, "no locals found") }
                        frame.push(.object(ns))
                    case .loadFromDictOrGlobals, .loadFromMappingOrDeref:
                        let mapping = frame.pop()
                        let name = inst.op == .loadFromDictOrGlobals ? frame.globals.names[arg] : frame.code.cellName(arg)
                        if let v = try lookupInMapping(mapping, name) {
                            frame.push(v)
                        } else if inst.op == .loadFromMappingOrDeref {
                            guard let v = frame.cells[arg].contents else { throw unboundDeref(frame, arg) }
                            frame.push(v)
                        } else if let v = frame.globals.values[arg] {
                            frame.push(v)
                        } else if let b = frame.globals.builtinFallback[arg] {
                            frame.push(b)
                        } else {
                            throw nameNotDefined(name)
                        }
                    case .loadGlobal:
                        let g = frame.globals
                        if let v = g.values[arg] {
                            frame.push(v)
                        } else if let b = g.builtinFallback[arg] {
                            frame.push(b)
                        } else {
                            throw nameNotDefined(g.names[arg])
                        }
                    case .storeGlobal:
                        frame.globals.store(frame.pop(), slot: arg)
                    case .deleteGlobal:
                        if frame.globals.values[arg] == nil {
                            throw nameNotDefined(frame.globals.names[arg])
                        }
                        frame.globals.values[arg] = nil
                    case .loadName:
                        let name = frame.code.names[arg]
                        frame.push(try loadName(name, frame))
                    case .storeName:
                        let name = frame.code.names[arg]
                        let v = frame.pop()
                        if let ns = frame.classNamespace { try ns.set(.str(name), v, vm: self) } else { frame.globals.store(v, slot: frame.globals.slot(for: name)) }
                    case .deleteName:
                        let name = frame.code.names[arg]
                        if let ns = frame.classNamespace {
                            if try ns.remove(.str(name), vm: self) == nil { throw nameNotDefined(name) }
                        } else {
                            let s = frame.globals.slot(for: name)
                            if frame.globals.values[s] == nil { throw nameNotDefined(name) }
                            frame.globals.values[s] = nil
                        }

                    case .loadAttr:
                        // User-class instances: the inline cache (AttributeCache.swift).
                        if let u = (frame.stack + (frame.sp &- 1)).unretainedObject, u._withUnsafeGuaranteedRef({ $0.kind == .instance }) {
                            let e = frame.code.methodCacheEntry(ip &- 1)
                            let name = frame.code.names[arg]
                            let inst = u._withUnsafeGuaranteedRef { unsafeDowncast($0, to: PyInstance.self) }
                            if !instanceCacheHit(e, inst) { fillInstanceLoadCache(e, inst, name, forMethod: false) }
                            if e.pointee.epoch != 0 {
                                switch e.pointee.attrKind {
                                case .instanceValue:
                                    if let v = inst.dict.value(at: e.pointee.index, ifKey: name) { frame.setTop(v); continue }
                                    if let i = inst.dict.find(name) {
                                        e.pointee.index = i
                                        frame.setTop(inst.dict.values[i])
                                        continue
                                    }
                                case .method:
                                    if inst.dict.isEmpty || inst.dict.find(name) == nil {
                                        frame.setTop(.object(PyBoundMethod(function: e.pointee.method, selfValue: .object(inst))))
                                        continue
                                    }
                                case .classValue:
                                    if inst.dict.isEmpty || inst.dict.find(name) == nil { frame.setTop(e.pointee.method); continue }
                                case .propertyGetter:
                                    // The getter's frame is entered like a call's: the
                                    // instance moves from the stack into it.
                                    if case .object(let go) = e.pointee.method {
                                        frame.ip = ip
                                        frame.lastIP = ip &- 1
                                        let caller = Unmanaged.passUnretained(frame)
                                        let args = frame.stack + (frame.sp &- 1)
                                        let owned = try frameForCall(unsafeDowncast(go, to: PyFunction.self), args: args, count: 1, kwargs: nil, caller: caller)
                                        frame.truncateStack(to: frame.sp &- 1)
                                        if owned._withUnsafeGuaranteedRef({ $0.code.isGenerator }) {
                                            frame.push(.object(makeGenerator(owned.takeRetainedValue())))
                                            continue
                                        }
                                        _currentFrame = owned
                                        _ = Unmanaged.passRetained(consume frame)  // now the callee's backRef
                                        frame = owned.takeRetainedValue()
                                        insts = frame.insts
                                        ip = 0
                                        if hookActive { try traceEvent(.call, frame, nil) }
                                        continue
                                    }
                                default:
                                    break
                                }
                            }
                        }
                        frame.setTop(try getAttribute(frame.top(), frame.code.names[arg]))
                    case .storeAttr:
                        if let u = (frame.stack + (frame.sp &- 1)).unretainedObject, u._withUnsafeGuaranteedRef({ $0.kind == .instance }) {
                            let e = frame.code.methodCacheEntry(ip &- 1)
                            let name = frame.code.names[arg]
                            let inst = u._withUnsafeGuaranteedRef { unsafeDowncast($0, to: PyInstance.self) }
                            if !instanceCacheHit(e, inst) { fillInstanceStoreCache(e, inst, name) }
                            if e.pointee.epoch != 0 {
                                frame.ip = ip
                                frame.lastIP = ip &- 1
                                let obj = frame.pop()
                                let v = frame.pop()
                                if try storeCachedInstanceAttribute(e, inst, name, v) { continue }
                                try setAttribute(obj, name, v)
                                continue
                            }
                        }
                        let obj = frame.pop()
                        let v = frame.pop()
                        try setAttribute(obj, frame.code.names[arg], v)
                    case .deleteAttr:
                        try deleteAttribute(frame.pop(), frame.code.names[arg])
                    case .loadMethod:
                        // Built-in containers: the method from the inline cache
                        // (MethodCache.swift); [obj] becomes [method, obj].
                        if let u = (frame.stack + (frame.sp &- 1)).unretainedObject {
                            // A subclass instance has its class's methods: no cache.
                            let kind = u._withUnsafeGuaranteedRef { $0.hasUserClass ? ObjectKind.other : $0.kind }
                            if kind.hasFixedBuiltinType {
                                if let m = cachedMethod(frame.code, ip &- 1, kind: kind) {
                                    let obj = frame.pop()
                                    frame.push(m)
                                    frame.push(obj)
                                    continue
                                }
                                if let m = try lookupMethod(frame.top(), frame.code.names[arg]) {
                                    fillMethodCache(frame.code, ip &- 1, kind: kind, method: m)
                                    let obj = frame.pop()
                                    frame.push(m)
                                    frame.push(obj)
                                    continue
                                }
                            }
                        }
                        if let u = (frame.stack + (frame.sp &- 1)).unretainedObject, u._withUnsafeGuaranteedRef({ $0.kind == .instance }) {
                            // A method of a user class (AttributeCache.swift).
                            let e = frame.code.methodCacheEntry(ip &- 1)
                            let name = frame.code.names[arg]
                            let inst = u._withUnsafeGuaranteedRef { unsafeDowncast($0, to: PyInstance.self) }
                            if !instanceCacheHit(e, inst) { fillInstanceLoadCache(e, inst, name, forMethod: true) }
                            if e.pointee.epoch != 0 && e.pointee.attrKind == .method && (inst.dict.isEmpty || inst.dict.find(name) == nil) {
                                let obj = frame.pop()
                                frame.push(e.pointee.method)
                                frame.push(obj)
                                continue
                            }
                        }
                        let obj = frame.top()
                        if let m = try lookupMethod(obj, frame.code.names[arg]) {
                            frame.setTop(m)
                            frame.push(obj)
                        } else {
                            frame.setTop(try getAttribute(obj, frame.code.names[arg]))
                            frame.push(.object(VM.null))
                        }
                    case .loadSuperAttr:
                        break

                    case .popTop:
                        _ = frame.pop()
                    case .copy:
                        frame.push(frame.peek(arg))
                    case .swap:
                        let a = frame.sp &- 1, b = frame.sp &- arg
                        let t = frame.stack[a]
                        frame.stack[a] = frame.stack[b]
                        frame.stack[b] = t
                    case .pushNull:
                        frame.push(.object(VM.null))

                    case .binaryOp, .inplaceOp:
                        // Operands are popped (moved), not copied: no retain
                        // and release of an object operand beyond its drop.
                        let r = frame.pop()
                        let l = frame.pop()
                        // Small-int and float fast paths (VM+FastPaths.swift).
                        if case .int(let a) = l {
                            if case .int(let b) = r {
                                if let v = VM.smallIntBinary(arg, a, b) { frame.push(.int(v)); continue }
                                if arg == 4, b != 0, a.magnitude <= 1 << 53, b.magnitude <= 1 << 53 {
                                    frame.push(.float(Double(a) / Double(b)))  // exact operands: correctly rounded
                                    continue
                                }
                            } else if case .float(let b) = r, let v = VM.floatBinary(arg, Double(a), b) {
                                frame.push(.float(v)); continue
                            }
                        } else if case .float(let a) = l {
                            if case .float(let b) = r, let v = VM.floatBinary(arg, a, b) { frame.push(.float(v)); continue }
                            if case .int(let b) = r, let v = VM.floatBinary(arg, a, Double(b)) { frame.push(.float(v)); continue }
                        }
                        frame.push(try binaryOperation(l, r, BinaryOperator.allCasesOrdered[arg], inplace: inst.op == .inplaceOp))
                    case .unaryNegative:
                        frame.setTop(try negate(frame.top()))
                    case .unaryPositive:
                        frame.setTop(try unaryPlus(frame.top()))
                    case .unaryInvert:
                        frame.setTop(try invert(frame.top()))
                    case .unaryNot:
                        frame.setTop(.bool(!(try isTruthy(frame.top()))))
                    case .compareOp:
                        let r = frame.pop()
                        let l = frame.pop()
                        if case .int(let a) = l, case .int(let b) = r {
                            let res: Bool
                            switch arg {
                            case 0: res = a < b
                            case 1: res = a <= b
                            case 2: res = a == b
                            case 3: res = a != b
                            case 4: res = a > b
                            default: res = a >= b
                            }
                            frame.push(.bool(res))
                        } else {
                            frame.push(try richCompare(l, r, CompareOperator.richOrdered[arg]))
                        }
                    case .isOp:
                        let r = frame.pop()
                        let l = frame.pop()
                        let same = l.isIdentical(to: r)
                        frame.push(.bool(arg == 0 ? same : !same))
                    case .containsOp:
                        let container = frame.pop()
                        let item = frame.pop()
                        let found = try contains(container, item)
                        frame.push(.bool(arg == 0 ? found : !found))

                    case .binarySubscr:
                        let k = frame.pop()
                        let c = frame.pop()
                        if case .object(let o) = c, o.kind == .list, !o.hasUserClass, case .int(var i) = k {
                            let l = unsafeDowncast(o, to: PyList.self)
                            if i < 0 { i += l.items.count }
                            if i >= 0 && i < l.items.count { frame.push(l.items[i]); continue }
                        }
                        frame.push(try getItem(c, k))
                    case .storeSubscr:
                        let k = frame.pop()
                        let c = frame.pop()
                        let v = frame.pop()
                        if case .object(let o) = c, o.kind == .list, !o.hasUserClass, case .int(var i) = k {
                            let l = unsafeDowncast(o, to: PyList.self)
                            if i < 0 { i += l.items.count }
                            if i >= 0 && i < l.items.count { l.items[i] = v; continue }
                        }
                        try setItem(c, k, v)
                    case .deleteSubscr:
                        let k = frame.pop()
                        try deleteItem(frame.pop(), k)
                    case .buildSlice:
                        let step: Value = arg == 3 ? frame.pop() : .none
                        let stop = frame.pop()
                        let start = frame.pop()
                        frame.push(.object(PySlice(start: start, stop: stop, step: step)))
                    case .binarySlice, .storeSlice:
                        break

                    case .jumpForward:
                        ip = arg
                    case .jumpBackward:
                        if arg & Compiler.noLocationFlag != 0 {
                            ip = arg & ~Compiler.noLocationFlag
                            frame.lineForgotten = true
                        } else {
                            ip = arg
                        }
                        if pauseRequested { try checkPause(frame, ip) }
                    case .popJumpIfFalse:
                        let v = frame.pop()
                        if case .bool(let b) = v { if !b { ip = arg } } else if !(try isTruthy(v)) { ip = arg }
                    case .popJumpIfTrue:
                        let v = frame.pop()
                        if case .bool(let b) = v { if b { ip = arg } } else if try isTruthy(v) { ip = arg }
                    case .popJumpIfNone:
                        if frame.pop().isNone { ip = arg }
                    case .popJumpIfNotNone:
                        if !frame.pop().isNone { ip = arg }
                    case .jumpIfFalseOrPop:
                        if try isTruthy(frame.top()) { _ = frame.pop() } else { ip = arg }
                    case .jumpIfTrueOrPop:
                        if try isTruthy(frame.top()) { ip = arg } else { _ = frame.pop() }

                    case .getIter:
                        frame.setTop(try getIterator(frame.top()))
                    case .forIter:
                        // The iterator is used unretained: its stack slot holds it.
                        if let u = (frame.stack + (frame.sp &- 1)).unretainedObject, u._withUnsafeGuaranteedRef({ $0.kind == .iterator }) {
                            if hookActive { _ = adaptForIter(frame.code, ip &- 1, frame.top()) }
                            let next = try u._withUnsafeGuaranteedRef { try unsafeDowncast($0, to: PyIterator.self).next(vm: self) }
                            if let v = next {
                                frame.push(v)
                            } else {
                                _ = frame.pop()
                                ip = arg
                            }
                        } else {
                            let it = frame.top()
                            frame.ip = ip
                            frame.lastIP = ip &- 1
                            let inlineGenerator = hookActive && adaptForIter(frame.code, ip &- 1, it)
                            if let v = try nextForLoop(it, frame, inlineGenerator: inlineGenerator) {
                                frame.push(v)
                            } else {
                                _ = frame.pop()
                                ip = arg
                            }
                        }

                    case .buildTuple:
                        frame.push(.object(arg == 0 ? PyTuple.empty : PyTuple(frame.popMany(arg))))
                    case .buildList:
                        frame.push(.object(PyList(frame.popMany(arg))))
                    case .buildSet:
                        let s = PySet()
                        for v in frame.popMany(arg) { try s.add(v, vm: self) }
                        frame.push(.object(s))
                    case .buildMap:
                        let d = PyDict()
                        let items = frame.popMany(arg * 2)
                        var i = 0
                        while i < items.count {
                            try d.set(items[i], items[i + 1], vm: self)
                            i += 2
                        }
                        frame.push(.object(d))
                    case .buildString:
                        // The parts are read in place (no array of them).
                        let first = frame.sp &- arg
                        var size = 0
                        for i in first..<frame.sp {
                            if let u = (frame.stack + i).unretainedObject {
                                size &+= u._withUnsafeGuaranteedRef { $0.kind == .str ? unsafeDowncast($0, to: PyStr.self).value.utf8.count : 0 }
                            }
                        }
                        var s = ""
                        s.reserveCapacity(size)
                        for i in first..<frame.sp {
                            if let u = (frame.stack + i).unretainedObject {
                                u._withUnsafeGuaranteedRef { if $0.kind == .str { s += unsafeDowncast($0, to: PyStr.self).value } }
                            }
                        }
                        frame.truncateStack(to: first)
                        frame.push(.str(s))
                    case .listAppend:
                        let v = frame.pop()
                        if case .object(let o) = frame.peek(arg) { unsafeDowncast(o, to: PyList.self).items.append(v) }
                    case .setAdd:
                        let v = frame.pop()
                        if case .object(let o) = frame.peek(arg) { try unsafeDowncast(o, to: PySet.self).add(v, vm: self) }
                    case .mapAdd:
                        let v = frame.pop()
                        let k = frame.pop()
                        if case .object(let o) = frame.peek(arg) { try unsafeDowncast(o, to: PyDict.self).set(k, v, vm: self) }
                    case .listExtend:
                        let v = frame.pop()
                        let depth = arg & 0xffff
                        if case .object(let o) = frame.peek(depth) {
                            let items: [Value]
                            do { items = try iterate(v) } catch let e as PyError {
                                throw starArgumentError(e, v, callee: arg & Compiler.callStarFlag != 0 ? frame.peek(depth + 1) : nil)
                            }
                            unsafeDowncast(o, to: PyList.self).items.append(contentsOf: items)
                        }
                    case .setUpdate:
                        let v = frame.pop()
                        if case .object(let o) = frame.peek(arg) {
                            let s = unsafeDowncast(o, to: PySet.self)
                            for x in try iterate(v) { try s.add(x, vm: self) }
                        }
                    case .dictUpdate, .dictMerge:
                        let v = frame.pop()
                        if case .object(let o) = frame.peek(arg) {
                            // DICT_MERGE (a call's **kwargs) names the callee in its errors;
                            // DICT_UPDATE ({**m}) has no callee below it to read.
                            let merging = inst.op == .dictMerge
                            let callee = merging && frame.sp >= arg + 2 ? frame.peek(arg + 2) : Value.none
                            try dictUpdate(unsafeDowncast(o, to: PyDict.self), from: v, merging: merging, callable: callee)
                        }
                    case .listToTuple:
                        if case .object(let o) = frame.top() { frame.setTop(.object(PyTuple(unsafeDowncast(o, to: PyList.self).items))) }
                    case .formatSimple:
                        let v = frame.top()
                        if case .object(let o) = v, o.kind == .str, !o.hasUserClass { continue }
                        if case .int(let i) = v { frame.setTop(.str(String(i))); continue }
                        frame.setTop(try format(v, spec: ""))
                    case .formatWithSpec:
                        let spec = frame.pop()
                        frame.setTop(try format(frame.top(), spec: strValue(spec)))
                    case .convertValue:
                        let v = frame.top()
                        switch arg {
                        case 1: frame.setTop(.str(try str(v)))
                        case 2: frame.setTop(.str(try repr(v)))
                        default: frame.setTop(.str(try ascii(v)))
                        }
                    case .unpackSequence:
                        let items = try unpack(frame.pop(), count: arg)
                        for v in items.reversed() { frame.push(v) }
                    case .unpackEx:
                        let items = try unpackStarred(frame.pop(), before: arg & 0xff, after: arg >> 8)
                        for v in items.reversed() { frame.push(v) }

                    case .makeFunction:
                        guard case .object(let co) = frame.pop(), co.kind == .code else { break }
                        let code = unsafeDowncast(co, to: PyCode.self).code
                        var closure: [Cell] = []
                        var kwDefaults: [(String, Value)] = []
                        var defaults: [Value] = []
                        var annotations: [(String, Value)] = []
                        if arg & 8 != 0, case .object(let t) = frame.pop() {
                            closure = unsafeDowncast(t, to: PyTuple.self).items.compactMap { $0.asObject as? Cell }
                        }
                        if arg & 4 != 0, case .object(let d) = frame.pop() {
                            annotations = unsafeDowncast(d, to: PyDict.self).pairs.map { (($0.key.asObject as? PyStr)?.value ?? "", $0.value) }
                        }
                        if arg & 2 != 0, case .object(let d) = frame.pop() {
                            kwDefaults = unsafeDowncast(d, to: PyDict.self).pairs.map { (($0.key.asObject as? PyStr)?.value ?? "", $0.value) }
                        }
                        if arg & 1 != 0, case .object(let t) = frame.pop() {
                            defaults = unsafeDowncast(t, to: PyTuple.self).items
                        }
                        let fn = PyFunction(code: code, globals: frame.globals, defaults: defaults, kwDefaults: kwDefaults, closure: closure)
                        fn.annotations = annotations
                        if let d = code.docstring { fn.doc = .str(d) }
                        if !closure.isEmpty { noteClosure(fn) }
                        frame.push(.object(fn))

                    case .call:
                        let argc = arg & 0xffff
                        let isMethod = arg >> 16 != 0
                        let base = frame.sp &- argc &- (isMethod ? 2 : 1)
                        var argStart = base &+ 1
                        var nargs = argc
                        if isMethod {
                            if case .object(let o) = frame.stack[base &+ 1], ObjectIdentifier(o) == nullID {
                                argStart = base &+ 2
                            } else {
                                nargs = argc &+ 1
                            }
                        }
                        // Python function: switch frames without leaving the loop.
                        // The callee is used unretained (its stack slot keeps it
                        // alive until truncateStack), the arguments move.
                        if let u = (frame.stack + base).unretainedObject, u._withUnsafeGuaranteedRef({ $0.kind == .function }) {
                            frame.ip = ip
                            frame.lastIP = ip &- 1
                            // (The closure captures only trivial values: reading
                            // `frame` inside it would retain it.)
                            let caller = Unmanaged.passUnretained(frame)
                            let args = frame.stack + argStart
                            let owned = try u._withUnsafeGuaranteedRef {
                                try frameForCall(unsafeDowncast($0, to: PyFunction.self), args: args, count: nargs, kwargs: nil, caller: caller)
                            }
                            frame.truncateStack(to: base)
                            if owned._withUnsafeGuaranteedRef({ $0.code.isGenerator }) {
                                frame.push(.object(makeGenerator(owned.takeRetainedValue())))
                                continue
                            }
                            _currentFrame = owned
                            _ = Unmanaged.passRetained(consume frame)  // now the callee's backRef
                            frame = owned.takeRetainedValue()
                            insts = frame.insts
                            ip = 0
                            if hookActive { try traceEvent(.call, frame, nil) }
                            continue
                        }
                        // Other callables: the callee and the arguments move out of
                        // their slots (`take` leaves a trivial value for the
                        // unwinder), so reading them costs no retain.
                        let callee = frame.take(base)
                        if case .object(let o) = callee, o.kind == .builtinFunction {
                            let bf = unsafeDowncast(o, to: PyBuiltinFunction.self)
                            frame.ip = ip
                            frame.lastIP = ip &- 1
                            let result: Value
                            if ObjectIdentifier(bf) == listAppendID, nargs == 2,
                               let l = (frame.stack + argStart).unretainedObject, l._withUnsafeGuaranteedRef({ $0.kind == .list }) {
                                // list.append (CPython's CALL_LIST_APPEND): no closure, no checks left.
                                let x = frame.take(argStart &+ 1)
                                l._withUnsafeGuaranteedRef { unsafeDowncast($0, to: PyList.self).items.append(x) }
                                result = .none
                            } else if bf.boundSelf == nil, nargs == 1, let f1 = bf.fast1 {
                                let a0 = frame.take(argStart)
                                result = try f1(self, a0)
                            } else if bf.boundSelf == nil, nargs == 2, let f2 = bf.fast2 {
                                let a0 = frame.take(argStart), a1 = frame.take(argStart &+ 1)
                                result = try f2(self, a0, a1)
                            } else if bf.boundSelf == nil, nargs == 3, let f3 = bf.fast3 {
                                let a0 = frame.take(argStart), a1 = frame.take(argStart &+ 1), a2 = frame.take(argStart &+ 2)
                                result = try f3(self, a0, a1, a2)
                            } else {
                                var args = [Value]()
                                args.reserveCapacity(nargs + 1)
                                if let s = bf.boundSelf { args.append(s) }
                                for i in 0..<nargs { args.append(frame.take(argStart &+ i)) }
                                result = try bf.call(self, args, [])
                            }
                            frame.truncateStack(to: base)
                            frame.push(result)
                            continue
                        }
                        if case .object(let o) = callee, o.kind == .type,
                           let initFn = plainInitializer(unsafeDowncast(o, to: PyType.self)) {
                            // A plain class with a Python __init__ (VM+Instantiate.swift):
                            // the new instance takes the slot below the arguments
                            // (the callee's or the NULL's) and __init__'s frame is
                            // entered like a call's; its return leaves the instance.
                            let inst = Value.object(PyInstance(cls: unsafeDowncast(o, to: PyType.self)))
                            let selfSlot = argStart &- 1
                            frame.stack[selfSlot] = inst
                            frame.ip = ip
                            frame.lastIP = ip &- 1
                            let owned = try frameForCall(initFn, args: frame.stack + selfSlot, count: nargs &+ 1, kwargs: nil, caller: Unmanaged.passUnretained(frame))
                            frame.truncateStack(to: base)
                            frame.push(inst)
                            owned._withUnsafeGuaranteedRef { $0.isInitializer = true }
                            _currentFrame = owned
                            _ = Unmanaged.passRetained(consume frame)  // now the callee's backRef
                            frame = owned.takeRetainedValue()
                            insts = frame.insts
                            ip = 0
                            if hookActive { try traceEvent(.call, frame, nil) }
                            continue
                        }
                        if case .object(let o) = callee, o.kind == .boundMethod {
                            let bm = unsafeDowncast(o, to: PyBoundMethod.self)
                            if case .object(let fo) = bm.function, fo.kind == .function {
                                // Self goes into the slot below the arguments (the
                                // NULL's, or the callee's, already taken), as for
                                // __init__ above: no argument array.
                                let fn = unsafeDowncast(fo, to: PyFunction.self)
                                let selfSlot = argStart &- 1
                                frame.stack[selfSlot] = bm.selfValue
                                frame.ip = ip
                                frame.lastIP = ip &- 1
                                let owned = try frameForCall(fn, args: frame.stack + selfSlot, count: nargs &+ 1, kwargs: nil, caller: Unmanaged.passUnretained(frame))
                                frame.truncateStack(to: base)
                                if owned._withUnsafeGuaranteedRef({ $0.code.isGenerator }) {
                                    frame.push(.object(makeGenerator(owned.takeRetainedValue())))
                                    continue
                                }
                                _currentFrame = owned
                                _ = Unmanaged.passRetained(consume frame)  // now the callee's backRef
                                frame = owned.takeRetainedValue()
                                insts = frame.insts
                                ip = 0
                                if hookActive { try traceEvent(.call, frame, nil) }
                                continue
                            }
                        }
                        var args = [Value]()
                        args.reserveCapacity(nargs)
                        for i in 0..<nargs { args.append(frame.take(argStart &+ i)) }
                        frame.ip = ip
                        frame.lastIP = ip &- 1
                        let result = try call(callee, args, [])
                        frame.truncateStack(to: base)
                        frame.push(result)
                    case .callKw:
                        guard case .object(let kn) = frame.pop() else { break }
                        let names = unsafeDowncast(kn, to: PyTuple.self).items
                        let all = frame.popMany(arg)
                        let callee = frame.pop()
                        let npos = arg - names.count
                        var kwargs: KwArgs = []
                        for (i, n) in names.enumerated() { kwargs.append((strValue(n), all[npos + i])) }
                        frame.ip = ip
                        frame.lastIP = ip &- 1
                        if case .object(let o) = callee, o.kind == .function {
                            let fn = unsafeDowncast(o, to: PyFunction.self)
                            var positional = Array(all[0..<npos])
                            let owned = try positional.withUnsafeMutableBufferPointer {
                                try frameForCall(fn, args: $0.baseAddress ?? UnsafeMutablePointer(bitPattern: 8)!, count: npos, kwargs: kwargs, caller: Unmanaged.passUnretained(frame))
                            }
                            if fn.code.isGenerator {
                                frame.push(.object(makeGenerator(owned.takeRetainedValue())))
                                continue
                            }
                            _currentFrame = owned
                            _ = Unmanaged.passRetained(consume frame)  // now the callee's backRef
                            frame = owned.takeRetainedValue()
                            insts = frame.insts
                            ip = 0
                            if hookActive { try traceEvent(.call, frame, nil) }
                            continue
                        }
                        frame.push(try call(callee, Array(all[0..<npos]), kwargs))
                    case .callFunctionEx:
                        var kwargs: KwArgs = []
                        if arg & 1 != 0 {
                            let kw = frame.pop()
                            guard case .object(let d) = kw, let dict = d as? PyDict else { throw PyError.typeError("argument after ** must be a mapping, not \(typeOf(kw).name)") }
                            for (k, v) in dict.pairs {
                                guard case .object(let ko) = k, ko.kind == .str else { throw PyError.typeError("keywords must be strings") }
                                kwargs.append((strValue(k), v))
                            }
                        }
                        let posV = frame.pop()
                        let callee = frame.pop()
                        frame.ip = ip
                        frame.lastIP = ip &- 1
                        // f(*x) passes x itself (CPython 3.13): it becomes a
                        // tuple here, after the keyword arguments ran.
                        let positional: [Value]
                        if let t = posV.asObject as? PyTuple {
                            positional = t.items
                        } else {
                            do { positional = try iterate(posV) } catch let e as PyError {
                                throw starArgumentError(e, posV, callee: callee)
                            }
                        }
                        frame.push(try call(callee, positional, kwargs))

                    case .returnValue, .returnConst:
                        let v = inst.op == .returnConst ? frame.constants[arg] : frame.pop()
                        frame.ip = ip
                        frame.lastIP = ip &- 1
                        // What the return path dropped (a for-loop's iterator
                        // popped by `return`) dies before the frame returns.
                        if finalizerPending { runPendingFinalizers() }
                        if hookActive { try traceEvent(.return, frame, v) }
                        frame.isFinished = true
                        frame.truncateStack(to: 0)
                        if ObjectIdentifier(frame) == ObjectIdentifier(entry) {
                            finishFrame(frame)
                            return .returned(v)
                        }
                        let done = Unmanaged.passRetained(consume frame)
                        let caller = done._withUnsafeGuaranteedRef { $0.backRef.unsafelyUnwrapped }
                        frame = caller.takeRetainedValue()  // the reference the callee held
                        done._withUnsafeGuaranteedRef { finishFrame($0) }
                        _currentFrame = caller
                        let initializer = done._withUnsafeGuaranteedRef { $0.isInitializer }
                        retire(done)
                        insts = frame.insts
                        ip = frame.ip
                        // __init__ entered by CALL: the instance is already in place.
                        if initializer { try checkInitializerResult(v) } else { frame.push(v) }
                        // What the callee's locals held may have died (Finalization.swift).
                        if finalizerPending { frame.ip = ip; runPendingFinalizers() }

                    case .yieldValue:
                        let v = frame.pop()
                        frame.ip = ip
                        frame.lastIP = ip &- 1
                        if finalizerPending { runPendingFinalizers() }
                        if hookActive { try traceEvent(.return, frame, v) }
                        // Generator frames always run as the entry of a nested execute.
                        return .yielded(v)
                    case .getYieldFromIter:
                        let v = frame.top()
                        if case .object(let o) = v, o.kind == .generator { break }
                        frame.setTop(try getIterator(v))
                    case .send:
                        let sent = frame.pop()
                        let iter = frame.top()
                        frame.ip = ip
                        frame.lastIP = ip &- 1
                        switch try sendTo(iter, sent, from: frame) {
                        case .yielded(let v): frame.push(v)
                        case .returned(let r): frame.push(r); ip = arg
                        }
                    case .endSend:
                        let v = frame.pop()
                        frame.setTop(v)
                    case .returnGenerator:
                        break
                    case .getAwaitable, .getAiter, .getAnext, .asyncGenWrap, .beforeAsyncWith, .endAsyncFor, .cleanupThrow:
                        frame.ip = ip
                        frame.lastIP = ip &- 1
                        try executeAsyncInstruction(inst.op, frame)

                    case .loadBuildClass:
                        frame.push(buildClassFunction)
                    case .setupAnnotations:
                        if let ns = frame.classNamespace {
                            if try ns.get(.str("__annotations__"), vm: self) == nil { try ns.set(.str("__annotations__"), .object(PyDict()), vm: self) }
                        } else if frame.globals["__annotations__"] == nil {
                            frame.globals.store(.object(PyDict()), slot: frame.globals.slot(for: "__annotations__"))
                        }
                    case .loadAssertionError:
                        frame.push(.object(BuiltinTypes.AssertionError))

                    case .raiseVarargs:
                        frame.ip = ip
                        frame.lastIP = ip &- 1
                        switch arg {
                        case 0:
                            guard let exc = handledException else { throw PyError.runtimeError("No active exception to reraise") }
                            throw Reraise(exception: exc)
                        case 1:
                            throw PyError(try makeException(frame.pop()))
                        default:
                            let cause = frame.pop()
                            let exc = try makeException(frame.pop())
                            if cause.isNone {
                                exc.cause = nil
                            } else {
                                exc.cause = try makeException(cause)
                            }
                            exc.suppressContext = true
                            throw PyError(exc)
                        }
                    case .reraise:
                        guard case .object(let o) = frame.pop(), let exc = o as? PyExceptionObject else { break }
                        frame.lastIP = ip &- 1
                        var origin: Int? = nil
                        if arg > 0, case .int(let l) = frame.peek(arg) { origin = l }
                        throw Reraise(exception: exc, origin: origin)
                    case .pushExcInfo:
                        let exc = frame.pop()
                        frame.push(handledException.map { .object($0) } ?? .none)
                        handledException = exc.asObject as? PyExceptionObject
                        frame.push(exc)
                    case .popExcept:
                        handledException = frame.pop().asObject as? PyExceptionObject
                    case .checkExcMatch:
                        let type = frame.pop()
                        frame.push(.bool(try exceptionMatches(frame.top(), type)))

                    case .beforeWith:
                        let mgr = frame.pop()
                        let t = typeOf(mgr)
                        guard let enter = t.lookup("__enter__"), let exit = t.lookup("__exit__") else {
                            throw PyError.typeError("'\(t.name)' object does not support the context manager protocol\(t.lookup("__enter__") == nil ? "" : " (missed __exit__ method)")")
                        }
                        frame.push(try bindIfFunction(exit, to: mgr, type: t))
                        frame.ip = ip
                        frame.lastIP = ip &- 1
                        frame.push(try call(try bindIfFunction(enter, to: mgr, type: t), [], []))
                    case .withExceptStart:
                        let exc = frame.peek(1)
                        let exit = frame.peek(4)  // [exit, lasti, prev, exc]
                        let excType: Value = exc.asObject.map { .object(($0 as? PyExceptionObject)?.cls ?? BuiltinTypes.BaseException) } ?? .none
                        let tb = (exc.asObject as? PyExceptionObject).map { Value.object(PyTraceback(records: $0.traceback.reversed()[...])) } ?? .none
                        frame.push(try call(exit, [excType, exc, tb], []))

                    case .importName:
                        frame.push(try importName(frame.code.names[arg & ImportArg.nameMask], flags: arg, in: frame))
                    case .importFrom:
                        frame.push(try importFrom(frame.code.names[arg], frame.top()))
                    case .matchPattern:
                        let values = frame.pop()
                        let subject = frame.pop()
                        let items = (values.asObject as? PyTuple)?.items ?? []
                        frame.push(try matchPattern(frame.code.matchPatterns[arg], subject, items))
                    case .importStar:
                        try importStar(frame.pop(), into: frame)
                    case .checkEgMatch:
                        let type = frame.pop()
                        let (rest, match) = try exceptionGroupMatch(frame.pop(), type, in: frame)
                        frame.push(rest)
                        frame.push(match)
                        // The handler's sys.exception() is the part it took.
                        if let m = match.asObject as? PyExceptionObject { handledException = m }
                    case .prepReraiseStar:
                        let collected = frame.pop()
                        frame.push(try prepareReraiseStar(frame.pop(), collected))
                        frame.lastLine = Frame.afterExceptStar
                    }
                }
            } catch let error {
                // Unwind: find a handler in this frame or in a caller, up to `entry`.
                var pyError: PyError
                var isReraise = false
                // RERAISE n restores the location of the original raise (lasti).
                var origin: Int? = nil
                if let r = error as? Reraise {
                    pyError = PyError(r.exception)
                    isReraise = true
                    origin = r.origin
                } else if let e = error as? PyError {
                    pyError = e
                } else if error is AbandonsRun {
                    abandonFrames(from: frame, to: entry)
                    throw error
                } else {
                    pyError = PyError(BuiltinTypes.SystemError, "internal error: \(error)")
                }
                frame.lastIP = ip &- 1
                let exc = pyError.exception
                if !isReraise {
                    if exc.context == nil, let h = handledException, h !== exc { exc.context = h }
                    exc.traceback.append(TracebackRecord(frame: frame, code: frame.code, line: frame.lineForTraceback, position: frame.positionForTraceback))
                    frame.raisingPattern = nil
                    if hookActive {
                        do { try traceEvent(.exception, frame, .object(exc)) } catch let e as AbandonsRun { abandonFrames(from: frame, to: entry); throw e } catch {}
                    }
                }
                while true {
                    if let h = frame.code.handler(for: frame.lastIP) {
                        frame.truncateStack(to: h.depth)
                        if h.pushLasti {
                            let raisedAt = origin ?? frame.lastIP
                            if origin == nil, raisedAt >= 0, raisedAt < frame.code.lines.count, frame.code.lines[raisedAt] <= 0, frame.lastLine > 0 {
                                frame.lineOfLinelessRaise[raisedAt] = frame.lastLine
                            }
                            frame.push(.int(raisedAt))
                        }
                        // After RERAISE n the frame is back at the raising
                        // instruction: the handler's line is a new line.
                        if let o = origin, o < frame.code.lines.count, frame.code.lines[o] > 0 { frame.lastLine = Int(frame.code.lines[o]); frame.lineForgotten = false }
                        frame.push(.object(exc))
                        ip = h.target
                        break
                    }
                    if let o = origin { frame.lastIP = o; origin = nil }
                    // Not handled here: the frame returns None to its tracer.
                    // CPython pops the value stack first (a for loop's
                    // generator is closed there, its events one frame down),
                    // then reports the unwind; what died before the raise
                    // (`r = None` in a finally the exception passes through)
                    // is finalized with it.
                    frame.truncateStack(to: 0)
                    if finalizerPending { runPendingFinalizers() }
                    if hookActive {
                        do { try traceEvent(.return, frame, nil) } catch let e as AbandonsRun { abandonFrames(from: frame, to: entry); throw e } catch {}
                    }
                    frame.isFinished = true
                    if ObjectIdentifier(frame) == ObjectIdentifier(entry) {
                        finishFrame(frame)
                        throw PyError(exc)
                    }
                    let done = Unmanaged.passRetained(consume frame)
                    let caller = done._withUnsafeGuaranteedRef { $0.backRef! }
                    frame = caller.takeRetainedValue()  // the reference the callee held
                    done._withUnsafeGuaranteedRef { finishFrame($0) }
                    _currentFrame = caller
                    retire(done)
                    insts = frame.insts
                    exc.traceback.append(TracebackRecord(frame: frame, code: frame.code, line: frame.lineForTraceback, position: frame.positionForTraceback))
                    if hookActive {
                        do { try traceEvent(.exception, frame, .object(exc)) } catch let e as AbandonsRun { abandonFrames(from: frame, to: entry); throw e } catch {}
                    }
                }
            }
        }
    }
}

extension VM {
    /// The run is being abandoned (DebuggerQuit) in `frame`: unlinks the
    /// frames up to `entry` and releases the loop's references to the
    /// callers (held in their callees' backRef; see execute).
    func abandonFrames(from frame: Frame, to entry: Frame) {
        var callers: [Unmanaged<Frame>] = []
        var f = frame
        while f !== entry, let caller = f.backRef {
            f.backRef = nil
            callers.append(caller)
            f = caller.takeUnretainedValue()
        }
        for c in callers { c.release() }
    }
}

/// RERAISE: propagate without adding a traceback entry again.
struct Reraise: Error {
    let exception: PyExceptionObject
    /// RERAISE with an argument: the offset of the instruction that first
    /// raised, so the frame reports that line (CPython restores lasti).
    var origin: Int? = nil
}

/// An error that ends the run instead of being raised in the program: no
/// `except` or `finally` of the program runs for it, and it is never turned
/// into a Python exception (a history scan that stops at an event inside an
/// except handler must not re-enter that handler with a shifted stack).
public protocol AbandonsRun: Error {}

/// Thrown by the debugger to abandon the program (quit, restart).
public struct DebuggerQuit: AbandonsRun {
    public init() {}
}

extension Frame {
    var lineForTraceback: Int {
        if let p = raisingPattern { return p.line }
        let i = lastIP
        if i >= 0 && i < code.lines.count, code.lines[i] > 0 { return Int(code.lines[i]) }
        if let l = lineOfLinelessRaise[i] { return l }
        return lastLine > 0 ? lastLine : code.firstLineNumber
    }
    var positionForTraceback: SourceRange? {
        if let p = raisingPattern { return p }
        let i = lastIP
        if i >= 0 && i < code.positions.count, code.lines[i] > 0 { return code.positions[i] }
        return nil
    }
}
