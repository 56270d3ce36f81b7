// CPython 3.13 specializes FOR_ITER after it has run once (the adaptive
// counter, Python/specialize.c): a loop over a generator becomes
// FOR_ITER_GEN, which runs the generator's frame inline and ends through
// END_FOR, and END_FOR reports the generator's return as a StopIteration
// `exception` event in the loop's frame even when the value is None. The
// unspecialized FOR_ITER reports it only for a value other than None. So
// the trace depends on the instruction's history; this replays CPython's
// counter per FOR_ITER (only while a trace hook is set: nothing else sees it).
// Under sys.settrace CPython 3.13 instruments the FOR_ITER of a loop that
// jumps back to it, which is then never specialized: only a loop whose body
// always leaves it (`for x in gen(): ...; break`) is (measured against
// CPython: tests line_events/for_over_generator_specialized.py).

struct ForIterSite {
    enum Kind { case generator, list, tuple, range }
    /// The specialized form, nil while adaptive.
    var kind: Kind?
    /// _Py_BackoffCounter: value counts down, backoff doubles on failure.
    var value: UInt16 = 1
    var backoff: UInt16 = 1
}

extension VM {
    /// Runs FOR_ITER's specialization step for the instruction at `index`
    /// and tells whether this execution takes FOR_ITER_GEN.
    func adaptForIter(_ code: CodeObject, _ index: Int, _ iterator: Value) -> Bool {
        if code.backEdgeTargets.contains(index) { return false }
        var site = code.forIterSites[index] ?? ForIterSite()
        defer { code.forIterSites[index] = site }
        let kind = ForIterSite.kindOf(iterator)
        if let k = site.kind, k == kind { return k == .generator }
        // Adaptive (or a specialized form that missed): count down, then
        // specialize for what is iterated now.
        if site.value == 0 {
            if let k = kind {
                site.kind = k
                site.value = 52  // adaptive_counter_cooldown
                site.backoff = 0
                return k == .generator
            }
            site.kind = nil
            let b = min(site.backoff + 1, 12)  // restart_backoff_counter
            site.value = (1 << b) - 1
            site.backoff = b
            return false
        }
        site.value -= 1
        return false
    }
}

extension ForIterSite {
    static func kindOf(_ v: Value) -> Kind? {
        guard case .object(let o) = v else { return nil }
        if let g = o as? PyGenerator {
            // FOR_ITER_GEN takes only a generator that can be resumed.
            // A library generator stands for one of CPython's C iterators.
            if g.frame.code.isLibrary { return nil }
            return g.flavor == .generator && (g.state == .created || g.state == .suspended) ? .generator : nil
        }
        if let it = o as? PyIterator {
            switch it.typeName {
            case "list_iterator": return .list
            case "tuple_iterator": return .tuple
            case "range_iterator": return .range
            default: return nil
            }
        }
        return nil
    }
}

extension CodeObject {
    /// Instructions some JUMP_BACKWARD goes to (loop heads that loop).
    var backEdgeTargets: Set<Int> {
        if let t = cachedBackEdgeTargets { return t }
        // A jump after a `break` or `return` is dead code (CPython drops it).
        var landed = Set<Int>()
        for ins in instructions where StackDepth.isJump(ins.op) { landed.insert(Int(ins.arg) & ~Compiler.noLocationFlag) }
        for e in exceptionTable { landed.insert(e.target) }
        func reachable(_ j: Int) -> Bool {
            var k = j
            while k > 0 {
                if landed.contains(k) { return true }
                let op = instructions[k - 1].op
                if op == .traceLine || op == .nop { k -= 1; continue }
                return !StackDepth.isTerminal(op)
            }
            return true
        }
        var t = Set<Int>()
        for (j, ins) in instructions.enumerated() where ins.op == .jumpBackward && reachable(j) {
            // The jump lands on the loop head's trace point, before FOR_ITER.
            var i = Int(ins.arg) & ~Compiler.noLocationFlag
            while i < instructions.count, instructions[i].op == .traceLine || instructions[i].op == .nop { i += 1 }
            t.insert(i)
        }
        cachedBackEdgeTargets = t
        return t
    }
}
