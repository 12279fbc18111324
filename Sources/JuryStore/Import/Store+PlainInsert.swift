import Foundation
import JuryCore

extension Store {
    /// Writes new entrants with the importer's own row code and nothing else: no audit entry, no
    /// change detection, no upsert, no recommendation matching. It is the floor `jurydesk-bench`
    /// measures `importEntrants` against, hence SPI: the application must never write unaudited.
    @_spi(Benchmarks)
    public func insertEntrantRowsUnaudited(_ entrants: [Entrant]) throws {
        try database.execute("BEGIN IMMEDIATE")
        do {
            let now = UTCTime.format(clock())
            let plain = EntrantRows.Inserters.plain(database) // this floor seals nothing
            for e in entrants {
                try EntrantRows.insertNew(e, digest: EntrantRows.contentDigest(e), now: now, into: plain)
            }
            try database.execute("COMMIT")
        } catch {
            if database.isInTransaction { try? database.execute("ROLLBACK") }
            throw error
        }
    }
}
