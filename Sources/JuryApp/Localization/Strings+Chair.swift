/// The texts of the chair's desk: ranking, progress matrix, reliability, awards.
extension Strings {
    static let chairZh: [StringKey: String] = [:]
    static let chairEn: [StringKey: String] = [:]
}
