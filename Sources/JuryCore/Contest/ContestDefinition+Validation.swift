import Foundation

extension ContestDefinition {
    /// The highest criterion maximum the store can hold: a score item is at most 1000 tenths.
    public static let largestCriterionMaximum = Tenths.points(100)

    /// Checks what the decoder cannot: unique ids, dates in order, steps dividing maxima, award
    /// counts adding up, weights in range and references that resolve. Throws the first problem.
    public func validate() throws(ContestDefinitionError) {
        if id.trimmingCharacters(in: .whitespaces).isEmpty {
            throw .inconsistent(path: "id", detail: LocalizedText(zh: "编号为空，请填写赛事编号。",
                                                                  en: "The id is empty; give the contest an id."))
        }
        if TimeZone(identifier: timeZone) == nil {
            throw .invalidValue(path: "timeZone", value: timeZone, allowed: ["Asia/Shanghai", "<IANA time zone>"])
        }
        try validatePhases()
        var deadlineIds = UniqueIds()
        for (i, deadline) in deadlines.enumerated() {
            try deadlineIds.insert(deadline.id, at: "deadlines[\(i)].id")
        }
        try validateChecks()
        try validateReasons()
        try validateRubric()
        try validateVoting()
        try validateAwards()
    }

    private func validatePhases() throws(ContestDefinitionError) {
        if phases.isEmpty {
            throw .inconsistent(path: "phases", detail: LocalizedText(zh: "至少需要一个阶段。", en: "At least one phase is needed."))
        }
        var ids = UniqueIds()
        for (i, phase) in phases.enumerated() {
            let path = "phases[\(i)]"
            try ids.insert(phase.id, at: "\(path).id")
            if phase.end < phase.start {
                throw .datesOutOfOrder(path: "\(path).end", detail: LocalizedText(
                    zh: "结束 \(phase.end) 早于开始 \(phase.start)", en: "end \(phase.end) is before start \(phase.start)"))
            }
            if i > 0, phase.start <= phases[i - 1].end {
                throw .datesOutOfOrder(path: "\(path).start", detail: LocalizedText(
                    zh: "开始 \(phase.start) 不晚于上一阶段结束 \(phases[i - 1].end)",
                    en: "start \(phase.start) is not after the previous phase's end \(phases[i - 1].end)"))
            }
            for (j, step) in phase.steps.enumerated() {
                let stepPath = "\(path).steps[\(j)]"
                try ids.insert(step.id, at: "\(stepPath).id")
                if step.end < step.start {
                    throw .datesOutOfOrder(path: "\(stepPath).end", detail: LocalizedText(
                        zh: "结束 \(step.end) 早于开始 \(step.start)", en: "end \(step.end) is before start \(step.start)"))
                }
                if !phase.contains(step.start) || !phase.contains(step.end) {
                    throw .datesOutOfOrder(path: stepPath, detail: LocalizedText(
                        zh: "子步骤不在所属阶段 \(phase.start)…\(phase.end) 之内",
                        en: "the step is not inside its phase \(phase.start)…\(phase.end)"))
                }
            }
        }
    }

    private func validateChecks() throws(ContestDefinitionError) {
        // One id space for both rounds: waivers and verdicts are stored by check id alone.
        var ids = UniqueIds()
        for (roundKey, round) in [("roundOne", roundOne), ("roundTwo", roundTwo)] {
            for (i, check) in round.checks.enumerated() {
                let path = "\(roundKey).checks[\(i)]"
                try ids.insert(check.id, at: "\(path).id")
                switch (check.kind, check.rule) {
                case (.automatic, nil):
                    throw .missingField(path: "\(path).rule")
                case (.manual, .some):
                    throw .inconsistent(path: "\(path).rule", detail: LocalizedText(
                        zh: "人工审核项不能有 rule。请删除 rule，或把 kind 改为 automatic。",
                        en: "A manual check cannot have a rule. Remove rule or set kind to automatic."))
                default: break
                }
                if check.waiverNeedsReason && !check.waivable {
                    throw .inconsistent(path: "\(path).waiverNeedsReason", detail: LocalizedText(
                        zh: "该项不可豁免，却要求豁免理由。请把 waivable 设为 true，或把 waiverNeedsReason 设为 false。",
                        en: "The check is not waivable yet demands a waiver reason. Set waivable to true or waiverNeedsReason to false."))
                }
            }
        }
    }

