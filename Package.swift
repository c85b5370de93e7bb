// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Tangle",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "tangle", targets: ["tangle"]),
        .library(name: "TangleCore", targets: ["TangleCore"]),
        .library(name: "TangleIngest", targets: ["TangleIngest"]),
        .library(name: "TangleStore", targets: ["TangleStore"]),
        .library(name: "TangleDetect", targets: ["TangleDetect"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "TangleCore"),
        .target(name: "TangleIngest", dependencies: ["TangleCore", "CZlib"]),
        .target(
            name: "TangleStore",
            dependencies: [
                "TangleCore", "TangleIngest",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]),
        .target(name: "TangleDetect", dependencies: ["TangleCore"]),
        .target(name: "TangleSimulate", dependencies: ["TangleCore"]),
        .target(name: "TangleReport", dependencies: ["TangleCore", "TangleStore", "TangleDetect"]),
        .target(
            name: "TangleServe",
            dependencies: [
                "TangleCore", "TangleStore", "TangleDetect", "TangleReport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            // Compiled into the binary: the server serves this fixed set and never reads a path from a request.
            resources: [
                .embedInCode("openapi.json"), .embedInCode("Assets/dashboard.css"), .embedInCode("Assets/dashboard.js"),
                .embedInCode("Assets/graph.js"), .embedInCode("Templates/layout-top.mustache"),
                .embedInCode("Templates/layout-bottom.mustache"), .embedInCode("Templates/overview.mustache"),
                .embedInCode("Templates/networks.mustache"), .embedInCode("Templates/network.mustache"),
                .embedInCode("Templates/accounts.mustache"), .embedInCode("Templates/account.mustache"),
                .embedInCode("Templates/narratives.mustache"), .embedInCode("Templates/trace.mustache"),
                .embedInCode("Templates/search.mustache"),
            ]),
        .executableTarget(
            name: "tangle",
            dependencies: [
                "TangleCore", "TangleIngest", "TangleStore", "TangleDetect", "TangleSimulate", "TangleReport",
                "TangleServe", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .testTarget(name: "TangleCoreTests", dependencies: ["TangleCore"]),
        .testTarget(name: "TangleIngestTests", dependencies: ["TangleIngest"], resources: [.copy("Fixtures")]),
        .testTarget(name: "TangleStoreTests", dependencies: ["TangleStore"]),
        .testTarget(name: "TangleDetectTests", dependencies: ["TangleDetect", "TangleStore", "TangleSimulate"]),
        .testTarget(name: "TangleReportTests", dependencies: ["TangleReport"]),
        .testTarget(name: "TangleCLITests", dependencies: ["tangle"]),
        .testTarget(
            name: "TangleServeTests",
            // `tangle` builds the simulated case the routes are tested on, as a user would.
            dependencies: ["TangleServe", "tangle", .product(name: "HummingbirdTesting", package: "hummingbird")]),
        .testTarget(name: "TangleSimulateTests", dependencies: ["TangleSimulate", "TangleIngest"]),
    ],
    swiftLanguageModes: [.v6]
)
