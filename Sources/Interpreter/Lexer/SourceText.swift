// The program text as the tokenizer sees it: Unicode scalars with a leading
// BOM removed, "\r\n" and lone "\r" turned into "\n" (as CPython's universal
// newline translation does), and a final "\n" supplied when the file lacks
// one. Columns are counted in Characters, so each scalar also records the
// index of the Character it belongs to.

struct SourceText {
    let scalars: [Unicode.Scalar]
    /// `characterIndex[i]` is the Character index of scalar `i`; one extra
    /// entry marks the end of the text.
    let characterIndex: [Int32]
    /// Offset of the first scalar of each line.
    let lineStarts: [Int]
    /// The file began with a byte order mark (left out of `scalars`, but
    /// CPython shows it in the text of errors on line 1).
    let hasBOM: Bool
    /// True when the last "\n" was supplied because the file did not end
    /// with a newline (the NEWLINE token there then has zero width).
    let supplementedNewline: Bool
    /// Set when the source contains a NUL character, which CPython rejects.
    let containsNull: Bool

    init(_ source: String) {
        var scalars: [Unicode.Scalar] = []
        var index: [Int32] = []
        scalars.reserveCapacity(source.utf8.count + 1)
        index.reserveCapacity(source.utf8.count + 2)
        var characterCount: Int32 = 0
        var sawNull = false
        var hasBOM = false
        var previousWasCR = false
        /// Appends one scalar of Character number `characterCount`,
        /// turning "\r\n" and "\r" into "\n".
        func add(_ scalar: Unicode.Scalar) {
            if scalar == "\r" {
                scalars.append("\n")
                index.append(characterCount)
                previousWasCR = true
                return
            }
            if scalar == "\n" && previousWasCR {
                previousWasCR = false
                return
            }
            previousWasCR = false
            if scalar == "\0" { sawNull = true }
            scalars.append(scalar)
            index.append(characterCount)
        }
        if source.utf8.allSatisfy({ $0 < 128 }) {
            // Fast path: in ASCII text every scalar is its own Character
            // (but "\r\n", which becomes a single "\n" anyway).
            for byte in source.utf8 {
                let wasCR = previousWasCR
                add(Unicode.Scalar(byte))
                if !(byte == 10 && wasCR) { characterCount += 1 }
            }
        } else {
            var isFirst = true
            for character in source {
                if isFirst {
                    isFirst = false
                    if character == "\u{FEFF}" {
                        hasBOM = true
                        continue
                    }
                }
                for scalar in character.unicodeScalars { add(scalar) }
                characterCount += 1
            }
        }
        var supplemented = false
        if let last = scalars.last, last != "\n" {
            scalars.append("\n")
            index.append(characterCount)
            characterCount += 1
            supplemented = true
        }
        index.append(characterCount)

        var lineStarts = [0]
        for (offset, scalar) in scalars.enumerated() where scalar == "\n" {
            lineStarts.append(offset + 1)
        }
        if lineStarts.count > 1 && lineStarts[lineStarts.count - 1] == scalars.count {
            lineStarts.removeLast()  // the text ends with a newline
        }
        if scalars.isEmpty { lineStarts = [] }

        self.scalars = scalars
        self.characterIndex = index
        self.lineStarts = lineStarts
        self.hasBOM = hasBOM
        self.supplementedNewline = supplemented
        self.containsNull = sawNull
    }

    /// The text of 1-based line `n` without its newline, or nil when there
    /// is no such line.
    func line(_ n: Int, withBOM: Bool = true) -> String? {
        guard n >= 1 && n <= lineStarts.count else { return nil }
        let start = lineStarts[n - 1]
        var end = n < lineStarts.count ? lineStarts[n] : scalars.count
        if end > start && scalars[end - 1] == "\n" { end -= 1 }
        return n == 1 && hasBOM && withBOM ? "\u{FEFF}" + text(start, end) : text(start, end)
    }

    /// CPython reports parser errors on line 1 of a file with a BOM by
    /// converting the error's byte offset with the BOM (3 bytes) still in
    /// the line, which shifts the column; this reproduces that.
    func columnWithBOM(_ column: Int) -> Int {
        let text = line(1, withBOM: false) ?? ""
        let byteOffset = text.prefix(column).utf8.count + 1
        if byteOffset <= 3 { return min(byteOffset, 1) - 1 }
        var remaining = byteOffset - 3
        var characters = 1
        for character in text {
            if remaining <= 0 { break }
            remaining -= character.utf8.count
            characters += 1
        }
        return characters - 1 + max(0, remaining)
    }

    /// The number of the last line (CPython's line number at end of file).
    var lastLineNumber: Int { max(lineStarts.count, 1) }

    /// Length in Characters of the last line.
    var lastLineLength: Int { line(lineStarts.count)?.count ?? 0 }

    /// The text between two scalar offsets.
    func text(_ start: Int, _ end: Int) -> String {
        let end = min(end, scalars.count)
        guard start < end else { return "" }
        var ascii = true
        for i in start..<end where scalars[i].value >= 128 {
            ascii = false
            break
        }
        if ascii {
            return String(unsafeUninitializedCapacity: end - start) { buffer in
                for i in start..<end { buffer[i - start] = UInt8(truncatingIfNeeded: scalars[i].value) }
                return end - start
            }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }
}
