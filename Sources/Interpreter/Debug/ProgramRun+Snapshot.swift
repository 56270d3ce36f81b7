// The snapshot of one stop: scopes, cells, what the last step did (change
// marks, narration) and which objects are aliased. Marks compare with the
// state recorded at the previous stop of this run, or, in a replay, at the
// stop the user first stepped from (the baseline): arriving at a stop by
// stepping or by jumping back shows the same marks and the same sentence.

struct RecordedEvaluation: Equatable, Codable {
    var expression: String
    /// The selected frame (index in the stack, outermost first).
    var frameIndex: Int
}

extension ProgramRun {
    /// Frames whose locals are recorded for the next stop's marks (innermost).
    static let recordedFrameLimit = 50

    var inspector: Inspector { Inspector(vm: vm, labels: debugger?.objectLabels, recorder: recorder) }

    func makeSnapshot(kind: TraceEventKind, line: Int, eventFrame: Frame?, returnValue: Value?, exception: ExceptionInfo?,
                      excObject: PyExceptionObject?, state: RunState, silent: Bool = false) -> DebugSnapshot {
        // The debugger's own objects (reprs) are not the program's: a replay,
        // which takes no snapshots on the way, must key objects alike.
        recorder?.pause()
        defer { recorder?.unpause() }
        let insp = inspector
        var stack: [FrameInfo] = []
        for (i, f) in stackFrames.enumerated() {
            let l = f === eventFrame ? line : f.lineForTraceback
            stack.append(FrameInfo(function: f.code.kind == .module ? "<module>" : f.qualname, line: l, isSelected: i == selectedIndex))
        }
        var scopes = ScopesView()
        if let sel = selectedFrameObject { scopes = insp.scopes(of: sel) } else {
            scopes.global = insp.globalBindings()
            scopes.builtins = vm.builtinNames
            scopes.isModuleFrame = true
        }
        var cells = insp.cells()
        // What the previous step did.
        var effects = StepEffects()
        let stepped = previousStopEvent >= 0 && vm.eventCount == previousStopEvent + 1
        if let prev = previousLine, stepped {
            effects.accesses = insp.accesses(code: prev.code, line: prev.line, frame: eventFrame)
        }
        if let reason = stopReason, !silent {
            effects.narration = reason
        } else if let f = eventFrame {
            let repeats = stepped && kind == .line && previousLine.map { $0.code === f.code && $0.line == line } == true
            effects.narration = insp.narrate(event: kind, frame: f, accesses: effects.accesses, returnValue: returnValue,
                                             exception: excObject ?? (unwinding ? lastRaised : nil),
                                             previousFunction: stepped ? previousLine?.function : nil, uncaught: state == .exception,
                                             unwinding: unwinding && kind == .return, repeatsLine: repeats,
                                             previousLine: stepped ? previousLine.flatMap { $0.code === f.code ? $0.line : nil } : nil)
        }
        if !silent { stopReason = nil }
        // A resumed generator's locals are those it paused with; the frames
        // of a post-mortem are those the exception left: nothing new in them.
        let resumed = kind == .call && eventFrame.map { $0.code.isGenerator && $0.ip > 0 } == true
        markChanges(&scopes, &cells, &effects, isCallEvent: kind == .call, insp: insp, localsUnchanged: resumed || state == .exception)
        markAliases(&scopes, &cells)
        baselineOfLastSnapshot = previousStopEvent
        previousStopEvent = vm.eventCount
        if let f = eventFrame, kind == .line {
            previousLine = (f.code, line, f.code.kind == .module ? "the module" : f.code.name)
        } else {
            previousLine = nil
        }
        if silent { return debugger?.snapshot ?? DebugSnapshot.empty }
        return DebugSnapshot(filename: filename, sourceLines: sourceLines, state: state, step: vm.eventCount,
                             event: kind.rawValue, line: line, stack: stack, selectedFrame: selectedIndex, scopes: scopes,
                             cells: cells, effects: effects, output: io.text, exception: exception,
                             breakpoints: breakpointsWithHits(), returnValue: returnValue.map { insp.shown($0) })
    }

