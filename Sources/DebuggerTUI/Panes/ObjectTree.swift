// Opening objects up in the Scopes pane: which rows are open, how many pages
// of a big object are shown, and the parts the core reported, asked for once
// per stop (the program does not move between two draws of one stop).
import Interpreter

final class ObjectTree {
    /// Parts shown per page of a big list, dict or instance.
    static let pageSize = 20

    /// Asks the core; nil when there is no core to ask (a scripted session).
    var query: ((_ expression: String, _ path: [Int], _ offset: Int, _ limit: Int) -> ObjectChildren?)?
    /// Open row key -> pages shown.
    private(set) var pages: [String: Int] = [:]
    private var cache: [String: ObjectChildren?] = [:]

    /// The program moved, another frame was selected, or an evaluation may
    /// have changed something: ask again.
    func invalidate() { cache = [:] }

    func pagesShown(_ key: String) -> Int { max(1, pages[key] ?? 1) }

    func showMore(_ key: String) {
        pages[key] = pagesShown(key) + 1
    }

    /// The shown parts of the object at `expression` + `path`.
    func children(expression: String, path: [Int], key: String) -> ObjectChildren? {
        guard let query else { return nil }
        let limit = pagesShown(key) * Self.pageSize
        let cacheKey = "\(expression)\u{0}\(path)\u{0}\(limit)"
        if let cached = cache[cacheKey] { return cached }
        let result = query(expression, path, 0, limit)
        cache[cacheKey] = result
        return result
    }
}
