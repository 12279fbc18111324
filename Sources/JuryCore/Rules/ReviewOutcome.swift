/// A round's decision for one entrant: check results combined with the reviewer's waivers and verdicts.
public struct ReviewOutcome: Hashable, Sendable {
    /// The round's overall state.
    public enum Status: String, Codable, Sendable {
        case passed
        case failed
        /// Some check still needs a reviewer's verdict and nothing has failed yet.
        case pending
    }

    /// How one check ended up after the reviewer's input.
    public enum Resolution: Hashable, Sendable {
        case passed
        /// Failed, but a reviewer let it through; carries the reason.
        case waived(reason: String)
        case failed
        case pending
    }

    /// One check's resolution.
    public struct CheckResolution: Hashable, Sendable {
        public var checkId: String
        public var resolution: Resolution
    }

    public var status: Status
    /// One per check result, in the results' order.
    public var resolutions: [CheckResolution]

    /// The check ids that failed and were not waived.
    public var failedCheckIds: [String] { resolutions.filter { $0.resolution == .failed }.map(\.checkId) }
    /// The check ids still awaiting a verdict.
    public var pendingCheckIds: [String] { resolutions.filter { $0.resolution == .pending }.map(\.checkId) }

    /// The resolution of one check.
    public func resolution(of checkId: String) -> Resolution? {
        resolutions.first { $0.checkId == checkId }?.resolution
    }

    /// Decides the round. A verdict settles only a check that needs review (an automatic pass or fail
    /// stands on its data); a waiver turns a failure into a pass if the check is waivable and, when
    /// required, the reason is written. Invalid waivers throw rather than being silently dropped,
    /// so the reviewer sees why their decision was not recorded.
    public static func decide(results: [CheckResult], waivers: [Waiver] = [],
                              verdicts: [ManualVerdict] = []) throws(ReviewError) -> ReviewOutcome {
        var waiverById: [String: Waiver] = [:]
        for waiver in waivers {
            guard let result = results.first(where: { $0.id == waiver.checkId }) else {
                throw .unknownCheck(checkId: waiver.checkId)
            }
            guard result.waivable else { throw .notWaivable(checkId: waiver.checkId) }
            if result.waiverNeedsReason && !waiver.hasReason {
                throw .waiverNeedsReason(checkId: waiver.checkId, hint: result.waiverHint)
            }
            waiverById[waiver.checkId] = waiver
        }
        var verdictById: [String: ManualVerdict] = [:]
        for verdict in verdicts {
            guard results.contains(where: { $0.id == verdict.checkId }) else { throw .unknownCheck(checkId: verdict.checkId) }
            verdictById[verdict.checkId] = verdict
        }

        var resolutions: [CheckResolution] = []
        for result in results {
            var outcome = result.outcome
            if outcome == .needsReview, let verdict = verdictById[result.id] {
                outcome = verdict.passed ? .pass : .fail
            }
            let resolution: Resolution
            switch outcome {
            case .pass: resolution = .passed
            case .needsReview: resolution = .pending
            case .fail: resolution = waiverById[result.id].map { .waived(reason: $0.reason) } ?? .failed
            }
            resolutions.append(CheckResolution(checkId: result.id, resolution: resolution))
        }
        let all = resolutions.map(\.resolution)
        let status: Status = all.contains(.failed) ? .failed : all.contains(.pending) ? .pending : .passed
        return ReviewOutcome(status: status, resolutions: resolutions)
    }
}
