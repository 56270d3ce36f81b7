// Colours Python source for the Source pane. Not the interpreter's lexer: it
// must never fail, works one line at a time (only visible lines are
// coloured), and carries just one fact between lines, whether a
// triple-quoted string is still open.

struct HighlightSpan: Equatable {
    var text: String
    var role: Role
}

enum SyntaxHighlighter {
    /// What is open at the start of a line.
    enum LineState: Equatable, Sendable {
        case code
        /// Inside a triple-quoted string closed by three of `quote`.
        case tripleQuoted(quote: Character)
    }

    /// The state at the start of each line (one entry per line).
    static func lineStates(_ lines: [String]) -> [LineState] {
        var states: [LineState] = []
        states.reserveCapacity(lines.count)
        var state = LineState.code
        for line in lines {
            states.append(state)
            // Lines without quotes cannot change the state: skip the scan.
            if state == .code && !line.utf8.contains(where: { $0 == 0x22 || $0 == 0x27 }) { continue }
            state = scan(Array(line), from: state, collect: false).end
        }
        return states
    }

    /// Spans covering `line` exactly, in order.
    static func highlight(_ line: String, startingIn state: LineState = .code) -> [HighlightSpan] {
        scan(Array(line), from: state, collect: true).spans
    }

    static let keywords: Set<String> = [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
        "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
        "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
        "return", "try", "while", "with", "yield",
    ]

    /// Keywords only at the start of a statement (`match x:`), names elsewhere.
    static let softKeywords: Set<String> = ["match", "case", "type"]

    static let builtins: Set<String> = [
        "abs", "all", "any", "ascii", "bin", "bool", "breakpoint", "bytearray", "bytes", "callable",
        "chr", "classmethod", "compile", "complex", "delattr", "dict", "dir", "divmod", "enumerate",
        "eval", "exec", "exit", "filter", "float", "format", "frozenset", "getattr", "globals",
        "hasattr", "hash", "help", "hex", "id", "input", "int", "isinstance", "issubclass", "iter",
        "len", "list", "locals", "map", "max", "min", "next", "object", "oct", "open", "ord", "pow",
        "print", "property", "quit", "range", "repr", "reversed", "round", "set", "setattr", "slice",
        "sorted", "staticmethod", "str", "sum", "super", "tuple", "type", "vars", "zip",
        "NotImplemented", "Ellipsis", "__name__",
        "BaseException", "Exception", "ArithmeticError", "AssertionError", "AttributeError",
        "EOFError", "ImportError", "IndexError", "KeyError", "KeyboardInterrupt", "LookupError",
        "NameError", "NotImplementedError", "OSError", "OverflowError", "RecursionError",
        "RuntimeError", "StopIteration", "SystemExit", "TypeError", "UnboundLocalError",
        "ValueError", "ZeroDivisionError",
    ]

    private static let stringPrefixLetters: Set<Character> = ["r", "R", "b", "B", "u", "U", "f", "F"]

    private struct SpanBuilder {
        var spans: [HighlightSpan] = []
        let collect: Bool
        let characters: [Character]

        mutating func add(_ range: Range<Int>, _ role: Role) {
            guard collect, !range.isEmpty else { return }
            let text = String(characters[range])
            if let last = spans.last, last.role == role {
                spans[spans.count - 1].text += text
            } else {
                spans.append(HighlightSpan(text: text, role: role))
            }
        }
    }

