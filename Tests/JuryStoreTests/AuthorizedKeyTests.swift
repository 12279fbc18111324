import Foundation
@testable import JuryStore
import XCTest

/// The gitolite-style deployment: the authorized_keys line JuryDesk writes for each person.
final class AuthorizedKeyTests: XCTestCase {
    let pub = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK2dfCA7urcCmxg2mVA6MW8BAYUy0OAn79UaEdWPajfs li@laptop\n"

    func testLineForcesTheWorkstationAsThatUser() throws {
        let key = try AuthorizedKey(publicKeyFile: pub)
        let line = try key.line(jurydesk: "/opt/jurydesk/bin/jurydesk", database: "/srv/jury/contest.sqlite", user: "李评委")
        XCTAssertEqual(line, """
            command="'/opt/jurydesk/bin/jurydesk' 'open' '--db' '/srv/jury/contest.sqlite' '--user' '李评委'",restrict,pty \
            ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK2dfCA7urcCmxg2mVA6MW8BAYUy0OAn79UaEdWPajfs jurydesk-user:李评委
            """)
        XCTAssertEqual(AuthorizedKey.user(ofLine: line), "李评委")
        XCTAssertEqual(AuthorizedKey(authorizedKeysLine: line), key)
        // The same fingerprint ssh-keygen -lf prints.
        XCTAssertEqual(key.fingerprint, "SHA256:1fDZuxJdKhkXzR6P2SGwp5GmzLFRJ+huFd48GHf0kCA")
    }

    func testQuotesInNamesCannotEscapeTheCommand() throws {
        let key = try AuthorizedKey(publicKeyFile: pub)
        let line = try key.line(jurydesk: "/bin/jurydesk", database: "/srv/a\"b.sqlite", user: "x' ; sh '")
        // sshd turns \" back into " and leaves other backslashes alone; the shell then sees one word each.
        XCTAssertTrue(line.hasPrefix(#"command="'/bin/jurydesk' 'open' '--db' '/srv/a\"b.sqlite' '--user' 'x'\'' ; sh '\'''",restrict,pty "#), line)
        // A line break would start a second authorized_keys line with no forced command.
        XCTAssertThrowsError(try key.line(jurydesk: "/bin/jurydesk", database: "/srv/a.sqlite", user: "x\nssh-ed25519 AAAA"))
    }

    func testRefusesAnythingButOneValidKeyLine() {
        let bad = [
            "", pub + pub, "not a key", "ssh-ed25519 !!!notbase64", "ssh-rsa AAAAC3NzaC1lZDI1NTE5AAAAIK2dfCA7urcCmxg2mVA6MW8BAYUy0OAn79UaEdWPajfs",
            "command=\"sh\" " + pub, "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----",
        ]
        for text in bad {
            XCTAssertThrowsError(try AuthorizedKey(publicKeyFile: text), text)
        }
    }
}
