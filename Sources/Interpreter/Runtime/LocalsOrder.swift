// The order f_locals lists a function's variables in. CPython numbers a
// code object's fast locals as it compiles: the parameters, then each name
// when the bytecode first refers to it (compiler_nameop's dict_add_o). So a
// comprehension's variable sits where the comprehension is, and two
// comprehensions with the same variable share one place. Our slots are
// numbered otherwise (comprehension variables get slots of their own); the
// display order is computed from the instructions once per code object.

extension CodeObject {
    var localsDisplayOrder: [Int] {
        if let o = cachedLocalsOrder { return o }
        let params = argCount + kwonlyArgCount + (hasVarargs ? 1 : 0) + (hasVarkeywords ? 1 : 0)
        var firstUse = [Int](repeating: Int.max, count: varnames.count)
        for (at, ins) in instructions.enumerated() {
            switch ins.op {
            case .loadFast, .loadFastCheck, .storeFast, .deleteFast:
                let slot = Int(ins.arg) & (Compiler.silentDelete - 1)
                if slot < firstUse.count && firstUse[slot] == Int.max { firstUse[slot] = at }
            default: break
            }
        }
        // A name's place is its earliest use in any of its slots.
        var byName: [String: Int] = [:]
        for (slot, name) in varnames.enumerated() {
            let use = slot < params ? -1 : firstUse[slot]
            byName[name] = min(byName[name] ?? Int.max, use)
        }
        let order = varnames.indices.sorted { a, b in
            let ra = a < params ? a - params : byName[varnames[a]]!
            let rb = b < params ? b - params : byName[varnames[b]]!
            return ra != rb ? ra < rb : a < b
        }
        cachedLocalsOrder = order
        return order
    }
}
