// `dis.dis(f)`: scopewalk's own bytecode, printed in CPython 3.13's layout
// with CPython's opcode names where the meaning matches, so a lesson can
// show why `inner` reads `message` with LOAD_DEREF through a cell.
//
// How it differs from CPython's listing (also in the README):
// - MAKE_CELL and COPY_FREE_VARS are shown at the top as CPython shows them,
//   but scopewalk performs them while setting up the frame;
// - there is no RESUME, PUSH_NULL or CACHE; method calls are LOAD_METHOD +
//   CALL (CPython 3.13 folds that into LOAD_ATTR);
// - jump targets are labelled with instruction offsets of scopewalk's code;
// - a few opcodes have no CPython counterpart and keep scopewalk's names
//   (LOAD_METHOD, CALL_KW with a names tuple, JUMP_IF_FALSE_OR_POP...).

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

    static func row(_ line: String, _ name: String, _ arg: String = "", _ argrepr: String = "") -> String {
        var s = line.leftPadded(4) + String(repeating: " ", count: 11)
        if arg.isEmpty && argrepr.isEmpty { return s + name + "\n" }
        s += name.padding(20) + " " + arg.leftPadded(5)
        if !argrepr.isEmpty { s += " (\(argrepr))" }
        return s + "\n"
    }

    static func listing(_ code: CodeObject, vm: VM) -> String {
        var out = ""
        for (i, name) in code.cellvars.enumerated() { out += row("--", "MAKE_CELL", String(i), name) }
        if !code.freevars.isEmpty { out += row("--", "COPY_FREE_VARS", String(code.freevars.count)) }
        if !out.isEmpty { out += "\n" }
        // Jump targets, for labels.
        var targets: [Int: Int] = [:]
        for ins in code.instructions where StackDepth.isJump(ins.op) {
            let t = Int(ins.arg) & ~Compiler.noLocationFlag
            if targets[t] == nil { targets[t] = targets.count + 1 }
        }
        for e in code.exceptionTable where targets[e.target] == nil { targets[e.target] = targets.count + 1 }
        var currentLine = -1
        var firstGroup = true
        for (i, ins) in code.instructions.enumerated() {
            if let l = targets[i] { out += "  L\(l):\n" }
            if ins.op == .traceLine { continue }
            let line = Int(code.lines[i])
            var lineText = ""
            if line != currentLine && line > 0 {
                if !firstGroup { out += "\n" }
                firstGroup = false
                currentLine = line
                lineText = String(line)
            }
            let (name, arg, argrepr) = describe(ins, code: code, vm: vm, targets: targets)
            out += row(lineText, name, arg, argrepr)
        }
        if !code.exceptionTable.isEmpty {
            // Region boundaries are shown as instruction offsets.
            out += "ExceptionTable:\n"
            for e in code.exceptionTable {
                out += "  \(e.start) to \(e.end) -> L\(targets[e.target] ?? 0) [\(e.depth)]\(e.pushLasti ? " lasti" : "")\n"
            }
        }
        return out
    }

    static func describe(_ ins: Instruction, code: CodeObject, vm: VM, targets: [Int: Int]) -> (String, String, String) {
        let a = Int(ins.arg)
        let name = ins.op.cpythonName
        func safe(_ list: [String], _ i: Int) -> String { i >= 0 && i < list.count ? list[i] : "?" }
        switch ins.op {
        case .loadConst, .returnConst:
            let v = a < code.constants.count ? code.constants[a] : .none
            return (name, String(a), (try? vm.repr(v)) ?? "?")
        case .loadFast, .storeFast, .loadFastCheck:
            return (name, String(a), safe(code.varnames, a))
        case .deleteFast:
            let slot = a & ~Compiler.silentDelete
            return (name, String(slot), safe(code.varnames, slot))
        case .loadDeref, .storeDeref, .deleteDeref, .loadClosure, .makeCell, .loadFromDictOrDeref:
            let slot = a & ~Compiler.silentDelete
            return (name, String(slot), code.cellName(slot))
        case .loadGlobal, .storeGlobal, .deleteGlobal:
            return (name, String(a), safe(vm.globals.names, a))
        case .loadName, .storeName, .deleteName, .loadAttr, .storeAttr, .deleteAttr, .loadMethod, .importName, .importFrom:
            return (name, String(a), safe(code.names, a))
        case .binaryOp, .inplaceOp:
            let op = a < BinaryOperator.allCasesOrdered.count ? BinaryOperator.allCasesOrdered[a].rawValue : "?"
            return (name == "INPLACE_OP" ? "BINARY_OP" : name, String(a), ins.op == .inplaceOp ? op + "=" : op)
        case .compareOp:
            return (name, String(a), a < CompareOperator.richOrdered.count ? CompareOperator.richOrdered[a].rawValue : "?")
        case .isOp, .containsOp:
            return (name, String(a), "")
        case .call:
            return (name, String(a & 0xffff), "")
        case _ where StackDepth.isJump(ins.op):
            let t = a & ~Compiler.noLocationFlag
            return (name, String(t), "to L\(targets[t] ?? 0)")
        case .nop, .popTop, .returnValue, .getIter, .binarySubscr, .storeSubscr, .deleteSubscr, .unaryNot, .unaryNegative,
             .unaryInvert, .unaryPositive, .pushExcInfo, .popExcept, .checkExcMatch, .reraise, .loadBuildClass,
             .beforeWith, .withExceptStart, .loadAssertionError, .listToTuple, .formatSimple, .formatWithSpec,
             .getYieldFromIter, .endSend, .setupAnnotations, .importStar, .yieldValue:
            return (name, "", "")
        default:
            return (name, String(a), "")
        }
    }
}

extension String {
    func padding(_ n: Int) -> String { count >= n ? self : self + String(repeating: " ", count: n - count) }
}
