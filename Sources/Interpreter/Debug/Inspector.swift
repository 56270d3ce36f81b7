// Builds the inspection model (DebugSnapshot parts) from live VM state: the
// stack, the selected frame's LEGB scopes, every live cell with its holders,
// and what the last step did to names.

struct Inspector {
    let vm: VM
    let reprLimit = 240
    /// Labels for objects the run made (`#3` in place of `at 0x7f…`).
    var labels: ObjectLabels? = nil
    var recorder: AllocationRecorder? = nil

    init(vm: VM, labels: ObjectLabels? = nil, recorder: AllocationRecorder? = nil) {
        self.vm = vm
        self.labels = labels
        self.recorder = recorder
    }

    /// The repr the debugger shows: capped, addresses replaced by labels.
    func shown(_ v: Value, limit: Int = 240) -> String {
        let text = vm.boundedRepr(v, limit: limit)
        return labels?.relabel(text, recorder: recorder) ?? text
    }

    func binding(_ name: String, _ v: Value?, cellLabel: String? = nil) -> Binding {
        guard let v = v else { return Binding(name: name, value: "", typeName: "", isUnbound: true, cellLabel: cellLabel) }
        // The label first: labels are numbered in the order they are shown,
        // and the repr may name objects inside this one.
        let label = objectLabel(v)
        let raw = vm.boundedRepr(v, limit: reprLimit)
        var b = Binding(name: name, value: labels?.relabel(raw, recorder: recorder) ?? raw, typeName: vm.typeOf(v).name, cellLabel: cellLabel)
        b.objectLabel = label
        b.reprWithoutLabels = raw
        return b
    }

    /// The heap label (`#3`) of a value the heap shows as a box; nil for
    /// numbers, strings, None, classes and modules (values, not boxes).
    func objectLabel(_ v: Value) -> String? {
        guard let labels, case .object(let o) = v, HeapGraph.isBox(o) else { return nil }
        return labels.label(of: o, recorder: recorder) ?? labels.fallbackLabel(o)
    }

    static func label(_ c: Cell) -> String { "c\(c.serial)" }

    static let classBookkeeping: Set<String> = ["__module__", "__qualname__", "__firstlineno__", "__static_attributes__", "__classcell__", "__classdictcell__"]

    /// Local and Enclosing scopes of a frame, Global and Builtins.
    func scopes(of frame: Frame) -> ScopesView {
        // Built in the order the Scopes pane shows them (Local, Enclosing,
        // Global), so that labels are numbered by first display.
        var view = ScopesView()
        view.builtins = vm.builtinNames
        let code = frame.code
        if code.kind == .module {
            view.isModuleFrame = true
            // A comprehension running at module level: its own variable.
            view.local = comprehensionBindings(of: frame)
            view.global = globalBindings(of: frame.globals)
            return view
        }
        view.local = localBindings(of: frame)
        for (i, name) in code.freevars.enumerated() {
            let idx = code.cellvars.count + i
            guard idx < frame.cells.count else { continue }
            let c = frame.cells[idx]
            view.enclosing.append(EnclosingBinding(binding: binding(name, c.contents, cellLabel: Inspector.label(c)), owner: c.creatorName))
        }
        view.global = globalBindings(of: frame.globals)
        return view
    }

    /// The iteration variables of a comprehension inlined into a module or
    /// class body (PEP 709), while they are bound: they live in hidden fast
    /// slots, apart from the namespace the body writes.
    func comprehensionBindings(of frame: Frame) -> [Binding] {
        var out: [Binding] = []
        for (name, v) in Inspector.comprehensionValues(of: frame) {
            if let j = out.firstIndex(where: { $0.name == name }) { out[j] = binding(name, v) } else { out.append(binding(name, v)) }
        }
        return out
    }

    /// (name, value) of each bound comprehension slot of a module or class
    /// body, innermost comprehension last.
    static func comprehensionValues(of frame: Frame) -> [(String, Value)] {
        let code = frame.code
        guard code.kind == .module || code.kind == .classBody, !code.comprehensionSlots.isEmpty else { return [] }
        var out: [(String, Value)] = []
        for i in code.comprehensionSlots.sorted() where i < frame.nlocals {
            let name = code.varnames[i]
            guard !name.hasPrefix("."), let v = frame.locals[i] else { continue }
            out.append((name, v))
        }
        return out
    }

