// Where `line` events happen: CPython 3.13's rules, applied once a unit's code
// is emitted (before jumps are resolved).
//
// 1. Line numbers are propagated as flowgraph.c's propagate_line_numbers does:
//    an instruction without a location takes the location of the instruction
//    before it in its basic block, and a block's first instruction takes the
//    location of its only predecessor's last instruction.
// 2. An instruction starts a line (instrument.c's initialize_lines) when its
//    line differs from the instruction before it in bytecode order, or when it
//    is a jump target or an exception handler, and it has a line.
// 3. At run time a line start reports its line when the previously executed
//    instruction had another line (or none); a backward jump always reports.
//
// A `traceLine L` instruction is placed before each line start. Code left
// without a location starts with `traceLine 0`, which makes the VM forget the
// current line, so the next line start reports even if the line is the same.
// (Exit blocks without a location are exempt: CPython copies them per
// predecessor and gives each copy its predecessor's line.)

extension CompileUnit {
    func placeTracePoints() {
        var ins = code.instructions
        let n = ins.count
        guard n > 0 else { return }
        var lines = code.lines.map { Int($0) }

        var jumpTarget = [Int?](repeating: nil, count: n)
        for (at, labelID) in jumpFixups { jumpTarget[at] = labelTargets[labelID] ?? n }
        var handlerTargets = Set<Int>()
        for r in closedRegions where !r.segments.isEmpty { handlerTargets.insert(labelTargets[r.handler.id] ?? n) }

        // Reachable instructions (CPython drops unreachable blocks first).
        var reachable = [Bool](repeating: false, count: n + 1)
        var work = [0]
        func visit(_ i: Int) { if i <= n && !reachable[i] { reachable[i] = true; work.append(i) } }
        reachable[0] = true
        var changed = true
        while changed {
            changed = false
            while let start = work.popLast() {
                var i = start
                while i < n {
                    if let t = jumpTarget[i] { visit(t) }
                    if StackDepth.isTerminal(ins[i].op) { break }
                    i += 1
                    if reachable[i] { break }
                    reachable[i] = true
                }
            }
            for r in closedRegions {
                let t = labelTargets[r.handler.id] ?? n
                if t < n, !reachable[t], r.segments.contains(where: { s in (s.0..<s.1).contains(where: { reachable[$0] }) }) {
                    visit(t)
                    changed = true
                }
            }
        }

        // Basic blocks and their reachable predecessors.
        var leader = [Bool](), isTarget = [Bool](), predecessors = [Int]()
        func findBlocks() {
            leader = [Bool](repeating: false, count: n + 1)
            isTarget = [Bool](repeating: false, count: n + 1)
            predecessors = [Int](repeating: 0, count: n + 1)
            leader[0] = true
            for i in 0..<n {
                if let t = jumpTarget[i] {
                    leader[t] = true
                    if reachable[i] { predecessors[t] += 1; isTarget[t] = true }
                }
                if jumpTarget[i] != nil || StackDepth.isTerminal(ins[i].op) { leader[i + 1] = true }
            }
            for t in handlerTargets { leader[t] = true; isTarget[t] = true; predecessors[t] += 2 }  // never inherits a line
            for i in 1..<n where leader[i] && reachable[i - 1] && !StackDepth.isTerminal(ins[i - 1].op) {
                predecessors[i] += 1
            }
        }
        // Propagation, blocks in order.
        func propagate() {
            var i = 0
            while i < n {
                var end = i + 1
                while end < n && !leader[end] { end += 1 }
                var prev = 0
                for k in i..<end {
                    if lines[k] <= 0 { lines[k] = prev } else { prev = lines[k] }
                }
                if prev > 0 && reachable[end - 1] {
                    let last = end - 1
                    if !StackDepth.isTerminal(ins[last].op), end < n, predecessors[end] == 1, lines[end] <= 0 { lines[end] = prev }
                    if let t = jumpTarget[last], t < n, predecessors[t] == 1, lines[t] <= 0 { lines[t] = prev }
                }
                i = end
            }
        }
        findBlocks()
        propagate()
        threadJumps(&ins, &lines, &jumpTarget, reachable)
        findBlocks()
        propagate()

        // Line starts and blocks left without a location.
        var before = [Int32?](repeating: nil, count: n)  // traceLine arg to insert before i
        var previous = -1
        var i = 0
        while i < n {
            let l = lines[i]
            if l > 0 {
                if l != previous || isTarget[i] {
                    before[i] = Int32(l)
                }
            } else if leader[i] || previous > 0 {
                // An exception handler is nobody's successor: CPython never
                // copies it into a predecessor, so it stays without a line.
                if handlerTargets.contains(i) || !exitsWithoutLine(from: i, ins, lines, leader, jumpTarget) { before[i] = 0 }
            }
            previous = l
            i += 1
        }

        // Rebuild with the trace points; old index -> new index.
        var newIndex = [Int](repeating: 0, count: n + 1)
        var outIns: [Instruction] = [], outLines: [Int32] = [], outPos: [SourceRange] = []
        outIns.reserveCapacity(n + n / 2)
        var executable = Set<Int>()
        for k in 0..<n {
            newIndex[k] = outIns.count
            if let t = before[k] {
                outIns.append(Instruction(.traceLine, t))
                outLines.append(t)
                outPos.append(code.positions[k])
                if t > 0 { executable.insert(Int(t)) }
            }
            outIns.append(ins[k])
            outLines.append(Int32(lines[k]))
            outPos.append(code.positions[k])
        }
        newIndex[n] = outIns.count
        // Jump fixups and labels point into the new code (a label lands on
        // the trace point before its instruction).
        jumpFixups = jumpFixups.map { (newIndex[$0.0] + (before[$0.0] != nil ? 1 : 0), $0.1) }
        for (id, t) in labelTargets { labelTargets[id] = newIndex[min(t, n)] }
        for r in closedRegions {
            r.segments = r.segments.map { (newIndex[min($0.0, n)], newIndex[min($0.1, n)]) }
        }
        code.calleeLoads = Set(code.calleeLoads.map { $0 < n ? newIndex[$0] + (before[$0] != nil ? 1 : 0) : $0 })
        code.instructions = outIns
        code.lines = outLines
        code.positions = outPos
        code.executableLines = executable
    }

