/// The texts of reviewing: queues, decisions, the chair's view of reviewing.
extension Strings {
    static let reviewZh: [StringKey: String] = [:]
    static let reviewEn: [StringKey: String] = [:]
}
