/// The texts of judging: the judge's home, score forms, conflicts.
extension Strings {
    static let judgingZh: [StringKey: String] = [:]
    static let judgingEn: [StringKey: String] = [:]
}
