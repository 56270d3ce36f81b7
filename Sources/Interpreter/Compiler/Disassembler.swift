// `dis.dis(f)`: scopewalk's own bytecode, printed in CPython 3.13's layout
// (line, label and opcode columns, ExceptionTable with labels) with CPython's
// opcode names where the meaning matches, so a lesson can show why `inner`
// reads `message` with LOAD_DEREF through a cell.
//
// How it differs from CPython's listing (also in the README):
// - MAKE_CELL and COPY_FREE_VARS are listed at the top as CPython lists
//   them, but scopewalk performs them while setting up the frame;
// - no CACHE entries, PUSH_NULL or specialised/superinstructions
//   (LOAD_FAST_LOAD_FAST...); for loops have no END_FOR/POP_TOP; a method
//   call is shown as CPython's LOAD_ATTR (name + NULL|self) + CALL;
// - jump arguments are instruction indexes in scopewalk's code (CPython's
//   are relative offsets); COMPARE_OP's argument is the operator alone;
//   name arguments follow CPython's co_names order (scopewalk itself keeps
//   globals in module slots);
// - a few opcodes have no CPython counterpart and keep scopewalk's names
//   (CALL_KW with a names tuple, JUMP_IF_FALSE_OR_POP...);
// - scopewalk's trace points are not listed, nor unreachable code.

enum Disassembler {
    static func disassemble(_ code: CodeObject, vm: VM) -> String {
        var out = ""
        var pending: [CodeObject] = [code]
        var first = true
        while !pending.isEmpty {
            let c = pending.removeFirst()
            if !first {
                out += "\nDisassembly of \((try? vm.repr(.object(PyCode(c)))) ?? c.name):\n"
            }
            first = false
            out += listing(c, vm: vm)
            for k in c.constants {
                if case .object(let o) = k, let pc = o as? PyCode { pending.append(pc.code) }
            }
        }
        return out
    }

    /// One printed row: CPython 3.13's columns (line, label, opcode, arg, argrepr).
    struct Row {
        var line: String?      // set when the row starts a source line ("--": none)
        var label: Int?
        var name: String
        var arg: String
        var argrepr: String
    }

    static func format(_ rows: [Row], linenoWidth: Int, labelWidth: Int) -> String {
        var out = ""
        for (i, r) in rows.enumerated() {
            if r.line != nil && i > 0 { out += "\n" }
            var fields: [String] = []
            fields.append((r.line ?? "").leftPadded(linenoWidth))
            fields.append(r.label.map { "L\($0):" }?.leftPadded(labelWidth) ?? repeatString(" ", count: labelWidth))
            fields.append("   ")
            fields.append(r.name.padding(20))
            if !r.arg.isEmpty {
                fields.append(r.arg.leftPadded(max(0, 5 - max(0, r.name.count - 20))))
                if !r.argrepr.isEmpty { fields.append("(" + r.argrepr + ")") }
            }
            out += fields.joined(separator: " ").trimmingTrailingWhitespace() + "\n"
        }
        return out
    }