    func breakpointsWithHits() -> [Breakpoint] {
        (debugger?.breakpoints.values.sorted { $0.line < $1.line } ?? []).map { bp in
            var b = bp
            b.hits = hitCount(line: bp.line)
            return b
        }
    }

    /// After the user evaluated `expression` at this stop: the same stop
    /// with the evaluation's changes marked and told ("you changed a"), so
    /// the next step does not blame the program for them. Nil when the
    /// evaluation changed nothing shown.
    func snapshotAfterEvaluation(_ expression: String, before: DebugSnapshot) -> DebugSnapshot? {
        recorder?.pause()
        defer { recorder?.unpause() }
        let insp = inspector
        var snap = before
        snap.output = io.text
        var scopes = ScopesView()
        if let sel = selectedFrameObject { scopes = insp.scopes(of: sel) } else {
            scopes.global = insp.globalBindings()
            scopes.builtins = vm.builtinNames
            scopes.isModuleFrame = true
        }
        var cells = insp.cells()
        var effects = StepEffects()
        markChanges(&scopes, &cells, &effects, isCallEvent: false, insp: insp)
        markAliases(&scopes, &cells)
        guard !effects.changes.isEmpty else { return snap.output == before.output ? nil : snap }
        var names: [String] = []
        for c in effects.changes where !names.contains(c.name) { names.append(c.name) }
        effects.narration = "you changed \(names.joined(separator: ", ")) by evaluating \(expression) (kept in the history: replays repeat it)"
        snap.scopes = scopes
        snap.cells = cells
        snap.effects = effects
        return snap
    }

    private func frameKey(_ f: Frame) -> String { "\(ObjectIdentifier(f).hashValue)-\(f.qualname)" }

    /// Marks bindings new / rebound / mutated against the previous stop
    /// (every frame's locals, globals and cells are recorded there).
    func markChanges(_ scopes: inout ScopesView, _ cells: inout [CellInfo], _ effects: inout StepEffects, isCallEvent: Bool, insp: Inspector,
                     localsUnchanged: Bool = false) {
        var now: [String: (Int, String)] = [:]
        let haveBefore = !lastValues.isEmpty
        let selected = selectedFrameObject
        let selectedKey = selected.map(frameKey) ?? "m"
        // A frame missing from the previous record was made since: all its
        // names are new (unless the stack was too deep to record).
        let frameWasRecorded = lastFrames.contains(selectedKey)
        let compareLocals = !localsUnchanged && (frameWasRecorded || isCallEvent || lastValuesCoverAllFrames)
        func mark(_ key: String, _ b: inout Binding, _ scope: ResolvedScope, identity: Int?, isLocal: Bool) {
            guard !b.isUnbound, let id = identity else { return }
            now[key] = (id, b.reprWithoutLabels)
            guard haveBefore, !isLocal || compareLocals else { return }
            if let old = lastValues[key] {
                if old.0 != id { b.change = .rebound } else if old.1 != b.reprWithoutLabels { b.change = .mutated }
            } else {
                b.change = .new
            }
            if let c = b.change { effects.changes.append(BindingChange(name: b.name, scope: scope, kind: c)) }
        }
        // A variable in a cell is compared through the cell (recorded at every
        // stop, whichever frame was shown).
        for i in scopes.local.indices {
            let name = scopes.local[i].name
            let v = selected.flatMap { localValue($0, name) }
            if let label = scopes.local[i].cellLabel {
                mark("cellinfo/\(label)", &scopes.local[i], .cell, identity: v?.identity, isLocal: localsUnchanged)
            } else {
                mark("\(selectedKey)/\(name)", &scopes.local[i], .local, identity: v?.identity, isLocal: true)
            }
        }
        for i in scopes.enclosing.indices {
            let name = scopes.enclosing[i].binding.name
            let v = selected?.cell(named: name)?.contents
            mark("cellinfo/\(scopes.enclosing[i].binding.cellLabel ?? name)", &scopes.enclosing[i].binding, .free, identity: v?.identity, isLocal: localsUnchanged)
        }
        let globals = selected?.globals ?? vm.globals
        for i in scopes.global.indices {
            let name = scopes.global[i].name
            mark("g/\(name)", &scopes.global[i], .global, identity: globals[name]?.identity, isLocal: false)
        }
        var cellByLabel: [String: Cell] = [:]
        for c in vm.liveCells.compactMap({ $0.value }) { cellByLabel[Inspector.label(c)] = c }
        for i in cells.indices {
            let key = "cellinfo/\(cells[i].label)"
            guard cells[i].contents != nil, let id = cellByLabel[cells[i].label]?.contents?.identity else { continue }
            let contents = cells[i].reprWithoutLabels
            let old = lastValues[key]
            now[key] = (id, contents)
            if haveBefore {
                if old == nil { cells[i].change = .new } else if old!.0 != id { cells[i].change = .rebound } else if old!.1 != contents { cells[i].change = .mutated }
            }
        }
        // The other frames' locals, for when the program returns to them or
        // the user steps back to a stop there.
        var frames = Set([selectedKey])
        let recorded = stackFrames.suffix(ProgramRun.recordedFrameLimit)
        // Not shown: recorded without labels (they are numbered when first shown).
        let unlabelled = Inspector(vm: vm, labels: nil, recorder: recorder)
        for f in recorded where f !== selected && f.code.kind != .module {
            let key = frameKey(f)
            frames.insert(key)
            for b in unlabelled.localBindings(of: f) where !b.isUnbound {
                now["\(key)/\(b.name)"] = (localValue(f, b.name)?.identity ?? 0, b.value)
            }
        }
        lastFrames = frames
        lastValuesCoverAllFrames = recorded.count == stackFrames.count
        lastValues = now
    }

