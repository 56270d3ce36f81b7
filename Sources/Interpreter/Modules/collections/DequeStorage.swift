// The ring buffer behind collections.deque: O(1) at both ends, as CPython's
// block list is. Capacity is a power of two so positions wrap with a mask.

final class DequeStorage {
    private(set) var buf: ContiguousArray<Value> = ContiguousArray(repeating: .none, count: 8)
    private(set) var head = 0
    private(set) var count = 0
    /// nil: unbounded.
    var maxlen: Int?
    /// Bumped by every mutation; iterators compare it ("deque mutated during iteration").
    var state = 0

    init(maxlen: Int?) { self.maxlen = maxlen }

    @inline(__always) private func slot(_ i: Int) -> Int { (head &+ i) & (buf.count &- 1) }

    subscript(i: Int) -> Value {
        get { buf[slot(i)] }
        set { buf[slot(i)] = newValue }
    }

    var items: [Value] {
        var out: [Value] = []
        out.reserveCapacity(count)
        for i in 0..<count { out.append(self[i]) }
        return out
    }

    private func grow() {
        var nb = ContiguousArray<Value>(repeating: .none, count: buf.count * 2)
        for i in 0..<count { nb[i] = self[i] }
        buf = nb
        head = 0
    }

    func pushBack(_ v: Value) {
        if count == buf.count { grow() }
        buf[slot(count)] = v
        count += 1
    }

    func pushFront(_ v: Value) {
        if count == buf.count { grow() }
        head = (head &- 1) & (buf.count &- 1)
        buf[head] = v
        count += 1
    }

    @discardableResult func popBack() -> Value {
        count -= 1
        let i = slot(count)
        let v = buf[i]
        buf[i] = .none
        return v
    }

    @discardableResult func popFront() -> Value {
        let v = buf[head]
        buf[head] = .none
        head = (head &+ 1) & (buf.count &- 1)
        count -= 1
        return v
    }

    /// append: a full bounded deque drops its leftmost item.
    func append(_ v: Value) {
        state &+= 1
        if let m = maxlen {
            if m == 0 { return }
            if count >= m { popFront() }
        }
        pushBack(v)
    }

    /// appendleft: a full bounded deque drops its rightmost item.
    func appendLeft(_ v: Value) {
        state &+= 1
        if let m = maxlen {
            if m == 0 { return }
            if count >= m { popBack() }
        }
        pushFront(v)
    }

    /// Replaces the contents (insert, delete, reverse, rotate of many).
    func replace(_ items: [Value]) {
        state &+= 1
        var cap = 8
        while cap < items.count { cap *= 2 }
        buf = ContiguousArray(repeating: .none, count: cap)
        for (i, v) in items.enumerated() { buf[i] = v }
        head = 0
        count = items.count
    }

    /// rotate(n): n steps to the right (left when negative).
    func rotate(_ n: Int) {
        guard count > 1 else { return }
        var k = n % count
        if k < 0 { k += count }
        if k == 0 { return }
        state &+= 1
        if k <= count / 2 {
            for _ in 0..<k { pushFront(popBack()) }
        } else {
            for _ in 0..<(count - k) { pushBack(popFront()) }
        }
    }
}
