// Builds the inspection model (DebugSnapshot parts) from live VM state: the
// stack, the selected frame's LEGB scopes, every live cell with its holders,
// and what the last step did to names.

struct Inspector {
    let vm: VM
    let reprLimit = 240

    func binding(_ name: String, _ v: Value?, cellLabel: String? = nil) -> Binding {
        guard let v = v else { return Binding(name: name, value: "", typeName: "", isUnbound: true, cellLabel: cellLabel) }
        return Binding(name: name, value: vm.boundedRepr(v, limit: reprLimit), typeName: vm.typeOf(v).name, cellLabel: cellLabel)
    }

    static func label(_ c: Cell) -> String { "c\(c.serial)" }

    /// Local and Enclosing scopes of a frame, Global and Builtins.
    func scopes(of frame: Frame) -> ScopesView {
        var view = ScopesView()
        view.global = globalBindings(of: frame.globals)
        view.builtins = vm.builtinNames
        let code = frame.code
        if code.kind == .module {
            view.isModuleFrame = true
            return view
        }
        if let ns = frame.classNamespace {
            view.local = ns.pairs.map { binding(vm.strValue($0.key), $0.value) }
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
                if seen.insert(name).inserted { view.local.append(binding(name, frame.locals[i])) }
            }
            for (i, name) in code.cellvars.enumerated() where i < frame.cells.count {
                let c = frame.cells[i]
                view.local.append(binding(name, c.contents, cellLabel: Inspector.label(c)))
            }
        }
        for (i, name) in code.freevars.enumerated() {
            let idx = code.cellvars.count + i
            guard idx < frame.cells.count else { continue }
            let c = frame.cells[idx]
            view.enclosing.append(EnclosingBinding(binding: binding(name, c.contents, cellLabel: Inspector.label(c)), owner: c.creatorName))
        }
        return view
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
            CellInfo(label: Inspector.label(c), variable: c.variable,
                     contents: c.contents.map { vm.boundedRepr($0, limit: reprLimit) },
                     typeName: c.contents.map { vm.typeOf($0).name },
                     creator: c.creatorName,
                     creatorFinished: c.creatorFrame?.isFinished ?? true,
                     heldBy: holders[ObjectIdentifier(c)] ?? [])
        }
    }

    /// Names the instructions of `line` in `code` read and write, with the
    /// scope each resolves through.
    func accesses(code: CodeObject, line: Int, frame: Frame?) -> [NameAccess] {
        var out: [NameAccess] = []
        func add(_ name: String, _ scope: ResolvedScope, _ write: Bool) {
            if name.hasPrefix(".") { return }
            let a = NameAccess(name: name, scope: scope, isWrite: write)
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
                if slot < code.varnames.count, arg & Compiler.silentDelete == 0 { add(code.varnames[slot], .local, true) }
            case .loadDeref, .loadFromDictOrDeref, .loadClosure:
                if ins.op == .loadClosure { continue }
                add(code.cellName(arg), arg < code.cellvars.count ? .cell : .free, false)
            case .storeDeref, .deleteDeref:
                add(code.cellName(arg), arg < code.cellvars.count ? .cell : .free, true)
            case .loadGlobal:
                let name = globalName(arg)
                add(name, globals[name] != nil ? .global : .builtin, false)
            case .storeGlobal, .deleteGlobal:
                add(globalName(arg), .global, true)
            case .loadName:
                let name = code.names[arg]
                if code.kind == .classBody, let ns = frame?.classNamespace, (try? ns.get(.str(name), vm: vm)) ?? nil != nil { add(name, .local, false) } else {
                    add(name, globals[name] != nil ? .global : .builtin, false)
                }
            case .storeName, .deleteName:
                add(code.names[arg], code.kind == .classBody ? .local : .global, true)
            default: break
            }
        }
        return out
    }

    /// A sentence about the step, for the status line.
    func narrate(event: TraceEventKind, frame: Frame, accesses: [NameAccess], returnValue: Value?, exception: PyExceptionObject?, previousFunction: String?) -> String {
        let fn = frame.code.kind == .module ? "the module" : frame.code.name
        switch event {
        case .call:
            return frame.code.kind == .module ? "the program starts" : "call \(frame.code.name)(): a new frame with its own local scope"
        case .return:
            let v = returnValue.map { vm.boundedRepr($0, limit: 60) } ?? "None"
            let ret = "\(fn) returns \(v)" + (frame.code.cellvars.isEmpty ? "" : "; its cells live on while closures hold them")
            // The line just executed comes first: "inner reads message ...; inner returns None".
            let line = narrate(event: .line, frame: frame, accesses: accesses, returnValue: nil, exception: nil, previousFunction: previousFunction)
            return line.isEmpty ? ret : line + "; " + ret
        case .exception:
            return "\(exception.map { vm.exceptionOnlyLine($0) } ?? "an exception") is raised in \(fn)"
        case .line:
            break
        }
        guard let who = previousFunction else { return "" }
        // The most telling access of the line just executed.
        let ranked = accesses.sorted { rank($0) > rank($1) }
        guard let a = ranked.first else { return "" }
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
