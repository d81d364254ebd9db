/// The figures the model knows, one per indicator of the bundled catalogue that is reported
/// (flow, stock, weighted mean). A catalogue code not listed here gets a generic figure.
enum Figure: Int, CaseIterable {
    case workersTotal, workersFemale, underemployed, avgWage, wageCounted, wageArrears
    case labourContracts, insuredWorkers, strikes, labourAccidents, cdcsTotal, cdcsNew
    case cdcsDissolved, membersTotal, membersFemale, membersNew, officersTrained, staffConferences
    case workplaceDialogues, collectiveAgreements, legalCases, salaryRaises, promotions, staffTrained
    case welfareSpending, hardshipVisits, hardshipSupport, tetGifts, tetGiftsValue, sheltersNew
    case sheltersRepaired, sheltersMoney, socialFund, covidReviewed, covidSupported, initiatives
    case initiativePrizes, culturalUnits, goodWorkers, awards, partyCandidates, partyAdmissions
    case inspections, unionFee, unionLevy, spendingTotal

    /// The catalogue code of every figure, in case order (`workers_total` for `.workersTotal`).
    static let codes: [String] = [
        "workers_total", "workers_female", "underemployed", "avg_wage_vnd", "wage_counted",
        "wage_arrears_vnd", "labour_contracts", "insured_workers", "strikes", "labour_accidents",
        "cdcs_total", "cdcs_new", "cdcs_dissolved", "members_total", "members_female",
        "members_new", "officers_trained", "staff_conferences", "workplace_dialogues", "collective_agreements",
        "legal_cases", "salary_raises", "promotions", "staff_trained", "welfare_spending_vnd",
        "hardship_visits", "hardship_support_vnd", "tet_gifts", "tet_gifts_vnd", "shelters_new",
        "shelters_repaired", "shelters_vnd", "social_fund_vnd", "covid_reviewed", "covid_supported",
        "initiatives", "initiative_prizes", "cultural_units", "good_workers", "awards",
        "party_candidates", "party_admissions", "inspections", "union_fee_vnd", "union_levy_vnd",
        "spending_total_vnd",
    ]

    /// The figure reported under catalogue `code`, if the model knows it.
    init?(code: String) {
        guard Figure.codes.count == Figure.allCases.count, let index = Figure.codes.firstIndex(of: code) else {
            return nil
        }
        self.init(rawValue: index)
    }

    /// Its catalogue code.
    var code: String { Figure.codes[rawValue] }

    /// Its position in a `GrassrootsUnion.figures` array.
    var slot: Int { rawValue }
}