    /// Marks every shown binding whose object another binding (in any
    /// frame, a cell, a global, an instance's attribute) refers to.
    func markAliases(_ scopes: inout ScopesView, _ cells: inout [CellInfo]) {
        var finder = AliasFinder(vm: vm)
        let selected = selectedFrameObject
        let globals = selected?.globals ?? vm.globals
        let liveCells = vm.liveCells.compactMap { $0.value }
        finder.collect(frames: stackFrames, globals: globals, cells: liveCells)
        aliasLabels = [:]
        let labels = debugger?.objectLabels
        func alias(_ v: Value?) -> String? {
            guard let o = finder.isAliased(v) else { return nil }
            let label = labels?.label(of: o, recorder: recorder) ?? labels?.fallbackLabel(o) ?? "#?"
            aliasLabels[ObjectIdentifier(o)] = label
            return label
        }
        for i in scopes.local.indices {
            scopes.local[i].alias = alias(selected.flatMap { localValue($0, scopes.local[i].name) })
        }
        for i in scopes.enclosing.indices {
            scopes.enclosing[i].binding.alias = alias(selected?.cell(named: scopes.enclosing[i].binding.name)?.contents)
        }
        for i in scopes.global.indices { scopes.global[i].alias = alias(globals[scopes.global[i].name]) }
        var byLabel: [String: Cell] = [:]
        for c in liveCells { byLabel[Inspector.label(c)] = c }
        for i in cells.indices { cells[i].alias = alias(byLabel[cells[i].label]?.contents) }
        // Attributes of aliased instances are counted, so their labels exist for children().
        for (id, n) in finder.counts where n >= 2 && aliasLabels[id] == nil {
            if let o = finder.object(id) { aliasLabels[id] = labels?.label(of: o, recorder: recorder) ?? labels?.fallbackLabel(o) ?? "#?" }
        }
    }

    func localValue(_ f: Frame, _ name: String) -> Value? {
        if let ns = f.classNamespace, let v = (try? ns.get(.str(name), vm: vm)) ?? nil { return v }
        for (n, v) in f.boundLocals() where n == name { return v }
        return Inspector.comprehensionValues(of: f).last { $0.0 == name }?.1
    }
}

extension DebugSnapshot {
    static let empty = DebugSnapshot(filename: "", sourceLines: [], state: .notStarted, step: 0, event: "", line: 0, stack: [], selectedFrame: 0,
                                     scopes: ScopesView(), cells: [], effects: StepEffects(), output: "", exception: nil, breakpoints: [])
}
