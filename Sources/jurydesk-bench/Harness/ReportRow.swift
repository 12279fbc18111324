/// One line of the report: a figure, the baseline measured in the same run, their ratio, and the run count.
struct ReportRow {
    var id: String
    var benchmark: String
    var figure: String
    var baseline: String
    var ratio: String
    var runs: String
    /// One line saying where the figure and its baseline come from.
    var source: String
}