    /// The Local scope of a function frame or class body.
    func localBindings(of frame: Frame) -> [Binding] {
        let code = frame.code
        var view = ScopesView()
        if let ns = frame.classNamespace {
            // The names the class statement itself puts first (__module__,
            // __qualname__, __firstlineno__) are bookkeeping, not the body's.
            view.local = ns.pairs.map { (vm.strValue($0.key), $0.value) }
                .filter { !Inspector.classBookkeeping.contains($0.0) }.map { binding($0.0, $0.1) }
            view.local += comprehensionBindings(of: frame)
        } else {
            var seen = Set<String>()
            for (i, name) in code.varnames.enumerated() {
                if code.hiddenSlots.contains(i) { continue }
                if code.comprehensionSlots.contains(i) {
                    // A comprehension variable shows only while it is bound.
                    if let v = frame.locals[i] {
                        if let j = view.local.firstIndex(where: { $0.name == name }) { view.local[j] = binding(name, v) } else { view.local.append(binding(name, v)) }
                        seen.insert(name)
                    }
                    continue
                }
                // ".0", a generator expression's iterator, is the implementation's.
                if name.hasPrefix(".") { continue }
                if seen.insert(name).inserted { view.local.append(binding(name, frame.locals[i])) }
            }
            for (i, name) in code.cellvars.enumerated() where i < frame.cells.count {
                let c = frame.cells[i]
                view.local.append(binding(name, c.contents, cellLabel: Inspector.label(c)))
            }
        }
        return view.local
    }

    func globalBindings(of globals: Globals? = nil) -> [Binding] {
        (globals ?? vm.globals).boundItems.compactMap { name, v in
            if name.hasPrefix("__") && name.hasSuffix("__") { return nil }
            return binding(name, v)
        }
    }

    /// Every live cell, oldest first, with the closures that hold it.
    func cells() -> [CellInfo] {
        vm.pruneTrackedObjects()
        var holders: [ObjectIdentifier: [CellHolder]] = [:]
        for box in vm.liveClosures {
            guard let fn = box.value else { continue }
            for (i, c) in fn.closure.enumerated() {
                holders[ObjectIdentifier(c), default: []].append(CellHolder(function: fn.qualname, index: i))
            }
        }
        return vm.liveCells.compactMap { $0.value }.sorted { $0.serial < $1.serial }.map { c in
            let label = c.contents.flatMap { objectLabel($0) }
            let raw = c.contents.map { vm.boundedRepr($0, limit: reprLimit) }
            var info = CellInfo(label: Inspector.label(c), variable: c.variable,
                                contents: raw.map { labels?.relabel($0, recorder: recorder) ?? $0 },
                                typeName: c.contents.map { vm.typeOf($0).name },
                                creator: c.creatorName,
                                creatorFinished: c.creatorFrame?.isFinished ?? true,
                                heldBy: holders[ObjectIdentifier(c)] ?? [])
            info.objectLabel = label
            info.reprWithoutLabels = raw ?? ""
            return info
        }
    }

    /// Names the instructions of `line` in `code` read and write, with the
    /// scope each resolves through.
    func accesses(code: CodeObject, line: Int, frame: Frame?) -> [NameAccess] {
        var out: [NameAccess] = []
        func add(_ name: String, _ scope: ResolvedScope, _ write: Bool, comprehension: Bool = false, delete: Bool = false) {
            if name.hasPrefix(".") { return }
            var a = NameAccess(name: name, scope: scope, isWrite: write)
            a.isComprehensionVariable = comprehension
            a.isDelete = delete
            if !out.contains(a) { out.append(a) }
        }
        // Global slots belong to the frame's own module (a helper.py frame
        // indexes helper's globals, not the program's).
        let globals = frame?.globals ?? vm.globals
        func globalName(_ i: Int) -> String { i >= 0 && i < globals.names.count ? globals.names[i] : "?" }
        for (i, ins) in code.instructions.enumerated() where Int(code.lines[i]) == line {
            let arg = Int(ins.arg)
            switch ins.op {
            case .loadFast, .loadFastCheck: add(code.varnames[arg], .local, false)
            case .storeFast, .deleteFast:
                let slot = arg & ~Compiler.silentDelete
                if slot < code.varnames.count, arg & Compiler.silentDelete == 0 {
                    add(code.varnames[slot], .local, true, comprehension: code.comprehensionSlots.contains(slot), delete: ins.op == .deleteFast)
                }
            case .loadDeref, .loadFromDictOrDeref, .loadClosure:
                if ins.op == .loadClosure { continue }
                add(code.cellName(arg), arg < code.cellvars.count ? .cell : .free, false)
            case .storeDeref, .deleteDeref:
                add(code.cellName(arg), arg < code.cellvars.count ? .cell : .free, true, delete: ins.op == .deleteDeref)
            case .loadGlobal:
                let name = globalName(arg)
                add(name, globals[name] != nil ? .global : .builtin, false)
            case .storeGlobal, .deleteGlobal:
                add(globalName(arg), .global, true, delete: ins.op == .deleteGlobal)
            case .loadName:
                let name = code.names[arg]
                if code.kind == .classBody, let ns = frame?.classNamespace, (try? ns.get(.str(name), vm: vm)) ?? nil != nil { add(name, .local, false) } else {
                    add(name, globals[name] != nil ? .global : .builtin, false)
                }
            case .storeName, .deleteName:
                add(code.names[arg], code.kind == .classBody ? .local : .global, true, delete: ins.op == .deleteName)
            default: break
            }
        }
        return out
    }