    static func listing(_ code: CodeObject, vm: VM) -> String {
        let ins = code.instructions
        // Only reachable code is listed (CPython's compiler drops dead code,
        // such as the implicit `return None` after a final return).
        var reachable = [Bool](repeating: false, count: ins.count)
        var work = [0]
        var changed = true
        while changed {
            changed = false
            while let start = work.popLast() {
                var j = start
                while j < ins.count && !reachable[j] {
                    reachable[j] = true
                    changed = true
                    if StackDepth.isJump(ins[j].op) { work.append(Int(ins[j].arg) & ~Compiler.noLocationFlag) }
                    if StackDepth.isTerminal(ins[j].op) { break }
                    j += 1
                }
            }
            for e in code.exceptionTable where e.target < ins.count && !reachable[e.target] {
                if (e.start..<min(e.end, ins.count)).contains(where: { reachable[$0] }) { work.append(e.target) }
            }
        }
        // Hidden: trace points, and the location-less jumps to the very next
        // instruction that only make the VM forget the line (CPython has no
        // instruction there, just an instruction without a location).
        func isMarker(_ i: Int) -> Bool {
            let x = ins[i]
            return x.op == .jumpBackward && Int(x.arg) & Compiler.noLocationFlag != 0 && Int(x.arg) & ~Compiler.noLocationFlag == i + 1
        }
        let visible = ins.indices.filter { reachable[$0] && ins[$0].op != .traceLine && !isMarker($0) }
        // Label positions: jump targets and exception-table boundaries, moved
        // to the next listed instruction, numbered in code order.
        func nextVisible(_ t: Int) -> Int? { visible.first { $0 >= t } }
        var labelled = Set<Int>()
        for i in visible where StackDepth.isJump(ins[i].op) {
            if let v = nextVisible(Int(ins[i].arg) & ~Compiler.noLocationFlag) { labelled.insert(v) }
        }
        let entries = code.exceptionTable.filter { e in (e.start..<min(e.end, ins.count)).contains { reachable[$0] } }
        for e in entries {
            for t in [e.start, e.end, e.target] { if let v = nextVisible(t) { labelled.insert(v) } }
        }
        var labels: [Int: Int] = [:]
        for (n, i) in labelled.sorted().enumerated() { labels[i] = n + 1 }
        func labelName(_ t: Int) -> String { nextVisible(t).flatMap { labels[$0] }.map { "L\($0)" } ?? "L?" }

        // co_names as CPython builds it: globals, attributes and other names
        // in order of first use (scopewalk keeps globals in module slots).
        var coNames: [String] = []
        func nameIndex(_ n: String) -> Int {
            if let i = coNames.firstIndex(of: n) { return i }
            coNames.append(n)
            return coNames.count - 1
        }
        func safe(_ list: [String], _ i: Int) -> String { i >= 0 && i < list.count ? list[i] : "?" }
        for x in ins {
            switch x.op {
            case .loadGlobal, .storeGlobal, .deleteGlobal: _ = nameIndex(safe(vm.globals.names, Int(x.arg)))
            case .loadName, .storeName, .deleteName, .loadAttr, .storeAttr, .deleteAttr, .loadMethod, .importFrom:
                _ = nameIndex(safe(code.names, Int(x.arg)))
            case .importName:
                _ = nameIndex(safe(code.names, Int(x.arg) & ImportArg.nameMask))
            default: break
            }
        }

        var rows: [Row] = []
        // Set up by scopewalk when the frame is made; listed where CPython lists them.
        for (i, name) in code.cellvars.enumerated() {
            rows.append(Row(line: rows.isEmpty ? "--" : nil, label: nil, name: "MAKE_CELL", arg: String(localsPlusIndex(code, i)), argrepr: name))
        }
        if !code.freevars.isEmpty {
            rows.append(Row(line: rows.isEmpty ? "--" : nil, label: nil, name: "COPY_FREE_VARS", arg: String(code.freevars.count), argrepr: ""))
        }
        if code.isGenerator {
            rows.append(Row(line: String(code.firstLineNumber), label: nil, name: "RETURN_GENERATOR", arg: "", argrepr: ""))
            rows.append(Row(line: nil, label: nil, name: "POP_TOP", arg: "", argrepr: ""))
            rows.append(Row(line: nil, label: nil, name: "RESUME", arg: "0", argrepr: ""))
        } else {
            rows.append(Row(line: String(code.kind == .module ? 0 : code.firstLineNumber), label: nil, name: "RESUME", arg: "0", argrepr: ""))
        }
        var currentLine = code.kind == .module ? 0 : code.firstLineNumber
        for i in visible {
            let line = Int(code.lines[i])
            var lineText: String? = nil
            // Code without a location continues the current line, as CPython
            // propagates locations, except at a label (a handler's entry).
            if line <= 0 && labels[i] == nil {
            } else if line != currentLine {
                currentLine = line
                lineText = line > 0 ? String(line) : "--"
            }
            var described = describe(ins[i], code: code, vm: vm, labelName: labelName, nameIndex: nameIndex)
            if code.calleeLoads.contains(i) || ins[i].op == .loadBuildClass {
                // The NULL of CPython's call protocol: folded into LOAD_GLOBAL, else PUSH_NULL.
                if ins[i].op == .loadGlobal {
                    described[0].1 = String(Int(described[0].1)! | 1)
                    described[0].2 += " + NULL"
                } else {
                    described.append(("PUSH_NULL", "", ""))
                }
            }
            for (k, d) in described.enumerated() {
                rows.append(Row(line: k == 0 ? lineText : nil, label: k == 0 ? labels[i] : nil, name: d.0, arg: d.1, argrepr: d.2))
            }
        }
        let maxLine = max(code.lines.map { Int($0) }.max() ?? 0, code.firstLineNumber)
        var linenoWidth = max(3, String(maxLine).count)
        if linenoWidth < 4 && rows.contains(where: { $0.line == "--" }) { linenoWidth = 4 }
        var out = format(rows, linenoWidth: linenoWidth, labelWidth: 4 + String(labels.count).count)
        if !entries.isEmpty {
            out += "ExceptionTable:\n"
            for e in entries {
                out += "  \(labelName(e.start)) to \(labelName(e.end)) -> \(labelName(e.target)) [\(e.depth)]\(e.pushLasti ? " lasti" : "")\n"
            }
        }
        return out
    }

    /// A cell's index in CPython's localsplus (the argument of MAKE_CELL,
    /// LOAD_DEREF...): a parameter's own slot, else after the locals; free
    /// variables come after the cells.
    static func localsPlusIndex(_ code: CodeObject, _ cell: Int) -> Int {
        let nlocals = code.pythonVarnames.count
        if cell < code.cellvars.count {
            if cell < code.cellParameterSlots.count, let p = code.cellParameterSlots[cell] { return p }
            return nlocals + (0..<cell).filter { !($0 < code.cellParameterSlots.count && code.cellParameterSlots[$0] != nil) }.count
        }
        let ownCells = (0..<code.cellvars.count).filter { !($0 < code.cellParameterSlots.count && code.cellParameterSlots[$0] != nil) }.count
        return nlocals + ownCells + (cell - code.cellvars.count)
    }

