// The merge half of CPython's timsort (ListSort.swift): galloping searches
// and merge_at / merge_lo / merge_hi, with the same comparisons as
// Objects/listobject.c.

extension TimSort {
    /// gallop_left over at(0..<n): the leftmost position for `key`.
    func gallopLeft(_ key: Value, _ n: Int, _ hint: Int, _ at: (Int) -> Value) throws -> Int {
        var lastofs = 0, ofs = 1
        if try lt(at(hint), key) {
            let maxofs = n - hint
            while ofs < maxofs {
                if try lt(at(hint + ofs), key) {
                    lastofs = ofs
                    ofs = (ofs << 1) + 1
                } else {
                    break
                }
            }
            if ofs > maxofs { ofs = maxofs }
            lastofs += hint
            ofs += hint
        } else {
            let maxofs = hint + 1
            while ofs < maxofs {
                if try lt(at(hint - ofs), key) { break }
                lastofs = ofs
                ofs = (ofs << 1) + 1
            }
            if ofs > maxofs { ofs = maxofs }
            let t = lastofs
            lastofs = hint - ofs
            ofs = hint - t
        }
        lastofs += 1
        while lastofs < ofs {
            let m = lastofs + ((ofs - lastofs) >> 1)
            if try lt(at(m), key) { lastofs = m + 1 } else { ofs = m }
        }
        return ofs
    }

    /// gallop_right over at(0..<n): the rightmost position for `key`.
    func gallopRight(_ key: Value, _ n: Int, _ hint: Int, _ at: (Int) -> Value) throws -> Int {
        var lastofs = 0, ofs = 1
        if try lt(key, at(hint)) {
            let maxofs = hint + 1
            while ofs < maxofs {
                if try lt(key, at(hint - ofs)) {
                    lastofs = ofs
                    ofs = (ofs << 1) + 1
                } else {
                    break
                }
            }
            if ofs > maxofs { ofs = maxofs }
            let t = lastofs
            lastofs = hint - ofs
            ofs = hint - t
        } else {
            let maxofs = n - hint
            while ofs < maxofs {
                if try lt(key, at(hint + ofs)) { break }
                lastofs = ofs
                ofs = (ofs << 1) + 1
            }
            if ofs > maxofs { ofs = maxofs }
            lastofs += hint
            ofs += hint
        }
        lastofs += 1
        while lastofs < ofs {
            let m = lastofs + ((ofs - lastofs) >> 1)
            if try lt(key, at(m)) { ofs = m } else { lastofs = m + 1 }
        }
        return ofs
    }

    func mergeAt(_ i: Int) throws {
        var baseA = pending[i].base, na = pending[i].len
        let baseB = pending[i + 1].base
        var nb = pending[i + 1].len
        pending[i].len = na + nb
        if i == pending.count - 3 { pending[i + 1] = pending[i + 2] }
        pending.removeLast()

        let k0 = try gallopRight(k(baseB), na, 0) { self.k(baseA + $0) }
        baseA += k0
        na -= k0
        if na == 0 { return }
        nb = try gallopLeft(k(baseA + na - 1), nb, nb - 1) { self.k(baseB + $0) }
        if nb <= 0 { return }
        if na <= nb { try mergeLo(baseA, na, baseB, nb) } else { try mergeHi(baseA, na, baseB, nb) }
    }

