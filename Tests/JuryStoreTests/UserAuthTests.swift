import Foundation
import JuryCore
@testable import JuryStore
import XCTest

final class UserAuthTests: XCTestCase {
    func testHashIsYescryptAndVerifies() throws {
        let hash = try PinHasher.hash("2468")
        XCTAssertTrue(hash.hasPrefix("$y$"), hash)
        XCTAssertTrue(PinHasher.verify("2468", against: hash))
        XCTAssertFalse(PinHasher.verify("2469", against: hash))
        XCTAssertNotEqual(try PinHasher.hash("2468"), hash) // fresh salt each time
    }

    func testDelaySchedule() {
        XCTAssertEqual((0...10).map(UserRepository.delay(afterFailures:)), [0, 0, 0, 1, 2, 4, 8, 16, 32, 60, 60])
    }

    func testLoginSlowdownAndReset() throws {
        let t = try TestStore()
        var now = Date(timeIntervalSince1970: 1_700_000_000)
        t.store.clock = { now }
        try t.store.users.add(name: "王评委", role: .judge, unit: "省总工会", city: "西安", pin: "1357", actor: "admin")
        XCTAssertEqual(try t.store.users.authenticate(name: "王评委", pin: "0000"), .wrongPin(waitSeconds: 0))
        XCTAssertEqual(try t.store.users.authenticate(name: "王评委", pin: "0000"), .wrongPin(waitSeconds: 0))
        XCTAssertEqual(try t.store.users.authenticate(name: "王评委", pin: "0000"), .wrongPin(waitSeconds: 1))
        // Even the right PIN is not checked while the wait runs.
        XCTAssertEqual(try t.store.users.authenticate(name: "王评委", pin: "1357"), .tooSoon(waitSeconds: 1))
        now += 1.5
        XCTAssertEqual(try t.store.users.authenticate(name: "王评委", pin: "0000"), .wrongPin(waitSeconds: 2))
        now += 1
        XCTAssertEqual(try t.store.users.authenticate(name: "王评委", pin: "1357"), .tooSoon(waitSeconds: 1))
        // The count lives in the file: a new session sees the same wait.
        let other = try Store.open(at: t.path)
        other.clock = { now }
        XCTAssertEqual(try other.users.authenticate(name: "王评委", pin: "1357"), .tooSoon(waitSeconds: 1))
        now += 1
        guard case .success(let user) = try t.store.users.authenticate(name: "王评委", pin: "1357") else {
            return XCTFail("right PIN after the wait should sign in")
        }
        XCTAssertEqual(user.role, .judge)
        XCTAssertEqual(try t.store.users.user(named: "王评委")?.failedAttempts, 0)
        // Audited, but the PIN never appears in the log.
        let log = try t.store.audit.entries()
        XCTAssertEqual(log.filter { $0.action == "user.login_failed" }.count, 4)
        // Hashes and digests (64 hex digits) are left out first: one may contain "1357" by chance.
        let hashes = try NSRegularExpression(pattern: "[0-9a-f]{64}")
        let details = log.map { hashes.stringByReplacingMatches(in: $0.detail, range: NSRange($0.detail.startIndex..., in: $0.detail), withTemplate: "#") }
        XCTAssertFalse(details.contains { $0.contains("1357") || $0.contains("$y$") }, details.joined(separator: "\n"))
    }

    func testDeactivateAndResetPin() throws {
        let t = try TestStore()
        try t.store.users.add(name: "li", role: .reviewer, pin: "1111", actor: "admin")
        try t.store.users.resetPin(name: "li", pin: "2222", actor: "admin")
        XCTAssertEqual(try t.store.users.authenticate(name: "li", pin: "1111"), .wrongPin(waitSeconds: 0))
        guard case .success = try t.store.users.authenticate(name: "li", pin: "2222") else { return XCTFail() }
        try t.store.users.deactivate(name: "li", actor: "admin")
        XCTAssertEqual(try t.store.users.authenticate(name: "li", pin: "2222"), .unknownOrInactive)
        XCTAssertEqual(try t.store.users.authenticate(name: "nobody", pin: "2222"), .unknownOrInactive)
        XCTAssertEqual(try t.store.users.list().map(\.name).filter { $0 == "li" }, ["li"])
        XCTAssertThrowsError(try t.store.users.add(name: "li", role: .judge, pin: "3333", actor: "admin"))
    }
}

/// Issue 7: the lockout, who may unlock, the command line's bootstrap path and the PIN minimums.
final class LockoutTests: XCTestCase {
    func testLockedAfterTenAndOnlyTheRightPeopleUnlock() throws {
        let t = try TestStore()
        var now = Date(timeIntervalSince1970: 1_700_000_000)
        t.store.clock = { now }
        try t.store.users.add(name: "王评委", role: .judge, pin: "1357", actor: "admin")
        for _ in 0..<UserRepository.lockAfterFailures - 1 {
            guard case .wrongPin = try t.store.users.authenticate(name: "王评委", pin: "0000") else { return XCTFail() }
            now += 61
        }
        XCTAssertEqual(try t.store.users.authenticate(name: "王评委", pin: "0000"), .locked)
        now += 3600
        XCTAssertEqual(try t.store.users.authenticate(name: "王评委", pin: "1357"), .locked, "no wait ends a lock")
        XCTAssertThrowsError(try t.store.users.unlock(name: "王评委", actor: "r1"))
        try t.store.users.unlock(name: "王评委", actor: "chair")
        guard case .success = try t.store.users.authenticate(name: "王评委", pin: "1357") else { return XCTFail() }
        // The chair may not unlock an administrator.
        XCTAssertThrowsError(try t.store.users.unlock(name: "admin", actor: "chair"))
        try t.store.users.unlock(name: "admin", actor: "admin")
    }

    func testCommandLineActsAloneOnlyUntilThereIsAnAdmin() throws {
        let t = try TestStore()
        XCTAssertThrowsError(try t.store.phase.set("showcase", actor: "cli:alice")) { error in
            guard case StoreError.needsSignIn("cli:alice", _)? = error as? StoreError else { return XCTFail("\(error)") }
        }
        try t.store.users.deactivate(name: "admin", actor: "admin")
        try t.store.phase.set("showcase", actor: "cli:alice")
    }

    func testPinMinimumsByRole() throws {
        let t = try TestStore()
        XCTAssertThrowsError(try t.store.users.add(name: "新管理员", role: .admin, pin: "12345", actor: "admin"))
        try t.store.users.add(name: "新管理员", role: .admin, pin: "123456", actor: "admin")
        try t.store.users.add(name: "新评委", role: .judge, pin: "1234", actor: "admin")
        try t.store.settings.set(PinPolicy.otherKey, "8", actor: "admin")
        XCTAssertThrowsError(try t.store.users.resetPin(name: "新评委", pin: "1234567", actor: "admin"))
    }
}
