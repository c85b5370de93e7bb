import TangleCore

extension AccountSignals {
    /// `location-language`: the share of its posts with a language that no language of its reported
    /// location accounts for: a persona "from Houston, TX" posting in Russian. The location is read
    /// against `placeLanguages`; unknown places are 0. Needs 5 posts with a language.
    static func locationLanguage(
        _ activity: PostingActivity, _ profiles: AccountProfiles, _ clients: PostClients?, _ parameters: Parameters
    ) -> FeatureColumn {
        var column = FeatureColumn(count: profiles.count, explainAbove: parameters.explainAbove)
        guard let clients else { return column }
        let postLanguages = clients.languageNames.map(primaryLanguage)
        // One lookup per distinct location: the post language codes it accounts for, or nil.
        var allowedByLocation: [String: [Bool]?] = [:]
        let allowed: [[Bool]?] = profiles.locations.map { location in
            if let known = allowedByLocation[location] { return known }
            let languages = placeLanguages(of: location)
            let result = languages.map { set in postLanguages.map { set.contains($0) } }
            allowedByLocation[location] = result
            return result
        }
        var counted = [Int32](repeating: 0, count: profiles.count)
        var foreign = [Int32](repeating: 0, count: profiles.count)
        for (post, code) in clients.languages.enumerated() where code != Frame.none {
            let language = postLanguages[Int(code)]
            guard !language.isEmpty, language != "und", language != "zxx" else { continue }
            let account = Int(activity.accountOfPost[post])
            guard let accepts = allowed[account] else { continue }
            counted[account] += 1
            if !accepts[Int(code)] { foreign[account] += 1 }
        }
        for account in counted.indices where counted[account] >= 5 {
            let share = Double(foreign[account]) / Double(counted[account])
            column.set(account, share) {
                "reports its location as '\(profiles.locations[account])' but \(percent(share)) of its "
                    + "\(counted[account]) posts with a language are in none of that place's languages"
            }
        }
        return column
    }

    /// `en-US` → `en`.
    static func primaryLanguage(_ code: String) -> String {
        String(code.lowercased().prefix(while: { $0 != "-" && $0 != "_" }))
    }

    /// The languages of the first place `location` names (whole words, case-insensitive, the most
    /// specific place listed first wins), or nil when it names none `places` knows.
    static func placeLanguages(of location: String) -> Set<String>? {
        let words = " " + location.lowercased().split(whereSeparator: { !$0.isLetter }).joined(separator: " ") + " "
        guard words.count > 2 else { return nil }
        for (names, languages) in places where names.contains(where: { words.contains(" \($0) ") }) {
            return Set(languages)
        }
        return nil
    }

    /// Place names (lower case, as whole words) and the languages people there post in. Deliberately
    /// small: the countries and cities that influence-operation personas most often claim, and the
    /// places their offices are in. Cities and states come before countries that share a word.
    static let places: [(names: [String], languages: [String])] = [
        (usStates + ["usa", "united states", "america", "us", "new york", "nyc", "los angeles", "chicago",
            "houston", "atlanta", "seattle", "detroit", "boston", "miami", "dallas", "denver"], ["en", "es"]),
        (["uk", "united kingdom", "england", "scotland", "wales", "britain", "london", "manchester"], ["en"]),
        (["canada", "toronto", "vancouver"], ["en", "fr"]),
        (["quebec", "québec", "montreal", "montréal"], ["fr", "en"]),
        (["australia", "sydney", "melbourne", "new zealand", "ireland", "dublin"], ["en"]),
        (["france", "paris", "lyon", "marseille"], ["fr"]),
        (["germany", "deutschland", "berlin", "münchen", "munich", "hamburg", "austria", "österreich", "wien"], ["de"]),
        (["spain", "españa", "madrid", "barcelona", "mexico", "méxico", "argentina", "colombia", "venezuela",
            "chile", "peru", "perú", "cuba"], ["es", "ca"]),
        (["italy", "italia", "roma", "rome", "milano", "milan"], ["it"]),
        (["brazil", "brasil", "portugal", "lisboa", "são paulo", "rio"], ["pt"]),
        (["russia", "россия", "moscow", "москва", "moskva", "saint petersburg", "санкт петербург"], ["ru"]),
        (["ukraine", "україна", "украина", "kyiv", "kiev", "київ", "киев"], ["uk", "ru"]),
        (["belarus", "беларусь", "minsk", "минск"], ["be", "ru"]),
        (["china", "中国", "beijing", "北京", "shanghai", "上海"], ["zh"]),
        (["taiwan", "台灣", "台湾", "hong kong", "香港"], ["zh", "en"]),
        (["japan", "日本", "tokyo", "東京"], ["ja"]),
        (["korea", "한국", "seoul", "서울"], ["ko"]),
        (["iran", "ایران", "tehran", "تهران"], ["fa"]),
        (["turkey", "türkiye", "istanbul", "ankara"], ["tr"]),
        (["saudi arabia", "riyadh", "egypt", "cairo", "uae", "dubai", "qatar", "doha", "syria", "iraq",
            "lebanon", "jordan"], ["ar", "en"]),
        (["israel", "tel aviv", "jerusalem"], ["he", "en", "ar"]),
        (["india", "delhi", "mumbai", "bangalore", "pakistan", "karachi", "lahore", "islamabad"], ["en", "hi", "ur"]),
        (["poland", "polska", "warsaw", "warszawa"], ["pl"]),
        (["netherlands", "nederland", "amsterdam"], ["nl"]),
    ]

    static let usStates = [
        "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware",
        "florida", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana",
        "maine", "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana",
        "nebraska", "nevada", "new hampshire", "new jersey", "new mexico", "north carolina", "north dakota",
        "ohio", "oklahoma", "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota",
        "tennessee", "texas", "utah", "vermont", "virginia", "washington", "west virginia", "wisconsin",
        "wyoming", "tx", "ca", "fl", "ny", "nj", "pa", "oh", "ga", "nc", "mi", "az", "va",
    ]
}
