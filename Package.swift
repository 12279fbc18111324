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

        .target(name: "JuryCore"),
        .target(name: "JuryStore", dependencies: ["JuryCore", "CSQLite3", "CCrypt"]),
        .target(name: "TerminalKit", dependencies: ["CNcursesw"]),
        .target(name: "JuryApp", dependencies: ["JuryCore", "JuryStore", "TerminalKit"]),
        .executableTarget(name: "jurydesk", dependencies: ["JuryCore", "JuryStore", "TerminalKit", "JuryApp"]),
        // Hidden helper: a second real process for JuryStore's multi-process tests (not a product).
        .executableTarget(name: "jurydesk-stress", dependencies: ["JuryStore"]),
        // Performance figures against baselines measured in the same run (`make bench`; not a product).
        .executableTarget(name: "jurydesk-bench", dependencies: ["JuryCore", "JuryStore", "TerminalKit", "JuryApp"]),

        // Shared by the test targets: text snapshots, temporary folders, locating built binaries.
        .target(name: "JuryTestSupport", path: "Tests/JuryTestSupport"),
        .testTarget(name: "JuryCoreTests", dependencies: ["JuryCore", "JuryTestSupport"]),
        .testTarget(name: "JuryStoreTests", dependencies: ["JuryStore", "JuryCore", "JuryTestSupport", "jurydesk-stress"]),
        .testTarget(name: "TerminalKitTests", dependencies: ["TerminalKit", "JuryTestSupport"], exclude: ["__Snapshots__"]),
        .testTarget(name: "JuryAppTests", dependencies: ["JuryApp", "JuryStore", "JuryCore", "TerminalKit", "JuryTestSupport"],
                    exclude: ["__Snapshots__"]),
        // Drives the real `jurydesk` binary (separate processes, tmux); depending on it builds it first.
        .testTarget(name: "EndToEndTests", dependencies: ["jurydesk", "JuryTestSupport", "JuryCore", "JuryStore"]),
    ],
    swiftLanguageModes: [.v6]
)
