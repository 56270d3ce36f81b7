// The heap at the current stop, for front ends: a paged listing (the heap
// pane, `heap` in `scopewalk debug`) and a boxes-and-arrows picture for
// small heaps. Built once per stop, when first asked for.

/// The heap graph of one stop (a stop is the run, its event, its place inside the line).
final class HeapCache {
    var key: String = ""
    var graph: HeapGraph?
}

extension Debugger {
    func heapGraph() -> HeapGraph? {
        guard let r = run, r.isParked || r.isDone else { return nil }
        let s = snapshot
        let key = "\(ObjectIdentifier(r).hashValue)/\(r.vm.eventCount)/\(s.expressionStop?.narration ?? "")/\(s.expressionStop?.rewritten ?? "")/\(s.output.count)"
        if heapCache.key == key, let g = heapCache.graph { return g }
        r.recorder?.pause()
        defer { r.recorder?.unpause() }
        let labels = objectLabels
        let insp = r.inspector
        let frames = r.stackFrames
        let globals = frames.first?.globals ?? r.vm.globals
        let g = HeapGraph(vm: r.vm, frames: frames, globals: globals, cells: r.vm.liveCells.compactMap { $0.value },
                          labelOf: { o in labels.label(of: o, recorder: r.recorder) ?? labels.fallbackLabel(o) },
                          shown: { v, limit in insp.shown(v, limit: limit) })
        heapCache.key = key
        heapCache.graph = g
        return g
    }

    /// Rows in the heap listing at this stop.
    public var heapRowCount: Int { heapGraph()?.rowCount ?? 0 }

    /// Rows [offset, offset+limit) of the heap listing.
    public func heapRows(offset: Int, limit: Int) -> [HeapRow] {
        guard let g = heapGraph() else { return [] }
        run?.recorder?.pause()
        defer { run?.recorder?.unpause() }
        return g.rows(offset: offset, limit: limit)
    }

    /// Every object of the heap listing (headers only).
    public func heapObjects() -> [HeapObject] {
        guard let g = heapGraph() else { return [] }
        return g.nodes.indices.map { g.object($0) }
    }

    /// The heap as Python Tutor draws it (frames on the left, objects on the
    /// right, references as arrows to labels); nil when it is too big to draw.
    public func heapPicture(ascii: Bool, maxObjects: Int = 16) -> String? {
        guard let g = heapGraph(), let r = run, g.nodes.count <= maxObjects else { return nil }
        run?.recorder?.pause()
        defer { run?.recorder?.unpause() }
        return HeapPicture(graph: g, frames: r.stackFrames, ascii: ascii).draw()
    }
}
