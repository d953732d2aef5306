// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Leerlijn",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "LeerlijnCore", targets: ["LeerlijnCore"]),
        .library(name: "LeerlijnStore", targets: ["LeerlijnStore"]),
        .library(name: "LeerlijnProfiles", targets: ["LeerlijnProfiles"]),
        .library(name: "LeerlijnReports", targets: ["LeerlijnReports"]),
        .library(name: "LeerlijnExport", targets: ["LeerlijnExport"]),
        .executable(name: "leerlijn", targets: ["leerlijn"]),
        .executable(name: "leerlijn-bench", targets: ["leerlijn-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
    ],
    targets: [
        // Domain types and rules. Pure Swift: no SQL, no files, no network (swift-crypto for hashes and HMAC).
        .target(name: "LeerlijnCore", dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
        // The SQLite database (GRDB): schema, migrations, records, queries.
        .target(
            name: "LeerlijnStore",
            dependencies: [
                "LeerlijnCore", .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C interface, for the few hot loops that bind values straight to a statement (FastInsert.swift,
                // the bulk import) or read columns straight from one (RawColumns.swift, the HR report).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        // Reading and validating the data files in profiles/ (frameworks, crosswalks) with Yams.
        .target(name: "LeerlijnProfiles", dependencies: ["LeerlijnCore", .product(name: "Yams", package: "Yams")]),
        // libcurl's C interface for the export's HTTP client (curl_easy_setopt is variadic: typed wrappers in C).
        .target(name: "CLeerlijnCurl", linkerSettings: [.linkedLibrary("curl")]),
        // Register exports over HTTP (libcurl, one connection per sending thread): credentials, the statement stream,
        // outbox sending, retries.
        .target(name: "LeerlijnExport", dependencies: ["LeerlijnCore", "LeerlijnStore", "CLeerlijnCurl", .product(name: "Yams", package: "Yams")]),
        // Reports as values and their table, CSV and JSON renderers; user-facing strings.
        .target(name: "LeerlijnReports", dependencies: ["LeerlijnCore", "LeerlijnStore", "LeerlijnProfiles", "LeerlijnExport"]),
        // The command-line tool: one small file per command.
        .executableTarget(
            name: "leerlijn",
            dependencies: [
                "LeerlijnCore", "LeerlijnStore", "LeerlijnProfiles", "LeerlijnReports", "LeerlijnExport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmarks with their baselines (sqlite3, curl), and the synthetic partnership they run on: docs/performance.md.
        .executableTarget(
            name: "leerlijn-bench",
            dependencies: [
                "LeerlijnCore", "LeerlijnStore", "LeerlijnProfiles", "LeerlijnExport",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "LeerlijnCoreTests", dependencies: ["LeerlijnCore"]),
        .testTarget(name: "LeerlijnStoreTests", dependencies: ["LeerlijnStore", "LeerlijnProfiles", "LeerlijnCore"]),
        .testTarget(name: "LeerlijnProfilesTests", dependencies: ["LeerlijnProfiles", "LeerlijnCore"]),
        .testTarget(name: "LeerlijnReportsTests", dependencies: ["LeerlijnReports", "LeerlijnStore", "LeerlijnCore"]),
        .testTarget(name: "LeerlijnCLITests", dependencies: ["leerlijn", "leerlijn-bench", "LeerlijnStore", "LeerlijnCore", "LeerlijnReports", "LeerlijnExport", "LeerlijnProfiles", .product(name: "GRDB", package: "GRDB.swift")]),
    ]
)
