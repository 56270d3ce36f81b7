// `_re_match.run`: the re module's backtracking machine (re/_matcher.py run)
// in Swift, over the same compiled program (re/_compiler.py), with the same
// stack discipline, so both give the same captures. Profiling showed a
// regex-heavy lesson spending nearly all its time interpreting that loop.
//
// A match that takes more than `stepBudget` machine steps gives up (returns
// False) and re/_matcher.py runs it in Python instead: a catastrophically
// backtracking pattern then runs as ordinary Python code, which the debugger
// can pause like any loop.

enum RegexMatchModule {
    static let stepBudget = 200_000

    // re/_compiler.py opcodes (item kinds 0...12 are re/_charset.py's).
    static let opLits = 13, opSplit = 14, opJmp = 15, opSave = 16, opRep1 = 17, opRInit = 18
    static let opRHead = 19, opREnter = 20, opRTail = 21, opAt = 22, opBref = 23, opLook = 24
    static let opAtomic = 25, opBodyEnd = 26, opCond = 27, opMatch = 28

    typealias Test = (Unicode.Scalar) throws -> Bool

    struct Op {
        var kind = 0
        var a = 0, b = 0, c = 0, e = 0
        var hi: Int? = nil
        var flag = false, flag2 = false
        var lit: Unicode.Scalar? = nil
        var text: [Unicode.Scalar] = []
        var test: Test? = nil
    }

    enum Entry {
        case choice(pc: Int, pos: Int)
        case undoCap(slot: Int, old: Int, last: Int)
        case undoReg(index: Int, old: Int)
        case undoLoop(index: Int, count: Int, last: Int)
        case repGreedy(pc: Int, minPos: Int, pos: Int, lit: Unicode.Scalar?)
        case repLazy(pc: Int, pos: Int, limit: Int, op: Int, lit: Unicode.Scalar?)
        case barrier(mode: Int, pos: Int, pc: Int)

        var isUndo: Bool {
            switch self {
            case .undoCap, .undoReg, .undoLoop: return true
            default: return false
            }
        }
    }

    /// A program converted once, kept with the Python object it came from.
    final class Compiled {
        let source: PyObject
        let ops: [Op]
        let ncaps: Int
        let nregs: Int
        init(source: PyObject, ops: [Op], ncaps: Int, nregs: Int) {
            self.source = source; self.ops = ops; self.ncaps = ncaps; self.nregs = nregs
        }
    }

    final class Cache {
        var programs: [ObjectIdentifier: Compiled] = [:]
        let sets = RegexScanModule.SetCache()
    }

    static func make(_ vm: VM) -> PyModule {
        let m = PyModule(name: "_re_match")
        let cache = Cache()
        ModuleFunctions.positional(m, "run", min: 6, max: 6) { vm, a in
            guard case .object(let po) = a[0] else { return .bool(false) }
            let prog: Compiled
            if let hit = cache.programs[ObjectIdentifier(po)], hit.source === po {
                prog = hit
            } else {
                prog = try compile(vm, a[0], po, cache)
                if cache.programs.count > 512 { cache.programs.removeAll() }
                cache.programs[ObjectIdentifier(po)] = prog
            }
            guard case .object(let so) = a[1], so.kind == .str else { return .bool(false) }
            let s = unsafeDowncast(so, to: PyStr.self).scalars
            return try run(vm, prog, s, try vm.ssizeArg(a[2]), try vm.ssizeArg(a[3]),
                           try vm.isTruthy(a[4]), try vm.isTruthy(a[5]))
        }
        return m
    }

    static func int(_ vm: VM, _ v: Value) throws -> Int { try vm.ssizeArg(v) }
    static func optInt(_ vm: VM, _ v: Value) throws -> Int? { v.isNone ? nil : try vm.ssizeArg(v) }

    static func compile(_ vm: VM, _ progValue: Value, _ po: PyObject, _ cache: Cache) throws -> Compiled {
        let code = try vm.iterate(try vm.getAttribute(progValue, "code"))
        var ops: [Op] = []
        for item in code {
            let f = try vm.iterate(item)
            var op = Op()
            op.kind = try int(vm, f[0])
            switch op.kind {
            case 0...12:
                op.test = try RegexScanModule.tester(vm, f[0], f.count > 1 ? f[1] : .none, cache.sets)
                if op.kind == 0 { op.lit = RegexScanModule.scalar(f[1]) }
            case opLits:
                if case .object(let t) = f[1], t.kind == .str { op.text = unsafeDowncast(t, to: PyStr.self).scalars }
            case opSplit, opJmp, opSave, opRInit, opREnter, opAt, opAtomic:
                op.a = try int(vm, f[1])
            case opRep1:
                op.test = try RegexScanModule.tester(vm, f[1], f[2], cache.sets)
                op.b = try int(vm, f[3])
                op.hi = try optInt(vm, f[4])
                op.c = try int(vm, f[5])
                op.lit = RegexScanModule.scalar(f[6])
            case opRHead:
                op.a = try int(vm, f[1]); op.b = try int(vm, f[2]); op.hi = try optInt(vm, f[3])
                op.flag = try vm.isTruthy(f[4]); op.e = try int(vm, f[5])
            case opRTail:
                op.a = try int(vm, f[1]); op.b = try int(vm, f[2])
            case opBref:
                op.a = try int(vm, f[1]); op.flag = try vm.isTruthy(f[2])
            case opLook:
                op.flag = try vm.isTruthy(f[1]); op.flag2 = try vm.isTruthy(f[2])
                op.c = try int(vm, f[3]); op.e = try int(vm, f[4])
            case opCond:
                op.a = try int(vm, f[1]); op.b = try int(vm, f[2])
            default:
                break
            }
            ops.append(op)
        }
        let ncaps = try int(vm, try vm.getAttribute(progValue, "ncaps"))
        let nregs = try int(vm, try vm.getAttribute(progValue, "nregs"))
        return Compiled(source: po, ops: ops, ncaps: ncaps, nregs: nregs)
    }