    private func validateReasons() throws(ContestDefinitionError) {
        for (roundKey, round) in [("roundOne", roundOne), ("roundTwo", roundTwo)] {
            if !(1...480).contains(round.claimMinutes) {
                throw .outOfRange(path: "\(roundKey).claimMinutes", value: "\(round.claimMinutes)", range: "1...480")
            }
            var ids = UniqueIds()
            for (i, reason) in round.reasons.enumerated() {
                let path = "\(roundKey).reasons[\(i)]"
                try ids.insert(reason.id, at: "\(path).id")
            }
        }
    }

    private func validateRubric() throws(ContestDefinitionError) {
        if rubric.dimensions.isEmpty {
            throw .inconsistent(path: "rubric.dimensions", detail: LocalizedText(
                zh: "至少需要一个评分维度。", en: "At least one dimension is needed."))
        }
        var dimensionIds = UniqueIds()
        var criterionIds = UniqueIds()
        for (i, dimension) in rubric.dimensions.enumerated() {
            let path = "rubric.dimensions[\(i)]"
            try dimensionIds.insert(dimension.id, at: "\(path).id")
            if dimension.criteria.isEmpty {
                throw .inconsistent(path: "\(path).criteria", detail: LocalizedText(
                    zh: "维度下至少需要一个评分项。", en: "A dimension needs at least one criterion."))
            }
            for (j, criterion) in dimension.criteria.enumerated() {
                let cPath = "\(path).criteria[\(j)]"
                try criterionIds.insert(criterion.id, at: "\(cPath).id")
                if criterion.max.rawValue <= 0 {
                    throw .outOfRange(path: "\(cPath).max", value: criterion.max.description, range: "> 0")
                }
                // score_items.tenths is CHECK (0..1000): a larger maximum could never be stored.
                if criterion.max > Self.largestCriterionMaximum {
                    throw .outOfRange(path: "\(cPath).max", value: criterion.max.description,
                                      range: "0 < max ≤ \(Self.largestCriterionMaximum)")
                }
                if criterion.step.rawValue <= 0 {
                    throw .outOfRange(path: "\(cPath).step", value: criterion.step.description, range: "> 0")
                }
                if criterion.max.rawValue % criterion.step.rawValue != 0 {
                    throw .stepDoesNotDivideMaximum(path: "\(cPath).step", step: criterion.step, maximum: criterion.max)
                }
            }
        }
    }

    private func validateVoting() throws(ContestDefinitionError) {
        if !(0...1).contains(voting.weight) {
            throw .weightOutOfRange(path: "voting.weight", value: voting.weight)
        }
        if !(voting.trimmedFraction >= 0 && voting.trimmedFraction < 0.5) {
            throw .outOfRange(path: "voting.trimmedFraction", value: "\(voting.trimmedFraction)", range: "0 ≤ f < 0.5")
        }
    }

    private func validateAwards() throws(ContestDefinitionError) {
        var ids = UniqueIds()
        for (i, award) in awards.categories.enumerated() {
            let path = "awards.categories[\(i)]"
            try ids.insert(award.id, at: "\(path).id")
            if award.count < 1 {
                throw .outOfRange(path: "\(path).count", value: "\(award.count)", range: "≥ 1")
            }
            if award.ranking.isEmpty {
                throw .inconsistent(path: "\(path).ranking", detail: LocalizedText(
                    zh: "至少需要一个排序依据，例如 \"combined\"。", en: "At least one ranking key is needed, e.g. \"combined\"."))
            }
            for (k, key) in award.ranking.enumerated() {
                if case .criterion(let criterionId) = key, rubric.criterion(criterionId) == nil {
                    throw .unknownReference(path: "\(path).ranking[\(k)]", id: criterionId)
                }
            }
            if let limit = award.maxFollowers, limit <= 0 {
                throw .outOfRange(path: "\(path).maxFollowers", value: "\(limit)", range: "> 0")
            }
        }
        let sum = awards.categories.reduce(0) { $0 + $1.count }
        if sum != awards.total {
            throw .awardCountsDoNotAddUp(path: "awards.total", stated: awards.total, sum: sum)
        }
    }
}

/// Remembers where each id was first seen so a duplicate can point at both places.
private struct UniqueIds {
    private var seen: [String: String] = [:]

    mutating func insert(_ id: String, at path: String) throws(ContestDefinitionError) {
        if id.trimmingCharacters(in: .whitespaces).isEmpty {
            throw .inconsistent(path: path, detail: LocalizedText(zh: "编号为空，请填写。", en: "The id is empty; fill it in."))
        }
        if let first = seen[id] {
            throw .duplicateId(path: path, id: id, firstPath: first)
        }
        seen[id] = path
    }
}
