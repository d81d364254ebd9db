// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "UnionStats",
    products: [
        .executable(name: "unionstats", targets: ["UnionStatsCLI"]),
        .library(name: "UnionStats", targets: ["UnionStats"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CXlsxWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        // NFC text, shared by the xlsx code and the domain; depends on nothing of the project.
        .target(name: "TextNormalization"),
        .target(
            name: "XLSX",
            dependencies: [
                "CXlsxWriter", "TextNormalization", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .target(name: "UnionStats", dependencies: ["TextNormalization", "XLSX"]),
        .executableTarget(
            name: "UnionStatsCLI",
            dependencies: [
                "UnionStats",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Makes a synthetic large province for `make bench`; not part of the product.
        .executableTarget(name: "GenerateProvince", dependencies: ["XLSX"]),
        // Helpers shared by the test targets: temporary folders, running the binary, reading written workbooks.
        .target(
            name: "TestSupport",
            dependencies: ["XLSX", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            path: "Tests/TestSupport"
        ),
        .testTarget(name: "TextNormalizationTests", dependencies: ["TextNormalization"]),
        .testTarget(
            name: "XLSXTests",
            dependencies: ["XLSX", "TestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "UnionStatsTests", dependencies: ["UnionStats", "XLSX", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(
            name: "UnionStatsCLITests",
            dependencies: ["UnionStatsCLI", "UnionStats", "XLSX", "TestSupport"],
            exclude: ["Fixtures"]
        ),
    ]
)