    static func isWord(_ c: Unicode.Scalar) -> Bool { RegexScanModule.isWord(c) }

    static func isAsciiWord(_ c: Unicode.Scalar) -> Bool {
        c == "_" || ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c)
    }

    /// re/_matcher.py _at: anchors ^ $ \A \Z \b \B.
    static func at(_ kind: Int, _ s: [Unicode.Scalar], _ pos: Int, _ end: Int) -> Bool {
        switch kind {
        case 0, 4: return pos == 0
        case 1: return pos == 0 || s[pos - 1] == "\n"
        case 2: return pos == end || (pos == end - 1 && s[pos] == "\n")
        case 3: return pos == end || s[pos] == "\n"
        case 5: return pos == end
        default:
            if end == 0 { return false }
            let word: (Unicode.Scalar) -> Bool = kind == 6 || kind == 7 ? isWord : isAsciiWord
            let before = pos > 0 && word(s[pos - 1])
            let after = pos < end && word(s[pos])
            return kind == 6 || kind == 8 ? before != after : before == after
        }
    }

    static func lowered(_ s: ArraySlice<Unicode.Scalar>) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: s)
        return pyLower(String(v))
    }

    static func run(_ vm: VM, _ prog: Compiled, _ s: [Unicode.Scalar], _ start: Int, _ end: Int,
                    _ full: Bool, _ noempty: Bool) throws -> Value {
        let code = prog.ops
        var caps = Array(repeating: -1, count: prog.ncaps)
        var regs = Array(repeating: 0, count: prog.nregs)
        var stack: [Entry] = []
        var pc = 0, pos = start, last = -1
        var steps = 0
        while true {
            forward: while true {
                steps += 1
                if steps > stepBudget { return .bool(false) }
                let op = code[pc]
                switch op.kind {
                case 0:
                    if pos < end, s[pos] == op.lit { pos += 1; pc += 1; continue forward }
                    break forward
                case 1...12:
                    if pos < end, try op.test!(s[pos]) { pos += 1; pc += 1; continue forward }
                    break forward
                case opLits:
                    let n = op.text.count
                    if pos + n <= end, s[pos..<(pos + n)].elementsEqual(op.text) { pos += n; pc += 1; continue forward }
                    break forward
                case opRep1:
                    var lim = end
                    if let hi = op.hi, pos + hi < end { lim = pos + hi }
                    let minp = pos + op.b
                    let test = op.test!
                    if op.c == 1 {
                        // lazy: the minimum now, more on backtracking
                        if minp > end { break forward }
                        var q = pos
                        while q < minp, try test(s[q]) { q += 1 }
                        if q < minp { break forward }
                        if minp < lim { stack.append(.repLazy(pc: pc + 1, pos: minp, limit: lim, op: pc, lit: op.lit)) }
                        pos = minp
                        pc += 1
                        continue forward
                    }
                    var q = pos
                    while q < lim, try test(s[q]) { q += 1 }
                    if q < minp { break forward }
                    if op.c == 0 && q > minp {
                        if let lit = op.lit {
                            // rfind(lit, minp, q + 1 if q < end else end)
                            var r = min(q + 1, end) - 1
                            while r >= minp && s[r] != lit { r -= 1 }
                            if r < minp { break forward }
                            q = r
                        }
                        if q > minp { stack.append(.repGreedy(pc: pc + 1, minPos: minp, pos: q, lit: op.lit)) }
                    }
                    pos = q
                    pc += 1
                case opSplit:
                    stack.append(.choice(pc: op.a, pos: pos))
                    pc += 1
                case opJmp:
                    pc = op.a
                case opSave:
                    let slot = op.a
                    stack.append(.undoCap(slot: slot, old: caps[slot], last: last))
                    caps[slot] = pos
                    if slot & 1 == 1 { last = slot >> 1 }
                    pc += 1
                case opRHead:
                    let r = op.a
                    let count = regs[r]
                    if count < op.b {
                        pc += 2
                    } else if (op.hi.map { count >= $0 } ?? false) || pos == regs[r + 1] {
                        pc = op.e
                    } else if op.flag {
                        stack.append(.choice(pc: op.e, pos: pos))
                        stack.append(.undoReg(index: r + 1, old: regs[r + 1]))
                        regs[r + 1] = pos
                        pc += 2
                    } else {
                        stack.append(.choice(pc: pc + 1, pos: pos))
                        pc = op.e
                    }
                case opRTail:
                    let r = op.a
                    stack.append(.undoReg(index: r, old: regs[r]))
                    regs[r] += 1
                    pc = op.b
                case opRInit:
                    let r = op.a
                    stack.append(.undoLoop(index: r, count: regs[r], last: regs[r + 1]))
                    regs[r] = 0
                    regs[r + 1] = -1
                    pc += 1
                case opREnter:
                    let r = op.a + 1
                    stack.append(.undoReg(index: r, old: regs[r]))
                    regs[r] = pos
                    pc += 1
                case opAt:
                    if at(op.a, s, pos, end) { pc += 1; continue forward }
                    break forward
                case opMatch:
                    if (full && pos != end) || (noempty && pos == start) { break forward }
                    caps[0] = start
                    caps[1] = pos
                    return .object(PyList(caps.map { .int($0) } + [.int(last)]))
                case opBref:
                    let g = 2 * op.a
                    let a = caps[g], b = caps[g + 1]
                    if a < 0 || b < 0 { break forward }
                    let n = b - a
                    if pos + n > end { break forward }
                    if op.flag {
                        if lowered(s[a..<b]) != lowered(s[pos..<(pos + n)]) { break forward }
                    } else if !s[pos..<(pos + n)].elementsEqual(s[a..<b]) {
                        break forward
                    }
                    pos += n
                    pc += 1
                case opLook:
                    var p0 = pos
                    if op.flag {
                        p0 = pos - op.c
                        if p0 < 0 {
                            if op.flag2 { pc = op.e + 1; continue forward }
                            break forward
                        }
                    }
                    stack.append(.barrier(mode: op.flag2 ? 1 : 0, pos: pos, pc: op.e + 1))
                    pos = p0
                    pc += 1
                case opAtomic:
                    stack.append(.barrier(mode: 2, pos: pos, pc: op.a + 1))
                    pc += 1
                case opBodyEnd:
                    // The body matched: drop its choice points, keep its undo records.
                    var i = stack.count - 1
                    while true {
                        if case .barrier = stack[i] { break }
                        i -= 1
                    }
                    guard case .barrier(let mode, let bpos, let bpc) = stack[i] else { break forward }
                    let keep = stack[(i + 1)...].filter { $0.isUndo }
                    stack.removeSubrange(i...)
                    stack.append(contentsOf: keep)
                    if mode == 1 { break forward }   // negative lookaround: the body must not match
                    if mode == 0 { pos = bpos }
                    pc = bpc
                case opCond:
                    let g = 2 * op.a
                    pc = caps[g] >= 0 && caps[g + 1] >= 0 ? pc + 1 : op.b
                default:
                    return .bool(false)
                }
            }
            // Backtrack to the latest choice point.
            backtrack: while true {
                guard let e = stack.popLast() else { return .none }
                switch e {
                case .choice(let p, let q):
                    pc = p; pos = q
                    break backtrack
                case .undoCap(let slot, let old, let oldLast):
                    caps[slot] = old
                    last = oldLast
                case .repGreedy(let p, let minPos, let at, let lit):
                    var q: Int
                    if let lit {
                        q = at - 1
                        while q >= minPos && s[q] != lit { q -= 1 }
                        if q < minPos { continue backtrack }
                    } else {
                        q = at - 1
                    }
                    if q > minPos { stack.append(.repGreedy(pc: p, minPos: minPos, pos: q, lit: lit)) }
                    pc = p
                    pos = q
                    break backtrack
                case .undoReg(let i, let old):
                    regs[i] = old
                case .undoLoop(let i, let count, let lastPos):
                    regs[i] = count
                    regs[i + 1] = lastPos
                case .repLazy(let p, let at, let limit, let opIndex, let lit):
                    let test = code[opIndex].test!
                    var q = at
                    if !(try test(s[q])) { continue backtrack }
                    q += 1
                    if let lit {
                        // skip ahead to where the following literal can match
                        while q < end && s[q] != lit && q < limit, try test(s[q]) { q += 1 }
                    }
                    if q < limit { stack.append(.repLazy(pc: p, pos: q, limit: limit, op: opIndex, lit: lit)) }
                    pc = p
                    pos = q
                    break backtrack
                case .barrier(let mode, let bpos, let bpc):
                    if mode == 1 {   // negative lookaround whose body failed: success
                        pos = bpos
                        pc = bpc
                        break backtrack
                    }
                }
            }
        }
    }
}