    /// The CPython-style rows for one instruction: usually one; MAKE_FUNCTION
    /// with flags is MAKE_FUNCTION plus SET_FUNCTION_ATTRIBUTE rows, as 3.13.
    static func describe(_ ins: Instruction, code: CodeObject, vm: VM, labelName: (Int) -> String, nameIndex: (String) -> Int) -> [(String, String, String)] {
        let a = Int(ins.arg)
        let name = ins.op.cpythonName
        func safe(_ list: [String], _ i: Int) -> String { i >= 0 && i < list.count ? list[i] : "?" }
        switch ins.op {
        case .loadConst, .returnConst:
            let v = a < code.constants.count ? code.constants[a] : .none
            return [(name, String(a), (try? vm.repr(v)) ?? "?")]
        case .loadFast, .storeFast, .loadFastCheck:
            return [(name, String(a), safe(code.varnames, a))]
        case .deleteFast:
            let slot = a & ~Compiler.silentDelete
            return [(name, String(slot), safe(code.varnames, slot))]
        case .loadClosure:
            // CPython 3.13 loads the cell itself with LOAD_FAST.
            return [("LOAD_FAST", String(localsPlusIndex(code, a)), code.cellName(a))]
        case .loadDeref, .storeDeref, .deleteDeref, .makeCell, .loadFromDictOrDeref:
            let slot = a & ~Compiler.silentDelete
            return [(name, String(localsPlusIndex(code, slot)), code.cellName(slot))]
        case .loadGlobal:
            let n = safe(vm.globals.names, a)
            return [(name, String(nameIndex(n) << 1), n)]
        case .storeGlobal, .deleteGlobal:
            let n = safe(vm.globals.names, a)
            return [(name, String(nameIndex(n)), n)]
        case .loadAttr:
            let n = safe(code.names, a)
            return [(name, String(nameIndex(n) << 1), n)]
        case .loadMethod:
            // CPython 3.13 folds the method load into LOAD_ATTR.
            let n = safe(code.names, a)
            return [("LOAD_ATTR", String(nameIndex(n) << 1 | 1), n + " + NULL|self")]
        case .loadName, .storeName, .deleteName, .storeAttr, .deleteAttr, .importFrom:
            let n = safe(code.names, a)
            return [(name, String(nameIndex(n)), n)]
        case .importName:
            let n = safe(code.names, a & ImportArg.nameMask)
            return [(name, String(nameIndex(n)), n)]
        case .binaryOp, .inplaceOp:
            // CPython's NB_* numbering: in-place variants are 13 further on.
            let op = a < BinaryOperator.allCasesOrdered.count ? BinaryOperator.allCasesOrdered[a].rawValue : "?"
            let nb = ["+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"].firstIndex(of: op) ?? a
            return [("BINARY_OP", String(ins.op == .inplaceOp ? nb + 13 : nb), ins.op == .inplaceOp ? op + "=" : op)]
        case .compareOp:
            return [(name, String(a), a < CompareOperator.richOrdered.count ? CompareOperator.richOrdered[a].rawValue : "?")]
        case .isOp, .containsOp, .reraise:
            return [(name, String(a), "")]
        case .call, .listExtend:
            return [(name, String(a & 0xffff), "")]
        case .makeFunction:
            var rows = [(name, "", "")]
            for (bit, what) in [(8, "closure"), (4, "annotations"), (2, "kwdefaults"), (1, "defaults")] where a & bit != 0 {
                rows.append(("SET_FUNCTION_ATTRIBUTE", String(bit), what))
            }
            return rows
        case _ where StackDepth.isJump(ins.op):
            let t = a & ~Compiler.noLocationFlag
            return [(name, String(t), "to \(labelName(t))")]
        case .nop, .popTop, .returnValue, .getIter, .binarySubscr, .storeSubscr, .deleteSubscr, .unaryNot, .unaryNegative,
             .unaryInvert, .unaryPositive, .pushExcInfo, .popExcept, .checkExcMatch, .loadBuildClass,
             .beforeWith, .withExceptStart, .loadAssertionError, .listToTuple, .formatSimple, .formatWithSpec,
             .getYieldFromIter, .endSend, .setupAnnotations, .importStar, .yieldValue, .checkEgMatch:
            return [(name, "", "")]
        case .prepReraiseStar:
            return [(name, "1", "INTRINSIC_PREP_RERAISE_STAR")]
        default:
            return [(name, String(a), "")]
        }
    }
}

extension String {
    func padding(_ n: Int) -> String { count >= n ? self : self + repeatString(" ", count: n - count) }
}
