// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Leerlijn",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "LeerlijnCore", targets: ["LeerlijnCore"]),
        .library(name: "LeerlijnStore", targets: ["LeerlijnStore"]),
        .library(name: "LeerlijnReports", targets: ["LeerlijnReports"]),
        .executable(name: "leerlijn", targets: ["leerlijn"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    ],
    targets: [
        // Domain types and rules. Pure Swift: no SQL, no files, no network.
        .target(name: "LeerlijnCore"),
        // The SQLite database (GRDB): schema, migrations, records, queries.
        .target(
            name: "LeerlijnStore",
            dependencies: ["LeerlijnCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // Reports as values and their table, CSV and JSON renderers; user-facing strings.
        .target(name: "LeerlijnReports", dependencies: ["LeerlijnCore", "LeerlijnStore"]),
        // The command-line tool: one small file per command.
        .executableTarget(
            name: "leerlijn",
            dependencies: [
                "LeerlijnCore", "LeerlijnStore", "LeerlijnReports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "LeerlijnCoreTests", dependencies: ["LeerlijnCore"]),
        .testTarget(name: "LeerlijnStoreTests", dependencies: ["LeerlijnStore", "LeerlijnCore"]),
        .testTarget(name: "LeerlijnReportsTests", dependencies: ["LeerlijnReports", "LeerlijnStore", "LeerlijnCore"]),
        .testTarget(name: "LeerlijnCLITests", dependencies: ["leerlijn", "LeerlijnStore", "LeerlijnCore", .product(name: "GRDB", package: "GRDB.swift")]),
    ]
)