    /// A sentence about the step, for the status line. True to CPython's
    /// semantics: a generator is resumed (not called) and yields (does not
    /// return); a class body runs once and its names become attributes; a
    /// frame left by an exception returns nothing.
    func narrate(event: TraceEventKind, frame: Frame, accesses: [NameAccess], returnValue: Value?, exception: PyExceptionObject?,
                 previousFunction: String?, uncaught: Bool = false, unwinding: Bool = false, repeatsLine: Bool = false,
                 previousLine: Int? = nil) -> String {
        let code = frame.code
        let fn = code.kind == .module ? "the module" : code.kind == .classBody ? "the body of class \(code.name)" : code.name
        switch event {
        case .call:
            if code.kind == .module { return "the program starts" }
            if code.kind == .classBody {
                return "class \(code.name): its body runs once, top to bottom; the names it binds become the class's attributes"
            }
            if code.isGenerator && frame.ip > 0 {
                return "\(code.name) resumes where it paused: same frame, its locals kept (no new call)"
            }
            if code.isGenerator {
                return "\(code.name) starts running: its generator's first next() enters the frame made at the call"
            }
            return "call \(code.name)(): a new frame with its own local scope"
        case .return:
            // The line just executed comes first: "inner reads message ...; inner returns None".
            let line = narrate(event: .line, frame: frame, accesses: accesses, returnValue: nil, exception: nil, previousFunction: previousFunction,
                               previousLine: previousLine)
            let ret: String
            if unwinding {
                let what = exception.map { vm.exceptionOnlyLine($0) } ?? "the exception"
                ret = code.kind == .module ? "the program stops: \(what) was not caught"
                    : "\(fn) is left because of \(what): it returns nothing"
            } else if isYield(frame) {
                let v = returnValue.map { shown($0, limit: 60) } ?? "None"
                ret = "\(code.name) yields \(v) and pauses: its frame waits for the next next()"
            } else if code.kind == .module {
                ret = "the program ends"
            } else if code.kind == .classBody {
                ret = "the body of class \(code.name) ends: its names become the class's attributes"
            } else {
                let v = returnValue.map { shown($0, limit: 60) } ?? "None"
                ret = "\(fn) returns \(v)" + (code.isGenerator ? ": the generator is finished (next() now raises StopIteration)" : "")
                    + (code.cellvars.isEmpty ? "" : "; its cells live on while closures hold them")
            }
            return line.isEmpty ? ret : line + "; " + ret
        case .exception:
            let what = exception.map { vm.exceptionOnlyLine($0) } ?? "an exception"
            if uncaught { return "\(what) was not caught: the program stops here (its frames are kept to look at)" }
            // Come up from a callee: not raised here, it propagates through here.
            if let e = exception, e.traceback.count >= 2 {
                let origin = e.traceback.first?.frame === frame ? e.traceback.last! : e.traceback.first!
                return "\(what) comes up from \(origin.code.name) into \(fn)"
            }
            return "\(what) is raised in \(fn)"
        case .line:
            break
        }
        guard let who = previousFunction else { return "" }
        // The same line again: a comprehension (or a one-line loop) takes its next item.
        if repeatsLine, let c = accesses.first(where: { $0.isComprehensionVariable && $0.isWrite }) {
            let slots = frame.code.varnames.indices.filter { frame.code.varnames[$0] == c.name && frame.code.comprehensionSlots.contains($0) }
            let v = slots.lazy.compactMap { frame.locals[$0] }.first
            return "the comprehension takes its next item: \(c.name) = \(v.map { shown($0, limit: 60) } ?? "?") (its own variable, gone when it ends)"
        }
        // A `for` line whose iterator had no more items binds nothing.
        if let l = previousLine, let exit = forLoopExit(frame.code, line: l), frame.lastIP >= exit {
            let target = accesses.first { $0.isWrite && !$0.isComprehensionVariable }?.name
            return "\(who)'s for loop has no more items, so it ends" + (target.map { " (\($0) keeps its last value)" } ?? "")
        }
        // The most telling access of the line just executed (a comprehension's
        // own variable is not: the line's point is what it builds).
        // A class body's first line reads __name__ and binds __module__,
        // __qualname__: the class statement's bookkeeping, not the body's.
        // `except E as err:` ends with `err = None; del err`: cleanup, not a binding.
        let clearedAgain = Set(accesses.filter { $0.isDelete }.map(\.name))
            .intersection(accesses.filter { $0.isWrite && !$0.isDelete }.map(\.name))
        let ranked = accesses.filter { !$0.isComprehensionVariable && !Inspector.classBookkeeping.contains($0.name)
            && !clearedAgain.contains($0.name)
            && !(frame.code.kind == .classBody && $0.name == "__name__") }.sorted { rank($0) > rank($1) }
        guard let a = ranked.first else { return "" }
        if frame.code.kind == .classBody, a.scope == .local, a.isWrite {
            return a.isDelete ? "the body of class \(frame.code.name) deletes \(a.name)"
                : "the body of class \(frame.code.name) binds \(a.name): it will be a class attribute"
        }
        if a.isDelete {
            let place = a.scope == .global ? "the global scope" : a.scope == .local ? "its local scope" : "the cell"
            return "\(who) deletes the name \(a.name) (del) from \(place): the object lives on while anything else refers to it"
        }
        switch (a.scope, a.isWrite) {
        case (.free, false):
            let owner = frame.cell(named: a.name)?.creatorName ?? "an enclosing function"
            return "\(who) reads \(a.name): not local, found in the enclosing scope of \(owner) via its cell"
        case (.free, true):
            let owner = frame.cell(named: a.name)?.creatorName ?? "an enclosing function"
            return "\(who) rebinds \(a.name) in \(owner)'s cell (nonlocal)"
        case (.cell, true):
            return "\(who) binds \(a.name) in a cell: an inner function can see it"
        case (.cell, false):
            return "\(who) reads \(a.name) from its own cell"
        case (.global, true):
            return "\(who) binds \(a.name) in the global scope"
        case (.global, false):
            return "\(who) reads \(a.name): not local, found in the global scope"
        case (.builtin, _):
            return "\(who) uses \(a.name): found in the builtins"
        case (.local, true):
            return "\(who) binds \(a.name) in its local scope"
        case (.local, false):
            return "\(who) reads its local \(a.name)"
        }
    }

