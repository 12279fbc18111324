/// How much a workbook may make JuryDesk unpack and parse. A real 推荐表 or sign-up export is well
/// under a megabyte; these bounds only stop a file crafted to exhaust memory (a zip bomb).
public struct WorkbookLimits: Sendable {
    /// Largest decompressed part (one sheet's XML, the shared strings…).
    public var maxPartBytes: Int
    /// Largest decompressed ÷ compressed size of one part, checked once a part passes `ratioFloor`;
    /// real sheet XML compresses 5–30:1.
    public var maxRatio: Int
    /// Parts smaller than this are never refused for their ratio (a tiny styles.xml may squeeze well).
    public var ratioFloor: Int
    /// Most entries in the zip, and most sheets in the workbook.
    public var maxEntries: Int
    public var maxSheets: Int

    public init(maxPartBytes: Int = 200 << 20, maxRatio: Int = 100, ratioFloor: Int = 1 << 20,
                maxEntries: Int = 10_000, maxSheets: Int = 256) {
        self.maxPartBytes = maxPartBytes
        self.maxRatio = maxRatio
        self.ratioFloor = ratioFloor
        self.maxEntries = maxEntries
        self.maxSheets = maxSheets
    }

    public static let standard = WorkbookLimits()
}
