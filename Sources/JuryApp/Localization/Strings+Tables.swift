/// Every feature's strings in one table per language: the core table plus one file per feature
/// (so features added side by side do not edit the same dictionary).
extension Strings {
    static let allZh: [StringKey: String] = merged([zh, reviewZh, judgingZh, chairZh, trustZh])
    static let allEn: [StringKey: String] = merged([en, reviewEn, judgingEn, chairEn, trustEn])

    private static func merged(_ tables: [[StringKey: String]]) -> [StringKey: String] {
        tables.reduce(into: [:]) { all, table in all.merge(table) { first, _ in first } }
    }
}