    private static func scan(_ characters: [Character], from state: LineState, collect: Bool)
        -> (spans: [HighlightSpan], end: LineState) {
        var builder = SpanBuilder(collect: collect, characters: characters)
        var index = 0
        let count = characters.count
        if case .tripleQuoted(let quote) = state {
            guard let end = closingQuote(characters, from: 0, quote: quote, triple: true) else {
                builder.add(0..<count, .string)
                return (builder.spans, state)
            }
            builder.add(0..<end, .string)
            index = end
        }
        var previousWord = ""  // the last identifier or keyword, for `def NAME`
        var atStatementStart = characters[0..<index].allSatisfy(\.isWhitespace)
        while index < count {
            let character = characters[index]
            let start = index
            if character == "#" {
                builder.add(index..<count, .comment)
                return (builder.spans, .code)
            }
            if character.isWhitespace {
                while index < count, characters[index].isWhitespace { index += 1 }
                builder.add(start..<index, .plain)
                continue
            }
            if let quoteStart = stringStart(characters, at: index) {
                let quote = characters[quoteStart]
                let triple = quoteStart + 2 < count && characters[quoteStart + 1] == quote && characters[quoteStart + 2] == quote
                let bodyStart = quoteStart + (triple ? 3 : 1)
                guard let end = closingQuote(characters, from: bodyStart, quote: quote, triple: triple) else {
                    builder.add(start..<count, .string)
                    return (builder.spans, triple ? .tripleQuoted(quote: quote) : .code)
                }
                builder.add(start..<end, .string)
                index = end
                previousWord = ""
                atStatementStart = false
                continue
            }
            if character.isNumber && character.isASCII
                || (character == "." && index + 1 < count && characters[index + 1].isASCII && characters[index + 1].isNumber) {
                index = numberEnd(characters, from: index)
                builder.add(start..<index, .number)
                previousWord = ""
                atStatementStart = false
                continue
            }
            if isIdentifierStart(character) {
                while index < count, isIdentifierContinue(characters[index]) { index += 1 }
                let word = String(characters[start..<index])
                builder.add(start..<index, role(of: word, characters: characters, start: start, end: index,
                                                previousWord: previousWord, atStatementStart: atStatementStart))
                previousWord = word
                atStatementStart = false
                continue
            }
            if character == "@" && atStatementStart {
                index += 1
                while index < count, isIdentifierContinue(characters[index]) || characters[index] == "." { index += 1 }
                builder.add(start..<index, .decorator)
                atStatementStart = false
                continue
            }
            index += 1
            builder.add(start..<index, .plain)
            previousWord = ""
            // After `;` a new statement starts on the same line.
            atStatementStart = character == ";"
        }
        return (builder.spans, .code)
    }

    private static func role(of word: String, characters: [Character], start: Int, end: Int,
                             previousWord: String, atStatementStart: Bool) -> Role {
        if previousWord == "def" || previousWord == "class" { return .definition }
        if keywords.contains(word) { return .keyword }
        let next = characters[end...].first { !$0.isWhitespace }
        if softKeywords.contains(word), atStatementStart, let next, !"=.(,:)[".contains(next) { return .keyword }
        // `obj.print` or `f(list=1)` use the name as an attribute or keyword argument.
        let before = characters[..<start].last { !$0.isWhitespace }
        let afterName = characters[end...].drop { $0.isWhitespace }
        let isAssignedOrKeywordArgument = afterName.first == "=" && afterName.dropFirst().first != "="
        if builtins.contains(word), before != ".", !isAssignedOrKeywordArgument { return .builtin }
        return .plain
    }

    /// The index of the opening quote when a string literal (with an optional
    /// prefix such as rb or f) starts at `index`.
    private static func stringStart(_ characters: [Character], at index: Int) -> Int? {
        var position = index
        while position < characters.count, position - index < 2, stringPrefixLetters.contains(characters[position]) {
            position += 1
        }
        guard position < characters.count, characters[position] == "\"" || characters[position] == "'" else { return nil }
        // A prefix must not be the tail of a longer name (`bar"`).
        if position > index, index > 0, isIdentifierContinue(characters[index - 1]) { return nil }
        return position
    }

    /// The index just past the closing quote, or nil when the line ends first.
    private static func closingQuote(_ characters: [Character], from start: Int, quote: Character, triple: Bool) -> Int? {
        var index = start
        let count = characters.count
        while index < count {
            let character = characters[index]
            if character == "\\" {
                index += 2  // an escaped character never closes the string
                continue
            }
            if character == quote {
                if !triple { return index + 1 }
                if index + 2 < count, characters[index + 1] == quote, characters[index + 2] == quote { return index + 3 }
            }
            index += 1
        }
        return nil
    }

    private static func numberEnd(_ characters: [Character], from start: Int) -> Int {
        var index = start
        while index < characters.count {
            let character = characters[index]
            if character.isASCII && (character.isLetter || character.isNumber) || character == "_" || character == "." {
                index += 1
            } else if (character == "+" || character == "-"), index > start,
                      characters[index - 1] == "e" || characters[index - 1] == "E",
                      !(characters[start] == "0" && index > start + 1 && "xXbBoO".contains(characters[start + 1])) {
                index += 1  // the sign of an exponent: 1e-5
            } else {
                break
            }
        }
        return index
    }

    private static func isIdentifierStart(_ character: Character) -> Bool {
        character == "_" || character.isLetter
    }

    private static func isIdentifierContinue(_ character: Character) -> Bool {
        character == "_" || character.isLetter || character.isNumber
    }
}
