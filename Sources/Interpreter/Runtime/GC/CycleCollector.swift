// The cycle collector: what ARC cannot free, objects that keep each other
// alive in a cycle, found and freed as CPython's gc module does.
//
// Every tracked object (TrackedObject.swift) has a retain count. Subtract
// from it the references other tracked objects hold (Traversal.swift): what
// is left are references from outside them (frames, globals, the VM's own
// variables, anything untracked), and objects with some are alive, with all
// they reach. The rest is garbage, unreachable however one starts. As in
// CPython (PEP 442), the garbage's weak references are cleared and their
// callbacks run, then its finalizers (__del__, close() of a suspended
// generator), each once; what a finalizer made reachable again is kept; the
// rest is cleared (tp_clear) so that ARC frees it. The count returned is
// CPython's: the objects still in cycles after finalization (those that
// finalization left unreferenced die by reference counting, uncounted).
//
// Reading retain counts runs no Python code and takes no reference; Python
// code runs only between the analyses, with the garbage held.

extension VM {
    /// gc.collect() (full) or an automatic collection (young objects only
    /// unless the old ones have grown). Returns the number collected.
    @discardableResult
    func collectCycles(full: Bool) -> Int {
        let r = gcRegistry
        r.due = false
        r.count = 0
        guard !collectingCycles else { return 0 }
        collectingCycles = true
        defer { collectingCycles = false }
        if full {
            r.youngCollections = 0
        } else {
            r.youngCollections += 1
        }

        // Frames pooled by their code keep the last function called: a full
        // collection lets them go (a young one leaves that function for later).
        if full {
            let codes = GCRegistry.withLock { () -> [CodeObject] in
                var seen = Set<ObjectIdentifier>()
                var out: [CodeObject] = []
                for u in r.members(includingOld: true) {
                    u._withUnsafeGuaranteedRef { o in
                        guard o.kind == .function else { return }
                        let code = unsafeDowncast(o, to: PyFunction.self).code
                        if code.pooledCount > 0 && seen.insert(ObjectIdentifier(code)).inserted { out.append(code) }
                    }
                }
                return out
            }
            for c in codes { c.dropPooledFrames() }
        }

        // Which objects nothing outside them reaches.
        var garbage: [PyTrackedObject] = GCRegistry.withLock {
            let objs = r.members(includingOld: full)
            let (survivors, unreachable) = CycleAnalysis(objs).scan()
            // The list in the order CPython's scan leaves it, the garbage
            // last (what a finalizer resurrects stays there).
            r.relink(survivors.map { objs[$0] } + unreachable.map { objs[$0] }, replacingOld: full)
            if full {
                r.oldCount = survivors.count
                r.oldAtLastFull = r.oldCount
            }
            return unreachable.map { objs[$0].takeUnretainedValue() }
        }
        guard !garbage.isEmpty else {
            if finalizerPending { runPendingFinalizers() }
            return 0
        }

        // Weak references to the garbage answer None; their callbacks run.
        for (ref, w) in WeakrefModule.clearReferences(to: garbage) {
            do {
                _ = try call(w.callback, [.object(ref)])
            } catch let e as PyError {
                reportIgnored(e.exception, in: (try? repr(w.callback)) ?? "callback")
            } catch {}
        }
        // Finalizers, once each (PEP 442).
        for o in garbage { finalizeCollected(o) }

        // What finalizers made reachable stays; what they left unreferenced
        // dies by reference counting; the cycles left are cleared.
        let cyclic: [Int] = GCRegistry.withLock {
            let objs = garbage.map { Unmanaged.passUnretained($0) }
            return CycleAnalysis(objs, held: 1).stillCyclic()
        }
        var collected = 0
        for i in cyclic {
            collected += garbage[i].gcObjectCount
            garbage[i].gcClear()
        }
        garbage = []
        if finalizerPending { runPendingFinalizers() }
        return collected
    }

    /// At a line boundary, when allocations made a collection due. As
    /// CPython's generations: the whole heap only after 100 young
    /// collections, and once the objects that survived them have grown by
    /// a quarter since the last full one (so a growing heap costs linear time).
    func collectAutomatically() {
        let r = gcRegistry
        let grown = r.oldCount - r.oldAtLastFull
        let full = r.youngCollections >= 100 && grown > r.oldAtLastFull / 4
        collectCycles(full: full)
    }

    private func finalizeCollected(_ o: PyTrackedObject) {
        if o.kind == .instance {
            let inst = unsafeDowncast(o, to: PyInstance.self)
            guard !inst.finalized else { return }
            inst.finalized = true
            guard inst.cls.hasFinalizer, let del = inst.cls.lookup("__del__") else { return }
            do {
                _ = try call(try bindIfFunction(del, to: .object(inst), type: inst.cls), [])
            } catch let e as PyError {
                reportIgnored(e.exception, in: (try? repr(del)) ?? "__del__")
            } catch {}
        } else if let g = o as? PyGenerator, g.state == .suspended, g.flavor != .asyncGenerator {
            do {
                _ = try closeCoroutine(g)
            } catch let e as PyError {
                let what = g.flavor == .coroutine ? "coroutine" : "generator"
                reportIgnored(e.exception, in: "<\(what) object \(g.qualname) at \(VM.hexAddress(g.address))>")
            } catch {}
            // A closed generator's frame lets go of its locals (CPython clears it).
            if g.state == .finished { g.gcClear() }
        }
    }
}

