@testable import JuryCore
import XCTest

/// A large import reads most cells through short paths: plain digits for a count, "2021-03" for a
/// date, a byte scan for ".." in a screenshot path. Each must answer exactly as the general path,
/// which the same value in another spelling still takes.
final class ImportFastPathTests: XCTestCase {
    private var generator = SystemRandomNumberGenerator()

    private func outcome<T>(_ body: () throws(ValueProblem) -> T, spelled text: String, as other: String) -> String {
        do {
            return "value \(try body())"
        } catch {
            // The message quotes the cell as written: the same place, either spelling.
            return "refused " + error.en.replacingOccurrences(of: "'\(text)'", with: "'\(other)'")
        }
    }

    func testADigitsCountIsReadAsWithASpaceAfterIt() {
        var samples = ["0", "7", "007", "12000", "999999999999999999", "1000000000000000000", "99999999999999999999"]
        for _ in 0..<3_000 {
            let length = Int.random(in: 1...20, using: &generator)
            samples.append(String((0..<length).map { _ in "0123456789".randomElement(using: &generator)! }))
        }
        for digits in samples {
            // The trailing space sends the same count down the general path (it is taken away there).
            let slow = digits + " "
            XCTAssertEqual(outcome({ () throws(ValueProblem) in try HumanNumber.parse(digits) }, spelled: digits, as: slow),
                           outcome({ () throws(ValueProblem) in try HumanNumber.parse(slow) }, spelled: slow, as: slow), digits)
        }
    }

    func testADashedDateIsReadAsTheSameDateWithSlashes() {
        var samples = ["2021-03", "2021-3", "2021-03-05", "2024-02-29", "2023-02-29", "1899-12", "2101-01", "2021-13",
                       "2021-00", "2021-4-31", "2021-04-00", "2021-4-5", "2021-04-123", "21-03", "20210-3", "2021-003"]
        for _ in 0..<3_000 {
            func number(_ range: ClosedRange<Int>, pad: Bool) -> String {
                let n = Int.random(in: range, using: &generator)
                return pad && n < 10 && Bool.random(using: &generator) ? "0\(n)" : String(n)
            }
            var text = number(1890...2110, pad: false) + "-" + number(0...13, pad: true)
            if Bool.random(using: &generator) { text += "-" + number(0...32, pad: true) }
            samples.append(text)
        }
        for dashed in samples {
            let slashed = dashed.replacingOccurrences(of: "-", with: "/")
            XCTAssertEqual(outcome({ () throws(ValueProblem) in try HumanDate.parse(dashed) }, spelled: dashed, as: slashed),
                           outcome({ () throws(ValueProblem) in try HumanDate.parse(slashed) }, spelled: slashed, as: slashed), dashed)
        }
        XCTAssertNil(HumanDate.dashed("2021/03".utf8))
        XCTAssertNil(HumanDate.dashed("2021-03-".utf8))
    }

    func testTheParentSegmentScanAgreesWithSplitting() {
        for _ in 0..<5_000 {
            let length = Int.random(in: 0...10, using: &generator)
            let path = String((0..<length).map { _ in "./a".randomElement(using: &generator)! })
            let split = path.utf8.split(separator: UInt8(ascii: "/")).contains { $0.elementsEqual("..".utf8) }
            XCTAssertEqual(RegistrationImport.hasParentSegment(path.utf8), split, path)
        }
    }
}
