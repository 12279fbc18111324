// swift-tools-version:6.0
// JuryDesk: a terminal workstation for reviewing and judging a juried creator contest.
// No package dependencies by design: Foundation, XCTest and three system libraries.
import PackageDescription

let package = Package(
    name: "JuryDesk",
    products: [
        .executable(name: "jurydesk", targets: ["jurydesk"]),
    ],
    targets: [
        // System libraries, each a module map plus a shim header that wraps C macros.
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw", pkgConfig: "ncursesw",
                       providers: [.apt(["libncurses-dev"])]),
        .systemLibrary(name: "CSQLite3", path: "Sources/CSQLite3", pkgConfig: "sqlite3",
                       providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CCrypt", path: "Sources/CCrypt", providers: [.apt(["libcrypt-dev"])]),
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // The git commit `make` bakes in (a generated header); "unknown" for a plain `swift build`.
        .target(name: "CBuildInfo"),
        // SHA-256 block compression in C: the CPU's SHA extensions when present, portable C otherwise.
        .target(name: "CSHA256"),

        .target(name: "JuryCore"),
        // .xlsx in and out: the zip container through zlib, the XML through FoundationXML. Its own
        // target so JuryCore stays free of files and C libraries (see DESIGN.md).
        .target(name: "JuryWorkbook", dependencies: ["JuryCore", "CZlib"]),
        .target(name: "JuryStore", dependencies: ["JuryCore", "JuryWorkbook", "CSQLite3", "CCrypt", "CSHA256"]),
        .target(name: "TerminalKit", dependencies: ["CNcursesw"]),
        .target(name: "JuryApp", dependencies: ["JuryCore", "JuryStore", "TerminalKit"]),
        .executableTarget(name: "jurydesk", dependencies: ["JuryCore", "JuryWorkbook", "JuryStore", "TerminalKit", "JuryApp", "CBuildInfo"]),
        // Hidden helper: a second real process for JuryStore's multi-process tests (not a product).
        .executableTarget(name: "jurydesk-stress", dependencies: ["JuryStore"]),
        // Performance figures against baselines measured in the same run (`make bench`; not a product).
        .executableTarget(name: "jurydesk-bench", dependencies: ["JuryCore", "JuryStore", "TerminalKit", "JuryApp"]),

        // Shared by the test targets: text snapshots, temporary folders, locating built binaries.
        .target(name: "JuryTestSupport", path: "Tests/JuryTestSupport"),
        .testTarget(name: "JuryCoreTests", dependencies: ["JuryCore", "JuryTestSupport"]),
        .testTarget(name: "JuryWorkbookTests", dependencies: ["JuryWorkbook", "JuryStore", "JuryCore", "JuryTestSupport"],
                    exclude: ["Scripts"]),
        .testTarget(name: "JuryStoreTests", dependencies: ["JuryStore", "JuryCore", "JuryTestSupport", "jurydesk-stress", "CSHA256"]),
        .testTarget(name: "TerminalKitTests", dependencies: ["TerminalKit", "JuryTestSupport"], exclude: ["__Snapshots__"]),
        .testTarget(name: "JuryAppTests", dependencies: ["JuryApp", "JuryStore", "JuryCore", "TerminalKit", "JuryTestSupport"],
                    exclude: ["__Snapshots__"]),
        // Drives the real `jurydesk` binary (separate processes, tmux); depending on it builds it first.
        .testTarget(name: "EndToEndTests", dependencies: ["jurydesk", "JuryTestSupport", "JuryCore", "JuryStore"]),
    ],
    swiftLanguageModes: [.v6]
)