    /// CPython's jump_thread (optimize_basic_block): a jump to an
    /// unconditional jump goes straight to that jump's target and takes its
    /// location (the lines were propagated once before, as in optimize_cfg).
    private func threadJumps(_ ins: inout [Instruction], _ lines: inout [Int], _ jumpTarget: inout [Int?], _ reachable: [Bool]) {
        var fixupAt = [Int: Int]()
        for (k, f) in jumpFixups.enumerated() { fixupAt[f.0] = k }
        func unconditional(_ op: Opcode) -> Bool { op == .jumpForward || op == .jumpBackward }
        for k in jumpFixups.indices {
            let at = jumpFixups[k].0
            let op = ins[at].op
            guard reachable[at], unconditional(op) || op == .popJumpIfFalse || op == .popJumpIfTrue
                    || op == .popJumpIfNone || op == .popJumpIfNotNone else { continue }
            var hops = 0
            // A conditional jump is not threaded into a backward jump: CPython
            // turns a backward conditional jump into a JUMP_BACKWARD, which
            // reports the line it lands on; here the jump back does that.
            while hops < 16, let t = jumpTarget[at], t < ins.count, t != at,
                  unconditional(op) ? unconditional(ins[t].op) : ins[t].op == .jumpForward,
                  let tk = fixupAt[t], jumpTarget[t] != jumpTarget[at] {
                jumpTarget[at] = jumpTarget[t]
                jumpFixups[k].1 = jumpFixups[tk].1
                if lines[t] > 0 { lines[at] = lines[t] }
                // An unconditional jump becomes the target's jump (a backward
                // jump reports the line it lands on).
                if unconditional(op) { ins[at] = ins[t] }
                hops += 1
            }
            // Threaded or not, a conditional jump onto a backward jump that
            // has a line takes that line (CPython threads it, then splits it
            // into the inverted jump and a JUMP_BACKWARD, both there): a
            // comprehension's `if` reports the element's line when it jumps.
            if !unconditional(op), let t = jumpTarget[at], t < ins.count, ins[t].op == .jumpBackward, lines[t] > 0 {
                lines[at] = lines[t]
            }
        }
    }

    /// A block that has no line and leaves the frame or jumps back (CPython
    /// duplicates it for each predecessor, which lends it its line).
    private func exitsWithoutLine(from start: Int, _ ins: [Instruction], _ lines: [Int], _ leader: [Bool], _ jumpTarget: [Int?]) -> Bool {
        var k = start
        while k < ins.count {
            if lines[k] > 0 { return false }
            let op = ins[k].op
            if op == .returnValue || op == .returnConst || op == .reraise || op == .raiseVarargs { return true }
            if op == .jumpBackward { return true }
            if StackDepth.isTerminal(op) || jumpTarget[k] != nil { return false }
            k += 1
            if k < ins.count && leader[k] { return false }
        }
        return false
    }
}