    func mergeLo(_ baseA: Int, _ na0: Int, _ baseB: Int, _ nb0: Int) throws {
        var na = na0, nb = nb0
        let tmp = Array(a[baseA..<(baseA + na)])
        var pa = 0, pb = baseB, dest = baseA
        enum Exit { case done, copyB }
        func body() throws -> Exit {
            a[dest] = a[pb]; dest += 1; pb += 1; nb -= 1
            if nb == 0 { return .done }
            if na == 1 { return .copyB }
            var mg = minGallop
            while true {
                var acount = 0, bcount = 0
                while true {
                    if try lt(k(pb), keys[tmp[pa]]) {
                        a[dest] = a[pb]; dest += 1; pb += 1
                        bcount += 1; acount = 0; nb -= 1
                        if nb == 0 { return .done }
                        if bcount >= mg { break }
                    } else {
                        a[dest] = tmp[pa]; dest += 1; pa += 1
                        acount += 1; bcount = 0; na -= 1
                        if na == 1 { return .copyB }
                        if acount >= mg { break }
                    }
                }
                mg += 1
                repeat {
                    if mg > 1 { mg -= 1 }
                    minGallop = mg
                    let startA = pa
                    var c = try gallopRight(k(pb), na, 0) { self.keys[tmp[startA + $0]] }
                    acount = c
                    if c > 0 {
                        for j in 0..<c { a[dest + j] = tmp[pa + j] }
                        dest += c; pa += c; na -= c
                        if na == 1 { return .copyB }
                        if na == 0 { return .done }
                    }
                    a[dest] = a[pb]; dest += 1; pb += 1; nb -= 1
                    if nb == 0 { return .done }
                    let startB = pb
                    c = try gallopLeft(keys[tmp[pa]], nb, 0) { self.k(startB + $0) }
                    bcount = c
                    if c > 0 {
                        for j in 0..<c { a[dest + j] = a[pb + j] }
                        dest += c; pb += c; nb -= c
                        if nb == 0 { return .done }
                    }
                    a[dest] = tmp[pa]; dest += 1; pa += 1; na -= 1
                    if na == 1 { return .copyB }
                } while acount >= TimSort.minGallopInit || bcount >= TimSort.minGallopInit
                mg += 1
                minGallop = mg
            }
        }
        let exit: Exit
        do {
            exit = try body()
        } catch {
            for j in 0..<na { a[dest + j] = tmp[pa + j] }
            throw error
        }
        switch exit {
        case .done:
            for j in 0..<na { a[dest + j] = tmp[pa + j] }
        case .copyB:
            for j in 0..<nb { a[dest + j] = a[pb + j] }
            a[dest + nb] = tmp[pa]
        }
    }

    func mergeHi(_ baseA: Int, _ na0: Int, _ baseB: Int, _ nb0: Int) throws {
        var na = na0, nb = nb0
        let tmp = Array(a[baseB..<(baseB + nb)])
        var dest = baseB + nb - 1, pa = baseA + na - 1, pb = nb - 1
        enum Exit { case done, copyA }
        func body() throws -> Exit {
            a[dest] = a[pa]; dest -= 1; pa -= 1; na -= 1
            if na == 0 { return .done }
            if nb == 1 { return .copyA }
            var mg = minGallop
            while true {
                var acount = 0, bcount = 0
                while true {
                    if try lt(keys[tmp[pb]], k(pa)) {
                        a[dest] = a[pa]; dest -= 1; pa -= 1
                        acount += 1; bcount = 0; na -= 1
                        if na == 0 { return .done }
                        if acount >= mg { break }
                    } else {
                        a[dest] = tmp[pb]; dest -= 1; pb -= 1
                        bcount += 1; acount = 0; nb -= 1
                        if nb == 1 { return .copyA }
                        if bcount >= mg { break }
                    }
                }
                mg += 1
                repeat {
                    if mg > 1 { mg -= 1 }
                    minGallop = mg
                    var c = try gallopRight(keys[tmp[pb]], na, na - 1) { self.k(baseA + $0) }
                    c = na - c
                    acount = c
                    if c > 0 {
                        dest -= c; pa -= c
                        for j in stride(from: c, through: 1, by: -1) { a[dest + j] = a[pa + j] }
                        na -= c
                        if na == 0 { return .done }
                    }
                    a[dest] = tmp[pb]; dest -= 1; pb -= 1; nb -= 1
                    if nb == 1 { return .copyA }
                    c = try gallopLeft(k(pa), nb, nb - 1) { self.keys[tmp[$0]] }
                    c = nb - c
                    bcount = c
                    if c > 0 {
                        dest -= c; pb -= c
                        for j in 1...c { a[dest + j] = tmp[pb + j] }
                        nb -= c
                        if nb == 1 { return .copyA }
                        if nb == 0 { return .done }
                    }
                    a[dest] = a[pa]; dest -= 1; pa -= 1; na -= 1
                    if na == 0 { return .done }
                } while acount >= TimSort.minGallopInit || bcount >= TimSort.minGallopInit
                mg += 1
                minGallop = mg
            }
        }
        let exit: Exit
        do {
            exit = try body()
        } catch {
            if nb > 0 { for j in 0..<nb { a[dest - (nb - 1) + j] = tmp[j] } }
            throw error
        }
        switch exit {
        case .done:
            if nb > 0 { for j in 0..<nb { a[dest - (nb - 1) + j] = tmp[j] } }
        case .copyA:
            for j in stride(from: 0, to: -na, by: -1) { a[dest + j] = a[pa + j] }
            dest -= na
            pa -= na
            a[dest] = tmp[pb]
        }
    }
}