    /// Where the `for` loop on `line` goes when its iterator is exhausted
    /// (FOR_ITER's target), nil when the line has no `for` of the
    /// program's own (a comprehension's loop is told otherwise).
    func forLoopExit(_ code: CodeObject, line: Int) -> Int? {
        for (k, ins) in code.instructions.enumerated() where ins.op == .forIter && Int(code.lines[k]) == line {
            // The first store after FOR_ITER: into a comprehension's own variable?
            var j = k + 1
            while j < code.instructions.count && j <= k + 6 {
                let op = code.instructions[j].op
                if op == .storeFast {
                    let slot = Int(code.instructions[j].arg) & ~Compiler.silentDelete
                    if code.comprehensionSlots.contains(slot) { return nil }
                    break
                }
                if op == .storeName || op == .storeGlobal || op == .storeDeref || op == .storeAttr || op == .storeSubscr { break }
                j += 1
            }
            return Int(ins.arg)
        }
        return nil
    }

    /// The return event of a `yield` (CPython reports both as "return").
    func isYield(_ frame: Frame) -> Bool {
        guard frame.code.isGenerator, frame.lastIP >= 0, frame.lastIP < frame.code.instructions.count else { return false }
        return frame.code.instructions[frame.lastIP].op == .yieldValue
    }

    private func rank(_ a: NameAccess) -> Int {
        switch a.scope {
        case .free: return 6 + (a.isWrite ? 1 : 0)
        case .cell: return 5
        case .global: return a.isWrite ? 4 : 2
        case .local: return a.isWrite ? 3 : 1
        case .builtin: return 0
        }
    }
}

extension VM {
    var builtinNames: [String] { builtins.keys.filter { !$0.hasPrefix("_") }.sorted() }
}
