// swift-tools-version:5.9
import PackageDescription

let package = Package(
    name: "scopewalk",
    products: [
        .executable(name: "scopewalk", targets: ["DebuggerTUI"]),
        .library(name: "Interpreter", targets: ["Interpreter"]),
    ],
    targets: [
        .systemLibrary(
            name: "CNcurses",
            path: "Sources/CNcurses",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        .target(
            name: "Interpreter",
            path: "Sources/Interpreter",
            exclude: ["Modules/Lib"],
            swiftSettings: [.unsafeFlags(["-Ounchecked", "-wmo", "-enforce-exclusivity=unchecked"], .when(configuration: .release))]
        ),
        .executableTarget(
            name: "DebuggerTUI",
            dependencies: ["Interpreter", "CNcurses"],
            path: "Sources/DebuggerTUI"
        ),
        .testTarget(
            name: "InterpreterTests",
            dependencies: ["Interpreter"],
            path: "Tests/InterpreterTests",
            resources: [.copy("Corpus")]
        ),
        .testTarget(
            name: "DebuggerTUITests",
            dependencies: ["DebuggerTUI", "Interpreter"],
            path: "Tests/DebuggerTUITests"
        ),
    ]
)
