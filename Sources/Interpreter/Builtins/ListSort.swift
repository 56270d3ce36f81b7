// CPython 3.13's list sort (Objects/listobject.c): timsort with 3.13's
// count_run (descending runs absorb equal elements), binary insertion for
// short runs, powersort's merge policy and galloping merges. It makes the
// same `<` comparisons in the same order as CPython, so user __lt__ methods
// see the same calls, a failing comparison raises the same TypeError
// ("'<' not supported between instances of 'str' and 'int'") and an
// interrupted sort leaves the same partial order.
//
// The sort permutes an index array; keys are compared through it.

extension VM {
    /// list.sort / sorted: stable; keys computed first, in order; `reverse`
    /// as CPython does it (reverse, stable sort, reverse back).
    func timsort(_ items: inout [Value], key: Value?, reverse: Bool) throws {
        let key = key.flatMap { $0.isNone ? nil : $0 }
        let keys = try key.map { k in try items.map { try call(k, [$0]) } } ?? items
        if items.count < 2 { return }
        if let fast = TimSort.homogeneousOrder(keys, reverse: reverse) ?? TimSort.pureTupleOrder(keys, reverse: reverse) {
            items = fast.map { items[$0] }
            return
        }
        let sorter = TimSort(vm: self, keys: keys, reverse: reverse)
        do {
            try sorter.sort()
        } catch {
            items = sorter.result(items)
            throw error
        }
        items = sorter.result(items)
    }
}

final class TimSort {
    let vm: VM
    let keys: [Value]
    let reverse: Bool
    /// The permutation being sorted: position -> index into keys.
    var a: [Int]
    var minGallop = 7
    static let minGallopInit = 7

    struct Run {
        var base: Int
        var len: Int
        var power: Int
    }
    var pending: [Run] = []

    init(vm: VM, keys: [Value], reverse: Bool) {
        self.vm = vm
        self.keys = keys
        self.reverse = reverse
        a = reverse ? Array((0..<keys.count).reversed()) : Array(0..<keys.count)
    }

    /// All-int or all-str keys compare without side effects and are totally
    /// ordered, so any stable sort gives CPython's result: sort positions
    /// by (key, position) directly. nil for other keys.
    static func homogeneousOrder(_ keys: [Value], reverse: Bool) -> [Int]? {
        var order = reverse ? Array((0..<keys.count).reversed()) : Array(0..<keys.count)
        var rank = [Int](repeating: 0, count: keys.count)
        for (position, index) in order.enumerated() { rank[index] = position }
        if keys.allSatisfy({ if case .int = $0 { return true }; return false }) {
            order.sort { x, y in
                guard case .int(let a) = keys[x], case .int(let b) = keys[y] else { return false }
                return a != b ? a < b : rank[x] < rank[y]
            }
        } else if keys.allSatisfy({ if case .object(let o) = $0, o.kind == .str, !o.hasUserClass { return true }; return false }) {
            let strings = keys.map { unsafeDowncast($0.asObject!, to: PyStr.self).value }
            order.sort { x, y in
                // UTF-8 byte order is code point order.
                let a = strings[x].utf8, b = strings[y].utf8
                if a.elementsEqual(b) { return rank[x] < rank[y] }
                return a.lexicographicallyPrecedes(b)
            }
        } else {
            return nil
        }
        if reverse { order.reverse() }
        return order
    }

    /// The items in the (possibly partial) sorted order.
    func result(_ items: [Value]) -> [Value] {
        let order = reverse ? Array(a.reversed()) : a
        return order.map { items[$0] }
    }

    @inline(__always) func lt(_ x: Value, _ y: Value) throws -> Bool {
        if case .int(let i) = x, case .int(let j) = y { return i < j }
        if case .float(let d) = x, case .float(let e) = y { return d < e }
        return try vm.isTruthy(try vm.richCompare(x, y, .lt))
    }

    @inline(__always) func k(_ position: Int) -> Value { keys[a[position]] }

    func reverseRange(_ lo: Int, _ hi: Int) {
        var i = lo, j = hi - 1
        while i < j {
            a.swapAt(i, j)
            i += 1
            j -= 1
        }
    }

    func sort() throws {
        let n = a.count
        var minrun = n, r = 0
        while minrun >= 64 {
            r |= minrun & 1
            minrun >>= 1
        }
        minrun += r
        var lo = 0, remaining = n
        repeat {
            var run = try countRun(lo, remaining)
            if run < minrun {
                let force = remaining <= minrun ? remaining : minrun
                try binarySort(lo, force, run)
                run = force
            }
            if let last = pending.last {
                let power = powerLoop(last.base, last.len, run, n)
                while pending.count > 1 && pending[pending.count - 2].power > power {
                    try mergeAt(pending.count - 2)
                }
                pending[pending.count - 1].power = power
            }
            pending.append(Run(base: lo, len: run, power: 0))
            lo += run
            remaining -= run
        } while remaining > 0
        while pending.count > 1 {
            var i = pending.count - 2
            if i > 0 && pending[i - 1].len < pending[i + 1].len { i -= 1 }
            try mergeAt(i)
        }
    }

    /// count_run: the length of the run at lo, made ascending in place.
    func countRun(_ lo: Int, _ remaining: Int) throws -> Int {
        var n = 1
        while n < remaining {
            if try lt(k(lo + n), k(lo + n - 1)) { break }
            n += 1
        }
        if n == remaining { return n }
        if n > 1 {
            if try lt(k(lo), k(lo + n - 1)) { return n }
            reverseRange(lo, lo + n)
        }
        n += 1
        var neq = 0
        func reverseLastEqual() {
            if neq > 0 {
                neq += 1
                reverseRange(lo + n - neq, lo + n)
                neq = 0
            }
        }
        while n < remaining {
            if try lt(k(lo + n), k(lo + n - 1)) {
                reverseLastEqual()
            } else if try lt(k(lo + n - 1), k(lo + n)) {
                break
            } else {
                neq += 1
            }
            n += 1
        }
        reverseLastEqual()
        reverseRange(lo, lo + n)
        while n < remaining {
            if try lt(k(lo + n), k(lo + n - 1)) { break }
            n += 1
        }
        return n
    }

    /// binarysort: a[lo..<lo+n] sorted, given a[lo..<lo+ok] already is.
    func binarySort(_ lo: Int, _ n: Int, _ ok0: Int) throws {
        var ok = ok0 == 0 ? 1 : ok0
        while ok < n {
            let pivot = a[lo + ok]
            let pk = keys[pivot]
            var l = 0, r = ok
            repeat {
                let m = (l + r) >> 1
                if try lt(pk, k(lo + m)) { r = m } else { l = m + 1 }
            } while l < r
            var m = ok
            while m > l {
                a[lo + m] = a[lo + m - 1]
                m -= 1
            }
            a[lo + l] = pivot
            ok += 1
        }
    }

    func powerLoop(_ s1: Int, _ n1: Int, _ n2: Int, _ n: Int) -> Int {
        var result = 0
        var x = 2 * s1 + n1
        var y = x + n1 + n2
        while true {
            result += 1
            if x >= n {
                x -= n
                y -= n
            } else if y >= n {
                break
            }
            x <<= 1
            y <<= 1
        }
        return result
    }
}