/// One pass of reference counting over a set of tracked objects, while no
/// other code runs on them.
final class CycleAnalysis {
    let objs: [Unmanaged<PyTrackedObject>]
    /// Per object: its retain count less the references from the others
    /// (and less `held`, the references the collector itself holds). A raw
    /// buffer: the inner loop runs once per reference of the whole heap.
    let external: UnsafeMutablePointer<Int>

    init(_ objs: [Unmanaged<PyTrackedObject>], held: Int = 0) {
        self.objs = objs
        external = .allocate(capacity: max(objs.count, 1))
        let ext = external
        for (i, u) in objs.enumerated() {
            ext[i] = retainCount(u) - held
            u._withUnsafeGuaranteedRef { $0.gcIndex = Int32(truncatingIfNeeded: i + 1) }
        }
        for u in objs {
            u._withUnsafeGuaranteedRef { o in
                o.gcTraverse(exact: true) { v in if let j = index(of: v) { ext[j] -= 1 } }
            }
        }
    }

    deinit { external.deallocate() }

    /// The candidate `v` is, if it is one.
    @inline(__always) func index(of v: Value) -> Int? {
        guard case .object(let o) = v else { return nil }
        let j = Int(o.gcIndex) - 1
        // The slot is scratch: check it is really this candidate.
        guard j >= 0, j < objs.count, objs[j].toOpaque() == Unmanaged.passUnretained(o).toOpaque() else { return nil }
        return j
    }

    /// Marks what the objects with outside references reach.
    private func reachable() -> [Bool] {
        var marked = [Bool](repeating: false, count: objs.count)
        var stack: [Int] = []
        for i in objs.indices where external[i] > 0 {
            marked[i] = true
            stack.append(i)
        }
        while let i = stack.popLast() {
            objs[i]._withUnsafeGuaranteedRef { o in
                o.gcTraverse(exact: true) { v in
                    if let j = index(of: v), !marked[j] {
                        marked[j] = true
                        stack.append(j)
                    }
                }
            }
        }
        return marked
    }

    func resetScratch() {
        for u in objs { u._withUnsafeGuaranteedRef { $0.gcIndex = 0 } }
    }

    /// CPython's move_unreachable, step for step, for its orders: the list
    /// is scanned in order; an object with outside references makes what it
    /// references reachable, and one already set aside as unreachable goes
    /// back to the end of the list, to be scanned again. Returns the
    /// survivors and the unreachable objects, each in the order they end in
    /// (the order finalizers run in).
    func scan() -> (survivors: [Int], unreachable: [Int]) {
        let n = objs.count
        var refs = (0..<n).map { max(external[$0], 0) }
        var setAside = [Bool](repeating: false, count: n)
        var queue = Array(0..<n)
        var aside: [Int] = []
        var survivors: [Int] = []
        var p = 0
        while p < queue.count {
            let i = queue[p]
            p += 1
            if refs[i] > 0 {
                survivors.append(i)
                objs[i]._withUnsafeGuaranteedRef { o in
                    o.gcTraverseInCPythonOrder { v in
                        guard let j = index(of: v) else { return }
                        if setAside[j] {
                            setAside[j] = false
                            refs[j] = 1
                            queue.append(j)
                        } else if refs[j] == 0 {
                            refs[j] = 1
                        }
                    }
                }
            } else {
                setAside[i] = true
                aside.append(i)
            }
        }
        resetScratch()
        return (survivors, aside.filter { setAside[$0] })
    }

    /// After finalizers: of the garbage, those still in (or hanging from) a
    /// cycle, neither resurrected nor left to die by reference counting.
    func stillCyclic() -> [Int] {
        let marked = reachable()
        // Incoming references from the other unresurrected objects.
        var incoming = [Int](repeating: 0, count: objs.count)
        for i in objs.indices where !marked[i] {
            objs[i]._withUnsafeGuaranteedRef { o in
                o.gcTraverse(exact: true) { v in if let j = index(of: v), !marked[j] { incoming[j] += 1 } }
            }
        }
        // Peel what nothing references: it dies as its last reference goes.
        var dead = [Bool](repeating: false, count: objs.count)
        var queue = objs.indices.filter { !marked[$0] && incoming[$0] == 0 }
        while let i = queue.popLast() {
            dead[i] = true
            objs[i]._withUnsafeGuaranteedRef { o in
                o.gcTraverse(exact: true) { v in
                    if let j = index(of: v), !marked[j], !dead[j] {
                        incoming[j] -= 1
                        if incoming[j] == 0 { queue.append(j) }
                    }
                }
            }
        }
        resetScratch()
        return objs.indices.filter { !marked[$0] && !dead[$0] }
    }
}
